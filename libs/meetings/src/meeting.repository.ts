import { Injectable } from '@nestjs/common';
import { accessibleSql, SqlParams, type SubjectSqlMap } from '@marac/access';
import { caseVisibleSql, type CaseStatus } from '@marac/cases';
import { byKeys, Db, DomainError, oneByKey, type RequestContext } from '@marac/core';
import { agencyJsonSql, IdentityPrimePort, panelJsonSql, panelMemberAgenciesJsonSql } from '@marac/identity';
import { AGENDA_SHOWN_TO_REPS } from './meeting-lifecycle.js';
import { type AttendanceStatus, MeetingStatus } from './meeting.enums.js';
import type {
  AgendaItemModel,
  AttendanceModel,
  MeetingModel,
  ResearchModel,
} from './models/meeting.model.js';

/** How the CASL conditions on 'Meeting' and 'Research' read in SQL (alias m = meeting). */
export const MEETING_SQL: SubjectSqlMap = { id: 'm.id', panelId: 'm.panel_id' };
/** The 'Research' conditions over a research row r of an item of meeting m. */
export const RESEARCH_SQL: SubjectSqlMap = { ...MEETING_SQL, agencyId: 'r.agency_id' };
const MEETING_COLUMNS = `m.id, m.panel_id AS "panelId", m.starts_at AS "startsAt", m.location, m.status, m.capacity,
  m.research_due_at AS "researchDueAt", m.cancellation_reason AS "cancellationReason"`;
const RESEARCH_COLUMNS = `r.id, r.agenda_item_id AS "agendaItemId", r.agency_id AS "agencyId", r.summary,
  r.no_information_held AS "noInformationHeld", r.submitted_at AS "submittedAt",
  (r.submitted_at > (SELECT lm.research_due_at FROM agenda_item li JOIN meeting lm ON lm.id = li.meeting_id
                      WHERE li.id = r.agenda_item_id)) AS late`;

export interface MeetingQuery {
  ids?: readonly string[];
  panelId?: string;
  from?: Date | null;
  to?: Date | null;
  /** keyset paging in the list's order (startsAt, id): only meetings after this one */
  after?: Pick<MeetingModel, 'id' | 'startsAt'>;
  limit?: number;
  /** one meeting's screen: carry its panel, member agencies and attendance and prime their loaders (meetingById) */
  bundle?: boolean;
}

/** The arguments of one page of `meetings` (JSON-safe: they key the per-request loader). */
export interface MeetingPage {
  panelId: string;
  from: Date | string | null;
  to: Date | string | null;
  afterId: string | null;
  first: number;
}

/** An agenda item as a change sees it (the real position, and the case status to give back on removal). */
export interface LockedItem {
  id: string;
  position: number;
  caseId: string;
  statusBeforeListing: CaseStatus;
}

/**
 * The meetings aggregate's tables (meeting, agenda_item, research, attendance): the only code with SQL for them.
 * Every read takes the request context and applies the caller's CASL rules itself (a `ctx.system()` context skips
 * them, for jobs and seeding): a meeting the caller may read; an agenda item only when its case is visible in detail
 * and the agenda is published unless the caller runs the meeting; research of such items; attendance of such
 * meetings. Writes run in the transaction of the context they get (`db.tx(ctx, (txCtx) => ...)`), after the service
 * has locked the meeting with `lockMeeting`, which checks the permission.
 */
@Injectable()
export class MeetingRepository {
  constructor(
    private readonly db: Db,
    private readonly identity: IdentityPrimePort,
  ) {}

  // ---------------------------------------------------------------- per-request loaders (filtered like every read)

  meetingById(ctx: RequestContext, id: string): Promise<MeetingModel | null> {
    return ctx
      .loader<string, MeetingModel | null>('meeting.byId', async (ids) =>
        oneByKey(ids, await this.meetings(ctx, { ids, bundle: true }), (m) => m.id),
      )
      .load(id);
  }

