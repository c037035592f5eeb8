import { Injectable } from '@nestjs/common';
import { Db, type RequestContext } from '@marac/core';

/** The only code that writes SQL for password_token (one-time links; only the SHA-256 of a token is stored). */
@Injectable()
export class PasswordTokenRepository {
  constructor(private readonly db: Db) {}

  async insert(ctx: RequestContext, userId: string, tokenHash: Buffer, validHours: number): Promise<string> {
    const [row] = await this.db.query<{ id: string }>(
      ctx,
      `INSERT INTO password_token (user_id, token_hash, expires_at) VALUES ($1, $2, now() + make_interval(hours => $3))
       RETURNING id`,
      [userId, tokenHash, validHours],
    );
    return row.id;
  }

  /**
   * The unused, unexpired token with this hash, locked until the end of the transaction (a concurrent use waits, then
   * finds it used). Null for an unknown, used or expired token alike.
   */
  async usableForUpdate(
    ctx: RequestContext,
    tokenHash: Buffer,
  ): Promise<{ id: string; userId: string } | null> {
    const [row] = await this.db.query<{ id: string; userId: string }>(
      ctx,
      `SELECT id, user_id AS "userId" FROM password_token
        WHERE token_hash = $1 AND used_at IS NULL AND expires_at > clock_timestamp() FOR UPDATE`,
      [tokenHash],
    );
    return row ?? null;
  }

  /** Marks every unused token of the user used (after any password change, no older link works). */
  async useAllOf(ctx: RequestContext, userId: string): Promise<void> {
    await this.db.query(
      ctx,
      'UPDATE password_token SET used_at = now() WHERE user_id = $1 AND used_at IS NULL',
      [userId],
    );
  }
}
