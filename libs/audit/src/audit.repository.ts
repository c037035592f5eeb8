import { Injectable } from '@nestjs/common';
import { SqlParams } from '@marac/access';
import { Db, RequestContext } from '@marac/core';
import type { AuditEventModel, AuditFilter } from './audit-event.model.js';

/** One row to append (the database assigns id and time; the sealer, later, its hashes). */
export interface AuditRow {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  caseId: string | null;
  caseIds: string[];
  personIds: string[];
  requestId: string;
  details: Record<string, string | number | boolean | null> | null;
}

/** The event as the API shows it. Events from before `case_ids` existed show their `case_id` as their `caseIds`. */
const EVENT_COLUMNS = `e.id::text AS id, e.at, e.actor_id AS "actorId", e.action, e.entity_type AS "entityType",
  e.entity_id AS "entityId", e.case_id AS "caseId", e.request_id AS "requestId",
  CASE WHEN cardinality(e.case_ids) = 0 AND e.case_id IS NOT NULL THEN ARRAY[e.case_id] ELSE e.case_ids END::text[]
    AS "caseIds",
  e.person_ids::text[] AS "personIds", e.hash IS NOT NULL AS sealed`;

/** What `verify` finds: the sealed events walked, the first break in chain order, and the events not sealed yet. */
export interface AuditVerification {
  /** the sealed events walked (the unsealed ones are not chained yet: see `unsealed`) */
  checked: number;
  /** the first event (in chain order) whose link, content or seal does not match, or null */
  firstBreak: { id: string; reason: string } | null;
  /** events not sealed yet (committed, waiting for the sealer) */
  unsealed: number;
  /** of those, the ones older than the limit given to `verify`: a sealer that stopped */
  overdue: number;
  /** the oldest unsealed event, or null */
  oldestUnsealed: { id: string; at: Date } | null;
  /** the newest seal (its hash can be kept elsewhere, to anchor the chain outside the database) */
  lastSeal: { id: string; at: Date; hash: string; lastEventId: string | null } | null;
}

/**
 * The only code that writes SQL for `audit_event` and `audit_seal`. Rows are appended without any lock (the insert
 * trigger gives them the next id and no hash), chained later by the sealer (`sealBatch`, the database function
 * `audit_seal_batch`), read in id order, and the chain verified. The database refuses UPDATE (but the sealer's),
 * DELETE and TRUNCATE on both tables.
 */
@Injectable()
export class AuditRepository {
  constructor(private readonly db: Db) {}

  /** Appends `rows` with ONE statement, in the transaction of `ctx` (or on its own outside one). */
  async insert(ctx: RequestContext, rows: AuditRow[]): Promise<void> {
    if (rows.length === 0) return;
    const p = new SqlParams();
    const values = rows.map(
      (r) =>
        `(${[
          p.add(r.actorId),
          p.add(r.action),
          p.add(r.entityType),
          p.add(r.entityId),
          p.add(r.caseId),
          `${p.add(r.caseIds)}::uuid[]`,
          `${p.add(r.personIds)}::uuid[]`,
          p.add(r.requestId),
          `${p.add(r.details ? JSON.stringify(r.details) : null)}::jsonb`,
        ].join(', ')})`,
    );
    await this.db.query(
      ctx,
      `INSERT INTO audit_event (actor_id, action, entity_type, entity_id, case_id, case_ids, person_ids, request_id, details)
       VALUES ${values.join(', ')}`,
      p.values,
    );
  }

  /** A page of events in id order, after the event `after` (an id). */
  async list(
    ctx: RequestContext,
    filter: AuditFilter,
    first: number,
    after?: string,
  ): Promise<AuditEventModel[]> {
    const p = new SqlParams();
    const where: string[] = [];
    if (filter.caseId) {
      const $case = p.add(filter.caseId);
      // the GIN index on case_ids; case_id for the events written before case_ids existed
      where.push(`(e.case_ids @> ARRAY[${$case}::uuid] OR e.case_id = ${$case}::uuid)`);
    }
    if (filter.actorId) where.push(`e.actor_id = ${p.add(filter.actorId)}`);
    if (filter.from) where.push(`e.at >= ${p.add(filter.from)}`);
    if (filter.to) where.push(`e.at <= ${p.add(filter.to)}`);
    if (after) where.push(`e.id > ${p.add(after)}::bigint`);
    // ORDER BY e.id: the bigint column, not the text `id` of the select list (which would sort "10" before "2")
    return this.db.query<AuditEventModel>(
      ctx,
      `SELECT ${EVENT_COLUMNS} FROM audit_event e ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY e.id LIMIT ${p.add(first)}`,
      p.values,
    );
  }

  /**
   * Seals one batch of up to `max` committed, unsealed events in one statement (its own transaction); answers how
   * many, or null when another sealer is at work (it holds the sealer's advisory lock).
   */
  async sealBatch(ctx: RequestContext, max: number): Promise<number | null> {
    const [row] = await this.db.query<{ n: number | null }>(ctx, 'SELECT audit_seal_batch($1) AS n', [max]);
    return row.n;
  }

