import { Args, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CaseModel, CaseService } from '@marac/cases';
import { Ctx, IdArg, RequestContext, type GqlContext } from '@marac/core';
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
import { MeetingService } from './meeting.service.js';
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

  @Query(() => MeetingModel)
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
    @Args('from', { nullable: true }) from?: Date,
    @Args('to', { nullable: true }) to?: Date,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ) {
    return this.meetingService.list(ctx, panelId, from, to, first, after);
  }

  @Mutation(() => MeetingModel)
  scheduleMeeting(@Ctx() ctx: RequestContext, @Args('input') input: ScheduleMeetingInput) {
    return this.meetingService.schedule(ctx, input);
  }

  @Mutation(() => MeetingModel, {
    description:
      'A new time (and place) until the meeting is concluded; the research deadline moves with it unless a new one is given; reps are e-mailed when the agenda had been published',
  })
  rescheduleMeeting(@Ctx() ctx: RequestContext, @Args('input') input: RescheduleMeetingInput) {
    return this.scheduleService.reschedule(ctx, input);
  }

  @Mutation(() => MeetingModel, {
    description:
      'Cancels a meeting that is not concluded, with a reason; its cases get back the status they had before they were listed; reps are e-mailed when the agenda had been published',
  })
  cancelMeeting(
    @Ctx() ctx: RequestContext,
    @IdArg('meetingId') meetingId: string,
    @Args('reason') reason: string,
  ) {
    return this.scheduleService.cancel(ctx, meetingId, reason);
  }

  @Mutation(() => AgendaItemModel)
  addCaseToAgenda(
    @Ctx() ctx: RequestContext,
    @IdArg('meetingId') meetingId: string,
    @IdArg('caseId') caseId: string,
    @Args('position', { type: () => Int, nullable: true }) position?: number,
  ) {
    return this.agendaService.addCase(ctx, meetingId, caseId, position);
  }

  @Mutation(() => MeetingModel)
  proposeAgenda(@Ctx() ctx: RequestContext, @IdArg('meetingId') meetingId: string) {
    return this.proposalService.propose(ctx, meetingId);
  }

  @Mutation(() => MeetingModel)
  moveAgendaItem(
    @Ctx() ctx: RequestContext,
    @IdArg('agendaItemId') agendaItemId: string,
    @Args('position', { type: () => Int }) position: number,
  ) {
    return this.agendaService.move(ctx, agendaItemId, position);
  }

  @Mutation(() => MeetingModel)
  removeAgendaItem(@Ctx() ctx: RequestContext, @IdArg('agendaItemId') agendaItemId: string) {
    return this.agendaService.remove(ctx, agendaItemId);
  }

  @Mutation(() => MeetingModel)
  publishAgenda(@Ctx() ctx: RequestContext, @IdArg('meetingId') meetingId: string) {
    return this.agendaService.publish(ctx, meetingId);
  }

  @Mutation(() => ResearchModel)
  submitResearch(@Ctx() ctx: RequestContext, @Args('input') input: ResearchInput) {
    return this.researchService.submit(ctx, input);
  }

  @Mutation(() => AttendanceModel)
  recordAttendance(@Ctx() ctx: RequestContext, @Args('input') input: AttendanceInput) {
    return this.conductService.recordAttendance(ctx, input);
  }

  @Mutation(() => AgendaItemModel)
  recordMinutes(
    @Ctx() ctx: RequestContext,
    @IdArg('agendaItemId') agendaItemId: string,
    @Args('minutes') minutes: string,
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
