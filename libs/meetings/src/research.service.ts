import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { AuditService } from '@marac/audit';
import { byKeys, Db, DomainError, type RequestContext } from '@marac/core';
import { type Agency, AgencyService } from '@marac/identity';
import { byAgencyName } from './by-agency-name.js';
import type { ResearchInput } from './dto/meeting.inputs.js';
import { assertMayDo } from './meeting-lifecycle.js';
import { MeetingRepository } from './meeting.repository.js';
import type { AgendaItemModel, ResearchModel } from './models/meeting.model.js';

/**
 * Research: what each member agency knows about a listed case, one entry per agency per item (a resubmission
 * replaces it; the audit trail records both). It is the agency's preparation (POLICY.md, "Research"): read by panel
 * staff and by the users of the agency that submitted it, on items they see (the case in detail, the agenda
 * published unless they run the meeting); other agencies' reps read none of it. Panel staff also see which member
 * agencies have not returned research (`outstanding`).
 */
@Injectable()
export class ResearchService {
  constructor(
    private readonly db: Db,
    private readonly repo: MeetingRepository,
    private readonly audit: AuditService,
    private readonly agencies: AgencyService,
  ) {}

  /** The research on an agenda item the caller may see (empty otherwise), by agency name. */
  async research(ctx: RequestContext, agendaItemId: string): Promise<ResearchModel[]> {
    const rows = await this.repo.researchOf(ctx, agendaItemId);
    return byAgencyName(ctx, this.agencies, rows);
  }

  /**
   * The member agencies that have not returned research on the item, by name: for panel staff (who run the meeting),
   * null for everyone else. Batched per request: one statement for a whole agenda (or many).
   */
  async outstanding(ctx: RequestContext, item: AgendaItemModel): Promise<Agency[] | null> {
    if (!ctx.can.can('run', subject('Meeting', { panelId: item.panelId }))) return null;
    const rows = await ctx
      .loader<string, { agendaItemId: string; agencyId: string }[]>(
        'agenda.outstandingResearch',
        async (ids) => byKeys(ids, await this.repo.outstandingResearch(ctx, ids), (r) => r.agendaItemId),
      )
      .load(item.id);
    const sorted = await byAgencyName(ctx, this.agencies, rows);
    const agencies = await Promise.all(sorted.map((r) => this.agencies.byId(ctx, r.agencyId)));
    return agencies.filter((a): a is Agency => a !== null);
  }

  async submit(ctx: RequestContext, input: ResearchInput): Promise<ResearchModel> {
    const none = input.noInformationHeld === true;
    const summary = input.summary?.trim() ?? '';
    if (!none && !summary) throw DomainError.badInput('summary', 'is required unless noInformationHeld');
    return this.db.tx(ctx, async (txCtx) => {
      const { item, meeting } = await this.repo.lockItem(txCtx, input.agendaItemId, ['submit', 'Research']);
      assertMayDo('submitResearch', meeting.status);
      const r = await this.repo.upsertResearch(txCtx, {
        agendaItemId: item.id,
        agencyId: ctx.me.agencyId,
        summary,
        noInformationHeld: none,
        userId: ctx.me.id,
      });
      await this.audit.record(txCtx, {
        action: 'research.submit',
        entityType: 'Research',
        entityId: r.id,
        caseId: item.caseId,
        details: { agendaItemId: item.id, noInformationHeld: none },
      });
      return r;
    });
  }
}