  /**
   * One page of a panel's meetings (see MeetingService.list). Loaded once per request for the same arguments, however
   * many aliases ask for it. An `afterId` that is not one of the panel's meetings the caller may read: BAD_USER_INPUT.
   */
  page(ctx: RequestContext, q: MeetingPage): Promise<MeetingModel[]> {
    return ctx
      .loader<string, MeetingModel[]>('meeting.page', (keys) =>
        Promise.all(keys.map((k) => this.loadPage(ctx, JSON.parse(k)).catch((e: Error) => e))),
      )
      .load(JSON.stringify(q));
  }

  private async loadPage(ctx: RequestContext, q: MeetingPage): Promise<MeetingModel[]> {
    let after: MeetingModel | undefined;
    if (q.afterId) {
      [after] = await this.meetings(ctx, { ids: [q.afterId], panelId: q.panelId });
      if (!after) throw DomainError.badInput('after', "is not the id of one of this panel's meetings");
    }
    return this.meetings(ctx, {
      panelId: q.panelId,
      from: q.from ? new Date(q.from) : null,
      to: q.to ? new Date(q.to) : null,
      after,
      limit: q.first,
    });
  }

  /** The agenda items of a meeting that the caller may see, in order. */
  agendaOf(ctx: RequestContext, meetingId: string): Promise<AgendaItemModel[]> {
    return ctx
      .loader<string, AgendaItemModel[]>('meeting.agenda', async (ids) =>
        byKeys(ids, await this.items(ctx, 'meeting_id', ids), (i) => i.meetingId),
      )
      .load(meetingId);
  }

  itemById(ctx: RequestContext, id: string): Promise<AgendaItemModel | null> {
    return ctx
      .loader<string, AgendaItemModel | null>('agenda.itemById', async (ids) =>
        oneByKey(ids, await this.items(ctx, 'id', ids), (i) => i.id),
      )
      .load(id);
  }

  itemsOfCase(ctx: RequestContext, caseId: string): Promise<AgendaItemModel[]> {
    return ctx
      .loader<string, AgendaItemModel[]>('case.agendaItems', async (ids) =>
        byKeys(ids, await this.items(ctx, 'case_id', ids), (i) => i.caseId),
      )
      .load(caseId);
  }

  researchOf(ctx: RequestContext, agendaItemId: string): Promise<ResearchModel[]> {
    return ctx
      .loader<string, ResearchModel[]>('agenda.research', async (ids) =>
        byKeys(ids, await this.research(ctx, ids), (r) => r.agendaItemId),
      )
      .load(agendaItemId);
  }

  attendanceOf(ctx: RequestContext, meetingId: string): Promise<AttendanceModel[]> {
    return this.attendanceLoader(ctx).load(meetingId);
  }

  private attendanceLoader(ctx: RequestContext) {
    return ctx.loader<string, AttendanceModel[]>('meeting.attendance', async (ids) =>
      byKeys(ids, await this.attendance(ctx, ids), (a) => a.meetingId),
    );
  }

  // ---------------------------------------------------------------- reads (filtered)

