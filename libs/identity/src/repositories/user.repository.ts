import { Injectable } from '@nestjs/common';
import { accessibleSql, existsWhere, SqlParams, type SubjectSqlMap } from '@marac/access';
import { Db, type GlobalRole, type RequestContext } from '@marac/core';
import type { User } from '../entities/user.entity.js';

/** How the CASL conditions on 'User' read in SQL (alias u = app_user). */
const USER_SQL: SubjectSqlMap = {
  id: 'u.id',
  panelIds: existsWhere(
    (v) => `EXISTS (SELECT 1 FROM panel_membership pm WHERE pm.user_id = u.id AND pm.panel_id = ${v})`,
  ),
};

const USER_COLUMNS = `u.id, u.email, u.name, u.agency_id AS "agencyId", u.global_roles AS "globalRoles", u.disabled,
       u.created_at AS "createdAt", u.updated_at AS "updatedAt"`;

export interface NewUser {
  email: string;
  name: string;
  agencyId: string;
  passwordHash: string | null;
  globalRoles: GlobalRole[];
}

/** A user's sign-in facts (never leaves the identity library). */
export interface Credentials {
  id: string;
  email: string;
  name: string;
  passwordHash: string | null;
  disabled: boolean;
  globalRoles: GlobalRole[];
}

/** The only code that writes SQL for app_user. */
@Injectable()
export class UserRepository {
  constructor(private readonly db: Db) {}

  /**
   * One page of the users the caller may list (ADMIN: all; panel staff: members of their panels; CASL 'list' User),
   * by name then id, after the user `after` (who must be on the caller's list; null when not). `first` rows at most.
   */
  async listPage(ctx: RequestContext, first: number, after: string | null): Promise<User[] | null> {
    const p = new SqlParams();
    const where = accessibleSql(ctx.can, 'list', 'User', USER_SQL, p);
    let position = '';
    if (after) {
      const afterId = p.add(after);
      const [found] = await this.db.query(
        ctx,
        `SELECT 1 FROM app_user u WHERE u.id = ${afterId}::uuid AND ${where}`,
        p.values,
      );
      if (!found) return null;
      position = `AND (lower(u.name), u.id) > (SELECT lower(name), id FROM app_user WHERE id = ${afterId}::uuid)`;
    }
    return this.db.query<User>(
      ctx,
      `SELECT ${USER_COLUMNS} FROM app_user u WHERE ${where} ${position}
        ORDER BY lower(u.name), u.id LIMIT ${p.add(first)}`,
      p.values,
    );
  }

  byIds(ctx: RequestContext, ids: readonly string[]): Promise<User[]> {
    return this.db.query<User>(ctx, `SELECT ${USER_COLUMNS} FROM app_user u WHERE u.id = ANY($1::uuid[])`, [
      ids,
    ]);
  }

  async byId(ctx: RequestContext, id: string): Promise<User | null> {
    const [user] = await this.byIds(ctx, [id]);
    return user ?? null;
  }

  /** The account signing in with `emailKey` (trimmed, lower case), if any. */
  async credentialsByEmail(ctx: RequestContext, emailKey: string): Promise<Credentials | null> {
    const [row] = await this.db.query<Credentials>(
      ctx,
      `SELECT id, email, name, password_hash AS "passwordHash", disabled, global_roles AS "globalRoles"
         FROM app_user WHERE lower(email) = $1`,
      [emailKey],
    );
    return row ?? null;
  }

  /** The same by id, locking the row for the rest of the transaction. */
  async credentialsForUpdate(ctx: RequestContext, id: string): Promise<Credentials | null> {
    const [row] = await this.db.query<Credentials>(
      ctx,
      `SELECT id, email, name, password_hash AS "passwordHash", disabled, global_roles AS "globalRoles"
         FROM app_user WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return row ?? null;
  }

  /** How many of `ids` are users (disabled ones included). */
  async countExisting(ctx: RequestContext, ids: readonly string[]): Promise<number> {
    const [{ n }] = await this.db.query<{ n: number }>(
      ctx,
      'SELECT count(*)::int AS n FROM app_user WHERE id = ANY($1::uuid[])',
      [[...new Set(ids)]],
    );
    return n;
  }

  async emailTaken(ctx: RequestContext, email: string): Promise<boolean> {
    const [row] = await this.db.query(ctx, 'SELECT 1 FROM app_user WHERE lower(email) = lower($1)', [email]);
    return !!row;
  }

  async idByEmail(ctx: RequestContext, email: string): Promise<string | null> {
    const [row] = await this.db.query<{ id: string }>(
      ctx,
      'SELECT id FROM app_user WHERE lower(email) = lower($1)',
      [email],
    );
    return row?.id ?? null;
  }

  async anyEnabledAdmin(ctx: RequestContext): Promise<boolean> {
    const [row] = await this.db.query(
      ctx,
      `SELECT 1 FROM app_user WHERE 'ADMIN' = ANY(global_roles) AND NOT disabled LIMIT 1`,
    );
    return !!row;
  }

  /** Inserts a user; null when the e-mail (in any case) is taken and `ifAbsent` is set. */
  async insert(ctx: RequestContext, u: NewUser, ifAbsent = false): Promise<string | null> {
    const [row] = await this.db.query<{ id: string }>(
      ctx,
      `INSERT INTO app_user (email, name, agency_id, password_hash, global_roles) VALUES ($1, $2, $3, $4, $5)
       ${ifAbsent ? 'ON CONFLICT (lower(email)) DO NOTHING' : ''} RETURNING id`,
      [u.email, u.name, u.agencyId, u.passwordHash, u.globalRoles],
    );
    return row?.id ?? null;
  }

  async setPasswordHash(ctx: RequestContext, id: string, passwordHash: string): Promise<void> {
    await this.db.query(ctx, 'UPDATE app_user SET password_hash = $2, updated_at = now() WHERE id = $1', [
      id,
      passwordHash,
    ]);
  }

  /** Disables the account; false when there is no such user. */
  async disable(ctx: RequestContext, id: string): Promise<boolean> {
    const [row] = await this.db.query<{ n: number }>(
      ctx,
      `WITH changed AS (UPDATE app_user SET disabled = true, updated_at = now() WHERE id = $1 RETURNING id)
       SELECT count(*)::int AS n FROM changed`,
      [id],
    );
    return row.n > 0;
  }
}
