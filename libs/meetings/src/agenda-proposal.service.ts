import { Injectable } from '@nestjs/common';
import { AuditService } from '@marac/audit';
import { CaseMeetingsPort, CaseService, CaseStatus } from '@marac/cases';
import { Db, type RequestContext } from '@marac/core';
import { PanelService } from '@marac/identity';
import { DEFAULT_CAPACITY, proposalOrder } from './agenda-order.js';
import { assertMayDo } from './meeting-lifecycle.js';
import { MeetingRepository } from './meeting.repository.js';
import { MeetingService } from './meeting.service.js';
import type { MeetingModel } from './models/meeting.model.js';

/**
 * `proposeAgenda`: fills the agenda up to capacity in the order of `proposalOrder`. The candidates are read through
 * the cases library with the caller's rules (cases they see in detail), locked for the change; a second call adds
 * nothing.
 */
@Injectable()
export class AgendaProposalService {
  constructor(
    private readonly db: Db,
    private readonly repo: MeetingRepository,
    private readonly meetings: MeetingService,
    private readonly audit: AuditService,
    private readonly cases: CaseService,
    private readonly candidates: CaseMeetingsPort,
    private readonly panels: PanelService,
  ) {}

  async propose(ctx: RequestContext, meetingId: string): Promise<MeetingModel> {
    await this.db.tx(ctx, async (txCtx) => {
      const m = await this.repo.lockMeeting(txCtx, meetingId);
      assertMayDo('editAgenda', m.status);
      const listed = await this.repo.caseIdsOn(txCtx, m.id);
      const free = (m.capacity ?? DEFAULT_CAPACITY) - listed.length;
      if (free <= 0) return;
      const panel = await this.panels.byId(txCtx, m.panelId);
      if (!panel) return;
      const candidates = await this.candidates.agendaCandidates(txCtx, m.panelId, listed);
      const chosen = proposalOrder(panel.kind, candidates)
        .slice(0, free)
        .map((c) => candidates.find((x) => x.id === c.id)!);
      for (const c of chosen) await this.cases.setStatus(txCtx, c, CaseStatus.LISTED, 'case.list');
      await this.repo.appendItems(txCtx, m.id, listed.length, chosen);
      await this.audit.record(txCtx, {
        action: 'agenda.propose',
        entityType: 'Meeting',
        entityId: m.id,
        details: { added: chosen.length },
      });
    });
    return this.meetings.get(ctx, meetingId);
  }
}