  /** Meetings the caller may read, in order of startsAt (then id). */
  async meetings(ctx: RequestContext, q: MeetingQuery): Promise<MeetingModel[]> {
    const p = new SqlParams();
    const where = [this.rule(ctx, 'read', 'Meeting', p)];
    if (q.ids) where.push(`m.id = ANY(${p.add(q.ids)}::uuid[])`);
    if (q.panelId) where.push(`m.panel_id = ${p.add(q.panelId)}`);
    if (q.from) where.push(`m.starts_at >= ${p.add(q.from)}`);
    if (q.to) where.push(`m.starts_at <= ${p.add(q.to)}`);
    if (q.after)
      where.push(
        `(m.starts_at, m.id) > (${p.add(q.after.startsAt)}::timestamptz, ${p.add(q.after.id)}::uuid)`,
      );
    const limit = q.limit !== undefined ? `LIMIT ${p.add(q.limit)}` : '';
    // a meeting's screen in the same statement: its panel, member agencies and attendance (with each agency), as
    // JSON that primes the loaders those fields read (attendance of a meeting the caller may read: the same rule)
    const bundle = q.bundle
      ? `, ${panelJsonSql('m.panel_id')} AS "bPanel", ${panelMemberAgenciesJsonSql('m.panel_id')} AS "bMembers",
           (SELECT coalesce(json_agg(json_build_object('meetingId', at.meeting_id, 'agencyId', at.agency_id,
                     'status', at.status, 'agency', ${agencyJsonSql('at.agency_id')})
                     ORDER BY at.recorded_at, at.agency_id), '[]')
              FROM attendance at WHERE at.meeting_id = m.id) AS "bAttendance"`
      : '';
    const rows = await this.db.query<Record<string, any>>(
      ctx,
      `SELECT ${MEETING_COLUMNS}${bundle} FROM meeting m WHERE ${where.join(' AND ')} ORDER BY m.starts_at, m.id ${limit}`,
      p.values,
    );
    if (!q.bundle) return rows as MeetingModel[];
    return rows.map(({ bPanel, bMembers, bAttendance, ...m }) => {
      this.identity.primePanel(ctx, bPanel);
      this.identity.primeMemberAgencies(ctx, m.panelId, bMembers);
      const attendance = (bAttendance as (AttendanceModel & { agency: Record<string, unknown> })[]).map(
        ({ agency, ...a }) => {
          this.identity.primeAgency(ctx, agency);
          return a as AttendanceModel;
        },
      );
      this.attendanceLoader(ctx).prime(m.id, attendance);
      return m as MeetingModel;
    });
  }

  /**
   * The agenda items the caller may see whose `key` is one of `keys`, in order (meeting start, position). Positions
   * are numbered among the items the caller sees, so gaps never betray a hidden (restricted) case. One statement.
   * The cases themselves load through the cases library (`CaseService.visible`), batched for a whole agenda.
   */
  async items(
    ctx: RequestContext,
    key: 'meeting_id' | 'case_id' | 'id',
    keys: readonly string[],
  ): Promise<AgendaItemModel[]> {
    const p = new SqlParams();
    const visible = this.itemVisible(ctx, p);
    const $keys = p.add(keys);
    const rows = await this.db.query<AgendaItemModel>(
      ctx,
      `WITH shown AS (
         SELECT ai.id, ai.meeting_id, ai.case_id, ai.minutes, ai.position, m.starts_at, m.panel_id,
                row_number() OVER (PARTITION BY ai.meeting_id ORDER BY ai.position)::int AS shown_position
           FROM agenda_item ai JOIN meeting m ON m.id = ai.meeting_id
          WHERE ai.meeting_id IN (SELECT k.meeting_id FROM agenda_item k WHERE k.${key} = ANY(${$keys}::uuid[]))
            AND ${visible})
       SELECT s.id, s.shown_position AS position, s.minutes, s.meeting_id AS "meetingId", s.case_id AS "caseId",
              s.panel_id AS "panelId"
         FROM shown s WHERE s.${key} = ANY(${$keys}::uuid[])
        ORDER BY s.starts_at, s.meeting_id, s.position`,
      p.values,
    );
    // an item carries its case (and minutes about it): the request's read audit notes those cases
    ctx.noteRead(
      'case',
      rows.map((i) => i.caseId),
    );
    return rows;
  }

