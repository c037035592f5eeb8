import { Injectable } from '@nestjs/common';
import { Db, type AuthUser, type RequestContext } from '@marac/core';
import { EXCLUSIVE_GLOBAL_ROLES } from '../panel-role-rules.js';

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

  /** The user of an open, unexpired session of an enabled account. */
  async authUserByToken(ctx: RequestContext, tokenHash: Buffer): Promise<AuthUser | null> {
    const [row] = await this.db.query<AuthUser>(
      ctx,
      `${AUTH_USER_SELECT('s.id')}
         FROM auth_session s JOIN app_user u ON u.id = s.user_id AND NOT u.disabled ${AUTH_USER_JOINS}
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
        GROUP BY s.id, u.id, a.kind`,
      [tokenHash, EXCLUSIVE_GLOBAL_ROLES],
    );
    return row ?? null;
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
