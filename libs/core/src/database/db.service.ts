import type { EventEmitter } from 'node:events';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError, translateDbError } from '../errors.js';
import { RequestContext } from '../context/request-context.js';

/** GET /health answers 503 when the database has not answered `SELECT 1` within this. */
export const PING_TIMEOUT_MS = 3000;

/**
 * The database lost, in the shapes translateDbError does not know: a server that refuses a new connection while it
 * shuts down, starts up or is full fails the connect itself (pg's error then carries SQLSTATE 57P01-57P03, 53300 or
 * class 08 outside a QueryFailedError); after a connection dies mid-transaction, TypeORM reports the rest of the
 * transaction (and its rollback) as run on a released query runner.
 */
function unavailable(e: unknown): DomainError | null {
  const code = (e as { code?: unknown } | null)?.code;
  const lost =
    (typeof code === 'string' && /^(08...|57P0[1-3]|53300)$/.test(code)) ||
    /^QueryRunner(Provider)?AlreadyReleasedError$/.test((e as Error | null)?.name ?? '');
  return lost ? DomainError.unavailable(undefined, 'DATABASE') : null;
}

const noop = () => undefined;
const guarded = Symbol('marac.errorListener');

/**
 * Data access entry point. Every mutation runs in exactly one transaction: `tx(ctx, (txCtx) => ...)` gives a context
 * whose every query (`query(txCtx, ...)`) runs in that transaction, and the audit events and outbox rows of the change
 * are written with it, so a refusal or a failure leaves nothing half-written. A `tx` inside a transactional context
 * joins it. Repositories are the only callers of `query`: they own the SQL of their tables.
 */
@Injectable()
export class Db {
  constructor(readonly dataSource: DataSource) {
    // A connection the server ends (PostgreSQL stopped, restarted, a session terminated) may emit 'error' more than
    // once; TypeORM's listener on a checked-out connection removes itself at the first, so a second one would be an
    // unhandled 'error' event that ends the process. Every connection gets a lasting listener when it is handed out
    // (the failure itself reaches the request through its query, and the pool drops the connection).
    const pool = (dataSource.driver as unknown as { master?: EventEmitter }).master;
    pool?.on('acquire', (client: EventEmitter & { [guarded]?: true }) => {
      if (client[guarded]) return;
      client[guarded] = true;
      client.on('error', noop);
    });
  }

  /** The TypeORM EntityManager of the context's transaction, or of the pool outside one. */
  em(ctx: RequestContext): EntityManager {
    return ctx.em ?? this.dataSource.manager;
  }

  /** Runs `work` in one READ COMMITTED transaction (or in the caller's, when `ctx` already carries one). */
  async tx<T>(ctx: RequestContext, work: (txCtx: RequestContext) => Promise<T>): Promise<T> {
    try {
      if (ctx.em) return await work(ctx);
      // READ COMMITTED is the connections' default (data-source.ts): no SET TRANSACTION round trip per mutation
      return await this.dataSource.transaction((em) => work(ctx.withTransaction(em)));
    } catch (e) {
      throw unavailable(e) ?? translateDbError(e);
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

  /** Answers when the database does (GET /health), within PING_TIMEOUT_MS; otherwise SERVICE_UNAVAILABLE (503). */
  async ping(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, fail) => {
      timer = setTimeout(() => fail(DomainError.unavailable(undefined, 'DATABASE')), PING_TIMEOUT_MS);
    });
    try {
      await Promise.race([this.query(RequestContext.job('health'), 'SELECT 1'), late]);
    } finally {
      clearTimeout(timer);
    }
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
    try {
      if (ctx.em) return await ctx.em.query(sql, params);
      return await ctx.pooled(() => this.dataSource.manager.query(sql, params));
    } catch (e) {
      throw unavailable(e) ?? translateDbError(e);
    }
  }
}
