import { Injectable } from '@nestjs/common';
import { RequestContext } from '../context/request-context.js';
import { Db } from './db.service.js';

/**
 * Fixed-window rate limits in PostgreSQL, so that every API process shares the counters (one atomic statement a hit).
 * (@nestjs/throttler would be the library for this, but its CommonJS build cannot load NestJS 12's ESM-only packages
 * under Jest on Node 20.)
 */
@Injectable()
export class RateLimiter {
  private hits = 0;
  /** the counters are shared by everyone: a system context (no row rules apply to them) */
  private readonly ctx = RequestContext.job('rate-limit');

  constructor(private readonly db: Db) {}

  /** Counts one hit on `key`; allowed while the window holds at most `limit` hits. */
  async hit(
    key: string,
    windowMs: number,
    limit: number,
  ): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
    const [row] = await this.db.query<{ hits: number; retryMs: number }>(
      this.ctx,
      `INSERT INTO rate_limit AS r (key, hits, expires_at) VALUES ($1, 1, now() + make_interval(secs => $2::float8 / 1000))
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN r.expires_at <= now() THEN 1 ELSE r.hits + 1 END,
         expires_at = CASE WHEN r.expires_at <= now() THEN now() + make_interval(secs => $2::float8 / 1000)
                           ELSE r.expires_at END
       RETURNING hits, greatest(0, extract(epoch FROM expires_at - now()) * 1000)::int AS "retryMs"`,
      [key, windowMs],
    );
    if (++this.hits % 1000 === 0) {
      await this.db.query(this.ctx, `DELETE FROM rate_limit WHERE expires_at < now() - interval '1 hour'`);
    }
    return { allowed: row.hits <= limit, retryAfterSeconds: Math.ceil(row.retryMs / 1000) };
  }
}
