import { UseGuards } from '@nestjs/common';
import { Args, Context, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, GlobalRole, IdArg, RequestContext, type GqlContext } from '@marac/core';
import { AgencyService } from './agency.service.js';
import { LoginThrottleGuard } from './login-throttle.guard.js';
import { AuthService } from './auth.service.js';
import {
  AddPanelMemberInput,
  AuthPayload,
  CreateAgencyInput,
  CreatePanelInput,
  CreateUserInput,
  LoginInput,
  PanelSettings,
  PanelSettingsInput,
} from './dto/identity.inputs.js';
import { Agency } from './entities/agency.entity.js';
import { Panel, PanelMembership } from './entities/panel.entity.js';
import { User } from './entities/user.entity.js';
import { clientKey } from './login-throttle.js';
import { PanelService } from './panel.service.js';
import { PasswordService } from './password.service.js';
import { UserService } from './user.service.js';

// Thin resolvers: who may call each operation is decided by the global guard from the policy table.

@Resolver(() => AuthPayload)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly passwords: PasswordService,
  ) {}

  @Mutation(() => AuthPayload)
  @UseGuards(LoginThrottleGuard)
  login(
    @Ctx() ctx: RequestContext,
    @Args('input') input: LoginInput,
    @Context('req') req: GqlContext['req'],
  ): Promise<AuthPayload> {
    return this.auth.login(ctx, input, clientKey(req.ip));
  }

  @Mutation(() => Boolean, { description: "Revokes the caller's other sessions" })
  @UseGuards(LoginThrottleGuard)
  changePassword(
    @Ctx() ctx: RequestContext,
    @Args('currentPassword') currentPassword: string,
    @Args('newPassword') newPassword: string,
  ): Promise<boolean> {
    return this.passwords.change(ctx, currentPassword, newPassword);
  }

  @Mutation(() => Boolean, { description: 'Public; the token (from an invitation e-mail) is single-use' })
  @UseGuards(LoginThrottleGuard)
  setPasswordWithToken(
    @Ctx() ctx: RequestContext,
    @Args('token') token: string,
    @Args('newPassword') newPassword: string,
  ): Promise<boolean> {
    return this.passwords.setWithToken(ctx, token, newPassword);
  }

  @Mutation(() => Boolean, { description: "Revokes the caller's token" })
  logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    return this.auth.logout(ctx);
  }
}

@Resolver(() => Agency)
export class AgencyResolver {
  constructor(private readonly agencyService: AgencyService) {}

  @Query(() => [Agency])
  agencies(@Ctx() ctx: RequestContext): Promise<Agency[]> {
    return this.agencyService.list(ctx);
  }

  @Mutation(() => Agency)
  createAgency(@Ctx() ctx: RequestContext, @Args('input') input: CreateAgencyInput): Promise<Agency> {
    return this.agencyService.create(ctx, input);
  }
}

@Resolver(() => User)
export class UserResolver {
  constructor(
    private readonly userService: UserService,
    private readonly agencyService: AgencyService,
  ) {}

  @Query(() => User)
  me(@Ctx() ctx: RequestContext): Promise<User> {
    return this.userService.me(ctx);
  }

  @Query(() => [User], {
    description:
      'By name; pages with first (default 100, at most 500) and after (the last id of the previous page)',
  })
  users(
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<User[]> {
    return this.userService.list(ctx, first, after);
  }

  @Mutation(() => User)
  createUser(@Ctx() ctx: RequestContext, @Args('input') input: CreateUserInput): Promise<User> {
    return this.userService.create(ctx, input);
  }

  @Mutation(() => User, { description: "Disables the account and revokes the user's sessions at once" })
  disableUser(@Ctx() ctx: RequestContext, @IdArg('userId') userId: string): Promise<User> {
    return this.userService.disable(ctx, userId);
  }

  @ResolveField(() => Agency)
  agency(user: User, _args: unknown, { ctx }: GqlContext): Promise<Agency | null> {
    return this.agencyService.byId(ctx, user.agencyId);
  }

  @ResolveField(() => [PanelMembership], {
    description: 'Empty unless the caller is this user, ADMIN, or staff of a panel the user belongs to',
  })
  memberships(user: User, _args: unknown, { ctx }: GqlContext): Promise<PanelMembership[]> {
    return this.userService.visibleMemberships(ctx, user);
  }

  @ResolveField(() => [GlobalRole], {
    description: 'Empty unless the caller is this user, ADMIN, or staff of a panel the user belongs to',
  })
  globalRoles(user: User, _args: unknown, { ctx }: GqlContext): Promise<GlobalRole[]> {
    return this.userService.visibleGlobalRoles(ctx, user);
  }
}

@Resolver(() => Panel)
export class PanelResolver {
  constructor(private readonly panelService: PanelService) {}

  @Query(() => [Panel])
  panels(@Ctx() ctx: RequestContext): Promise<Panel[]> {
    return this.panelService.list(ctx);
  }

  @Mutation(() => Panel)
  createPanel(@Ctx() ctx: RequestContext, @Args('input') input: CreatePanelInput): Promise<Panel> {
    return this.panelService.create(ctx, input);
  }

  @Mutation(() => Panel)
  updatePanelSettings(@Ctx() ctx: RequestContext, @Args('input') input: PanelSettingsInput): Promise<Panel> {
    return this.panelService.updateSettings(ctx, input);
  }

  @Mutation(() => PanelMembership)
  addPanelMember(
    @Ctx() ctx: RequestContext,
    @Args('input') input: AddPanelMemberInput,
  ): Promise<PanelMembership> {
    return this.panelService.addMember(ctx, input);
  }

  @Mutation(() => Boolean, { description: 'Removes every role the user holds on the panel' })
  removePanelMember(
    @Ctx() ctx: RequestContext,
    @IdArg('panelId') panelId: string,
    @IdArg('userId') userId: string,
  ): Promise<boolean> {
    return this.panelService.removeMember(ctx, panelId, userId);
  }

  @ResolveField(() => [Agency])
  memberAgencies(panel: Panel, _args: unknown, { ctx }: GqlContext): Promise<Agency[]> {
    return this.panelService.memberAgencies(ctx, panel.id);
  }

  @ResolveField('settings', () => PanelSettings, {
    nullable: true,
    description: 'null for callers who are not ADMIN or staff of the panel',
  })
  settings(panel: Panel, _args: unknown, { ctx }: GqlContext): PanelSettings | null {
    return this.panelService.settingsOf(ctx, panel);
  }
}

@Resolver(() => PanelMembership)
export class PanelMembershipResolver {
  constructor(private readonly panels: PanelService) {}

  @ResolveField(() => Panel)
  panel(m: PanelMembership, _args: unknown, { ctx }: GqlContext): Promise<Panel | null> {
    return this.panels.byId(ctx, m.panelId);
  }
}
