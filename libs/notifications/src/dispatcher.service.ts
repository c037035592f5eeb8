import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { APP_CONFIG, Db, RequestContext, type AppConfig } from '@marac/core';
import { createMailTransport, type MailTransport } from './mail-transport.js';
import { OutboxRepository } from './outbox.repository.js';

/** Work that queues messages on every tick before delivery (e.g. the daily overdue reminders of libs/actions). */
export type TickJob = () => Promise<unknown>;

export const MAX_ATTEMPTS = 6;
/** Seconds before the next try after `attempts` failures: 30 s, 1, 2, 4, 8 min... capped at 1 h. */
export const backoffSeconds = (attempts: number) => Math.min(3600, 30 * 2 ** (attempts - 1));

/**
 * Delivers the outbox. Each message is claimed with FOR UPDATE SKIP LOCKED inside a transaction of its own, sent, and
 * marked sent or given a retry; so any number of dispatchers (processes) can run and none sends a row twice.
 * After MAX_ATTEMPTS failures a message is kept as failed (visible to ADMIN), never dropped.
 */
@Injectable()
export class DispatcherService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('Outbox');
  private transport: MailTransport | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private readonly jobs: TickJob[] = [];

  constructor(
    private readonly db: Db,
    private readonly outbox: OutboxRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Registers work to run at the start of every tick (domains that produce scheduled messages call it at start-up). */
  onTick(job: TickJob): void {
    this.jobs.push(job);
  }

  /**
   * Sends up to `batch` due messages; returns how many were sent and how many failed this time. Each message is
   * claimed, sent and marked in a transaction of its own, so a crash can repeat at most the one message whose SMTP
   * acceptance came before its commit (delivery is at least once; the repeat carries the same Message-ID).
   */
  async runOnce(
    batch = 50,
    transport: MailTransport = this.mail(),
  ): Promise<{ sent: number; failed: number }> {
    let sent = 0;
    let failed = 0;
    for (let i = 0; i < batch; i++) {
      const outcome = await this.db.tx(RequestContext.job('outbox'), async (txCtx) => {
        const [row] = await this.outbox.claimDue(txCtx, 1);
        if (!row) return null;
        try {
          await transport.send({ id: row.id, to: row.recipient, subject: row.subject, text: row.body });
          await this.outbox.markSent(txCtx, row.id);
          return 'sent';
        } catch (e) {
          const attempts = row.attempts + 1;
          const reason = String((e as NodeJS.ErrnoException).code ?? (e as Error).name ?? 'Error').slice(
            0,
            100,
          );
          await this.outbox.markAttemptFailed(
            txCtx,
            row.id,
            attempts,
            reason,
            backoffSeconds(attempts),
            attempts >= MAX_ATTEMPTS,
          );
          this.log.warn(JSON.stringify({ outboxId: row.id, attempts, error: reason }));
          return 'failed';
        }
      });
      if (!outcome) break;
      if (outcome === 'sent') sent++;
      else failed++;
    }
    return { sent, failed };
  }

  /** The background loop (in the API process unless WORKER=separate, or in apps/worker). */
  start(intervalMs = 2000): void {
    if (this.timer) return;
    const tick = async () => {
      if (this.running) return;
      this.running = true;
      try {
        for (const job of this.jobs) await job();
        while ((await this.runOnce()).sent > 0);
      } catch (e) {
        this.log.error(JSON.stringify({ error: (e as Error).name, code: (e as NodeJS.ErrnoException).code }));
      } finally {
        this.running = false;
      }
    };
    this.timer = setInterval(() => void tick(), intervalMs);
    void tick();
  }

  onApplicationBootstrap(): void {
    if (this.config.worker === 'inline') this.start();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.transport?.close();
  }

  private mail(): MailTransport {
    this.transport ??= createMailTransport(this.config);
    return this.transport;
  }
}
