import { Args, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CaseModel, CaseService } from '@marac/cases';
import { AfterArg, Ctx, FirstArg, IdArg, InputArg, RequestContext, type GqlContext } from '@marac/core';
import { Agency, AgencyService, Panel, PanelService } from '@marac/identity';
import {
  AttendanceInput,
  RescheduleMeetingInput,
  ResearchInput,
  ScheduleMeetingInput,
} from './dto/meeting.inputs.js';
import { AgendaProposalService } from './agenda-proposal.service.js';
import { AgendaService } from './agenda.service.js';
import { MeetingConductService } from './meeting-conduct.service.js';
import { MeetingScheduleService } from './meeting-schedule.service.js';
import { MEETINGS_PAGE_DEFAULT, MEETINGS_PAGE_MAX, MeetingService } from './meeting.service.js';
import { defaultResearchDueAt } from './research-deadline.js';
import { ResearchService } from './research.service.js';
import { AgendaItemModel, AttendanceModel, MeetingModel, ResearchModel } from './models/meeting.model.js';

@Resolver(() => MeetingModel)
export class MeetingResolver {
  constructor(
    private readonly meetingService: MeetingService,
    private readonly agendaService: AgendaService,
    private readonly proposalService: AgendaProposalService,
    private readonly researchService: ResearchService,
    private readonly conductService: MeetingConductService,
    private readonly scheduleService: MeetingScheduleService,
    private readonly panelService: PanelService,
  ) {}

  @Query(() => MeetingModel, {
    description:
      'A meeting of a panel the caller sits on, with the agenda items whose case the caller may see (reps: once published)',
  })
  meeting(@Ctx() ctx: RequestContext, @IdArg('id') id: string) {
    return this.meetingService.get(ctx, id);
  }

  @Query(() => [MeetingModel], {
    name: 'meetings',
    description:
      'In order of startsAt; pages of `first` (default 100, at most 500) after the meeting `after` (the last id of the previous page); a page shorter than `first` is the last',
  })
  meetings(
    @Ctx() ctx: RequestContext,
    @IdArg('panelId') panelId: string,
    @Args('from', { nullable: true, description: 'Meetings starting at or after this instant' }) from?: Date,
    @Args('to', { nullable: true, description: 'Meetings starting at or before this instant' }) to?: Date,
    @FirstArg(MEETINGS_PAGE_DEFAULT, MEETINGS_PAGE_MAX) first?: number,
    @AfterArg() after?: string,
  ) {
    return this.meetingService.list(ctx, panelId, from, to, first, after);
  }

  @Mutation(() => MeetingModel, {
    description: "Panel staff: a new meeting (SCHEDULED); in the past too, to enter a panel's history",
  })
  scheduleMeeting(@Ctx() ctx: RequestContext, @InputArg('The meeting') input: ScheduleMeetingInput) {
    return this.meetingService.schedule(ctx, input);
  }

  @Mutation(() => MeetingModel, {
    description:
      'A new time (and place) until the meeting is concluded; the research deadline moves with it unless a new one is given; reps are e-mailed when the agenda had been published',
  })
  rescheduleMeeting(
    @Ctx() ctx: RequestContext,
    @InputArg('The meeting and its new time') input: RescheduleMeetingInput,
  ) {
    return this.scheduleService.reschedule(ctx, input);
  }

  @Mutation(() => MeetingModel, {
    description:
      'Cancels a meeting that is not concluded, with a reason; its cases get back the status they had before they were listed; reps are e-mailed when the agenda had been published',
  })
  cancelMeeting(
    @Ctx() ctx: RequestContext,
    @IdArg('meetingId') meetingId: string,
    @Args('reason', {
      description: 'Why it is cancelled (told to member agencies when the agenda was published)',
    })
    reason: string,
  ) {
    return this.scheduleService.cancel(ctx, meetingId, reason);
  }

  @Mutation(() => AgendaItemModel, {
    description:
      'Panel staff: lists an ACCEPTED case (or a HEARD one for review) on the agenda; CONFLICT when full',
  })
  addCaseToAgenda(
    @Ctx() ctx: RequestContext,
    @IdArg('meetingId') meetingId: string,
    @IdArg('caseId') caseId: string,
    @Args('position', {
      type: () => Int,
      nullable: true,
      description: 'Where on the agenda (1 is first); at the end when omitted',
    })
    position?: number,
  ) {
    return this.agendaService.addCase(ctx, meetingId, caseId, position);
  }

  @Mutation(() => MeetingModel, {
    description:
      'Panel staff: fills the agenda up to capacity. MARAC (SafeLives suggested agenda): cases with children in the household first, then adults only; within each, repeat cases, then risk level (HIGH, MEDIUM, STANDARD, UNKNOWN), then DASH score, then the oldest referral, then the reference. MATAC and HRAP: reviews first, then repeat, then risk (RFGV for MATAC), then the oldest referral',
  })
  proposeAgenda(@Ctx() ctx: RequestContext, @IdArg('meetingId') meetingId: string) {
    return this.proposalService.propose(ctx, meetingId);
  }

  @Mutation(() => MeetingModel, { description: 'Panel staff: moves an item to another place on the agenda' })
  moveAgendaItem(
    @Ctx() ctx: RequestContext,
    @IdArg('agendaItemId') agendaItemId: string,
    @Args('position', { type: () => Int, description: 'The new place (1 is first)' }) position: number,
  ) {
    return this.agendaService.move(ctx, agendaItemId, position);
  }

