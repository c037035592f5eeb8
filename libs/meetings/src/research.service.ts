import { Injectable } from '@nestjs/common';
import { AuditService } from '@marac/audit';
import { Db, DomainError, type RequestContext } from '@marac/core';
import { AgencyService } from '@marac/identity';
import { byAgencyName } from './by-agency-name.js';
import type { ResearchInput } from './dto/meeting.inputs.js';
import { assertMayDo } from './meeting-lifecycle.js';
import { MeetingRepository } from './meeting.repository.js';
import type { ResearchModel } from './models/meeting.model.js';

/**
 * Research: what each member agency knows about a listed case, one entry per agency per item (a resubmission
 * replaces it; the audit trail records both). Read only by users who see the item (its case in detail, the agenda
 * published unless they run the meeting).
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
