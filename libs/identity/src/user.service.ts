import { Injectable } from '@nestjs/common';
import { byKeys, Db, DomainError, oneByKey, type GlobalRole, type RequestContext } from '@marac/core';
import { AuditService } from '@marac/audit';
import type { CreateUserInput } from './dto/identity.inputs.js';
import type { PanelMembership } from './entities/panel.entity.js';
import type { User } from './entities/user.entity.js';
import { AgencyService } from './agency.service.js';
import { signedInProfile } from './auth.service.js';
import { PanelService } from './panel.service.js';
import { PasswordService } from './password.service.js';
import { hashPassword } from './passwords.js';
import { AgencyRepository } from './repositories/agency.repository.js';
import { PanelRepository } from './repositories/panel.repository.js';
import { SessionRepository } from './repositories/session.repository.js';
import { UserRepository } from './repositories/user.repository.js';
import { maySeeRoles } from './user-visibility.js';

/** `users(first)`: the default and the largest page. */
export const USER_PAGE_DEFAULT = 100;
export const USER_PAGE_MAX = 500;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class UserService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly users: UserRepository,
    private readonly agencies: AgencyRepository,
    private readonly panels: PanelRepository,
    private readonly sessions: SessionRepository,
    private readonly passwords: PasswordService,
    private readonly agencyService: AgencyService,
    private readonly panelService: PanelService,
  ) {}

  /**
   * The signed-in user. Read with the session (one statement for the whole of `me`, agency and memberships with
   * their panels included: they go into the request's loaders); from the database for a context built otherwise.
   */
  async me(ctx: RequestContext): Promise<User> {
    const profile = signedInProfile(ctx.me);
    if (profile) {
      this.agencyService.prime(ctx, profile.agency);
      for (const p of profile.panels) this.panelService.prime(ctx, p);
      this.membershipLoader(ctx).prime(profile.user.id, profile.memberships);
      return profile.user;
    }
    const user = await this.users.byId(ctx, ctx.me.id);
    if (!user) throw DomainError.unauthenticated();
    return user;
  }

  /**
   * A page of the users the caller may list (ADMIN: all; panel staff: members of their panels), by name then id.
   * `after` is the last id of the previous page and must be on the caller's list; a page shorter than `first` is the
   * last one.
   */
  async list(ctx: RequestContext, first?: number | null, after?: string | null): Promise<User[]> {
    const size = first ?? USER_PAGE_DEFAULT;
    if (!Number.isInteger(size) || size < 1 || size > USER_PAGE_MAX)
      throw DomainError.badInput('first', `must be from 1 to ${USER_PAGE_MAX}`);
    if (after != null && !UUID.test(after))
      throw DomainError.badInput('after', 'must be the id of the last user of the previous page');
    const page = await this.users.listPage(ctx, size, after ?? null);
    if (!page) throw DomainError.badInput('after', 'must be the id of the last user of the previous page');
    return page;
  }

  /** Batched per request. Any signed-in caller meets users this way (assignees, authors): name and agency only. */
  byId(ctx: RequestContext, id: string): Promise<User | null> {
    return ctx
      .loader<string, User | null>('user.byId', async (ids) =>
        oneByKey(ids, await this.users.byIds(ctx, ids), (u) => u.id),
      )
      .load(id);
  }

  /** All memberships of a user, batched per request (not filtered: see visibleMemberships). */
  private allMemberships(ctx: RequestContext, userId: string): Promise<PanelMembership[]> {
    return this.membershipLoader(ctx).load(userId);
  }

  private membershipLoader(ctx: RequestContext) {
    return ctx.loader<string, PanelMembership[]>('user.memberships', async (ids) =>
      byKeys(ids, await this.panels.membershipsOf(ctx, ids), (m) => m.userId),
    );
  }

  /** User.memberships: for the user themselves, ADMIN and the staff who may list the user; empty for others. */
  async visibleMemberships(ctx: RequestContext, user: User): Promise<PanelMembership[]> {
    const memberships = await this.allMemberships(ctx, user.id);
    return maySeeRoles(
      ctx,
      user,
      memberships.map((m) => m.panelId),
    )
      ? memberships
      : [];
  }

  /** User.globalRoles: the same rule. */
  async visibleGlobalRoles(ctx: RequestContext, user: User): Promise<GlobalRole[]> {
    if (!user.globalRoles.length) return [];
    const memberships = await this.allMemberships(ctx, user.id);
    return maySeeRoles(
      ctx,
      user,
      memberships.map((m) => m.panelId),
    )
      ? user.globalRoles
      : [];
  }

  /**
   * ADMIN creates a user. With a password, the user can sign in at once; without one, they get an invitation e-mail
   * with a one-time link to choose it (setPasswordWithToken), so that the ADMIN never knows it.
   */
  async create(ctx: RequestContext, input: CreateUserInput): Promise<User> {
    const email = input.email.trim();
    const passwordHash = input.password != null ? await hashPassword(input.password) : null;
    return this.db.tx(ctx, async (txCtx) => {
      if (!(await this.agencies.countExisting(txCtx, [input.agencyId])))
        throw DomainError.badInput('agencyId', 'no such agency');
      if (await this.users.emailTaken(txCtx, email))
        throw DomainError.conflict('A user with this e-mail already exists');
      const globalRoles = input.globalRoles ?? [];
      const id = (await this.users.insert(txCtx, {
        email,
        name: input.name.trim(),
        agencyId: input.agencyId,
        passwordHash,
        globalRoles,
      }))!;
      await this.audit.record(txCtx, {
        action: 'user.create',
        entityType: 'User',
        entityId: id,
        details: { globalRoles: globalRoles.join(','), invited: passwordHash === null },
      });
      if (passwordHash === null) await this.passwords.invite(txCtx, id);
      return (await this.users.byId(txCtx, id))!;
    });
  }

  /** Disables the account and revokes all its sessions at once. */
  async disable(ctx: RequestContext, userId: string): Promise<User> {
    if (userId === ctx.me.id) throw DomainError.badInput('userId', 'you cannot disable your own account');
    return this.db.tx(ctx, async (txCtx) => {
      if (!(await this.users.disable(txCtx, userId))) throw DomainError.notFound('User', userId);
      await this.sessions.revokeAllOf(txCtx, userId);
      await this.audit.record(txCtx, { action: 'user.disable', entityType: 'User', entityId: userId });
      return (await this.users.byId(txCtx, userId))!;
    });
  }
}
