import { Injectable } from '@nestjs/common';
import { AuditService } from '@marac/audit';
import { CaseService, CaseStatus } from '@marac/cases';
import { Db, DomainError, type RequestContext } from '@marac/core';
import type { RescheduleMeetingInput } from './dto/meeting.inputs.js';
import { meetingCancelled, meetingRescheduled } from './meeting-messages.js';
import {
  assertMayDo,
  assertMeetingTransition,
  assertResearchDueAt,
  assertStartsAtInWindow,
  movedResearchDueAt,
} from './meeting-lifecycle.js';
import { MeetingStatus } from './meeting.enums.js';
import { MeetingNoticeService } from './meeting-notices.service.js';
import { MeetingRepository } from './meeting.repository.js';
import { MeetingService } from './meeting.service.js';
import type { MeetingModel } from './models/meeting.model.js';
import { defaultResearchDueAt } from './research-deadline.js';

export const CANCELLATION_REASON_MAX = 2_000;

/** A date and time as Europe/London sees it (what e-mails show), e.g. 2026-12-03 10:00. */
export const londonDateTime = (d: Date) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/London',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  })
    .format(d)
    .replace(',', '');

/**
 * Mending a meeting: a new time or place (rescheduleMeeting) and cancellation (cancelMeeting), until it is concluded.
 * Panel staff only (CASL 'run' on the meeting). When the agenda had been published, the panel's reps are e-mailed
 * (panel, date and link only).
 */
@Injectable()
export class MeetingScheduleService {
  constructor(
    private readonly db: Db,
    private readonly repo: MeetingRepository,
    private readonly meetings: MeetingService,
    private readonly audit: AuditService,
    private readonly cases: CaseService,
    private readonly notices: MeetingNoticeService,
  ) {}

  async reschedule(ctx: RequestContext, input: RescheduleMeetingInput): Promise<MeetingModel> {
    assertStartsAtInWindow(input.startsAt);
    await this.db.tx(ctx, async (txCtx) => {
      const m = await this.repo.lockMeeting(txCtx, input.meetingId);
      assertMayDo('reschedule', m.status);
      const oldStartsAt = new Date(m.startsAt);
      const researchDueAt = movedResearchDueAt(
        {
          oldStartsAt,
          newStartsAt: input.startsAt,
          oldDueAt: m.researchDueAt ? new Date(m.researchDueAt) : null,
          given: input.researchDueAt,
        },
        defaultResearchDueAt,
      );
      assertResearchDueAt(researchDueAt, input.startsAt);
      const moved = oldStartsAt.getTime() !== input.startsAt.getTime();
      if (moved) await this.meetings.assertStartFree(txCtx, m.panelId, input.startsAt, m.id);
      const location = input.location === undefined ? m.location : input.location?.trim() || null;
      await this.repo.reschedule(txCtx, m.id, { startsAt: input.startsAt, location, researchDueAt });
      if (moved && m.status === MeetingStatus.AGENDA_PUBLISHED) {
        await this.notices.tellReps(txCtx, m, 'meeting.rescheduled', (f) =>
          meetingRescheduled({ ...f, was: londonDateTime(oldStartsAt), now: londonDateTime(input.startsAt) }),
        );
      }
      await this.audit.record(txCtx, {
        action: 'meeting.reschedule',
        entityType: 'Meeting',
        entityId: m.id,
        details: { moved },
      });
    });
    return this.meetings.get(ctx, input.meetingId);
  }

  /**
   * Cancels a meeting that is not concluded: its cases get back the status they had before they were listed (their
   * items and research stay with the cancelled meeting); reps are told when the agenda had been published.
   */
  async cancel(ctx: RequestContext, meetingId: string, reason: string): Promise<MeetingModel> {
    const text = reason.trim();
    if (!text) throw DomainError.badInput('reason', 'cannot be empty');
    if (text.length > CANCELLATION_REASON_MAX)
      throw DomainError.badInput('reason', `must be at most ${CANCELLATION_REASON_MAX} characters`);
    await this.db.tx(ctx, async (txCtx) => {
      const m = await this.repo.lockMeeting(txCtx, meetingId);
      assertMeetingTransition(m.status, MeetingStatus.CANCELLED);
      const items = await this.repo.lockedItems(txCtx, m.id);
      for (const item of items) {
        const c = await this.cases.lockFor(txCtx, item.caseId, 'readDetail');
        // only a case still listed by this meeting goes back (one heard or closed since stays as it is)
        if (c.status === CaseStatus.LISTED)
          await this.cases.setStatus(txCtx, c, item.statusBeforeListing, 'case.unlist');
      }
      await this.repo.cancel(txCtx, m.id, text);
      if (m.status === MeetingStatus.AGENDA_PUBLISHED) {
        await this.notices.tellReps(txCtx, m, 'meeting.cancelled', (f) =>
          meetingCancelled({ ...f, meetingDate: londonDateTime(new Date(m.startsAt)) }),
        );
      }
      // the reason is free text (it may name people): it stays on the meeting, not in the audit details
      await this.audit.record(txCtx, {
        action: 'meeting.cancel',
        entityType: 'Meeting',
        entityId: m.id,
        details: { items: items.length },
      });
    });
    return this.meetings.get(ctx, meetingId);
  }
}
