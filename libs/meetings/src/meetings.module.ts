import { Module } from '@nestjs/common';
import { CasesModule } from '@marac/cases';
import { IdentityModule } from '@marac/identity';
import {
  AgendaItemResolver,
  AttendanceResolver,
  CaseAgendaResolver,
  MeetingResolver,
  ResearchResolver,
} from './meeting.resolver.js';
import { AgendaProposalService } from './agenda-proposal.service.js';
import { AgendaService } from './agenda.service.js';
import { MeetingConductService } from './meeting-conduct.service.js';
import { MeetingNoticeService } from './meeting-notices.service.js';
import { MeetingScheduleService } from './meeting-schedule.service.js';
import { MeetingRepository } from './meeting.repository.js';
import { MeetingService } from './meeting.service.js';
import { ResearchService } from './research.service.js';
import { ResearchReminderService } from './research-reminder.service.js';
import { DemoMeetingsSeeder } from './demo-meetings.seed.js';

@Module({
  imports: [IdentityModule, CasesModule],
  providers: [
    MeetingRepository,
    MeetingService,
    AgendaService,
    AgendaProposalService,
    ResearchService,
    ResearchReminderService,
    MeetingConductService,
    MeetingScheduleService,
    MeetingNoticeService,
    DemoMeetingsSeeder,
    MeetingResolver,
    AgendaItemResolver,
    CaseAgendaResolver,
    ResearchResolver,
    AttendanceResolver,
  ],
  exports: [
    MeetingService,
    AgendaService,
    AgendaProposalService,
    ResearchService,
    ResearchReminderService,
    MeetingConductService,
    MeetingScheduleService,
    DemoMeetingsSeeder,
  ],
})
export class MeetingsModule {}
