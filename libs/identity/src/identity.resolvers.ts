import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  AfterArg,
  Ctx,
  FirstArg,
  GlobalRole,
  IdArg,
  InputArg,
  RequestContext,
  type GqlContext,
} from '@marac/core';
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
import { PASSWORD_MAX, PASSWORD_MIN } from './password-policy.js';
import { USER_PAGE_DEFAULT, USER_PAGE_MAX, UserService } from './user.service.js';

const NEW_PASSWORD = `The new password: ${PASSWORD_MIN} to ${PASSWORD_MAX} characters, not easy to guess (checked with zxcvbn)`;

// Thin resolvers: who may call each operation is decided by the global guard from the policy table.

@Resolver(() => AuthPayload)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly passwords: PasswordService,
  ) {}

  @Mutation(() => AuthPayload, {
    description:
      'Signs in: a bearer token for the Authorization header. Repeated failures slow down and then lock',
  })
  @UseGuards(LoginThrottleGuard)
  login(
    @Ctx() ctx: RequestContext,
    @InputArg('E-mail and password') input: LoginInput,
    @Context('req') req: GqlContext['req'],
  ): Promise<AuthPayload> {
    return this.auth.login(ctx, input, clientKey(req.ip));
  }

  @Mutation(() => Boolean, { description: "Revokes the caller's other sessions" })
  @UseGuards(LoginThrottleGuard)
  changePassword(
    @Ctx() ctx: RequestContext,
    @Args('currentPassword', { description: 'The password in use now' }) currentPassword: string,
    @Args('newPassword', { description: NEW_PASSWORD }) newPassword: string,
  ): Promise<boolean> {
    return this.passwords.change(ctx, currentPassword, newPassword);
  }

  @Mutation(() => Boolean, { description: 'Public; the token (from an invitation e-mail) is single-use' })
  @UseGuards(LoginThrottleGuard)
  setPasswordWithToken(
    @Ctx() ctx: RequestContext,
    @Args('token', { description: 'The one-time token of the invitation link' }) token: string,
    @Args('newPassword', { description: NEW_PASSWORD }) newPassword: string,
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

  @Query(() => [Agency], { description: 'Every agency (names and kinds only)' })
  agencies(@Ctx() ctx: RequestContext): Promise<Agency[]> {
    return this.agencyService.list(ctx);
  }

  @Mutation(() => Agency, { description: 'ADMIN: adds an agency' })
  createAgency(
    @Ctx() ctx: RequestContext,
    @InputArg('The new agency') input: CreateAgencyInput,
  ): Promise<Agency> {
    return this.agencyService.create(ctx, input);
  }
}

@Resolver(() => User)
export class UserResolver {
  constructor(
    private readonly userService: UserService,
    private readonly agencyService: AgencyService,
  ) {}

  @Query(() => User, { description: 'The signed-in user, with their roles' })
  me(@Ctx() ctx: RequestContext): Promise<User> {
    return this.userService.me(ctx);
  }

  @Query(() => [User], {
    description:
      'By name; pages with first (default 100, at most 500) and after (the last id of the previous page)',
  })
  users(
    @Ctx() ctx: RequestContext,
    @FirstArg(USER_PAGE_DEFAULT, USER_PAGE_MAX) first?: number | null,
    @AfterArg() after?: string | null,
  ): Promise<User[]> {
    return this.userService.list(ctx, first, after);
  }

  @Mutation(() => User, {
    description: 'ADMIN: creates an account (with a password, or an invitation e-mail)',
  })
  createUser(@Ctx() ctx: RequestContext, @InputArg('The new user') input: CreateUserInput): Promise<User> {
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

  @Query(() => [Panel], { description: 'Every panel, with its member agencies' })
  panels(@Ctx() ctx: RequestContext): Promise<Panel[]> {
    return this.panelService.list(ctx);
  }

  @Mutation(() => Panel, { description: 'ADMIN: creates a panel (MARAC, MATAC or HRAP) for an area' })
  createPanel(
    @Ctx() ctx: RequestContext,
    @InputArg('The new panel') input: CreatePanelInput,
  ): Promise<Panel> {
    return this.panelService.create(ctx, input);
  }

  @Mutation(() => Panel, { description: "ADMIN: the panel's population figures and expected ranges" })
  updatePanelSettings(
    @Ctx() ctx: RequestContext,
    @InputArg('The settings to change') input: PanelSettingsInput,
  ): Promise<Panel> {
    return this.panelService.updateSettings(ctx, input);
  }

  @Mutation(() => PanelMembership, {
    description: 'ADMIN: gives a user a role on a panel (not to a user with a global role, nor to oneself)',
  })
  addPanelMember(
    @Ctx() ctx: RequestContext,
    @InputArg('The panel, the user and the role') input: AddPanelMemberInput,
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