  @Mutation(() => MeetingModel, {
    description:
      'Panel staff: takes a case off the agenda; it gets back the status it had before it was listed',
  })
  removeAgendaItem(@Ctx() ctx: RequestContext, @IdArg('agendaItemId') agendaItemId: string) {
    return this.agendaService.remove(ctx, agendaItemId);
  }

  @Mutation(() => MeetingModel, {
    description:
      'Panel staff: publishes the agenda (not an empty one); member agencies are told by e-mail and their reps may see the listed cases',
  })
  publishAgenda(@Ctx() ctx: RequestContext, @IdArg('meetingId') meetingId: string) {
    return this.agendaService.publish(ctx, meetingId);
  }

  @Mutation(() => ResearchModel, {
    description:
      "An agency's research on a listed case (one per agency, replaced by a later submission); after the deadline it is accepted until conclusion and marked late",
  })
  submitResearch(@Ctx() ctx: RequestContext, @InputArg('The research') input: ResearchInput) {
    return this.researchService.submit(ctx, input);
  }

  @Mutation(() => AttendanceModel, {
    description: "Panel staff: an agency's attendance, from the meeting's start",
  })
  recordAttendance(
    @Ctx() ctx: RequestContext,
    @InputArg('The agency and whether it attended') input: AttendanceInput,
  ) {
    return this.conductService.recordAttendance(ctx, input);
  }

  @Mutation(() => AgendaItemModel, {
    description: "Panel staff: an item's minutes (what was shared and agreed), from the meeting's start",
  })
  recordMinutes(
    @Ctx() ctx: RequestContext,
    @IdArg('agendaItemId') agendaItemId: string,
    @Args('minutes', { description: 'The minutes of the item' }) minutes: string,
  ) {
    return this.conductService.recordMinutes(ctx, agendaItemId, minutes);
  }

  @Mutation(() => MeetingModel, {
    description: 'Approves the minutes; every item needs minutes; listed cases become HEARD',
  })
  concludeMeeting(@Ctx() ctx: RequestContext, @IdArg('meetingId') meetingId: string) {
    return this.conductService.conclude(ctx, meetingId);
  }

  @ResolveField(() => Panel)
  panel(m: MeetingModel, _args: unknown, { ctx }: GqlContext) {
    return this.panelService.byId(ctx, m.panelId);
  }

  @ResolveField(() => [AgendaItemModel])
  agenda(m: MeetingModel, _args: unknown, { ctx }: GqlContext) {
    return this.meetingService.agenda(ctx, m.id);
  }

  @ResolveField(() => [AttendanceModel])
  attendance(m: MeetingModel, _args: unknown, { ctx }: GqlContext) {
    return this.conductService.attendance(ctx, m.id);
  }

  @ResolveField(() => Date, {
    nullable: true,
    description: 'When research is due (later research is accepted until conclusion and marked late)',
  })
  researchDueAt(m: MeetingModel): Date {
    return m.researchDueAt ? new Date(m.researchDueAt) : defaultResearchDueAt(new Date(m.startsAt));
  }
}

@Resolver(() => AgendaItemModel)
export class AgendaItemResolver {
  constructor(
    private readonly meetings: MeetingService,
    private readonly researchService: ResearchService,
    private readonly cases: CaseService,
  ) {}

  @ResolveField(() => MeetingModel)
  meeting(item: AgendaItemModel, _args: unknown, { ctx }: GqlContext) {
    return this.meetings.byId(ctx, item.meetingId);
  }

  @ResolveField(() => CaseModel)
  case(item: AgendaItemModel, _args: unknown, { ctx }: GqlContext) {
    return this.cases.visible(ctx, item.caseId);
  }

  @ResolveField(() => [ResearchModel], {
    description:
      "Research on the item: panel staff read every agency's; other users only their own agency's (research is the agency's preparation; what is shared at the meeting goes into the minutes)",
  })
  research(item: AgendaItemModel, _args: unknown, { ctx }: GqlContext) {
    return this.researchService.research(ctx, item.id);
  }

  @ResolveField(() => [Agency], {
    nullable: true,
    description:
      'Member agencies of the panel that have not returned research on the item, by name (for a restricted case only agencies with a rep on its allow-list); panel staff only, null for everyone else',
  })
  outstandingResearch(item: AgendaItemModel, _args: unknown, { ctx }: GqlContext) {
    return this.researchService.outstanding(ctx, item);
  }
}

/** The meetings library owns the relation, so it adds the field to Case (dependencies point one way). */
@Resolver(() => CaseModel)
export class CaseAgendaResolver {
  constructor(private readonly meetings: MeetingService) {}

  @ResolveField(() => [AgendaItemModel])
  agendaItems(c: CaseModel, _args: unknown, { ctx }: GqlContext) {
    return this.meetings.itemsOfCase(ctx, c);
  }
}

@Resolver(() => ResearchModel)
export class ResearchResolver {
  constructor(private readonly agencies: AgencyService) {}

  @ResolveField(() => Agency)
  agency(r: ResearchModel, _args: unknown, { ctx }: GqlContext) {
    return this.agencies.byId(ctx, r.agencyId);
  }
}

@Resolver(() => AttendanceModel)
export class AttendanceResolver {
  constructor(private readonly agencies: AgencyService) {}

  @ResolveField(() => Agency)
  agency(a: AttendanceModel, _args: unknown, { ctx }: GqlContext) {
    return this.agencies.byId(ctx, a.agencyId);
  }
}
