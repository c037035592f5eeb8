import { Injectable } from '@nestjs/common';
import { AuditService } from '@marac/audit';
import { CaseService, CaseStatus } from '@marac/cases';
import { Db, DomainError, type RequestContext } from '@marac/core';
import { agendaPublished } from '@marac/notifications';
import { DEFAULT_CAPACITY } from './agenda-order.js';
import { assertMayDo, assertMeetingTransition, assertPublishable } from './meeting-lifecycle.js';
import { MeetingStatus } from './meeting.enums.js';
import { MeetingNoticeService } from './meeting-notices.service.js';
import { MeetingRepository } from './meeting.repository.js';
import { MeetingService } from './meeting.service.js';
import type { AgendaItemModel, MeetingModel } from './models/meeting.model.js';

/** `extensions.reason` of the CONFLICTs of agenda editing, so a client can tell them apart. */
export const AgendaConflict = {
  ALREADY_LISTED: 'ALREADY_LISTED',
  AGENDA_FULL: 'AGENDA_FULL',
} as const;

/** A date as Europe/London sees it, YYYY-MM-DD (what e-mails show). */
const londonDate = (d: Date) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(d);

/** Editing an agenda by hand (add, move, remove) and publishing it. Panel staff only (CASL 'run' on the meeting). */
@Injectable()
export class AgendaService {
  constructor(
    private readonly db: Db,
    private readonly repo: MeetingRepository,
    private readonly meetings: MeetingService,
    private readonly audit: AuditService,
    private readonly cases: CaseService,
    private readonly notices: MeetingNoticeService,
  ) {}

  /**
   * Lists a case (LISTED) at `position` (default: last). CONFLICT with reason ALREADY_LISTED when it is on this
   * agenda, AGENDA_FULL at capacity; a case of another panel or a bad position is BAD_USER_INPUT.
   */
  async addCase(
    ctx: RequestContext,
    meetingId: string,
    caseId: string,
    position?: number | null,
  ): Promise<AgendaItemModel> {
    const itemId = await this.db.tx(ctx, async (txCtx) => {
      const m = await this.repo.lockMeeting(txCtx, meetingId);
      assertMayDo('editAgenda', m.status);
      const c = await this.cases.lockFor(txCtx, caseId, 'readDetail');
      if (c.panelId !== m.panelId)
        throw DomainError.badInput('caseId', "is a case of another panel than the meeting's");
      const listed = await this.repo.caseIdsOn(txCtx, m.id);
      if (listed.includes(c.id))
        throw DomainError.conflict('The case is already on this agenda', AgendaConflict.ALREADY_LISTED);
      const capacity = m.capacity ?? DEFAULT_CAPACITY;
      const n = listed.length;
      if (n >= capacity)
        throw DomainError.conflict(`The agenda is full (capacity ${capacity})`, AgendaConflict.AGENDA_FULL);
      const at = position ?? n + 1;
      if (!Number.isInteger(at) || at < 1 || at > n + 1)
        throw DomainError.badInput('position', `must be from 1 to ${n + 1}`);
      await this.cases.setStatus(txCtx, c, CaseStatus.LISTED, 'case.list', {});
      const id = await this.repo.insertItem(txCtx, m.id, c.id, at, c.status);
      await this.audit.record(txCtx, {
        action: 'agenda.add',
        entityType: 'AgendaItem',
        entityId: id,
        caseId: c.id,
        details: { meetingId: m.id, position: at },
      });
      return id;
    });
    return this.meetings.item(ctx, itemId);
  }

  async move(ctx: RequestContext, agendaItemId: string, position: number): Promise<MeetingModel> {
    const meetingId = await this.db.tx(ctx, async (txCtx) => {
      const { item, meeting } = await this.repo.lockItem(txCtx, agendaItemId);
      assertMayDo('editAgenda', meeting.status);
      const n = (await this.repo.caseIdsOn(txCtx, meeting.id)).length;
      if (!Number.isInteger(position) || position < 1 || position > n)
        throw DomainError.badInput('position', `must be from 1 to ${n}`);
      await this.repo.moveItem(txCtx, meeting.id, item.id, item.position, position);
      await this.audit.record(txCtx, {
        action: 'agenda.move',
        entityType: 'AgendaItem',
        entityId: item.id,
        caseId: item.caseId,
        details: { from: item.position, to: position },
      });
      return meeting.id;
    });
    return this.meetings.get(ctx, meetingId);
  }

  /** Takes a case off the agenda: it gets back the status it had before it was listed. */
  async remove(ctx: RequestContext, agendaItemId: string): Promise<MeetingModel> {
    const meetingId = await this.db.tx(ctx, async (txCtx) => {
      const { item, meeting } = await this.repo.lockItem(txCtx, agendaItemId);
      assertMayDo('editAgenda', meeting.status);
      const c = await this.cases.lockFor(txCtx, item.caseId, 'readDetail');
      await this.cases.setStatus(txCtx, c, item.statusBeforeListing, 'case.unlist');
      await this.repo.deleteItem(txCtx, item, meeting.id);
      await this.audit.record(txCtx, {
        action: 'agenda.remove',
        entityType: 'AgendaItem',
        entityId: item.id,
        caseId: item.caseId,
        details: { meetingId: meeting.id },
      });
      return meeting.id;
    });
    return this.meetings.get(ctx, meetingId);
  }

  /** Publishes the agenda: the panel's reps then see its items, and every member agency's reps hear of it. */
  async publish(ctx: RequestContext, meetingId: string): Promise<MeetingModel> {
    await this.db.tx(ctx, async (txCtx) => {
      const m = await this.repo.lockMeeting(txCtx, meetingId);
      assertMeetingTransition(m.status, MeetingStatus.AGENDA_PUBLISHED);
      assertPublishable((await this.repo.caseIdsOn(txCtx, m.id)).length);
      await this.repo.setStatus(txCtx, m.id, MeetingStatus.AGENDA_PUBLISHED);
      await this.notices.tellReps(txCtx, m, 'agenda.published', (f) =>
        agendaPublished({ ...f, meetingDate: londonDate(new Date(m.startsAt)) }),
      );
      await this.audit.record(txCtx, { action: 'meeting.publish', entityType: 'Meeting', entityId: m.id });
    });
    return this.meetings.get(ctx, meetingId);
  }
}
