import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CaseModel, CaseService } from '@marac/cases';
import { Ctx, londonToday, RequestContext } from '@marac/core';
import { Agency, AgencyService, User, UserService } from '@marac/identity';
import { AgendaItemModel, MeetingService } from '@marac/meetings';
import { isOverdue } from './action.enums.js';
import { ActionService } from './action.service.js';
import { ActionFilter, CreateActionInput, UpdateActionInput } from './dto/action.inputs.js';
import { ActionModel, ActionUpdateModel } from './models/action.model.js';

@Resolver(() => ActionModel)
export class ActionResolver {
  constructor(
    private readonly actionService: ActionService,
    private readonly cases: CaseService,
    private readonly agencies: AgencyService,
    private readonly users: UserService,
    private readonly meetings: MeetingService,
  ) {}

  @Query(() => [ActionModel])
  actions(
    @Ctx() ctx: RequestContext,
    @Args('filter', { type: () => ActionFilter, nullable: true }) filter?: ActionFilter,
  ) {
    return this.actionService.list(ctx, filter ?? {});
  }

  @Mutation(() => ActionModel)
  createAction(@Ctx() ctx: RequestContext, @Args('input') input: CreateActionInput) {
    return this.actionService.create(ctx, input);
  }

  @Mutation(() => ActionModel)
  updateAction(@Ctx() ctx: RequestContext, @Args('input') input: UpdateActionInput) {
    return this.actionService.update(ctx, input);
  }

  @ResolveField(() => CaseModel)
  case(@Parent() a: ActionModel, @Ctx() ctx: RequestContext) {
    return this.cases.visible(ctx, a.caseId);
  }

  @ResolveField(() => AgendaItemModel, { nullable: true })
  agendaItem(@Parent() a: ActionModel, @Ctx() ctx: RequestContext) {
    return a.agendaItemId ? this.meetings.itemById(ctx, a.agendaItemId) : null;
  }

  @ResolveField(() => Agency)
  ownerAgency(@Parent() a: ActionModel, @Ctx() ctx: RequestContext) {
    return this.agencies.byId(ctx, a.ownerAgencyId);
  }

  @ResolveField(() => User, { nullable: true })
  assignee(@Parent() a: ActionModel, @Ctx() ctx: RequestContext) {
    return a.assigneeId ? this.users.byId(ctx, a.assigneeId) : null;
  }

  @ResolveField(() => Boolean, { description: 'Not DONE or CANCELLED, and past its due date' })
  overdue(@Parent() a: ActionModel): boolean {
    return isOverdue(a.status, a.dueDate, londonToday());
  }

  @ResolveField(() => [ActionUpdateModel])
  updates(@Parent() a: ActionModel, @Ctx() ctx: RequestContext) {
    return this.actionService.updates(ctx, a.id);
  }
}

@Resolver(() => ActionUpdateModel)
export class ActionUpdateResolver {
  constructor(private readonly users: UserService) {}

  @ResolveField(() => User)
  by(@Parent() u: ActionUpdateModel, @Ctx() ctx: RequestContext) {
    return this.users.byId(ctx, u.byUserId);
  }
}

/** The actions library owns these relations, so it adds the fields to Case and AgendaItem. */
@Resolver(() => CaseModel)
export class CaseActionsResolver {
  constructor(private readonly actionService: ActionService) {}

  @ResolveField(() => [ActionModel])
  actions(@Parent() c: CaseModel, @Ctx() ctx: RequestContext) {
    return c.view.detail ? this.actionService.ofCase(ctx, c.id) : [];
  }
}

@Resolver(() => AgendaItemModel)
export class AgendaItemActionsResolver {
  constructor(private readonly actionService: ActionService) {}

  @ResolveField(() => [ActionModel])
  actions(@Parent() item: AgendaItemModel, @Ctx() ctx: RequestContext) {
    return this.actionService.ofAgendaItem(ctx, item.id);
  }
}
