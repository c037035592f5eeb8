import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import type { EntityManager } from 'typeorm';
import { accessibleSql, SqlParams, type SubjectSqlMap } from '@marac/access';
import { AuditService } from '@marac/audit';
import { agendaPublished, OutboxService } from '@marac/notifications';
import {
  CASE_COLUMNS,
  CASE_FROM,
  caseAccess,
  caseFromRow,
  CaseService,
  CaseStatus,
  type CaseModel,
} from '@marac/cases';
import { byKeys, Db, DomainError, oneByKey, type PanelKind, type RequestContext } from '@marac/core';
import { DEFAULT_CAPACITY, proposalOrder, type AgendaCandidate } from './agenda-order.js';
import type { AttendanceInput, ResearchInput, ScheduleMeetingInput } from './dto/meeting.inputs.js';
import { MeetingStatus } from './meeting.enums.js';
import type {
  AgendaItemModel,
  AttendanceModel,
  MeetingModel,
  ResearchModel,
} from './models/meeting.model.js';

/** How the CASL conditions on 'Meeting' and 'Research' read in SQL (alias m = meeting). */
export const MEETING_SQL: SubjectSqlMap = { id: 'm.id', panelId: 'm.panel_id' };
const MEETING_COLUMNS = `m.id, m.panel_id AS "panelId", m.starts_at AS "startsAt", m.location, m.status, m.capacity`;
export const MEETINGS_MAX = 500;
const MINUTES_MAX = 20_000;

interface LockedMeeting extends MeetingModel {
  panelKind: PanelKind;
}

const editable = (m: LockedMeeting) => {
  if (m.status !== MeetingStatus.SCHEDULED && m.status !== MeetingStatus.AGENDA_PUBLISHED) {
    throw new DomainError(
      'INVALID_TRANSITION',
      `The meeting is ${m.status}: its agenda can no longer change`,
      { status: m.status },
    );
  }
};

/**
 * Meetings and their agendas. Which agenda items a user sees is decided in SQL from the same CASL rules as cases:
 * the case must be visible in detail, and the agenda published unless the user runs the meeting.
 */
