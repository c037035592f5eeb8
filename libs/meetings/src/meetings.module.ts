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
import { MeetingService } from './meeting.service.js';
import { DemoMeetingsSeeder } from './demo-meetings.seed.js';

@Module({
  imports: [IdentityModule, CasesModule],
  providers: [
    MeetingService,
    DemoMeetingsSeeder,
    MeetingResolver,
    AgendaItemResolver,
    CaseAgendaResolver,
    ResearchResolver,
    AttendanceResolver,
  ],
  exports: [MeetingService, DemoMeetingsSeeder],
})
export class MeetingsModule {}
