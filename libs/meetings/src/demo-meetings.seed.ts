import { Inject, Injectable, Logger } from '@nestjs/common';
import { CaseMeetingsPort } from '@marac/cases';
import { APP_CONFIG, clock, Db, RequestContext, type AppConfig } from '@marac/core';
import { AuthService, demoEmail, PanelService } from '@marac/identity';
import { AgendaProposalService } from './agenda-proposal.service.js';
import { AgendaService } from './agenda.service.js';
import { AttendanceStatus } from './meeting.enums.js';
import { MeetingConductService } from './meeting-conduct.service.js';
import { MeetingRepository } from './meeting.repository.js';
import { MeetingService } from './meeting.service.js';
import { ResearchService } from './research.service.js';

/**
 * A published MARAC meeting in progress (it started on the hour, an hour or two ago: attendance and minutes are
 * recorded only from a meeting's start) with a proposed agenda, research from two agencies (late, as the deadline
 * was before the start), attendance and minutes.
 */
@Injectable()
export class DemoMeetingsSeeder {
  private readonly log = new Logger('Seed');

  constructor(
    private readonly db: Db,
    private readonly repo: MeetingRepository,
    private readonly auth: AuthService,
    private readonly panels: PanelService,
    private readonly cases: CaseMeetingsPort,
    private readonly meetings: MeetingService,
    private readonly agendas: AgendaService,
    private readonly proposals: AgendaProposalService,
    private readonly research: ResearchService,
    private readonly conduct: MeetingConductService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run(): Promise<void> {
    if (!this.config.demoData || this.config.production) return;
    const job = RequestContext.job('seed');
    const [already] = await this.repo.meetings(job, { limit: 1 });
    const panel = (await this.panels.list(job)).find((p) => p.name === 'Hartlepool MARAC');
    if (already || !panel) return;
    const as = (local: string) => this.auth.contextForEmail(demoEmail(local));
    const [coordinator, police, idva] = await Promise.all(
      ['marac.coordinator', 'police.rep', 'idva.rep'].map(as),
    );
    const candidates = await this.db.tx(coordinator, (tx) => this.cases.agendaCandidates(tx, panel.id, []));
    if (!candidates.length) return;

    const m = await this.meetings.schedule(coordinator, {
      panelId: panel.id,
      startsAt: new Date(Math.floor(clock.now().getTime() / 3_600_000) * 3_600_000 - 3_600_000),
      location: 'Hartlepool Civic Centre, Room 2',
      capacity: 20,
    });
    await this.proposals.propose(coordinator, m.id);
    await this.agendas.publish(coordinator, m.id);
    const agenda = await this.meetings.agenda(await as('marac.coordinator'), m.id); // a fresh context: no stale loader
    for (const item of agenda.slice(0, 2)) {
      await this.research.submit(police, {
        agendaItemId: item.id,
        summary: 'Demo: 3 call-outs in the last 12 months; bail conditions in place.',
      });
      await this.research.submit(idva, { agendaItemId: item.id, noInformationHeld: true });
    }
    if (agenda[0])
      await this.conduct.recordMinutes(
        coordinator,
        agenda[0].id,
        'Demo: safety plan agreed; police to review bail; IDVA to make contact.',
      );
    const agencies = await this.panels.memberAgencies(coordinator, panel.id);
    for (const a of agencies.filter((x) => ['POLICE', 'IDVA', 'HOUSING'].includes(x.kind))) {
      await this.conduct.recordAttendance(coordinator, {
        meetingId: m.id,
        agencyId: a.id,
        status: AttendanceStatus.PRESENT,
      });
    }
    this.log.log('demo meeting created');
  }
}
