import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, Db, type AppConfig } from '@marac/core';
import { AuthService, demoEmail } from '@marac/identity';
import { ActionStatus } from './action.enums.js';
import { ActionService } from './action.service.js';

/** Demo actions on the demo MARAC cases: one open, one done and one overdue. */
@Injectable()
export class DemoActionsSeeder {
  private readonly log = new Logger('Seed');

  constructor(
    private readonly db: Db,
    private readonly auth: AuthService,
    private readonly actions: ActionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run(): Promise<void> {
    if (!this.config.demoData || this.config.production) return;
    const [already] = await this.db.query('SELECT 1 FROM action LIMIT 1');
    if (already) return;
    const cases = await this.db.query<{ id: string; agendaItemId: string | null }>(
      `SELECT c.id, (SELECT ai.id FROM agenda_item ai WHERE ai.case_id = c.id LIMIT 1) AS "agendaItemId"
         FROM case_record c JOIN panel p ON p.id = c.panel_id
        WHERE p.name = 'Hartlepool MARAC' AND c.status IN ('ACCEPTED', 'LISTED', 'HEARD') AND NOT c.restricted
        ORDER BY c.referral_date LIMIT 2`,
    );
    if (cases.length < 2) return;
    const users = await this.db.query<{ email: string; id: string; agencyId: string }>(
      `SELECT email, id, agency_id AS "agencyId" FROM app_user WHERE email = ANY($1)`,
      [['police.rep', 'housing.rep', 'idva.rep'].map(demoEmail)],
    );
    const user = (local: string) => users.find((u) => u.email === demoEmail(local))!;
    const [police, housing, idva] = [user('police.rep'), user('housing.rep'), user('idva.rep')];
    const coordinator = await this.auth.contextForEmail(demoEmail('marac.coordinator'));

    await this.actions.create(coordinator, {
      caseId: cases[0].id,
      agendaItemId: cases[0].agendaItemId,
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