  /**
   * The research on agenda items the caller may see that the CASL 'Research' read rule lets them read (panel staff:
   * all; a member of the panel: their own agency's).
   */
  async research(ctx: RequestContext, agendaItemIds: readonly string[]): Promise<ResearchModel[]> {
    const p = new SqlParams();
    const visible = this.itemVisible(ctx, p);
    const readable = ctx.isSystem ? 'true' : accessibleSql(ctx.can, 'read', 'Research', RESEARCH_SQL, p);
    // each row carries its agency (identity's SQL), which primes the agency loader Research.agency reads
    const rows = await this.db.query<ResearchModel & { bAgency: Record<string, unknown> | null }>(
      ctx,
      `SELECT ${RESEARCH_COLUMNS}, ${agencyJsonSql('r.agency_id')} AS "bAgency"
         FROM research r JOIN agenda_item ai ON ai.id = r.agenda_item_id JOIN meeting m ON m.id = ai.meeting_id
        WHERE r.agenda_item_id = ANY(${p.add(agendaItemIds)}::uuid[]) AND ${visible} AND ${readable}
        ORDER BY r.submitted_at, r.id`,
      p.values,
    );
    return rows.map(({ bAgency, ...r }) => {
      this.identity.primeAgency(ctx, bAgency);
      return r;
    });
  }

  /**
   * The member agencies that have not returned research on each of the agenda items (DOMAIN.md, "Research": for a
   * restricted case only agencies with an allow-listed rep count, see access_case_research_agencies). One statement
   * for any number of items. Not filtered by the caller: the service asks only for items of meetings the caller runs.
   */
  async outstandingResearch(
    ctx: RequestContext,
    agendaItemIds: readonly string[],
  ): Promise<{ agendaItemId: string; agencyId: string }[]> {
    if (!agendaItemIds.length) return [];
    return this.db.query(
      ctx,
      `SELECT ai.id AS "agendaItemId", ra.agency_id AS "agencyId"
         FROM agenda_item ai JOIN access_case_research_agencies() ra ON ra.case_id = ai.case_id
        WHERE ai.id = ANY($1::uuid[])
          AND NOT EXISTS (SELECT 1 FROM research r WHERE r.agenda_item_id = ai.id AND r.agency_id = ra.agency_id)`,
      [agendaItemIds],
    );
  }

  /** The attendance of meetings the caller may read. */
  async attendance(ctx: RequestContext, meetingIds: readonly string[]): Promise<AttendanceModel[]> {
    const p = new SqlParams();
    const read = this.rule(ctx, 'read', 'Meeting', p);
    return this.db.query(
      ctx,
      `SELECT at.meeting_id AS "meetingId", at.agency_id AS "agencyId", at.status
         FROM attendance at JOIN meeting m ON m.id = at.meeting_id
        WHERE at.meeting_id = ANY(${p.add(meetingIds)}::uuid[]) AND ${read}
        ORDER BY at.recorded_at, at.agency_id`,
      p.values,
    );
  }

  // ---------------------------------------------------------------- locks (checked)

  /**
   * Locks a meeting for a change. Not visible: NOT_FOUND; visible but `action` on `subjectType` not allowed:
   * FORBIDDEN.
   */
  async lockMeeting(
    txCtx: RequestContext,
    id: string,
    [action, subjectType]: readonly [string, string] = ['run', 'Meeting'],
  ): Promise<MeetingModel> {
    const p = new SqlParams();
    const read = this.rule(txCtx, 'read', 'Meeting', p);
    const allowed = this.rule(txCtx, action, subjectType, p);
    const [m] = await this.db.query(
      txCtx,
      `SELECT ${MEETING_COLUMNS}, ${allowed} AS allowed
         FROM meeting m WHERE m.id = ${p.add(id)} AND (${read} OR ${allowed}) FOR UPDATE OF m`,
      p.values,
    );
    if (!m) throw DomainError.notFound('Meeting', id);
    if (!m.allowed) throw DomainError.forbidden();
    delete m.allowed;
    return m;
  }

