import { Injectable } from '@nestjs/common';
import { Db, type RequestContext } from '@marac/core';
import { EMAIL_FAILURES_FORGOTTEN_HOURS, KNOWN_ADDRESS_DAYS, PAIR_LOCK_MINUTES } from '../login-throttle.js';

/** One row of login_throttle as the sign-in rules read it (failures already 0 when forgotten). */
export interface ThrottleState {
  failures: number;
  /** the pair's lock, or the e-mail's back-off, is running */
  locked: boolean;
  waitSeconds: number;
  /** pair rows: the account signed in from this address lately */
  knownAddress: boolean;
}

/** The e-mail-wide row has address ''. */
const EMAIL_WIDE = '';

/**
 * The only code that writes SQL for login_throttle. Times are clock_timestamp(), not the transaction's start, because
 * attempts queue on the rows' locks: an attempt compares with the time at which it got the lock.
 */
@Injectable()
export class LoginThrottleRepository {
  private attempts = 0;

  constructor(private readonly db: Db) {}

  /**
   * Creates (if need be) and locks the e-mail-wide row and the (e-mail, address) row, in that order, until the end of
   * the transaction: concurrent attempts for one e-mail queue up, so none can slip past a lock or back-off that
   * another sets.
   */
  async lock(
    ctx: RequestContext,
    emailKey: string,
    address: string,
  ): Promise<{ email: ThrottleState; pair: ThrottleState }> {
    await this.db.query(
      ctx,
      `INSERT INTO login_throttle (email_key, address) VALUES ($1, $2), ($1, $3) ON CONFLICT DO NOTHING`,
      [emailKey, EMAIL_WIDE, address],
    );
    const rows = await this.db.query<ThrottleState & { address: string }>(
      ctx,
      `SELECT address,
              CASE WHEN address = $2 AND updated_at < clock_timestamp() - make_interval(hours => $4) THEN 0
                   WHEN address <> $2 AND ((locked_until IS NOT NULL AND locked_until <= clock_timestamp())
                                           OR updated_at < clock_timestamp() - make_interval(mins => $5)) THEN 0
                   ELSE failures END AS failures,
              coalesce(locked_until > clock_timestamp(), false) AS locked,
              greatest(0, ceil(extract(epoch FROM locked_until - clock_timestamp())))::int AS "waitSeconds",
              coalesce(last_success_at > clock_timestamp() - make_interval(days => $6), false) AS "knownAddress"
         FROM login_throttle WHERE email_key = $1 AND address IN ($2, $3)
        ORDER BY address FOR UPDATE`,
      [emailKey, EMAIL_WIDE, address, EMAIL_FAILURES_FORGOTTEN_HOURS, PAIR_LOCK_MINUTES, KNOWN_ADDRESS_DAYS],
    );
    const fresh: ThrottleState = { failures: 0, locked: false, waitSeconds: 0, knownAddress: false };
    return {
      email: rows.find((r) => r.address === EMAIL_WIDE) ?? fresh,
      pair: rows.find((r) => r.address === address) ?? fresh,
    };
  }

  /** Writes a row's new failure count and lock (the pair's lock or the e-mail's back-off), in seconds from now. */
  async setFailures(
    ctx: RequestContext,
    emailKey: string,
    address: string | null,
    failures: number,
    lockSeconds: number,
  ): Promise<void> {
    await this.db.query(
      ctx,
      `INSERT INTO login_throttle AS t (email_key, address, failures, locked_until, updated_at)
       VALUES ($1, $2, $3, CASE WHEN $4::int > 0 THEN clock_timestamp() + make_interval(secs => $4) END, clock_timestamp())
       ON CONFLICT (email_key, address) DO UPDATE
         SET failures = EXCLUDED.failures, locked_until = EXCLUDED.locked_until, updated_at = EXCLUDED.updated_at`,
      [emailKey, address ?? EMAIL_WIDE, failures, lockSeconds],
    );
  }

  /** A successful sign-in from `address`: the pair starts again and the address is known for the account. */
  async recordSuccess(ctx: RequestContext, emailKey: string, address: string): Promise<void> {
    await this.db.query(
      ctx,
      `UPDATE login_throttle SET failures = 0, locked_until = NULL, last_success_at = clock_timestamp(),
              updated_at = clock_timestamp()
        WHERE email_key = $1 AND address = $2`,
      [emailKey, address],
    );
  }

  /**
   * Every 1000th call, deletes rows with nothing left to remember (outside any transaction: pass a context without
   * one; rows another attempt holds are skipped, so this never waits on or deadlocks with a sign-in).
   */
  async forgetOldSometimes(ctx: RequestContext): Promise<void> {
    if (++this.attempts % 1000 !== 0) return;
    await this.db.query(
      ctx,
      `DELETE FROM login_throttle WHERE ctid IN (
         SELECT ctid FROM login_throttle
          WHERE updated_at < clock_timestamp() - make_interval(days => $1)
            AND (last_success_at IS NULL OR last_success_at < clock_timestamp() - make_interval(days => $1))
          FOR UPDATE SKIP LOCKED)`,
      [KNOWN_ADDRESS_DAYS],
    );
  }
}
