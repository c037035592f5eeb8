import { Injectable } from '@nestjs/common';
import { Db } from '@marac/core';
import { overdueReminder } from './messages.js';
import { OutboxService } from './outbox.service.js';

/**
 * The daily reminder of overdue actions: one message per rep of each owner agency per day. Idempotent (a dedupe key
 * per recipient and day), so every dispatcher may call it on every tick and each reminder is still queued once.
 */
@Injectable()
export class ReminderService {
  constructor(
    private readonly db: Db,
    private readonly outbox: OutboxService,
  ) {}

  async run(today: string): Promise<number> {
    return this.db.tx(async (em) => {
      // one process at a time builds today's reminders
      const [{ locked }] = await em.query('SELECT pg_try_advisory_xact_lock(7426004) AS locked');
      if (!locked) return 0;
      // a restricted case's actions are reminded on their own, to the allow-listed reps only
      const groups: {
        panelId: string;
        agencyId: string;
        restrictedCaseId: string | null;
        items: { reference: string; dueDate: string }[];
      }[] = await em.query(
        `SELECT a.panel_id AS "panelId", a.owner_agency_id AS "agencyId",
                CASE WHEN c.restricted THEN c.id END AS "restrictedCaseId",
                json_agg(json_build_object('reference', c.reference, 'dueDate', a.due_date)
                         ORDER BY a.due_date, c.reference) AS items
           FROM action a JOIN case_record c ON c.id = a.case_id
          WHERE a.status NOT IN ('DONE', 'CANCELLED') AND a.due_date < $1::date
          GROUP BY a.panel_id, a.owner_agency_id, CASE WHEN c.restricted THEN c.id END`,
        [today],
      );
      let queued = 0;
      for (const g of groups) {
        queued += await this.outbox.enqueue(
          em,
          'action.overdue_reminder',
          overdueReminder({ items: g.items, link: this.outbox.link('/actions?overdue=true') }),
          {
            panelReps: { panelId: g.panelId, agencyId: g.agencyId },
            caseId: g.restrictedCaseId ?? undefined,
          },
          `reminder:${today}:${g.panelId}:${g.agencyId}:${g.restrictedCaseId ?? 'open'}`,
        );
      }
      return queued;
    });
  }
}
