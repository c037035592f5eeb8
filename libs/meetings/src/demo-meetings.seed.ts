import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, Db, type AppConfig } from '@marac/core';
import { AuthService, demoEmail } from '@marac/identity';
import { AttendanceStatus } from './meeting.enums.js';
import { MeetingService } from './meeting.service.js';

/** A published MARAC meeting with a proposed agenda, research from two agencies, attendance and minutes. */
@Injectable()
export class DemoMeetingsSeeder {
  private readonly log = new Logger('Seed');

  constructor(
    private readonly db: Db,
    private readonly auth: AuthService,
    private readonly meetings: MeetingService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run(): Promise<void> {
    if (!this.config.demoData || this.config.production) return;
    const [already] = await this.db.query('SELECT 1 FROM meeting LIMIT 1');
    const [panel] = await this.db.query<{ id: string }>(
      `SELECT id FROM panel WHERE name = 'Hartlepool MARAC'`,
    );
    const [hasCases] = await this.db.query(`SELECT 1 FROM case_record WHERE status = 'ACCEPTED' LIMIT 1`);
    if (already || !panel || !hasCases) return;
    const as = (local: string) => this.auth.contextForEmail(demoEmail(local));
    const [coordinator, police, idva] = await Promise.all(
      ['marac.coordinator', 'police.rep', 'idva.rep'].map(as),
    );

    const m = await this.meetings.schedule(coordinator, {
      panelId: panel.id,
      startsAt: new Date('2026-12-03T10:00:00Z'),
      location: 'Hartlepool Civic Centre, Room 2',
      capacity: 20,
    });
    await this.meetings.propose(coordinator, m.id);
    await this.meetings.publish(coordinator, m.id);
    const agenda = await this.meetings.agenda(await as('marac.coordinator'), m.id); // a fresh context: no stale loader
    const agencies = await this.db.query<{ id: string; kind: string }>(
      `SELECT a.id, a.kind FROM agency a JOIN panel_member_agency pma ON pma.agency_id = a.id WHERE pma.panel_id = $1`,
      [panel.id],
    );
    for (const item of agenda.slice(0, 2)) {
      await this.meetings.submitResearch(police, {
        agendaItemId: item.id,
        summary: 'Demo: 3 call-outs in the last 12 months; bail conditions in place.',
      });
      await this.meetings.submitResearch(idva, { agendaItemId: item.id, noInformationHeld: true });
    }
    if (agenda[0])
      await this.meetings.recordMinutes(
        coordinator,
        agenda[0].id,
        'Demo: safety plan agreed; police to review bail; IDVA to make contact.',
      );
    for (const a of agencies.filter((x) => ['POLICE', 'IDVA', 'HOUSING'].includes(x.kind))) {
      await this.meetings.recordAttendance(coordinator, {
        meetingId: m.id,
        agencyId: a.id,
        status: AttendanceStatus.PRESENT,
      });
    }
    this.log.log('demo meeting created');
  }
}
