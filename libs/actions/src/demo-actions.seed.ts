import { Inject, Injectable, Logger } from '@nestjs/common';
import { CaseService, CaseStatus } from '@marac/cases';
import { APP_CONFIG, londonToday, RequestContext, type AppConfig } from '@marac/core';
import { AuthService, demoEmail, PanelService } from '@marac/identity';
import { MeetingService } from '@marac/meetings';
import { ActionCategory, ActionStatus } from './action.enums.js';
import { ActionRepository } from './action.repository.js';
import { ActionService } from './action.service.js';

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T12:00:00Z`) + days * 86400000).toISOString().slice(0, 10);
const noonOf = (date: string) => new Date(`${date}T12:00:00Z`);

/**
 * Demo actions on the demo MARAC cases: one open, one done and one overdue (through the services, as users). The
 * services take due dates from today on, so the overdue and the done one are created due today and then dated back
 * by the seeder's system-only `backdateForSeed` (the done one finished before its due date).
 */
@Injectable()
export class DemoActionsSeeder {
  private readonly log = new Logger('Seed');

  constructor(
    private readonly repo: ActionRepository,
    private readonly auth: AuthService,
    private readonly panels: PanelService,
    private readonly cases: CaseService,
    private readonly meetings: MeetingService,
    private readonly actions: ActionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run(): Promise<void> {
    if (!this.config.demoData || this.config.production) return;
    if (await this.repo.any(RequestContext.job('seed').system())) return;
    const coordinator = await this.auth.contextForEmail(demoEmail('marac.coordinator'));
    const panel = (await this.panels.list(coordinator)).find((p) => p.name === 'Hartlepool MARAC');
    if (!panel) return;
    const open = await this.cases.list(
      coordinator,
      { panelId: panel.id, status: [CaseStatus.ACCEPTED, CaseStatus.LISTED, CaseStatus.HEARD] },
      100,
    );
    const cases = open.edges
      .map((e) => e.node)
      .filter((c) => !c.restricted)
      .sort((a, b) => String(a.referralDate).localeCompare(String(b.referralDate)))
      .slice(0, 2);
    if (cases.length < 2) return;
    const today = londonToday();
    const [item] = await this.meetings.itemsOfCase(coordinator, cases[0]);
    const [police, housing, idva] = await Promise.all(
      ['police.rep', 'housing.rep', 'idva.rep'].map(
        async (u) => (await this.auth.contextForEmail(demoEmail(u))).me,
      ),
    );

    await this.actions.create(coordinator, {
      caseId: cases[0].id,
      agendaItemId: item?.id ?? null,
      description: 'Demo: review bail conditions and flag the address',
      ownerAgencyId: police.agencyId,
      assigneeId: police.id,
      dueDate: addDays(today, 17),
      category: ActionCategory.PERPETRATOR,
    });
    const overdue = await this.actions.create(coordinator, {
      caseId: cases[0].id,
      description: 'Demo: request a priority move',
      ownerAgencyId: housing.agencyId,
      dueDate: today,
      category: ActionCategory.VICTIM_SAFETY,
    });
    const done = await this.actions.create(coordinator, {
      caseId: cases[1].id,
      description: 'Demo: make contact and agree a safety plan',
      ownerAgencyId: idva.agencyId,
      assigneeId: idva.id,
      dueDate: today,
      category: ActionCategory.VICTIM_SAFETY,
    });
    await this.actions.update(await this.auth.contextFor(idva.id), {
      actionId: done.id,
      status: ActionStatus.DONE,
      note: 'Demo: safety plan agreed',
      expectedVersion: 1,
    });
    const system = RequestContext.job('seed').system();
    await this.repo.backdateForSeed(system, overdue.id, {
      createdAt: noonOf(addDays(today, -45)),
      dueDate: addDays(today, -32),
      completedAt: null,
    });
    await this.repo.backdateForSeed(system, done.id, {
      createdAt: noonOf(addDays(today, -60)),
      dueDate: addDays(today, -47),
      completedAt: noonOf(addDays(today, -50)),
    });
    this.log.log('demo actions created');
  }
}
