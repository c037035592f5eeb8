import { Injectable, type OnModuleInit } from '@nestjs/common';
import { clock, Db, londonToday, RequestContext } from '@marac/core';
import { PanelService } from '@marac/identity';
import { DispatcherService, maySee, OutboxService } from '@marac/notifications';
import { researchReminder } from './meeting-messages.js';
import { londonDateTime } from './meeting-schedule.service.js';
import { MeetingRepository } from './meeting.repository.js';
import type { MeetingModel } from './models/meeting.model.js';
import { defaultResearchDueAt } from './research-deadline.js';

/** How often a process looks for reminders to send (the dispatcher ticks every few seconds). */
export const RESEARCH_REMINDER_INTERVAL_MS = 5 * 60_000;

const addDay = (date: string, days: number) => {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
};

/**
 * Whether a meeting's research reminder is due at `now`: from the day before the deadline (Europe/London calendar
 * days) until the deadline itself. The day before is when it is normally sent; a process that was down that day
 * still sends it on the day of the deadline, before it passes.
 */
export function researchReminderDue(dueAt: Date, now: Date): boolean {
  return londonToday(now) >= addDay(londonToday(dueAt), -1) && now.getTime() < dueAt.getTime();
}

/**
 * The research reminder (DOMAIN.md, "Research"): the day before a published meeting's research deadline, each rep of
 * a member agency that is outstanding for one of its items (AgendaItem.outstandingResearch) and who may see that
 * item's case gets one e-mail: panel, meeting date, deadline and link, nothing about a case. Once per meeting: the
 * transaction that marks `meeting.research_reminder_sent_at` (a conditional UPDATE) also writes the messages to the
 * outbox, so two workers never both send it, and a failure sends nothing and marks nothing. Runs with the
 * dispatcher's tick (apps/worker, or the API process), every few minutes, on the platform's clock.
 */
@Injectable()
export class ResearchReminderService implements OnModuleInit {
  constructor(
    private readonly db: Db,
    private readonly repo: MeetingRepository,
    private readonly outbox: OutboxService,
    private readonly panels: PanelService,
    private readonly dispatcher: DispatcherService,
  ) {}

  private lastRun = 0;

  onModuleInit(): void {
    this.dispatcher.onTick(async () => {
      const now = clock.now();
      if (now.getTime() - this.lastRun < RESEARCH_REMINDER_INTERVAL_MS) return;
      await this.run(now);
      this.lastRun = now.getTime();
    });
  }

  /** Sends the reminders due at `now`; returns how many messages were queued. */
  async run(now: Date = clock.now()): Promise<number> {
    const job = RequestContext.job('research-reminders');
    let queued = 0;
    for (const m of await this.repo.researchReminderCandidates(job, now)) {
      const dueAt = m.researchDueAt ? new Date(m.researchDueAt) : defaultResearchDueAt(new Date(m.startsAt));
      if (!researchReminderDue(dueAt, now)) continue;
      queued += await this.db.tx(job, (txCtx) => this.remind(txCtx, m, dueAt, now));
    }
    return queued;
  }

  private async remind(txCtx: RequestContext, m: MeetingModel, dueAt: Date, now: Date): Promise<number> {
    if (!(await this.repo.claimResearchReminder(txCtx, m.id, now))) return 0;
    const items = await this.repo.itemsForConclusion(txCtx, m.id);
    const caseOf = new Map(items.map((i) => [i.id, i.caseId]));
    const casesByAgency = new Map<string, string[]>();
    for (const r of await this.repo.outstandingResearch(txCtx, [...caseOf.keys()]))
      casesByAgency.set(r.agencyId, [...(casesByAgency.get(r.agencyId) ?? []), caseOf.get(r.agendaItemId)!]);
    if (!casesByAgency.size) return 0;
    const panel = await this.panels.byId(txCtx, m.panelId);
    const message = researchReminder({
      panelName: panel?.name ?? '',
      meetingDate: londonDateTime(new Date(m.startsAt)),
      dueAt: londonDateTime(dueAt),
      link: this.outbox.link(`/meetings/${m.id}`),
    });
    let queued = 0;
    for (const [agencyId, caseIds] of casesByAgency) {
      const reps = await this.outbox.audience(txCtx, { panelReps: { panelId: m.panelId, agencyId } });
      if (!reps.length) continue;
      const facts = await this.outbox.caseFacts(txCtx, caseIds, reps);
      // only reps who may see one of the cases their agency owes research on (a restricted one: the allow-listed)
      const to = reps.filter((rep) => facts.some((f) => maySee(rep, f, 'readDetail')));
      queued += await this.outbox.enqueueFor(
        txCtx,
        'meeting.research_reminder',
        message,
        to,
        `research-reminder:${m.id}`,
      );
    }
    return queued;
  }
}