@Injectable()
export class MeetingService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly cases: CaseService,
    private readonly outbox: OutboxService,
  ) {}

  // ---------------------------------------------------------------- reads

  async get(ctx: RequestContext, id: string): Promise<MeetingModel> {
    const [m] = await this.visibleMeetings(ctx, 'm.id = $X0', [id]);
    if (!m) throw DomainError.notFound('Meeting', id);
    await this.auditAgendaRead(ctx, [m]);
    return m;
  }

  async list(
    ctx: RequestContext,
    panelId: string,
    from?: Date | null,
    to?: Date | null,
  ): Promise<MeetingModel[]> {
    if (!ctx.can.can('read', subject('Meeting', { panelId }))) throw DomainError.notFound('Panel', panelId);
    const extra: string[] = [];
    const values: unknown[] = [];
    if (from) {
      values.push(from);
      extra.push(`m.starts_at >= $X${values.length}`);
    }
    if (to) {
      values.push(to);
      extra.push(`m.starts_at <= $X${values.length}`);
    }
    const meetings = await this.visibleMeetings(ctx, ['m.panel_id = $X0', ...extra].join(' AND '), [
      panelId,
      ...values,
    ]);
    await this.auditAgendaRead(ctx, meetings);
    return meetings;
  }

  byId(ctx: RequestContext, id: string): Promise<MeetingModel | null> {
    return ctx
      .loader<string, MeetingModel | null>('meeting.byId', async (ids) =>
        oneByKey(ids, await this.visibleMeetings(ctx, 'm.id = ANY($X0)', [ids]), (m) => m.id),
      )
      .load(id);
  }

  /** The agenda items of a meeting that the caller may see, in order; their cases go into the case loader. */
  agenda(ctx: RequestContext, meetingId: string): Promise<AgendaItemModel[]> {
    return ctx
      .loader<string, AgendaItemModel[]>('meeting.agenda', async (ids) =>
        byKeys(ids, await this.visibleItems(ctx, 'meeting_id', ids), (i) => i.meetingId),
      )
      .load(meetingId);
  }

  /** One agenda item, if the caller may see it (e.g. Action.agendaItem). */
  itemById(ctx: RequestContext, id: string): Promise<AgendaItemModel | null> {
    return ctx
      .loader<string, AgendaItemModel | null>('agenda.itemById', async (ids) =>
        oneByKey(ids, await this.visibleItems(ctx, 'id', ids), (i) => i.id),
      )
      .load(id);
  }

  /** The agenda items of a case that the caller may see (Case.agendaItems). */
  itemsOfCase(ctx: RequestContext, c: CaseModel): Promise<AgendaItemModel[]> {
    if (!c.view.detail) return Promise.resolve([]);
    return ctx
      .loader<string, AgendaItemModel[]>('case.agendaItems', async (ids) =>
        byKeys(ids, await this.visibleItems(ctx, 'case_id', ids), (i) => i.caseId),
      )
      .load(c.id);
  }

  research(ctx: RequestContext, agendaItemId: string): Promise<ResearchModel[]> {
    return ctx
      .loader<string, ResearchModel[]>('agenda.research', async (ids) =>
        byKeys(
          ids,
          await this.db.query(
            `SELECT r.id, r.agenda_item_id AS "agendaItemId", r.agency_id AS "agencyId", r.summary,
                    r.no_information_held AS "noInformationHeld", r.submitted_at AS "submittedAt"
               FROM research r JOIN agency a ON a.id = r.agency_id
              WHERE r.agenda_item_id = ANY($1) ORDER BY a.name`,
            [ids],
          ),
          (r) => r.agendaItemId,
        ),
      )
      .load(agendaItemId);
  }

  attendance(ctx: RequestContext, meetingId: string): Promise<AttendanceModel[]> {
    return ctx
      .loader<string, AttendanceModel[]>('meeting.attendance', async (ids) =>
        byKeys(
          ids,
          await this.db.query(
            `SELECT at.meeting_id AS "meetingId", at.agency_id AS "agencyId", at.status
               FROM attendance at JOIN agency a ON a.id = at.agency_id WHERE at.meeting_id = ANY($1) ORDER BY a.name`,
            [ids],
          ),
          (a) => a.meetingId,
        ),
      )
      .load(meetingId);
  }

  // ---------------------------------------------------------------- changes

  async schedule(ctx: RequestContext, input: ScheduleMeetingInput): Promise<MeetingModel> {
    if (!ctx.can.can('run', subject('Meeting', { panelId: input.panelId })))
      throw DomainError.notFound('Panel', input.panelId);
    const id = await this.db.tx(async (em) => {
      const [panel] = await em.query('SELECT id FROM panel WHERE id = $1', [input.panelId]);
      if (!panel) throw DomainError.notFound('Panel', input.panelId);
      const [m] = await em.query(
        `INSERT INTO meeting (panel_id, starts_at, location, capacity) VALUES ($1, $2, $3, $4) RETURNING id`,
        [input.panelId, input.startsAt, input.location?.trim() || null, input.capacity ?? null],
      );
      await this.audit.record(em, ctx, { action: 'meeting.schedule', entityType: 'Meeting', entityId: m.id });
      return m.id as string;
    });
    return this.get(ctx, id);
  }

  async addCase(
    ctx: RequestContext,
    meetingId: string,
    caseId: string,
    position?: number | null,
  ): Promise<AgendaItemModel> {
    const itemId = await this.db.tx(async (em) => {
      const m = await this.lockMeeting(em, ctx, meetingId);
      editable(m);
      const c = await this.cases.lockFor(em, ctx, caseId, 'readDetail');
      if (c.panelId !== m.panelId)
        throw DomainError.badInput('caseId', "is a case of another panel than the meeting's");
      const [{ n, listed }] = await em.query(
        `SELECT count(*)::int AS n, bool_or(case_id = $2) AS listed FROM agenda_item WHERE meeting_id = $1`,
        [m.id, c.id],
      );
      if (listed) throw DomainError.conflict('The case is already on this agenda');
      if (n >= (m.capacity ?? DEFAULT_CAPACITY))
        throw DomainError.conflict(`The agenda is full (capacity ${m.capacity ?? DEFAULT_CAPACITY})`);
      const at = position ?? n + 1;
      if (!Number.isInteger(at) || at < 1 || at > n + 1)
        throw DomainError.badInput('position', `must be from 1 to ${n + 1}`);
      await this.cases.setStatus(em, ctx, c, CaseStatus.LISTED, 'case.list', {});
      await em.query(
        'UPDATE agenda_item SET position = position + 1 WHERE meeting_id = $1 AND position >= $2',
        [m.id, at],
      );
      const [item] = await em.query(
        `INSERT INTO agenda_item (meeting_id, case_id, position, status_before_listing) VALUES ($1, $2, $3, $4) RETURNING id`,
        [m.id, c.id, at, c.status],
      );
      await this.audit.record(em, ctx, {
        action: 'agenda.add',
        entityType: 'AgendaItem',
        entityId: item.id,
        caseId: c.id,
        details: { meetingId: m.id, position: at },
      });
      return item.id as string;
    });
    return this.item(ctx, itemId);
  }

  /** Fills the agenda up to capacity in the order of proposalOrder; a second call adds nothing. */
  async propose(ctx: RequestContext, meetingId: string): Promise<MeetingModel> {
    await this.db.tx(async (em) => {
      const m = await this.lockMeeting(em, ctx, meetingId);
      editable(m);
      const [{ n }] = await em.query('SELECT count(*)::int AS n FROM agenda_item WHERE meeting_id = $1', [
        m.id,
      ]);
      const free = (m.capacity ?? DEFAULT_CAPACITY) - n;
      if (free <= 0) return;
      const candidates: (AgendaCandidate & { panelId: string; panelKind: PanelKind; version: number })[] =
        await em.query(
          `SELECT c.id, c.status, c.is_repeat AS "isRepeat", c.dash_score AS "dashScore", c.rfgv_score AS "rfgvScore",
                c.referral_date AS "referralDate", c.seq::int AS seq, c.panel_id AS "panelId", c.panel_kind AS "panelKind", c.version
           FROM case_record c
          WHERE c.panel_id = $1 AND c.status IN ('ACCEPTED', 'HEARD')
            AND NOT EXISTS (SELECT 1 FROM agenda_item ai WHERE ai.meeting_id = $2 AND ai.case_id = c.id)
          FOR UPDATE OF c`,
          [m.panelId, m.id],
        );
      const chosen = proposalOrder(m.panelKind, candidates).slice(0, free);
      for (const c of chosen) {
        await this.cases.setStatus(
          em,
          ctx,
          { ...candidates.find((x) => x.id === c.id)!, status: c.status as CaseStatus },
          CaseStatus.LISTED,
          'case.list',
        );
      }
      if (chosen.length) {
        await em.query(
          `INSERT INTO agenda_item (meeting_id, case_id, position, status_before_listing)
           SELECT $1, v.case_id, $2 + v.o, v.status FROM unnest($3::uuid[], $4::text[]) WITH ORDINALITY AS v(case_id, status, o)`,
          [m.id, n, chosen.map((c) => c.id), chosen.map((c) => c.status)],
        );
      }
      await this.audit.record(em, ctx, {
        action: 'agenda.propose',
        entityType: 'Meeting',
        entityId: m.id,
        details: { added: chosen.length },
      });
    });
    return this.get(ctx, meetingId);
  }

  async move(ctx: RequestContext, agendaItemId: string, position: number): Promise<MeetingModel> {
    const meetingId = await this.db.tx(async (em) => {
      const { item, meeting } = await this.lockItem(em, ctx, agendaItemId);
      editable(meeting);
      const [{ n }] = await em.query('SELECT count(*)::int AS n FROM agenda_item WHERE meeting_id = $1', [
        meeting.id,
      ]);
      if (!Number.isInteger(position) || position < 1 || position > n)
        throw DomainError.badInput('position', `must be from 1 to ${n}`);
      await em.query(
        `UPDATE agenda_item SET position = CASE
            WHEN id = $2 THEN $4::int
            WHEN $3::int < $4::int AND position > $3::int AND position <= $4::int THEN position - 1
            WHEN $3::int > $4::int AND position >= $4::int AND position < $3::int THEN position + 1
            ELSE position END
          WHERE meeting_id = $1`,
        [meeting.id, item.id, item.position, position],
      );
      await this.audit.record(em, ctx, {
        action: 'agenda.move',
        entityType: 'AgendaItem',
        entityId: item.id,
        caseId: item.caseId,
        details: { from: item.position, to: position },
      });
      return meeting.id;
    });
    return this.get(ctx, meetingId);
  }

  /** Takes a case off the agenda: it gets back the status it had before it was listed. */
  async remove(ctx: RequestContext, agendaItemId: string): Promise<MeetingModel> {
    const meetingId = await this.db.tx(async (em) => {
      const { item, meeting } = await this.lockItem(em, ctx, agendaItemId);
      editable(meeting);
      const c = await this.cases.lockFor(em, ctx, item.caseId, 'readDetail');
      await this.cases.setStatus(em, ctx, c, item.statusBeforeListing, 'case.unlist');
      await em.query('DELETE FROM agenda_item WHERE id = $1', [item.id]);
      await em.query(
        'UPDATE agenda_item SET position = position - 1 WHERE meeting_id = $1 AND position > $2',
        [meeting.id, item.position],
      );
      await this.audit.record(em, ctx, {
        action: 'agenda.remove',
        entityType: 'AgendaItem',
        entityId: item.id,
        caseId: item.caseId,
        details: { meetingId: meeting.id },
      });
      return meeting.id;
    });
    return this.get(ctx, meetingId);
  }

  async publish(ctx: RequestContext, meetingId: string): Promise<MeetingModel> {
    await this.db.tx(async (em) => {
      const m = await this.lockMeeting(em, ctx, meetingId);
      if (m.status !== MeetingStatus.SCHEDULED)
        throw DomainError.invalidTransition(m.status, MeetingStatus.AGENDA_PUBLISHED, 'Meeting');
      await em.query(`UPDATE meeting SET status = 'AGENDA_PUBLISHED', published_at = now() WHERE id = $1`, [
        m.id,
      ]);
      // every member agency's reps hear of it (the panel and the date only)
      const [info] = await em.query(
        `SELECT p.name, to_char(m.starts_at AT TIME ZONE 'Europe/London', 'YYYY-MM-DD') AS date
           FROM meeting m JOIN panel p ON p.id = m.panel_id WHERE m.id = $1`,
        [m.id],
      );
      await this.outbox.enqueue(
        em,
        'agenda.published',
        agendaPublished({
          panelName: info.name,
          meetingDate: info.date,
          link: this.outbox.link(`/meetings/${m.id}`),
        }),
        { panelReps: { panelId: m.panelId } },
      );
      await this.audit.record(em, ctx, { action: 'meeting.publish', entityType: 'Meeting', entityId: m.id });
    });
    return this.get(ctx, meetingId);
  }

  /** One entry per agency per item (a resubmission replaces it; the audit trail records both). */
  async submitResearch(ctx: RequestContext, input: ResearchInput): Promise<ResearchModel> {
    const none = input.noInformationHeld === true;
    const summary = input.summary?.trim() ?? '';
    if (!none && !summary) throw DomainError.badInput('summary', 'is required unless noInformationHeld');
    return this.db.tx(async (em) => {
      const { item, meeting } = await this.lockItem(em, ctx, input.agendaItemId, ['submit', 'Research']);
      if (meeting.status !== MeetingStatus.AGENDA_PUBLISHED) {
        throw new DomainError(
          'INVALID_TRANSITION',
          `Research is submitted on published agendas; this meeting is ${meeting.status}`,
        );
      }
      const [r] = await em.query(
        `INSERT INTO research (agenda_item_id, agency_id, summary, no_information_held, submitted_by)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (agenda_item_id, agency_id) DO UPDATE
           SET summary = EXCLUDED.summary, no_information_held = EXCLUDED.no_information_held,
               submitted_by = EXCLUDED.submitted_by, submitted_at = now()
         RETURNING id, agenda_item_id AS "agendaItemId", agency_id AS "agencyId", summary,
                   no_information_held AS "noInformationHeld", submitted_at AS "submittedAt"`,
        [item.id, ctx.me.agencyId, summary, none, ctx.me.id],
      );
      await this.audit.record(em, ctx, {
        action: 'research.submit',
        entityType: 'Research',
        entityId: r.id,
        caseId: item.caseId,
        details: { agendaItemId: item.id, noInformationHeld: none },
      });
      return r;
    });
  }

  async recordAttendance(ctx: RequestContext, input: AttendanceInput): Promise<AttendanceModel> {
    return this.db.tx(async (em) => {
      const m = await this.lockMeeting(em, ctx, input.meetingId);
      if (m.status === MeetingStatus.CANCELLED)
        throw new DomainError('INVALID_TRANSITION', 'The meeting is CANCELLED');
      const [member] = await em.query(
        'SELECT 1 FROM panel_member_agency WHERE panel_id = $1 AND agency_id = $2',
        [m.panelId, input.agencyId],
      );
      if (!member) throw DomainError.badInput('agencyId', 'is not a member agency of the panel');
      await em.query(
        `INSERT INTO attendance (meeting_id, agency_id, status) VALUES ($1, $2, $3)
         ON CONFLICT (meeting_id, agency_id) DO UPDATE SET status = EXCLUDED.status, recorded_at = now()`,
        [m.id, input.agencyId, input.status],
      );
      await this.audit.record(em, ctx, {
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
    await this.db.tx(async (em) => {
      const { item, meeting } = await this.lockItem(em, ctx, agendaItemId);
      editable(meeting);
      await em.query('UPDATE agenda_item SET minutes = $2 WHERE id = $1', [item.id, text]);
      await this.audit.record(em, ctx, {
        action: 'agenda.minutes',
        entityType: 'AgendaItem',
        entityId: item.id,
        caseId: item.caseId,
      });
    });
    return this.item(ctx, agendaItemId);
  }

  /** Approves the minutes: every item needs minutes; LISTED cases become HEARD. */
  async conclude(ctx: RequestContext, meetingId: string): Promise<MeetingModel> {
    await this.db.tx(async (em) => {
      const m = await this.lockMeeting(em, ctx, meetingId);
      if (m.status !== MeetingStatus.AGENDA_PUBLISHED)
        throw DomainError.invalidTransition(m.status, MeetingStatus.CONCLUDED, 'Meeting');
      const items: { id: string; position: number; caseId: string; minutes: string | null }[] =
        await em.query(
          'SELECT id, position, case_id AS "caseId", minutes FROM agenda_item WHERE meeting_id = $1 ORDER BY position',
          [m.id],
        );
      const missing = items.filter((i) => !i.minutes);
      if (missing.length) {
        throw new DomainError(
          'BAD_USER_INPUT',
          `Agenda items without minutes: positions ${missing.map((i) => i.position).join(', ')}`,
          {
            field: 'minutes',
            agendaItemIds: missing.map((i) => i.id),
          },
        );
      }
      for (const i of items) {
        const c = await this.cases.lockFor(em, ctx, i.caseId, 'readDetail');
        if (c.status === CaseStatus.LISTED)
          await this.cases.setStatus(em, ctx, c, CaseStatus.HEARD, 'case.heard', {});
      }
      await em.query(`UPDATE meeting SET status = 'CONCLUDED', concluded_at = now() WHERE id = $1`, [m.id]);
      await this.audit.record(em, ctx, {
        action: 'meeting.conclude',
        entityType: 'Meeting',
        entityId: m.id,
        details: { items: items.length },
      });
    });
    return this.get(ctx, meetingId);
  }

  // ---------------------------------------------------------------- helpers

  /** Meetings the caller may read; `where` uses $X0, $X1... for `values`. */
  private async visibleMeetings(
    ctx: RequestContext,
    where: string,
    values: unknown[],
  ): Promise<MeetingModel[]> {
    const params = new SqlParams();
    const read = accessibleSql(ctx.can, 'read', 'Meeting', MEETING_SQL, params);
    const placeholders = values.map((v) => params.add(v));
    const sql = where.replace(/\$X(\d*)/g, (_m, i) => placeholders[Number(i || 0)]);
    return this.db.query(
      `SELECT ${MEETING_COLUMNS} FROM meeting m WHERE ${sql} AND ${read} ORDER BY m.starts_at, m.id LIMIT ${MEETINGS_MAX}`,
      params.values,
    );
  }

  /**
   * Agenda items the caller may see, with their cases (primed into the case loader). One statement whatever the
   * number of items: the case must be visible in detail, and the agenda published unless the caller runs the meeting.
   */
  private async visibleItems(
    ctx: RequestContext,
    key: 'meeting_id' | 'case_id' | 'id',
    keys: readonly string[],
  ): Promise<AgendaItemModel[]> {
    const params = new SqlParams();
    const access = caseAccess(ctx.can, params);
    const run = accessibleSql(ctx.can, 'run', 'Meeting', MEETING_SQL, params);
    const meetingRead = accessibleSql(ctx.can, 'read', 'Meeting', MEETING_SQL, params);
    const $keys = params.add(keys);
    // positions are numbered among the items the caller sees, so gaps never betray a hidden (restricted) case
    const rows: Record<string, any>[] = await this.db.query(
      `WITH visible AS (
         SELECT ai.id, row_number() OVER (PARTITION BY ai.meeting_id ORDER BY ai.position)::int AS shown
           FROM agenda_item ai JOIN meeting m ON m.id = ai.meeting_id JOIN case_record c ON c.id = ai.case_id
          WHERE ai.meeting_id IN (SELECT k.meeting_id FROM agenda_item k WHERE k.${key} = ANY(${$keys}))
            AND ${meetingRead} AND ${access.detail}
            AND (m.status IN ('AGENDA_PUBLISHED', 'CONCLUDED') OR ${run}))
       SELECT ai.id AS "itemId", v.shown AS "itemPosition", ai.minutes AS "itemMinutes", ai.meeting_id AS "itemMeetingId",
              ${CASE_COLUMNS}, ${access.detail} AS "viewDetail", ${access.contact} AS "viewContact"
         FROM visible v JOIN agenda_item ai ON ai.id = v.id JOIN meeting m ON m.id = ai.meeting_id
         JOIN ${CASE_FROM} ON c.id = ai.case_id
        WHERE ai.${key} = ANY(${$keys})
        ORDER BY m.starts_at, ai.position`,
      params.values,
    );
    return rows.map(({ itemId, itemPosition, itemMinutes, itemMeetingId, ...caseRow }) => {
      const c = caseFromRow(caseRow);
      this.cases.primeVisible(ctx, c);
      return {
        id: itemId,
        position: itemPosition,
        minutes: itemMinutes,
        meetingId: itemMeetingId,
        caseId: c.id,
      };
    });
  }

  private async item(ctx: RequestContext, id: string): Promise<AgendaItemModel> {
    const [item] = await this.visibleItems(ctx, 'id', [id]);
    if (!item) throw DomainError.notFound('AgendaItem', id);
    return item;
  }

  /** Locks a meeting for a change. Not visible: NOT_FOUND; visible but not allowed: FORBIDDEN. */
  private async lockMeeting(
    em: EntityManager,
    ctx: RequestContext,
    id: string,
    [action, subjectType] = ['run', 'Meeting'],
  ): Promise<LockedMeeting> {
    const params = new SqlParams();
    const read = accessibleSql(ctx.can, 'read', 'Meeting', MEETING_SQL, params);
    const allowed = accessibleSql(ctx.can, action, subjectType, MEETING_SQL, params);
    const $id = params.add(id);
    const [m] = await em.query(
      `SELECT ${MEETING_COLUMNS}, p.kind AS "panelKind", ${allowed} AS allowed
         FROM meeting m JOIN panel p ON p.id = m.panel_id
        WHERE m.id = ${$id} AND (${read} OR ${allowed}) FOR UPDATE OF m`,
      params.values,
    );
    if (!m) throw DomainError.notFound('Meeting', id);
    if (!m.allowed) throw DomainError.forbidden();
    return m;
  }

  /** Locks the meeting of an agenda item; the item's case must be visible to the caller in detail. */
  private async lockItem(
    em: EntityManager,
    ctx: RequestContext,
    itemId: string,
    permission?: [string, string],
  ) {
    // the item's case first: an item whose case the caller may not see is NOT_FOUND, whatever the meeting allows
    const [row] = await em.query(
      'SELECT meeting_id AS "meetingId", case_id AS "caseId" FROM agenda_item WHERE id = $1',
      [itemId],
    );
    const [visible] = row ? await this.cases.visibleByIds(ctx, [row.caseId], em) : [];
    if (!visible?.view.detail) throw DomainError.notFound('AgendaItem', itemId);
    const meeting = await this.lockMeeting(em, ctx, row.meetingId, permission);
    const [item] = await em.query(
      `SELECT id, position, case_id AS "caseId", status_before_listing AS "statusBeforeListing" FROM agenda_item WHERE id = $1`,
      [itemId],
    );
    if (!item) throw DomainError.notFound('AgendaItem', itemId);
    return {
      item: item as { id: string; position: number; caseId: string; statusBeforeListing: CaseStatus },
      meeting,
    };
  }

  /** Every read of an agenda with personal data is audited: one event per visible case, in one statement. */
  private async auditAgendaRead(ctx: RequestContext, meetings: MeetingModel[]): Promise<void> {
    const agendas = await Promise.all(meetings.map((m) => this.agenda(ctx, m.id)));
    const entries = agendas
      .flat()
      .map((i) => ({ action: 'agenda.read', entityType: 'AgendaItem', entityId: i.id, caseId: i.caseId }));
    if (entries.length) await this.audit.recordRead(ctx, ...entries);
  }
}
