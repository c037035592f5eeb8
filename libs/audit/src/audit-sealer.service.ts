import { Injectable, Logger } from '@nestjs/common';
import { RequestContext } from '@marac/core';
import { AuditRepository } from './audit.repository.js';

/** The most events one seal chains (one statement, one transaction: about 0.1 s at this size). */
export const AUDIT_SEAL_BATCH = 2000;

/**
 * The sealer: chains the committed, unsealed audit events, batch by batch, each batch recorded in an append-only
 * seal chained to the previous one (the database function `audit_seal_batch`, migration 1764900400000). Appending
 * never waits for it and it never waits for an appender: it takes only the rows whose transactions have committed,
 * and a row committed later (even with a lower id) goes into a later seal. One sealer at a time in the whole
 * deployment (an advisory lock that only sealers take: another process's sealer simply skips its turn).
 *
 * It runs on the outbox dispatcher's tick (every few seconds, in the worker or in the API process when
 * WORKER=inline: libs/notifications/src/audit.port.ts registers it); tests call `seal()` themselves.
 */
@Injectable()
export class AuditSealer {
  private readonly log = new Logger('AuditSealer');

  constructor(private readonly events: AuditRepository) {}

  /**
   * Seals every event committed so far; answers how many it sealed, or null when another sealer was at work (with
   * `wait`, it retries until that one is done, for at most `wait` ms, and then seals what is left).
   */
  async seal(options: { batch?: number; wait?: number } = {}): Promise<number | null> {
    const batch = options.batch ?? AUDIT_SEAL_BATCH;
    const ctx = RequestContext.job('audit-sealer');
    const deadline = Date.now() + (options.wait ?? 0);
    let total = 0;
    for (;;) {
      const n = await this.events.sealBatch(ctx, batch);
      if (n === null) {
        if (Date.now() >= deadline) return total > 0 ? total : null;
        await new Promise((ok) => setTimeout(ok, 20));
        continue;
      }
      total += n;
      if (n < batch) return total;
    }
  }

  /** The tick's job: seals what is committed; a failure is logged (codes only) and retried on the next tick. */
  async tick(): Promise<void> {
    try {
      await this.seal();
    } catch (e) {
      this.log.error(JSON.stringify({ error: (e as Error).name, code: (e as NodeJS.ErrnoException).code }));
    }
  }
}
