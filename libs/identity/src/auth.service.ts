import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import argon2 from 'argon2';
import { APP_CONFIG, Db, DomainError, RequestContext, type AppConfig, type AuthUser } from '@marac/core';
import { AuditService } from '@marac/audit';
import { defineAbilityFor, type Authenticator } from '@marac/access';
import type { AuthPayload, LoginInput } from './dto/identity.inputs.js';
import { User } from './entities/user.entity.js';

export const LOCKOUT_FAILURES = 5;
export const LOCKOUT_MINUTES = 15;

/** The signed-in user with memberships: one query per request. */
const AUTH_USER_SQL = `SELECT s.id AS "sessionId", u.id, u.agency_id AS "agencyId", a.kind AS "agencyKind",
       u.global_roles AS "globalRoles",
       coalesce(json_agg(json_build_object('panelId', m.panel_id, 'role', m.role,
                                           'agencyIsMember', pma.agency_id IS NOT NULL))
                FILTER (WHERE m.panel_id IS NOT NULL), '[]') AS memberships`;
const AUTH_USER_JOINS = `JOIN agency a ON a.id = u.agency_id
       LEFT JOIN panel_membership m ON m.user_id = u.id
       LEFT JOIN panel_member_agency pma ON pma.panel_id = m.panel_id AND pma.agency_id = u.agency_id`;

const hashToken = (token: string) => createHash('sha256').update(token).digest();
export const emailKey = (email: string) => email.trim().toLowerCase();

/** argon2id with the library's defaults (64 MiB, t=3, p=4). */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

/**
 * Sign-in, sessions and lockout. Tokens are random; only their SHA-256 is stored, so a database leak reveals no token.
 * Every request re-reads the session and user (one query), so logout, disabling a user or removing a membership take
 * effect on the next request.
 */
@Injectable()
export class AuthService implements Authenticator {
  /** Verified against for unknown e-mails, so timing does not tell whether an account exists. */
  private dummyHash: Promise<string> | null = null;

  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(ctx: RequestContext, input: LoginInput): Promise<AuthPayload> {
    const key = emailKey(input.email);
    this.dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
    const dummy = await this.dummyHash;
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.authTokenTtlSeconds * 1000);
    // One transaction per attempt, holding the e-mail's throttle row: concurrent attempts for one e-mail queue up, so
    // none can slip past a lock set by another. A refusal still commits its count and audit entry.
    const user = await this.db.tx(async (em) => {
      await em.query('INSERT INTO login_throttle (email_key) VALUES ($1) ON CONFLICT DO NOTHING', [key]);
      const [throttle] = await em.query(
        `SELECT failures, coalesce(locked_until > now(), false) AS locked,
                (locked_until IS NOT NULL AND locked_until <= now()) OR updated_at < now() - make_interval(mins => $2) AS stale
           FROM login_throttle WHERE email_key = $1 FOR UPDATE`,
        [key, LOCKOUT_MINUTES],
      );
      const [account] = await em.query<{ id: string; password_hash: string; disabled: boolean }[]>(
        'SELECT id, password_hash, disabled FROM app_user WHERE lower(email) = $1',
        [key],
      );
      // the password is always verified (against a dummy hash for unknown e-mails): no timing difference
      const passwordOk = await argon2.verify(account?.password_hash ?? dummy, input.password);
      if (throttle.locked || !account || !passwordOk || account.disabled) {
        if (!throttle.locked) {
          const failures = throttle.stale ? 1 : throttle.failures + 1;
          await em.query(
            `UPDATE login_throttle SET failures = $2::int, updated_at = now(),
                    locked_until = CASE WHEN $2::int >= $3::int THEN now() + make_interval(mins => $4) END
              WHERE email_key = $1`,
            [key, failures, LOCKOUT_FAILURES, LOCKOUT_MINUTES],
          );
        }
        await this.audit.record(em, ctx, {
          action: throttle.locked ? 'auth.login_locked' : 'auth.login_failed',
          entityType: 'User',
          entityId: account?.id ?? null,
          actorId: null,
        });
        return null;
      }
      // reset, never delete: an attempt queued on this row must still find it
      await em.query(
        'UPDATE login_throttle SET failures = 0, locked_until = NULL, updated_at = now() WHERE email_key = $1',
        [key],
      );
      const [session] = await em.query(
        'INSERT INTO auth_session (user_id, token_hash, expires_at) VALUES ($1, $2, $3) RETURNING id',
        [account.id, hashToken(token), expiresAt],
      );
      await this.audit.record(em, ctx, {
        action: 'auth.login',
        entityType: 'Session',
        entityId: session.id,
        actorId: account.id,
      });
      return em.findOneByOrFail(User, { id: account.id });
    });
    if (!user) throw DomainError.unauthenticated('Invalid e-mail or password');
    return { accessToken: token, expiresAt, user };
  }

  async logout(ctx: RequestContext): Promise<boolean> {
    return this.db.tx(async (em) => {
      await em.query('UPDATE auth_session SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL', [
        ctx.me.sessionId,
      ]);
      await this.audit.record(em, ctx, {
        action: 'auth.logout',
        entityType: 'Session',
        entityId: ctx.me.sessionId,
      });
      return true;
    });
  }

  async authenticate(token: string): Promise<AuthUser | null> {
    if (token.length > 200) return null;
    const [row] = await this.db.query(
      `${AUTH_USER_SQL}
         FROM auth_session s JOIN app_user u ON u.id = s.user_id AND NOT u.disabled ${AUTH_USER_JOINS}
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
        GROUP BY s.id, u.id, a.kind`,
      [hashToken(token)],
    );
    return row ?? null;
  }

  /** The same, for a user known by e-mail (the demo seeders). */
  async contextForEmail(email: string): Promise<RequestContext> {
    const [user] = await this.db.query('SELECT id FROM app_user WHERE lower(email) = lower($1)', [email]);
    if (!user) throw new Error('no user with that e-mail');
    return this.contextFor(user.id);
  }

  /** A request context acting as a user, without a session (demo data, background work). */
  async contextFor(userId: string): Promise<RequestContext> {
    const [user] = await this.db.query(
      `${AUTH_USER_SQL.replace('s.id AS "sessionId"', 'NULL AS "sessionId"')}
         FROM app_user u ${AUTH_USER_JOINS} WHERE u.id = $1 AND NOT u.disabled GROUP BY u.id, a.kind`,
      [userId],
    );
    if (!user) throw new Error(`no active user ${userId}`);
    return RequestContext.forUser(user, defineAbilityFor(user), `as-user-${randomUUID()}`);
  }
}
