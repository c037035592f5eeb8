import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../context/request-context.js';
import { Db } from '../database/db.service.js';

/** How long a key answers with its first result; older rows are ignored, taken over and deleted. */
export const IDEMPOTENCY_KEY_HOURS = 24;

export interface IdempotencyRow {
  operation: string;
  requestHash: Buffer;
  resultId: string | null;
}

/** The only code that writes SQL for idempotency_key. */
@Injectable()
export class IdempotencyRepository {
  private claims = 0;

  constructor(private readonly db: Db) {}

  /**
   * Claims the user's key for this request in the transaction `txCtx`: true when it is ours (new, or expired and
   * taken over). A concurrent transaction holding the same key makes this wait for its end (the primary key): after
   * its commit the key is not ours; after its rollback it is.
   */
  async claim(
    txCtx: RequestContext,
    userId: string,
    key: string,
    operation: string,
    hash: Buffer,
  ): Promise<boolean> {
    const rows = await this.db.query(
      txCtx,
      `INSERT INTO idempotency_key AS k (user_id, key, operation, request_hash) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id, key) DO UPDATE
         SET operation = excluded.operation, request_hash = excluded.request_hash, result_id = NULL,
             created_at = now()
         WHERE k.created_at <= now() - make_interval(hours => ${IDEMPOTENCY_KEY_HOURS})
       RETURNING 1`,
      [userId, key, operation, hash],
    );
    return rows.length === 1;
  }

  /** The result of the claimed key, in the same transaction as the mutation that produced it. */
  async complete(txCtx: RequestContext, userId: string, key: string, resultId: string): Promise<void> {
    await this.db.query(txCtx, 'UPDATE idempotency_key SET result_id = $3 WHERE user_id = $1 AND key = $2', [
      userId,
      key,
      resultId,
    ]);
  }

  /** The user's unexpired key, as committed. */
  async find(ctx: RequestContext, userId: string, key: string): Promise<IdempotencyRow | null> {
    const [row] = await this.db.query<IdempotencyRow>(
      ctx,
      `SELECT operation, request_hash AS "requestHash", result_id AS "resultId" FROM idempotency_key
        WHERE user_id = $1 AND key = $2 AND created_at > now() - make_interval(hours => ${IDEMPOTENCY_KEY_HOURS})`,
      [userId, key],
    );
    return row ?? null;
  }

  /** Deletes expired keys now and then (every 500th claim of this process): no job needed. */
  async forgetExpiredSometimes(ctx: RequestContext): Promise<void> {
    if (++this.claims % 500 !== 0) return;
    await this.forgetExpired(ctx);
  }

  async forgetExpired(ctx: RequestContext): Promise<number> {
    const [row] = await this.db.query<{ n: number }>(
      ctx,
      `WITH gone AS (DELETE FROM idempotency_key
                      WHERE created_at <= now() - make_interval(hours => ${IDEMPOTENCY_KEY_HOURS}) RETURNING 1)
       SELECT count(*)::int AS n FROM gone`,
    );
    return row.n;
  }
}