  /**
   * Locks the meeting of an agenda item for a change and reads the item. The item's case is checked first: an item
   * whose case the caller may not see in detail is NOT_FOUND, whatever the meeting allows.
   */
  async lockItem(
    txCtx: RequestContext,
    itemId: string,
    permission?: readonly [string, string],
  ): Promise<{ item: LockedItem; meeting: MeetingModel }> {
    const p = new SqlParams();
    const caseVisible = caseVisibleSql(txCtx, p, 'ai.case_id', 'detail');
    const [row] = await this.db.query<{ meetingId: string }>(
      txCtx,
      `SELECT ai.meeting_id AS "meetingId" FROM agenda_item ai WHERE ai.id = ${p.add(itemId)} AND ${caseVisible}`,
      p.values,
    );
    if (!row) throw DomainError.notFound('AgendaItem', itemId);
    const meeting = await this.lockMeeting(txCtx, row.meetingId, permission);
    // read again under the meeting's lock: a concurrent change of the agenda has finished by now
    const [item] = await this.db.query<LockedItem>(
      txCtx,
      `SELECT id, position, case_id AS "caseId", status_before_listing AS "statusBeforeListing"
         FROM agenda_item WHERE id = $1`,
      [itemId],
    );
    if (!item) throw DomainError.notFound('AgendaItem', itemId);
    return { item, meeting };
  }

  // ---------------------------------------------------------------- facts about a locked meeting

  /**
   * The case ids on a meeting's agenda, in order. Only after `lockMeeting` (the caller runs the meeting, so they see
   * every item); used for capacity and duplicates, never returned to a client.
   */
  async caseIdsOn(txCtx: RequestContext, meetingId: string): Promise<string[]> {
    const rows = await this.db.query<{ caseId: string }>(
      txCtx,
      'SELECT case_id AS "caseId" FROM agenda_item WHERE meeting_id = $1 ORDER BY position',
      [meetingId],
    );
    return rows.map((r) => r.caseId);
  }

  /** Every item of a locked meeting (for conclusion: all need minutes). */
  async itemsForConclusion(
    txCtx: RequestContext,
    meetingId: string,
  ): Promise<{ id: string; position: number; caseId: string; minutes: string | null }[]> {
    return this.db.query(
      txCtx,
      'SELECT id, position, case_id AS "caseId", minutes FROM agenda_item WHERE meeting_id = $1 ORDER BY position',
      [meetingId],
    );
  }

  // ---------------------------------------------------------------- the research reminder (a job's system context)

  /**
   * Published meetings whose research reminder has not been sent and whose research deadline has not passed at
   * `now` (a stored deadline, or none: the default is computed by the caller).
   */
  async researchReminderCandidates(ctx: RequestContext, now: Date): Promise<MeetingModel[]> {
    if (!ctx.isSystem)
      throw new Error('MeetingRepository.researchReminderCandidates is for jobs (ctx.system())');
    return this.db.query(
      ctx,
      `SELECT ${MEETING_COLUMNS} FROM meeting m
        WHERE m.status = $1 AND m.research_reminder_sent_at IS NULL AND m.starts_at > $2
          AND (m.research_due_at IS NULL OR m.research_due_at > $2)
        ORDER BY m.starts_at, m.id`,
      [MeetingStatus.AGENDA_PUBLISHED, now],
    );
  }

  /**
   * Marks the meeting's research reminder as sent, once: true for the one transaction that marks it (a second worker
   * waits on the row and then finds it marked). Its messages go to the outbox in the same transaction.
   */
  async claimResearchReminder(txCtx: RequestContext, meetingId: string, now: Date): Promise<boolean> {
    // an UPDATE ... RETURNING answers [rows, count] through TypeORM
    const [rows] = await this.db.query(
      txCtx,
      `UPDATE meeting SET research_reminder_sent_at = $2
        WHERE id = $1 AND research_reminder_sent_at IS NULL AND status = $3 RETURNING id`,
      [meetingId, now, MeetingStatus.AGENDA_PUBLISHED],
    );
    return (rows as unknown[] | undefined)?.length === 1;
  }

  // ---------------------------------------------------------------- writes

  async insertMeeting(
    txCtx: RequestContext,
    m: {
      panelId: string;
      startsAt: Date;
      location: string | null;
      capacity: number | null;
      researchDueAt: Date;
    },
  ): Promise<string> {
    const [row] = await this.db.query<{ id: string }>(
      txCtx,
      `INSERT INTO meeting (panel_id, starts_at, location, capacity, research_due_at) VALUES ($1, $2, $3, $4, $5)
       RETURNING id`,
      [m.panelId, m.startsAt, m.location, m.capacity, m.researchDueAt],
    );
    return row.id;
  }

