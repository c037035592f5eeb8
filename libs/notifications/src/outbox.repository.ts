import { Injectable } from '@nestjs/common';
import { Db, DomainError, type RequestContext } from '@marac/core';

/** One row of the outbox as the ADMIN sees it (no body: the recipient address is the only personal data). */
export interface OutboxMessageRow {
  id: string;
  kind: string;
  recipient: string;
  subject: string;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  failedAt: Date | null;
}

export interface NewOutboxRow {
  kind: string;
  recipient: string;
  subject: string;
  body: string;
  dedupeKey: string | null;
}

export interface DueOutboxRow {
  id: string;
  recipient: string;
  subject: string;
  body: string;
  attempts: number;
}

const COLUMNS = `id::text, kind, recipient, subject, attempts, last_error AS "lastError", created_at AS "createdAt",
  failed_at AS "failedAt"`;

/**
 * The only code that writes SQL for the outbox table. Reads for a user apply the 'Notification' rule (ADMIN); the
 * dispatcher's reads are a job's (ctx.isSystem).
 */
@Injectable()
export class OutboxRepository {
  constructor(private readonly db: Db) {}

  /** Writes the rows in the context's transaction; a repeated dedupe key is skipped. Returns how many were written. */
  async insert(txCtx: RequestContext, rows: NewOutboxRow[]): Promise<number> {
    if (!rows.length) return 0;
    const written = await this.db.query(
      txCtx,
      `INSERT INTO outbox (kind, recipient, subject, body, dedupe_key)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING id`,
      [
        rows.map((r) => r.kind),
        rows.map((r) => r.recipient),
        rows.map((r) => r.subject),
        rows.map((r) => r.body),
        rows.map((r) => r.dedupeKey),
      ],
    );
    return written.length;
  }

  /** Claims up to `batch` due rows for this transaction (FOR UPDATE SKIP LOCKED: concurrent dispatchers never share). */
  claimDue(txCtx: RequestContext, batch: number): Promise<DueOutboxRow[]> {
    this.mustBeSystem(txCtx);
    return this.db.query(
      txCtx,
      `SELECT id::text, recipient, subject, body, attempts FROM outbox
        WHERE sent_at IS NULL AND failed_at IS NULL AND available_at <= now()
        ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [batch],
    );
  }

  async markSent(txCtx: RequestContext, id: string): Promise<void> {
    await this.db.query(
      txCtx,
      'UPDATE outbox SET sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = $1',
      [id],
    );
  }

  /** Schedules a retry after `retryInSeconds`, or keeps the row as failed when `failed`. */
  async markAttemptFailed(
    txCtx: RequestContext,
    id: string,
    attempts: number,
    reason: string,
    retryInSeconds: number,
    failed: boolean,
  ): Promise<void> {
    await this.db.query(
      txCtx,
      `UPDATE outbox SET attempts = $2::int, last_error = $3,
              available_at = now() + make_interval(secs => $4::int),
              failed_at = CASE WHEN $5::boolean THEN now() END
        WHERE id = $1`,
      [id, attempts, reason, retryInSeconds, failed],
    );
  }

  /** Messages kept as failed, newest first (ADMIN only; anyone else reads nothing). */
  failed(ctx: RequestContext, first: number): Promise<OutboxMessageRow[]> {
    if (!this.mayRead(ctx)) return Promise.resolve([]);
    return this.db.query(
      ctx,
      `SELECT ${COLUMNS} FROM outbox WHERE failed_at IS NOT NULL ORDER BY failed_at DESC, id DESC LIMIT $1`,
      [first],
    );
  }

  /** Puts a failed message back in the queue; null when there is no failed message with that id (or no right). */
  async requeueFailed(txCtx: RequestContext, id: string): Promise<OutboxMessageRow | null> {
    if (!txCtx.isSystem && !txCtx.can.can('retry', 'Notification')) return null;
    const [rows] = await this.db.query(
      txCtx,
      `UPDATE outbox SET failed_at = NULL, attempts = 0, available_at = now()
        WHERE id = $1 AND failed_at IS NOT NULL RETURNING ${COLUMNS}`,
      [id],
    );
    return (rows as OutboxMessageRow[] | undefined)?.[0] ?? null;
  }

  /** The id of the newest row ('0' when empty): a job's mark, for `discardAfter`. */
  async lastId(ctx: RequestContext): Promise<string> {
    this.mustBeSystem(ctx);
    const [{ id }] = await this.db.query(ctx, 'SELECT coalesce(max(id), 0)::text AS id FROM outbox');
    return id;
  }

  /** Removes the unsent rows written after `lastId` (demo history back-filled: no e-mail about events long past). */
  async discardAfter(ctx: RequestContext, lastId: string): Promise<number> {
    this.mustBeSystem(ctx);
    const [, n] = await this.db.query(ctx, 'DELETE FROM outbox WHERE id > $1 AND sent_at IS NULL', [lastId]);
    return Number(n ?? 0);
  }

  private mayRead(ctx: RequestContext): boolean {
    return ctx.isSystem || ctx.can.can('read', 'Notification');
  }

  private mustBeSystem(ctx: RequestContext): void {
    if (!ctx.isSystem) throw DomainError.forbidden();
  }
}
