import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { isUUID } from 'class-validator';
import { AuditService } from '@marac/audit';
import type { CaseModel } from '@marac/cases';
import { Db, DomainError, type RequestContext } from '@marac/core';
import { PanelService } from '@marac/identity';
import type { ScheduleMeetingInput } from './dto/meeting.inputs.js';
import { assertResearchDueAt, assertStartsAtInWindow, MeetingRefusal } from './meeting-lifecycle.js';
import { MeetingRepository } from './meeting.repository.js';
import type { AgendaItemModel, MeetingModel } from './models/meeting.model.js';
import { defaultResearchDueAt } from './research-deadline.js';

/** `meetings(first:)`: the page size when none is given, and the most one page may hold. */
export const MEETINGS_PAGE_DEFAULT = 100;
export const MEETINGS_PAGE_MAX = 500;

/**
 * Meetings: scheduling, and every read of meetings and agenda items (the repository applies the caller's rules).
 * Which agenda items a user sees follows the same CASL rules as cases: the case must be visible in detail, and the
 * agenda published unless the user runs the meeting.
 */
@Injectable()
export class MeetingService {
  constructor(
    private readonly db: Db,
    private readonly repo: MeetingRepository,
    private readonly audit: AuditService,
    private readonly panels: PanelService,
  ) {}

  // ---------------------------------------------------------------- reads

  async get(ctx: RequestContext, id: string): Promise<MeetingModel> {
    const m = await this.byId(ctx, id);
    if (!m) throw DomainError.notFound('Meeting', id);
    return m;
  }

  /**
   * A panel's meetings in order of startsAt, one page at a time: `first` (default 100, at most 500) after the meeting
   * `after` (the last id of the previous page). A page shorter than `first` is the last; nothing is cut silently.
   */
  async list(
    ctx: RequestContext,
    panelId: string,
    from?: Date | null,
    to?: Date | null,
    first?: number | null,
    after?: string | null,
  ): Promise<MeetingModel[]> {
    const size = first ?? MEETINGS_PAGE_DEFAULT;
    if (!Number.isInteger(size) || size < 1 || size > MEETINGS_PAGE_MAX)
      throw DomainError.badInput('first', `must be from 1 to ${MEETINGS_PAGE_MAX}`);
    if (!ctx.can.can('read', subject('Meeting', { panelId }))) throw DomainError.notFound('Panel', panelId);
    if (after !== undefined && after !== null && !isUUID(after, 'all'))
      throw DomainError.badInput('after', "is not the id of one of this panel's meetings");
    return this.repo.page(ctx, {
      panelId,
      from: from ?? null,
      to: to ?? null,
      afterId: after ?? null,
      first: size,
    });
  }

  byId(ctx: RequestContext, id: string): Promise<MeetingModel | null> {
    return this.repo.meetingById(ctx, id);
  }

  /** The agenda items of a meeting that the caller may see, in order. */
  agenda(ctx: RequestContext, meetingId: string): Promise<AgendaItemModel[]> {
    return this.repo.agendaOf(ctx, meetingId);
  }

  /** One agenda item, if the caller may see it (e.g. Action.agendaItem). */
  itemById(ctx: RequestContext, id: string): Promise<AgendaItemModel | null> {
    return this.repo.itemById(ctx, id);
  }

  /** An agenda item the caller may see, or NOT_FOUND (the answer of a change). */
  async item(ctx: RequestContext, id: string): Promise<AgendaItemModel> {
    const [item] = await this.repo.items(ctx, 'id', [id]);
    if (!item) throw DomainError.notFound('AgendaItem', id);
    return item;
  }

  /** The agenda items of a case that the caller may see (Case.agendaItems); none in the referrer's narrow view. */
  itemsOfCase(ctx: RequestContext, c: CaseModel): Promise<AgendaItemModel[]> {
    if (!c.view.detail) return Promise.resolve([]);
    return this.repo.itemsOfCase(ctx, c.id);
  }

  // ---------------------------------------------------------------- changes

  async schedule(ctx: RequestContext, input: ScheduleMeetingInput): Promise<MeetingModel> {
    if (!ctx.can.can('run', subject('Meeting', { panelId: input.panelId })))
      throw DomainError.notFound('Panel', input.panelId);
    assertStartsAtInWindow(input.startsAt);
    const researchDueAt = input.researchDueAt ?? defaultResearchDueAt(input.startsAt);
    assertResearchDueAt(researchDueAt, input.startsAt);
    if (!(await this.panels.byId(ctx, input.panelId))) throw DomainError.notFound('Panel', input.panelId);
    const id = await this.db.tx(ctx, async (txCtx) => {
      await this.assertStartFree(txCtx, input.panelId, input.startsAt, null);
      const meetingId = await this.repo.insertMeeting(txCtx, {
        panelId: input.panelId,
        startsAt: input.startsAt,
        location: input.location?.trim() || null,
        capacity: input.capacity ?? null,
        researchDueAt,
      });
      await this.audit.record(txCtx, {
        action: 'meeting.schedule',
        entityType: 'Meeting',
        entityId: meetingId,
      });
      return meetingId;
    });
    return this.get(ctx, id);
  }

  /** CONFLICT (reason SAME_START) when another meeting of the panel, not cancelled, starts at `startsAt`. */
  async assertStartFree(
    txCtx: RequestContext,
    panelId: string,
    startsAt: Date,
    exceptId: string | null,
  ): Promise<void> {
    if (await this.repo.sameStartTaken(txCtx, panelId, startsAt, exceptId))
      throw DomainError.conflict(
        'Another meeting of this panel starts at the same time',
        MeetingRefusal.SAME_START,
      );
  }
}