  /**
   * Serialises scheduling per panel (a transaction-scoped advisory lock), then tells whether another meeting of the
   * panel that is not CANCELLED starts at `startsAt`.
   */
  async sameStartTaken(
    txCtx: RequestContext,
    panelId: string,
    startsAt: Date,
    exceptId: string | null,
  ): Promise<boolean> {
    await this.db.query(txCtx, `SELECT pg_advisory_xact_lock(hashtext('meeting.panel:' || $1))`, [panelId]);
    const rows = await this.db.query(
      txCtx,
      `SELECT 1 FROM meeting WHERE panel_id = $1 AND starts_at = $2 AND status <> 'CANCELLED'
          AND ($3::uuid IS NULL OR id <> $3::uuid) LIMIT 1`,
      [panelId, startsAt, exceptId],
    );
    return rows.length > 0;
  }

  async reschedule(
    txCtx: RequestContext,
    meetingId: string,
    m: { startsAt: Date; location: string | null; researchDueAt: Date },
  ): Promise<void> {
    await this.db.query(
      txCtx,
      'UPDATE meeting SET starts_at = $2, location = $3, research_due_at = $4 WHERE id = $1',
      [meetingId, m.startsAt, m.location, m.researchDueAt],
    );
  }

  async cancel(txCtx: RequestContext, meetingId: string, reason: string): Promise<void> {
    await this.db.query(
      txCtx,
      `UPDATE meeting SET status = 'CANCELLED', cancellation_reason = $2, cancelled_at = now() WHERE id = $1`,
      [meetingId, reason],
    );
  }

  /** Every item of a locked meeting with the case status it had before it was listed (for cancellation). */
  async lockedItems(txCtx: RequestContext, meetingId: string): Promise<LockedItem[]> {
    return this.db.query(
      txCtx,
      `SELECT id, position, case_id AS "caseId", status_before_listing AS "statusBeforeListing"
         FROM agenda_item WHERE meeting_id = $1 ORDER BY position`,
      [meetingId],
    );
  }

  async setStatus(txCtx: RequestContext, meetingId: string, to: MeetingStatus): Promise<void> {
    const stamp =
      to === MeetingStatus.AGENDA_PUBLISHED
        ? ', published_at = now()'
        : to === MeetingStatus.CONCLUDED
          ? ', concluded_at = now()'
          : '';
    await this.db.query(txCtx, `UPDATE meeting SET status = $2${stamp} WHERE id = $1`, [meetingId, to]);
  }

  /** Inserts an item at `position` (1-based), shifting the later ones down. */
  async insertItem(
    txCtx: RequestContext,
    meetingId: string,
    caseId: string,
    position: number,
    statusBeforeListing: CaseStatus,
  ): Promise<string> {
    await this.db.query(
      txCtx,
      'UPDATE agenda_item SET position = position + 1 WHERE meeting_id = $1 AND position >= $2',
      [meetingId, position],
    );
    const [row] = await this.db.query<{ id: string }>(
      txCtx,
      `INSERT INTO agenda_item (meeting_id, case_id, position, status_before_listing) VALUES ($1, $2, $3, $4)
       RETURNING id`,
      [meetingId, caseId, position, statusBeforeListing],
    );
    return row.id;
  }

  /** Appends items after the `count` items already on the agenda, in the order given (one statement). */
  async appendItems(
    txCtx: RequestContext,
    meetingId: string,
    count: number,
    cases: readonly { id: string; status: CaseStatus }[],
  ): Promise<void> {
    if (!cases.length) return;
    await this.db.query(
      txCtx,
      `INSERT INTO agenda_item (meeting_id, case_id, position, status_before_listing)
       SELECT $1, v.case_id, $2 + v.o, v.status
         FROM unnest($3::uuid[], $4::text[]) WITH ORDINALITY AS v(case_id, status, o)`,
      [meetingId, count, cases.map((c) => c.id), cases.map((c) => c.status)],
    );
  }

