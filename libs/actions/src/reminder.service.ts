import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Db, londonToday, RequestContext } from '@marac/core';
import { DispatcherService, maySee, OutboxService, overdueReminder } from '@marac/notifications';
import { ActionRepository } from './action.repository.js';
import type { ActionModel } from './models/action.model.js';

/**
 * The daily reminder of overdue actions ("overdue": overdue.ts): each panel rep of an owner agency gets one message a
 * day listing the overdue actions of that agency on that panel whose case they may see in detail (the access rules,
 * as for every e-mail). Idempotent (a dedupe key per recipient and day), so every dispatcher may run it and each
 * reminder is still queued once. Registered with the dispatcher's tick at start-up: each process builds them once a
 * day (on its first tick of the day), not on every tick.
 */
@Injectable()
export class ReminderService implements OnModuleInit {
  constructor(
    private readonly db: Db,
    private readonly actions: ActionRepository,
    private readonly outbox: OutboxService,
    private readonly dispatcher: DispatcherService,
  ) {}

  /** The London day this process last built the reminders for (the dispatcher ticks every few seconds). */
  private builtFor: string | null = null;

  onModuleInit(): void {
    this.dispatcher.onTick(async () => {
      const today = londonToday();
      if (this.builtFor === today) return;
      await this.run(today);
      this.builtFor = today;
    });
  }

  async run(today: string): Promise<number> {
    return this.db.tx(RequestContext.job('reminders'), async (txCtx) => {
      // one process at a time builds today's reminders
      if (!(await this.actions.tryReminderLock(txCtx))) return 0;
      const groups = new Map<string, ActionModel[]>();
      for (const a of await this.actions.overdue(txCtx, today)) {
        const key = `${a.panelId}:${a.ownerAgencyId}`;
        groups.set(key, [...(groups.get(key) ?? []), a]);
      }
      let queued = 0;
      for (const [key, items] of groups) {
        const { panelId, ownerAgencyId } = items[0];
        const reps = await this.outbox.audience(txCtx, { panelReps: { panelId, agencyId: ownerAgencyId } });
        if (!reps.length) continue;
        const facts = new Map(
          (await this.outbox.caseFacts(txCtx, [...new Set(items.map((a) => a.caseId))], reps)).map((f) => [
            f.id,
            f,
          ]),
        );
        for (const rep of reps) {
          const mine = items
            .filter((a) => facts.has(a.caseId) && maySee(rep, facts.get(a.caseId)!, 'readDetail'))
            .map((a) => ({ reference: facts.get(a.caseId)!.reference, dueDate: a.dueDate }))
            .sort((x, y) => x.dueDate.localeCompare(y.dueDate) || x.reference.localeCompare(y.reference));
          if (!mine.length) continue;
          queued += await this.outbox.enqueueFor(
            txCtx,
            'action.overdue_reminder',
            overdueReminder({ items: mine, link: this.outbox.link('/actions?overdue=true') }),
            [rep],
            `reminder:${today}:${key}`,
          );
        }
      }
      return queued;
    });
  }
}
