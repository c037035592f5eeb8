import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Db, DomainError, RequestContext } from '@marac/core';
import type { AuditEventModel, AuditFilter } from './audit-event.model.js';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | null;
  caseId?: string | null;
  /** codes and ids only (e.g. { from: 'SUBMITTED', to: 'ACCEPTED' }); never names or free text */
  details?: Record<string, string | number | boolean | null>;
  /** overrides the context's user (e.g. a failed login has no user) */
  actorId?: string | null;
}

export const AUDIT_PAGE_MAX = 500;

/**
 * The append-only audit trail. Entries are written with the caller's EntityManager, i.e. in the same transaction as
 * the change they record. The database assigns ids and chains hashes under an advisory lock (see the migration).
 */
@Injectable()
export class AuditService {
  constructor(private readonly db: Db) {}

  /** Writes `entries` in the transaction of `ctx` (or as one statement on the pool outside one). */
  async record(ctx: RequestContext, ...entries: AuditEntry[]): Promise<void>;
  /** @deprecated pass a transactional context: `record(txCtx, ...entries)` */
  async record(em: EntityManager, ctx: RequestContext, ...entries: AuditEntry[]): Promise<void>;
  async record(a: EntityManager | RequestContext, ...rest: unknown[]): Promise<void> {
    const [em, ctx, entries] =
      a instanceof RequestContext
        ? [this.db.em(a), a, rest as AuditEntry[]]
        : [a, rest[0] as RequestContext, rest.slice(1) as AuditEntry[]];
    if (entries.length === 0) return;
    const params: unknown[] = [];
    const rows = entries.map((e) => {
      const base = params.length;
      params.push(
        e.actorId !== undefined ? e.actorId : (ctx.user?.id ?? null),
        e.action,
        e.entityType,
        e.entityId ?? null,
        e.caseId ?? null,
        ctx.requestId,
        e.details ? JSON.stringify(e.details) : null,
      );
      return `(${Array.from({ length: 7 }, (_, i) => `$${base + i + 1}`).join(', ')})`;
    });
    await em.query(
      `INSERT INTO audit_event (actor_id, action, entity_type, entity_id, case_id, request_id, details) VALUES ${rows.join(', ')}`,
      params,
    );
  }

  /** Records reads of personal data (outside any transaction of a change). */
  async recordRead(ctx: RequestContext, ...entries: AuditEntry[]): Promise<void> {
    await this.db.tx((em) => this.record(em, ctx, ...entries));
  }

  async list(
    _ctx: RequestContext,
    filter: AuditFilter = {},
    first = 100,
    after?: string,
  ): Promise<AuditEventModel[]> {
    if (first < 1 || first > AUDIT_PAGE_MAX)
      throw DomainError.badInput('first', `must be from 1 to ${AUDIT_PAGE_MAX}`);
    if (after !== undefined && !/^\d{1,18}$/.test(after))
      throw DomainError.badInput('after', 'must be an audit event id');
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, v: unknown) => {
      params.push(v);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.caseId) add('case_id = ?', filter.caseId);
    if (filter.actorId) add('actor_id = ?', filter.actorId);
    if (filter.from) add('at >= ?', filter.from);
    if (filter.to) add('at <= ?', filter.to);
    if (after) add('id > ?', after);
    params.push(first);
    // ORDER BY e.id: the bigint column, not the text `id` of the select list (which would sort "10" before "2")
    const rows = await this.db.query(
      `SELECT id::text, at, actor_id AS "actorId", action, entity_type AS "entityType", entity_id AS "entityId",
              case_id AS "caseId", request_id AS "requestId"
         FROM audit_event e ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY e.id LIMIT $${params.length}`,
      params,
    );
    return rows;
  }

  /** Walks the hash chain; returns the first event whose link or content hash does not match, or null. */
  async verify(): Promise<{ checked: number; firstBreak: { id: string; reason: string } | null }> {
    const [count] = await this.db.query<{ n: string }>('SELECT count(*)::text AS n FROM audit_event');
    const [brk] = await this.db.query<{ id: string; reason: string }>(`
      SELECT chain.id::text AS id, CASE WHEN prev_hash IS DISTINCT FROM prev THEN 'link to the previous event is broken'
                            ELSE 'content does not match its hash' END AS reason
        FROM (SELECT e.id, e.hash, e.prev_hash, lag(e.hash) OVER (ORDER BY e.id) AS prev,
                     audit_event_hash(lag(e.hash) OVER (ORDER BY e.id), e) AS expected
                FROM audit_event e) chain
       WHERE prev_hash IS DISTINCT FROM prev OR hash <> expected
       ORDER BY chain.id LIMIT 1`);
    return { checked: Number(count.n), firstBreak: brk ?? null };
  }
}
