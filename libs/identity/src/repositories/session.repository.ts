import { Injectable } from '@nestjs/common';
import { Db, type AuthUser, type RequestContext } from '@marac/core';
import type { Agency } from '../entities/agency.entity.js';
import type { Panel, PanelMembership } from '../entities/panel.entity.js';
import type { User } from '../entities/user.entity.js';
import { EXCLUSIVE_GLOBAL_ROLES } from '../panel-role-rules.js';

/** What `me` answers, read with the session (the rows the field resolvers would otherwise load). */
export interface SignedInProfile {
  user: User;
  agency: Agency;
  memberships: PanelMembership[];
  panels: Panel[];
}

/** A session lookup: the user, their profile, and whether the request is over the user's budget. */
export interface SignedIn {
  user: AuthUser;
  profile: SignedInProfile;
  overBudget: { retryAfterSeconds: number } | null;
}

type SignedInRow = AuthUser & {
  profile: {
    user: User;
    agency: Agency;
    memberships: (PanelMembership & { panel: Panel })[];
  };
  hits: number;
  retryAfterSeconds: number;
};

/**
 * The signed-in user with memberships: one query per request. A user holding a global role that excludes panel roles
 * (ADMIN, STRATEGIC, AUDITOR) gets no memberships, even one granted before that rule existed.
 */
const AUTH_USER_SELECT = (
  sessionId: string,
) => `SELECT ${sessionId} AS "sessionId", u.id, u.agency_id AS "agencyId",
       a.kind AS "agencyKind", u.global_roles AS "globalRoles",
       coalesce(json_agg(json_build_object('panelId', m.panel_id, 'role', m.role,
                                           'agencyIsMember', pma.agency_id IS NOT NULL))
                FILTER (WHERE m.panel_id IS NOT NULL AND NOT u.global_roles && $2::text[]), '[]') AS memberships`;
const AUTH_USER_JOINS = `JOIN agency a ON a.id = u.agency_id
       LEFT JOIN panel_membership m ON m.user_id = u.id
       LEFT JOIN panel_member_agency pma ON pma.panel_id = m.panel_id AND pma.agency_id = u.agency_id`;

/** The only code that writes SQL for auth_session (and reads the signed-in user). */
@Injectable()
export class SessionRepository {
  constructor(private readonly db: Db) {}

  async insert(ctx: RequestContext, userId: string, tokenHash: Buffer, expiresAt: Date): Promise<string> {
    const [row] = await this.db.query<{ id: string }>(
      ctx,
      'INSERT INTO auth_session (user_id, token_hash, expires_at) VALUES ($1, $2, $3) RETURNING id',
      [userId, tokenHash, expiresAt],
    );
    return row.id;
  }

  async revoke(ctx: RequestContext, sessionId: string): Promise<void> {
    await this.db.query(
      ctx,
      'UPDATE auth_session SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL',
      [sessionId],
    );
  }

  /** Revokes every open session of the user except `keep` (null: all of them). Returns how many. */
  async revokeAllOf(ctx: RequestContext, userId: string, keep: string | null = null): Promise<number> {
    const [row] = await this.db.query<{ n: number }>(
      ctx,
      `WITH revoked AS (
         UPDATE auth_session SET revoked_at = now()
          WHERE user_id = $1 AND revoked_at IS NULL AND ($2::uuid IS NULL OR id <> $2::uuid) RETURNING id)
       SELECT count(*)::int AS n FROM revoked`,
      [userId, keep],
    );
    return row.n;
  }

