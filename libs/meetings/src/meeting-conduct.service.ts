import { Injectable } from '@nestjs/common';
import { AuditService } from '@marac/audit';
import { CaseService, CaseStatus } from '@marac/cases';
import { Db, DomainError, type RequestContext } from '@marac/core';
import { AgencyService, PanelService } from '@marac/identity';
import { byAgencyName } from './by-agency-name.js';
import type { AttendanceInput } from './dto/meeting.inputs.js';
import { assertMayDo, assertMeetingTransition, assertStarted } from './meeting-lifecycle.js';
import { MeetingStatus } from './meeting.enums.js';
import { MeetingRepository } from './meeting.repository.js';
import { MeetingService } from './meeting.service.js';
import type { AgendaItemModel, AttendanceModel, MeetingModel } from './models/meeting.model.js';

export const MINUTES_MAX = 20_000;

/** Running the meeting: attendance, minutes, and concluding it (approving the minutes). Panel staff only. */
@Injectable()
export class MeetingConductService {
  constructor(
    private readonly db: Db,
    private readonly repo: MeetingRepository,
    private readonly meetings: MeetingService,
    private readonly audit: AuditService,
    private readonly cases: CaseService,
    private readonly agencies: AgencyService,
    private readonly panels: PanelService,
  ) {}

  /** The attendance of a meeting the caller may read (empty otherwise), by agency name. */
  async attendance(ctx: RequestContext, meetingId: string): Promise<AttendanceModel[]> {
    const rows = await this.repo.attendanceOf(ctx, meetingId);
    return byAgencyName(ctx, this.agencies, rows);
  }

  /** Attendance per member agency (a second record replaces the first). */
  async recordAttendance(ctx: RequestContext, input: AttendanceInput): Promise<AttendanceModel> {
    return this.db.tx(ctx, async (txCtx) => {
      const m = await this.repo.lockMeeting(txCtx, input.meetingId);
      assertMayDo('recordAttendance', m.status);
      assertStarted('attendance is recorded', m.startsAt);
      const members = await this.panels.memberAgencies(txCtx, m.panelId);
      if (!members.some((a) => a.id === input.agencyId))
        throw DomainError.badInput('agencyId', 'is not a member agency of the panel');
      await this.repo.upsertAttendance(txCtx, m.id, input.agencyId, input.status);
      await this.audit.record(txCtx, {
        action: 'meeting.attendance',
        entityType: 'Meeting',
        entityId: m.id,
        details: { agencyId: input.agencyId, status: input.status },
      });
      return { meetingId: m.id, agencyId: input.agencyId, status: input.status };
    });
  }

  async recordMinutes(ctx: RequestContext, agendaItemId: string, minutes: string): Promise<AgendaItemModel> {
    const text = minutes.trim();
    if (!text) throw DomainError.badInput('minutes', 'cannot be empty');
    if (text.length > MINUTES_MAX)
      throw DomainError.badInput('minutes', `must be at most ${MINUTES_MAX} characters`);
    await this.db.tx(ctx, async (txCtx) => {
      const { item, meeting } = await this.repo.lockItem(txCtx, agendaItemId);
      assertMayDo('recordMinutes', meeting.status);
      assertStarted('minutes are recorded', meeting.startsAt);
      await this.repo.setMinutes(txCtx, item.id, text);
      await this.audit.record(txCtx, {
        action: 'agenda.minutes',
        entityType: 'AgendaItem',
        entityId: item.id,
        caseId: item.caseId,
      });
    });
    return this.meetings.item(ctx, agendaItemId);
  }

  /** Approves the minutes: every item needs minutes; LISTED cases become HEARD. */
  async conclude(ctx: RequestContext, meetingId: string): Promise<MeetingModel> {
    await this.db.tx(ctx, async (txCtx) => {
      const m = await this.repo.lockMeeting(txCtx, meetingId);
      assertMeetingTransition(m.status, MeetingStatus.CONCLUDED);
      assertStarted('it can be concluded', m.startsAt);
      const items = await this.repo.itemsForConclusion(txCtx, m.id);
      const missing = items.filter((i) => !i.minutes);
      if (missing.length) {
        throw new DomainError(
          'BAD_USER_INPUT',
          `Agenda items without minutes: positions ${missing.map((i) => i.position).join(', ')}`,
          { field: 'minutes', agendaItemIds: missing.map((i) => i.id) },
        );
      }
      for (const i of items) {
        const c = await this.cases.lockFor(txCtx, i.caseId, 'readDetail');
        if (c.status === CaseStatus.LISTED)
          await this.cases.setStatus(txCtx, c, CaseStatus.HEARD, 'case.heard', {});
      }
      await this.repo.setStatus(txCtx, m.id, MeetingStatus.CONCLUDED);
      await this.audit.record(txCtx, {
        action: 'meeting.conclude',
        entityType: 'Meeting',
        entityId: m.id,
        details: { items: items.length },
      });
    });
    return this.meetings.get(ctx, meetingId);
  }
}