  /**
   * Walks the chain in its order (seal by seal, id order within a seal) and the seals' own chain, in ONE statement
   * (one snapshot, whatever the sealer commits meanwhile). An event breaks the chain when its link to the previous
   * event or its content hash does not match, or when it claims a seal that does not exist or that did not chain it;
   * a seal breaks it when its link or hash does not match, or when the events it chained are not all there (its
   * count and its head, the hash of its last event). Events older than `overdueMinutes` and still unsealed are counted
   * apart: the sealer has stopped.
   */
  async verify(ctx: RequestContext, overdueMinutes: number): Promise<AuditVerification> {
    const [r] = await this.db.query<{
      checked: number;
      first_break: { id: string; reason: string } | null;
      unsealed: number;
      overdue: number;
      oldest: { id: string; at: string } | null;
      last_seal: { id: string; at: string; hash: string; lastEventId: string | null } | null;
    }>(
      ctx,
      `WITH ev AS (
         SELECT e.id, e.seal_id, coalesce(e.seal_id, 0) AS sk, e.hash, e.prev_hash,
                lag(e.hash) OVER w AS prev, audit_event_hash(lag(e.hash) OVER w, e) AS expected,
                lead(coalesce(e.seal_id, 0)) OVER w IS DISTINCT FROM coalesce(e.seal_id, 0) AS last_of_seal
           FROM audit_event e
          WHERE e.hash IS NOT NULL OR e.prev_hash IS NOT NULL OR e.seal_id IS NOT NULL
         WINDOW w AS (ORDER BY coalesce(e.seal_id, 0), e.id)
       ),
       per_seal AS (
         SELECT sk, count(*)::int AS n, max(hash) FILTER (WHERE last_of_seal) AS head FROM ev GROUP BY sk
       ),
       seals AS (
         SELECT s.*, lag(s.hash) OVER (ORDER BY s.id) AS prev, audit_seal_hash(s.prev_hash, s) AS expected
           FROM audit_seal s
       ),
       genesis AS (SELECT last_event_id FROM audit_seal WHERE id = 0),
       breaks AS (
         SELECT ev.sk, ev.id AS pos, ev.id::text AS id,
                CASE WHEN ev.hash IS NULL THEN 'it names seal ' || ev.seal_id || ' but has no hash'
                     WHEN ev.seal_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.id = ev.seal_id)
                       THEN 'it names seal ' || ev.seal_id || ', which does not exist'
                     WHEN ev.seal_id IS NULL AND ev.id > coalesce((SELECT last_event_id FROM genesis), 0)
                       THEN 'it has a hash but no seal chained it'
                     WHEN ev.prev_hash IS DISTINCT FROM ev.prev THEN 'link to the previous event is broken'
                     WHEN ev.hash <> ev.expected THEN 'content does not match its hash' END AS reason
           FROM ev
         UNION ALL
         SELECT s.id, 9223372036854775807, coalesce(s.last_event_id::text, 'none'),
                'seal ' || s.id || ': ' ||
                CASE WHEN s.prev_hash IS DISTINCT FROM s.prev THEN 'link to the previous seal is broken'
                     WHEN s.hash <> s.expected THEN 'content does not match its hash'
                     WHEN s.events <> coalesce(p.n, 0)
                       THEN 'it chained ' || s.events || ' events, ' || coalesce(p.n, 0) || ' are there'
                     WHEN s.head_hash IS DISTINCT FROM p.head THEN 'its last event is not the chain head it recorded'
                END
           FROM seals s LEFT JOIN per_seal p ON p.sk = s.id
       )
       SELECT (SELECT count(*)::int FROM ev) AS checked,
              (SELECT json_build_object('id', id, 'reason', reason) FROM breaks WHERE reason IS NOT NULL
                ORDER BY sk, pos LIMIT 1) AS first_break,
              (SELECT count(*)::int FROM audit_event WHERE hash IS NULL) AS unsealed,
              (SELECT count(*)::int FROM audit_event
                WHERE hash IS NULL AND at < now() - make_interval(mins => $1::int)) AS overdue,
              (SELECT json_build_object('id', id::text, 'at', at) FROM audit_event WHERE hash IS NULL
                ORDER BY at, id LIMIT 1) AS oldest,
              (SELECT json_build_object('id', id::text, 'at', at, 'hash', hash, 'lastEventId', last_event_id::text)
                 FROM audit_seal ORDER BY id DESC LIMIT 1) AS last_seal`,
      [overdueMinutes],
    );
    return {
      checked: r.checked,
      firstBreak: r.first_break,
      unsealed: r.unsealed,
      overdue: r.overdue,
      oldestUnsealed: r.oldest ? { id: r.oldest.id, at: new Date(r.oldest.at) } : null,
      lastSeal: r.last_seal ? { ...r.last_seal, at: new Date(r.last_seal.at) } : null,
    };
  }
}
