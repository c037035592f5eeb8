import { createHash } from 'node:crypto';
import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { from, lastValueFrom, type Observable } from 'rxjs';
import type { GqlContext } from '../context/ctx.decorator.js';
import { RequestContext } from '../context/request-context.js';
import { Db } from '../database/db.service.js';
import { DomainError } from '../errors.js';
import { IdempotencyRepository } from './idempotency.repository.js';

/** Loads the result of an earlier run of a mutation by its id, as the caller sees it now. */
export type IdempotentReplay = (ctx: RequestContext, resultId: string) => Promise<{ id: string }>;

/**
 * The mutations that accept an `Idempotency-Key` header, each with the way to answer a retry. The library that owns
 * a mutation registers it (e.g. libs/cases/src/idempotency.port.ts) when its module starts.
 */
@Injectable()
export class IdempotentOperations {
  private readonly replays = new Map<string, IdempotentReplay>();

  register(mutation: string, replay: IdempotentReplay): void {
    this.replays.set(mutation, replay);
  }

  get(mutation: string): IdempotentReplay | undefined {
    return this.replays.get(mutation);
  }
}

const KEY = /^[\x21-\x7e]{1,200}$/;

/** The same JSON for the same arguments, whatever the order of their keys. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object' || value instanceof Date)
    return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

export function requestHash(mutation: string, args: unknown): Buffer {
  return createHash('sha256')
    .update(`${mutation}\n${canonical(args)}`)
    .digest();
}

/**
 * `Idempotency-Key` (1 to 200 visible ASCII characters) on a registered mutation, scoped to the signed-in user:
 * - the first request claims the key in ONE transaction with the mutation (the mutation's own `db.tx` joins it) and
 *   stores the result's id there, so the key exists exactly when the mutation committed;
 * - a retry with the same key and the same arguments answers the first result (loaded as the caller sees it now)
 *   and creates nothing; with other arguments, or for another mutation: CONFLICT (IDEMPOTENCY_KEY_REUSED);
 * - a concurrent retry waits for the first one (the key's primary key) and then answers its result, or runs itself
 *   when the first one failed (a refusal stores nothing: it is not a result);
 * - keys expire after 24 hours; another user's key is another key.
 * Without the header, nothing changes (no statement added).
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly db: Db,
    private readonly keys: IdempotencyRepository,
    private readonly operations: IdempotentOperations,
  ) {}

  intercept(execution: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (execution.getType<string>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(execution);
    const info = gql.getInfo<{ parentType: { name: string }; fieldName: string }>();
    if (info.parentType.name !== 'Mutation') return next.handle();
    const replay = this.operations.get(info.fieldName);
    const gqlContext = gql.getContext<GqlContext>();
    const header = gqlContext.req.headers['idempotency-key'];
    if (!replay || header === undefined) return next.handle();
    const key = Array.isArray(header) ? header[0] : header;
    if (!KEY.test(key))
      throw DomainError.badInput('Idempotency-Key', 'must be 1 to 200 visible ASCII characters');
    const hash = requestHash(info.fieldName, gql.getArgs());
    return from(this.run(gqlContext, info.fieldName, key, hash, replay, next));
  }

  private async run(
    gqlContext: GqlContext,
    mutation: string,
    key: string,
    hash: Buffer,
    replay: IdempotentReplay,
    next: CallHandler,
  ): Promise<unknown> {
    const ctx = gqlContext.ctx;
    const userId = ctx.me.id;
    const outcome = await this.db.tx(ctx, async (txCtx) => {
      if (!(await this.keys.claim(txCtx, userId, key, mutation, hash)))
        return { earlier: await this.keys.find(txCtx, userId, key) };
      // the resolver (and the service's own db.tx) runs in this transaction
      gqlContext.ctx = txCtx;
      try {
        const result = (await lastValueFrom(next.handle())) as { id: string };
        await this.keys.complete(txCtx, userId, key, result.id);
        return { result };
      } finally {
        gqlContext.ctx = ctx;
      }
    });
    if ('result' in outcome) {
      await this.keys.forgetExpiredSometimes(RequestContext.job('idempotency'));
      return outcome.result;
    }
    const earlier = outcome.earlier;
    if (!earlier?.resultId)
      throw DomainError.conflict(
        'A request with this Idempotency-Key is in progress; try again',
        'IDEMPOTENCY_KEY_IN_USE',
      );
    if (earlier.operation !== mutation || !earlier.requestHash.equals(hash))
      throw DomainError.conflict(
        'This Idempotency-Key was used for another request; use a new key',
        'IDEMPOTENCY_KEY_REUSED',
      );
    return replay(ctx, earlier.resultId);
  }
}
