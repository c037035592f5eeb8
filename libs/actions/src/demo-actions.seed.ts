import { Inject, Injectable, Logger } from '@nestjs/common';
import { CaseService, CaseStatus } from '@marac/cases';
import { APP_CONFIG, RequestContext, type AppConfig } from '@marac/core';
import { AuthService, demoEmail, PanelService } from '@marac/identity';
import { MeetingService } from '@marac/meetings';
import { ActionStatus } from './action.enums.js';
import { ActionRepository } from './action.repository.js';
import { ActionService } from './action.service.js';

/** Demo actions on the demo MARAC cases: one open, one done and one overdue (through the services, as users). */
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
      dueDate: '2026-12-18',
    });
    await this.actions.create(coordinator, {
      caseId: cases[0].id,
      description: 'Demo: request a priority move',
      ownerAgencyId: housing.agencyId,
      dueDate: '2026-10-30', // overdue
    });
    const done = await this.actions.create(coordinator, {
      caseId: cases[1].id,
      description: 'Demo: make contact and agree a safety plan',
      ownerAgencyId: idva.agencyId,
      assigneeId: idva.id,
      dueDate: '2026-10-15',
    });
    await this.actions.update(await this.auth.contextFor(idva.id), {
      actionId: done.id,
      status: ActionStatus.DONE,
      note: 'Demo: safety plan agreed',
      expectedVersion: 1,
    });
    this.log.log('demo actions created');
  }
}
