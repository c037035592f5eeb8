import { Injectable } from '@nestjs/common';
import { SqlParams } from '@marac/access';
import { Db, RequestContext } from '@marac/core';
import type { AuditEventModel, AuditFilter } from './audit-event.model.js';

/** One row to append (the database assigns id, time and hashes). */
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
  e.person_ids::text[] AS "personIds"`;

/**
 * The only code that writes SQL for `audit_event`. Rows are appended (the insert trigger chains their hashes under a
 * lock; UPDATE, DELETE and TRUNCATE are refused by the database), read in id order, and the chain verified.
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

  /** Walks the hash chain; returns the first event whose link or content hash does not match, or null. */
  async verify(
    ctx: RequestContext,
  ): Promise<{ checked: number; firstBreak: { id: string; reason: string } | null }> {
    const [count] = await this.db.query<{ n: string }>(ctx, 'SELECT count(*)::text AS n FROM audit_event');
    const [brk] = await this.db.query<{ id: string; reason: string }>(
      ctx,
      `SELECT chain.id::text AS id, CASE WHEN prev_hash IS DISTINCT FROM prev THEN 'link to the previous event is broken'
                            ELSE 'content does not match its hash' END AS reason
        FROM (SELECT e.id, e.hash, e.prev_hash, lag(e.hash) OVER (ORDER BY e.id) AS prev,
                     audit_event_hash(lag(e.hash) OVER (ORDER BY e.id), e) AS expected
                FROM audit_event e) chain
       WHERE prev_hash IS DISTINCT FROM prev OR hash <> expected
       ORDER BY chain.id LIMIT 1`,
    );
    return { checked: Number(count.n), firstBreak: brk ?? null };
  }
}