  /** Moves an item from position `from` to `to`, the ones between shifting by one (one statement). */
  async moveItem(txCtx: RequestContext, meetingId: string, itemId: string, from: number, to: number) {
    await this.db.query(
      txCtx,
      `UPDATE agenda_item SET position = CASE
          WHEN id = $2 THEN $4::int
          WHEN $3::int < $4::int AND position > $3::int AND position <= $4::int THEN position - 1
          WHEN $3::int > $4::int AND position >= $4::int AND position < $3::int THEN position + 1
          ELSE position END
        WHERE meeting_id = $1`,
      [meetingId, itemId, from, to],
    );
  }

  /** Deletes an item; the later ones move up. */
  async deleteItem(txCtx: RequestContext, item: LockedItem, meetingId: string): Promise<void> {
    await this.db.query(txCtx, 'DELETE FROM agenda_item WHERE id = $1', [item.id]);
    await this.db.query(
      txCtx,
      'UPDATE agenda_item SET position = position - 1 WHERE meeting_id = $1 AND position > $2',
      [meetingId, item.position],
    );
  }

  async setMinutes(txCtx: RequestContext, itemId: string, minutes: string): Promise<void> {
    await this.db.query(txCtx, 'UPDATE agenda_item SET minutes = $2 WHERE id = $1', [itemId, minutes]);
  }

  /** One entry per agency per item: a resubmission replaces it. */
  async upsertResearch(
    txCtx: RequestContext,
    r: {
      agendaItemId: string;
      agencyId: string;
      summary: string;
      noInformationHeld: boolean;
      userId: string;
    },
  ): Promise<ResearchModel> {
    const [row] = await this.db.query<ResearchModel>(
      txCtx,
      `INSERT INTO research AS r (agenda_item_id, agency_id, summary, no_information_held, submitted_by)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (agenda_item_id, agency_id) DO UPDATE
         SET summary = EXCLUDED.summary, no_information_held = EXCLUDED.no_information_held,
             submitted_by = EXCLUDED.submitted_by, submitted_at = now()
       RETURNING ${RESEARCH_COLUMNS}`,
      [r.agendaItemId, r.agencyId, r.summary, r.noInformationHeld, r.userId],
    );
    return row;
  }

  async upsertAttendance(
    txCtx: RequestContext,
    meetingId: string,
    agencyId: string,
    status: AttendanceStatus,
  ): Promise<void> {
    await this.db.query(
      txCtx,
      `INSERT INTO attendance (meeting_id, agency_id, status) VALUES ($1, $2, $3)
       ON CONFLICT (meeting_id, agency_id) DO UPDATE SET status = EXCLUDED.status, recorded_at = now()`,
      [meetingId, agencyId, status],
    );
  }

  // ---------------------------------------------------------------- rules

  /** The CASL rule for (action, subject) over `meeting m`; `true` for a system context. */
  private rule(ctx: RequestContext, action: string, subjectType: string, p: SqlParams): string {
    return ctx.isSystem ? 'true' : accessibleSql(ctx.can, action, subjectType, MEETING_SQL, p);
  }

  /**
   * Whether the caller sees agenda item `ai` of meeting `m`: they may read the meeting, see the item's case in
   * detail, and the agenda is published unless they run the meeting.
   */
  private itemVisible(ctx: RequestContext, p: SqlParams): string {
    if (ctx.isSystem) return 'true';
    const read = this.rule(ctx, 'read', 'Meeting', p);
    const run = this.rule(ctx, 'run', 'Meeting', p);
    const caseVisible = caseVisibleSql(ctx, p, 'ai.case_id', 'detail');
    return `(${read} AND ${caseVisible} AND (m.status = ANY(${p.add(AGENDA_SHOWN_TO_REPS)}::text[]) OR ${run}))`;
  }
}