  /**
   * The user of an open, unexpired session of an enabled account, in ONE statement that also counts the request
   * against the user's budget (`budget`: requests per window; null: not counted) and returns what `me` answers
   * (the profile: user, agency, memberships with their panels), so that neither costs a statement of its own.
   * A session that does not authenticate counts nothing.
   */
  async authUserByToken(
    ctx: RequestContext,
    tokenHash: Buffer,
    budget: { limit: number; windowSeconds: number } | null,
  ): Promise<SignedIn | null> {
    const counted = budget
      ? `, b AS (
         INSERT INTO request_budget AS r (user_id, window_start, hits) SELECT user_id, now(), 1 FROM s
         ON CONFLICT (user_id) DO UPDATE SET
           hits = CASE WHEN r.window_start <= now() - make_interval(secs => $3) THEN 1 ELSE r.hits + 1 END,
           window_start = CASE WHEN r.window_start <= now() - make_interval(secs => $3) THEN now()
                               ELSE r.window_start END
         RETURNING hits, greatest(1, ceil(extract(epoch FROM
                     r.window_start + make_interval(secs => $3) - now())))::int AS "retryAfterSeconds")`
      : '';
    const [row] = await this.db.query<SignedInRow>(
      ctx,
      `WITH s AS (
         SELECT s.id, s.user_id FROM auth_session s JOIN app_user u ON u.id = s.user_id AND NOT u.disabled
          WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now())${counted}
       ${AUTH_USER_SELECT('s.id')},
       json_build_object(
         'user', json_build_object('id', u.id, 'email', u.email, 'name', u.name, 'agencyId', u.agency_id,
                                   'globalRoles', u.global_roles, 'disabled', u.disabled,
                                   'createdAt', u.created_at, 'updatedAt', u.updated_at),
         'agency', json_build_object('id', a.id, 'name', a.name, 'kind', a.kind, 'createdAt', a.created_at),
         'memberships', coalesce(json_agg(json_build_object(
             'panelId', m.panel_id, 'userId', m.user_id, 'role', m.role, 'createdAt', m.created_at,
             'panel', json_build_object('id', p.id, 'kind', p.kind, 'name', p.name, 'area', p.area,
                                        'areaCode', p.area_code, 'settings', p.settings, 'createdAt', p.created_at))
             ORDER BY m.created_at, m.panel_id, m.role)
           FILTER (WHERE m.panel_id IS NOT NULL AND NOT u.global_roles && $2::text[]), '[]')
       ) AS profile${budget ? ', max(b.hits) AS hits, max(b."retryAfterSeconds") AS "retryAfterSeconds"' : ''}
         FROM s JOIN app_user u ON u.id = s.user_id ${AUTH_USER_JOINS}
         LEFT JOIN panel p ON p.id = m.panel_id${budget ? ' CROSS JOIN b' : ''}
        GROUP BY s.id, u.id, a.id`,
      budget
        ? [tokenHash, EXCLUSIVE_GLOBAL_ROLES, budget.windowSeconds]
        : [tokenHash, EXCLUSIVE_GLOBAL_ROLES],
    );
    if (!row) return null;
    const { profile, hits, retryAfterSeconds, ...user } = row;
    const dated = <T extends { createdAt: Date }>(x: T): T => ({ ...x, createdAt: new Date(x.createdAt) });
    return {
      user,
      profile: {
        user: { ...dated(profile.user), updatedAt: new Date(profile.user.updatedAt) },
        agency: dated(profile.agency),
        memberships: profile.memberships.map(({ panel: _panel, ...m }) => dated(m)),
        panels: profile.memberships.map((m) => dated(m.panel)),
      },
      overBudget: budget && hits > budget.limit ? { retryAfterSeconds } : null,
    };
  }

  /** The same for an enabled user, without a session (demo data, background work). */
  async authUserById(ctx: RequestContext, userId: string): Promise<AuthUser | null> {
    const [row] = await this.db.query<AuthUser>(
      ctx,
      `${AUTH_USER_SELECT('NULL::uuid')}
         FROM app_user u ${AUTH_USER_JOINS} WHERE u.id = $1 AND NOT u.disabled GROUP BY u.id, a.kind`,
      [userId, EXCLUSIVE_GLOBAL_ROLES],
    );
    return row ?? null;
  }
}
