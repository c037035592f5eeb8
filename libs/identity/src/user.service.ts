import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { accessibleSql, existsWhere, SqlParams, type SubjectSqlMap } from '@marac/access';
import { byKeys, Db, DomainError, type RequestContext } from '@marac/core';
import { AuditService } from '@marac/audit';
import { hashPassword } from './auth.service.js';
import type { CreateUserInput } from './dto/identity.inputs.js';
import { Agency } from './entities/agency.entity.js';
import { PanelMembership } from './entities/panel.entity.js';
import { User } from './entities/user.entity.js';

export const USER_LIST_MAX = 500;

/** How the CASL conditions on 'User' read in SQL (alias u = app_user). */
const USER_SQL: SubjectSqlMap = {
  id: 'u.id',
  panelIds: existsWhere(
    (v) => `EXISTS (SELECT 1 FROM panel_membership pm WHERE pm.user_id = u.id AND pm.panel_id = ${v})`,
  ),
};

@Injectable()
export class UserService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  me(ctx: RequestContext): Promise<User> {
    return this.db.manager.findOneByOrFail(User, { id: ctx.me.id });
  }

  /** Users the caller may list (ADMIN: all; panel staff: members of their panels), by name, capped. */
  async list(ctx: RequestContext): Promise<User[]> {
    const params = new SqlParams();
    const where = accessibleSql(ctx.can, 'list', 'User', USER_SQL, params);
    const ids = await this.db.query<{ id: string }>(
      `SELECT u.id FROM app_user u WHERE ${where} ORDER BY lower(u.name), u.id LIMIT ${USER_LIST_MAX}`,
      params.values,
    );
    if (!ids.length) return [];
    const users = await this.db.manager.findBy(User, { id: In(ids.map((r) => r.id)) });
    const order = new Map(ids.map((r, i) => [r.id, i]));
    return users.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  }

  byId(ctx: RequestContext, id: string): Promise<User | null> {
    return ctx
      .loader<string, User | null>('user.byId', async (ids) => {
        const rows = await this.db.manager.findBy(User, { id: In([...ids]) });
        return ids.map((id) => rows.find((u) => u.id === id) ?? null);
      })
      .load(id);
  }

  memberships(ctx: RequestContext, userId: string): Promise<PanelMembership[]> {
    return ctx
      .loader<string, PanelMembership[]>('user.memberships', async (ids) =>
        byKeys(
          ids,
          await this.db.manager.find(PanelMembership, {
            where: { userId: In([...ids]) },
            order: { createdAt: 'ASC' },
          }),
          (m) => m.userId,
        ),
      )
      .load(userId);
  }

  async create(ctx: RequestContext, input: CreateUserInput): Promise<User> {
    const passwordHash = await hashPassword(input.password);
    return this.db.tx(async (em) => {
      if (!(await em.existsBy(Agency, { id: input.agencyId })))
        throw DomainError.badInput('agencyId', 'no such agency');
      const [taken] = await em.query('SELECT 1 FROM app_user WHERE lower(email) = lower($1)', [
        input.email.trim(),
      ]);
      if (taken) throw DomainError.conflict('A user with this e-mail already exists');
      const user = await em.save(
        User,
        em.create(User, {
          email: input.email.trim(),
          name: input.name.trim(),
          agencyId: input.agencyId,
          passwordHash,
          globalRoles: input.globalRoles ?? [],
          disabled: false,
        }),
      );
      await this.audit.record(em, ctx, {
        action: 'user.create',
        entityType: 'User',
        entityId: user.id,
        details: { globalRoles: user.globalRoles.join(',') },
      });
      return em.findOneByOrFail(User, { id: user.id });
    });
  }

  /** Disables the account and revokes all its sessions at once. */
  async disable(ctx: RequestContext, userId: string): Promise<User> {
    if (userId === ctx.me.id) throw DomainError.badInput('userId', 'you cannot disable your own account');
    return this.db.tx(async (em) => {
      const { affected } = await em.update(User, { id: userId }, { disabled: true });
      if (!affected) throw DomainError.notFound('User', userId);
      await em.query('UPDATE auth_session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL', [
        userId,
      ]);
      await this.audit.record(em, ctx, { action: 'user.disable', entityType: 'User', entityId: userId });
      return em.findOneByOrFail(User, { id: userId });
    });
  }
}
