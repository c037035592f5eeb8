import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { translateDbError } from '../errors.js';
import { RequestContext } from '../context/request-context.js';

/**
 * Data access entry point. Every mutation runs in exactly one transaction: `tx(ctx, (txCtx) => ...)` gives a context
 * whose every query (`query(txCtx, ...)`) runs in that transaction, and the audit events and outbox rows of the change
 * are written with it, so a refusal or a failure leaves nothing half-written. A `tx` inside a transactional context
 * joins it. Repositories are the only callers of `query`: they own the SQL of their tables.
 */
@Injectable()
export class Db {
  constructor(readonly dataSource: DataSource) {}

  /** The TypeORM EntityManager of the context's transaction, or of the pool outside one. */
  em(ctx: RequestContext): EntityManager {
    return ctx.em ?? this.dataSource.manager;
  }

  /** Runs `work` in one READ COMMITTED transaction (or in the caller's, when `ctx` already carries one). */
  async tx<T>(ctx: RequestContext, work: (txCtx: RequestContext) => Promise<T>): Promise<T> {
    try {
      if (ctx.em) return await work(ctx);
      return await this.dataSource.transaction('READ COMMITTED', (em) => work(ctx.withTransaction(em)));
    } catch (e) {
      throw translateDbError(e);
    }
  }

  /**
   * Gives the statements of the transaction `txCtx` a longer (or shorter) statement_timeout than the pool's
   * (STATEMENT_TIMEOUT), until it ends (SET LOCAL): for work known to take long, such as an import. 0: no limit.
   */
  async withStatementTimeout(txCtx: RequestContext, ms: number): Promise<void> {
    if (!txCtx.em) throw new Error('withStatementTimeout needs a transaction (db.tx)');
    await this.query(txCtx, `SELECT set_config('statement_timeout', $1, true)`, [
      `${Math.max(0, Math.round(ms))}`,
    ]);
  }

  /** Answers when the database does (GET /health). */
  async ping(): Promise<void> {
    await this.query(RequestContext.job('health'), 'SELECT 1');
  }

  /**
   * Runs `work` while holding the session advisory lock `key` on a connection of its own, so that only one process at
   * a time does it (e.g. seeding when several API processes start together).
   */
  async exclusively<T>(key: number, work: () => Promise<T>): Promise<T> {
    const lock = this.dataSource.createQueryRunner();
    await lock.connect();
    try {
      await lock.query('SELECT pg_advisory_lock($1)', [key]);
      return await work();
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1)', [key]).catch(() => undefined);
      await lock.release();
    }
  }

  /** Runs parameterised SQL in the context's transaction, or on the pool outside one. */
  async query<T = any>(ctx: RequestContext, sql: string, params: unknown[] = []): Promise<T[]> {
    const em = this.em(ctx);
    try {
      return await em.query(sql, params);
    } catch (e) {
      throw translateDbError(e);
    }
  }
}
