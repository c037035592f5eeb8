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

  /** @deprecated use `em(ctx)`, so the query runs in the context's transaction */
  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  /** Runs `work` in one READ COMMITTED transaction (or in the caller's, when `ctx` already carries one). */
  async tx<T>(ctx: RequestContext, work: (txCtx: RequestContext) => Promise<T>): Promise<T>;
  /** @deprecated pass the request context: `tx(ctx, (txCtx) => ...)` */
  async tx<T>(work: (em: EntityManager) => Promise<T>): Promise<T>;
  async tx<T>(
    a: RequestContext | ((em: EntityManager) => Promise<T>),
    b?: (txCtx: RequestContext) => Promise<T>,
  ): Promise<T> {
    try {
      if (a instanceof RequestContext) {
        if (a.em) return await b!(a);
        return await this.dataSource.transaction('READ COMMITTED', (em) => b!(a.withTransaction(em)));
      }
      return await this.dataSource.transaction('READ COMMITTED', a);
    } catch (e) {
      throw translateDbError(e);
    }
  }

  /** Runs parameterised SQL in the context's transaction, or on the pool outside one. */
  async query<T = any>(ctx: RequestContext, sql: string, params?: unknown[]): Promise<T[]>;
  /** @deprecated pass the request context: `query(ctx, sql, params)` */
  async query<T = any>(sql: string, params?: unknown[], em?: EntityManager): Promise<T[]>;
  async query<T = any>(
    a: RequestContext | string,
    b?: string | unknown[],
    c?: unknown[] | EntityManager,
  ): Promise<T[]> {
    const [em, sql, params] =
      a instanceof RequestContext
        ? [a.em ?? this.dataSource.manager, b as string, (c as unknown[] | undefined) ?? []]
        : [
            (c as EntityManager | undefined) ?? this.dataSource.manager,
            a,
            (b as unknown[] | undefined) ?? [],
          ];
    try {
      return await em.query(sql, params);
    } catch (e) {
      throw translateDbError(e);
    }
  }
}
