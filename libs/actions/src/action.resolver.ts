import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CaseModel, CaseService } from '@marac/cases';
import {
  AfterArg,
  Ctx,
  FirstArg,
  IdArg,
  InputArg,
  londonToday,
  RequestContext,
  type GqlContext,
} from '@marac/core';
import { Agency, AgencyService, User, UserService } from '@marac/identity';
import { AgendaItemModel, MeetingService } from '@marac/meetings';
import { ACTIONS_PAGE_DEFAULT, ACTIONS_PAGE_MAX, ActionService } from './action.service.js';
import { ActionFilter, CreateActionInput, UpdateActionInput } from './dto/action.inputs.js';
import { ActionModel, ActionUpdateModel } from './models/action.model.js';
import { isOverdue } from './overdue.js';

@Resolver(() => ActionModel)
export class ActionResolver {
  constructor(
    private readonly actionService: ActionService,
    private readonly cases: CaseService,
    private readonly agencies: AgencyService,
    private readonly users: UserService,
    private readonly meetings: MeetingService,
  ) {}

  @Query(() => [ActionModel], {
    description: `Actions whose case the caller sees in detail, by due date; pages of \`first\` (default ${ACTIONS_PAGE_DEFAULT}, at most ${ACTIONS_PAGE_MAX}) after the id \`after\` (the last of the previous page); a page shorter than \`first\` is the last`,
  })
  actions(
    @Ctx() ctx: RequestContext,
    @Args('filter', {
      type: () => ActionFilter,
      nullable: true,
      description: 'Which actions; all visible when omitted',
    })
    filter?: ActionFilter,
    @FirstArg(ACTIONS_PAGE_DEFAULT, ACTIONS_PAGE_MAX) first?: number | null,
    @AfterArg() after?: string | null,
  ) {
    return this.actionService.list(ctx, filter ?? {}, first, after);
  }

  @Query(() => ActionModel, {
    description:
      'One action whose case the caller sees in detail (e-mails about actions link to /actions/<id>); NOT_FOUND for any other id, whether it exists or not',
  })
  action(@Ctx() ctx: RequestContext, @IdArg('id') id: string) {
    return this.actionService.get(ctx, id);
  }

  @Mutation(() => ActionModel, {
    description:
      'Panel staff: an agreed action on a case, owned by an agency; the owner agency is told by e-mail',
  })
  createAction(@Ctx() ctx: RequestContext, @InputArg('The action') input: CreateActionInput) {
    return this.actionService.create(ctx, input);
  }

  @Mutation(() => ActionModel, {
    description:
      'Panel staff, reps of the owner agency or the assignee: progress on an action (CONFLICT when someone changed it since expectedVersion)',
  })
  updateAction(@Ctx() ctx: RequestContext, @InputArg('The update') input: UpdateActionInput) {
    return this.actionService.update(ctx, input);
  }

  @ResolveField(() => CaseModel)
  case(a: ActionModel, _args: unknown, { ctx }: GqlContext) {
    return this.cases.visible(ctx, a.caseId);
  }

  @ResolveField(() => AgendaItemModel, { nullable: true })
  agendaItem(a: ActionModel, _args: unknown, { ctx }: GqlContext) {
    return a.agendaItemId ? this.meetings.itemById(ctx, a.agendaItemId) : null;
  }

  @ResolveField(() => Agency)
  ownerAgency(a: ActionModel, _args: unknown, { ctx }: GqlContext) {
    return this.agencies.byId(ctx, a.ownerAgencyId);
  }

  @ResolveField(() => User, { nullable: true })
  assignee(a: ActionModel, _args: unknown, { ctx }: GqlContext) {
    return a.assigneeId ? this.users.byId(ctx, a.assigneeId) : null;
  }

  @ResolveField(() => Boolean, { description: 'Not DONE or CANCELLED, and past its due date' })
  overdue(a: ActionModel): boolean {
    return isOverdue(a.status, a.dueDate, londonToday());
  }

  @ResolveField(() => [ActionUpdateModel])
  updates(a: ActionModel, _args: unknown, { ctx }: GqlContext) {
    return this.actionService.updates(ctx, a.id);
  }
}

@Resolver(() => ActionUpdateModel)
export class ActionUpdateResolver {
  constructor(private readonly users: UserService) {}

  @ResolveField(() => User)
  by(u: ActionUpdateModel, _args: unknown, { ctx }: GqlContext) {
    return this.users.byId(ctx, u.byUserId);
  }
}

/** The actions library owns these relations, so it adds the fields to Case and AgendaItem. */
@Resolver(() => CaseModel)
export class CaseActionsResolver {
  constructor(private readonly actionService: ActionService) {}

  @ResolveField(() => [ActionModel])
  actions(c: CaseModel, _args: unknown, { ctx }: GqlContext) {
    return c.view.detail ? this.actionService.ofCase(ctx, c.id) : [];
  }
}

@Resolver(() => AgendaItemModel)
export class AgendaItemActionsResolver {
  constructor(private readonly actionService: ActionService) {}

  @ResolveField(() => [ActionModel])
  actions(item: AgendaItemModel, _args: unknown, { ctx }: GqlContext) {
    return this.actionService.ofAgendaItem(ctx, item.id);
  }
}
