import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, Db, DomainError, RequestContext, type AppConfig, type AuthUser } from '@marac/core';
import { AuditService } from '@marac/audit';
import { defineAbilityFor, type Authenticator } from '@marac/access';
import type { AuthPayload, LoginInput } from './dto/identity.inputs.js';
import { backoffSeconds, emailKey, PAIR_LOCK_FAILURES, PAIR_LOCK_MINUTES } from './login-throttle.js';
import { hashSecret, newSecret, verifyPassword } from './passwords.js';
import { LoginThrottleRepository } from './repositories/login-throttle.repository.js';
import { SessionRepository, type SignedInProfile } from './repositories/session.repository.js';
import { UserRepository } from './repositories/user.repository.js';
import { markOwnAccount } from './user-visibility.js';

/** The profile read with each signed-in user (by the AuthUser object the request context carries). */
const profiles = new WeakMap<AuthUser, SignedInProfile>();

/** What `me` answers, as read by the request's session statement; undefined for a context built otherwise. */
export function signedInProfile(user: AuthUser): SignedInProfile | undefined {
  return profiles.get(user);
}

/** How long a sign-in attempt may wait for the ones before it for the same e-mail. */
const LOGIN_QUEUE_MS = 60_000;

type Attempt = { ok: true; userId: string; sessionId: string } | { ok: false; retryAfterSeconds?: number };

/**
 * Sign-in and sessions. Tokens are random; only their SHA-256 is stored, so a database leak reveals no token.
 * Every request re-reads the session and user (one query), so logout, disabling a user or removing a membership take
 * effect on the next request. Throttling: see login-throttle.ts.
 */
@Injectable()
export class AuthService implements Authenticator {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly users: UserRepository,
    private readonly sessions: SessionRepository,
    private readonly throttle: LoginThrottleRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** `address`: the client address as throttling counts it (clientKey). */
  async login(ctx: RequestContext, input: LoginInput, address: string): Promise<AuthPayload> {
    const key = emailKey(input.email);
    const token = newSecret();
    const expiresAt = new Date(Date.now() + this.config.authTokenTtlSeconds * 1000);
    // One transaction per attempt, holding the e-mail's throttle rows: concurrent attempts for one e-mail queue up, so
    // none can slip past a lock or back-off set by another. A refusal still commits its counts and audit entry.
    const attempt = await this.db.tx(ctx, async (txCtx): Promise<Attempt> => {
      // attempts for one e-mail queue behind each other's password check: the queue may take longer than one
      // statement may (STATEMENT_TIMEOUT), so this transaction waits up to a minute (SET LOCAL, this one only)
      if (this.config.statementTimeoutMs) await this.db.withStatementTimeout(txCtx, LOGIN_QUEUE_MS);
      const { email, pair } = await this.throttle.lock(txCtx, key, address);
      const account = await this.users.credentialsByEmail(txCtx, key);
      const refuse = async (action: string, extra: Attempt) => {
        await this.audit.record(txCtx, {
          action,
          entityType: 'User',
          entityId: account?.id ?? null,
          actorId: null,
        });
        return extra;
      };
      // the e-mail is being slowed down everywhere, except from an address it signed in from lately; answered
      // without checking the password (an attempt that is not made is not counted), the same for unknown e-mails
      if (!pair.locked && email.locked && !pair.knownAddress) {
        return refuse('auth.login_backoff', { ok: false, retryAfterSeconds: Math.max(1, email.waitSeconds) });
      }
      // the password is always verified (against a dummy hash for unknown e-mails): no timing difference
      const passwordOk = await verifyPassword(account?.passwordHash, input.password);
      if (pair.locked) return refuse('auth.login_locked', { ok: false });
      if (!account || !passwordOk || account.disabled) {
        const pairFailures = pair.failures + 1;
        await this.throttle.setFailures(
          txCtx,
          key,
          address,
          pairFailures,
          pairFailures >= PAIR_LOCK_FAILURES ? PAIR_LOCK_MINUTES * 60 : 0,
        );
        const emailFailures = email.failures + 1;
        await this.throttle.setFailures(txCtx, key, null, emailFailures, backoffSeconds(emailFailures));
        return refuse('auth.login_failed', { ok: false });
      }
      await this.throttle.recordSuccess(txCtx, key, address);
      const sessionId = await this.sessions.insert(txCtx, account.id, hashSecret(token), expiresAt);
      await this.audit.record(txCtx, {
        action: 'auth.login',
        entityType: 'Session',
        entityId: sessionId,
        actorId: account.id,
      });
      return { ok: true, userId: account.id, sessionId };
    });
    await this.throttle.forgetOldSometimes(ctx);
    if (!attempt.ok) {
      if (attempt.retryAfterSeconds) {
        throw new DomainError(
          'TOO_MANY_REQUESTS',
          'Too many failed sign-ins for this e-mail; try again later',
          { retryAfterSeconds: attempt.retryAfterSeconds },
        );
      }
      throw DomainError.unauthenticated('Invalid e-mail or password');
    }
    const user = await this.users.byId(ctx, attempt.userId);
    return { accessToken: token, expiresAt, user: markOwnAccount(user!) };
  }

  async logout(ctx: RequestContext): Promise<boolean> {
    return this.db.tx(ctx, async (txCtx) => {
      await this.sessions.revoke(txCtx, txCtx.me.sessionId!);
      await this.audit.record(txCtx, {
        action: 'auth.logout',
        entityType: 'Session',
        entityId: txCtx.me.sessionId,
      });
      return true;
    });
  }

  /**
   * The signed-in user of a bearer token, in one statement that also counts the request against the user's budget
   * (REQUEST_BUDGET per REQUEST_BUDGET_WINDOW, shared by every API process): over it, TOO_MANY_REQUESTS with
   * `retryAfterSeconds` only (neither the limit nor the count). What `me` answers comes with it (signedInProfile).
   */
  async authenticate(token: string): Promise<AuthUser | null> {
    if (token.length > 200) return null;
    const { limit, windowSeconds } = this.config.requestBudget;
    const found = await this.sessions.authUserByToken(
      RequestContext.job('authenticate'),
      hashSecret(token),
      limit > 0 && !this.config.benchSecurityOff.has('budget') ? { limit, windowSeconds } : null,
    );
    if (!found) return null;
    if (found.overBudget)
      throw DomainError.tooManyRequests(
        'Too many requests; try again later',
        found.overBudget.retryAfterSeconds,
        'REQUEST_BUDGET',
      );
    profiles.set(found.user, found.profile);
    return found.user;
  }

  /** The same, for a user known by e-mail (the demo seeders). */
  async contextForEmail(email: string): Promise<RequestContext> {
    const id = await this.users.idByEmail(RequestContext.job('seed'), email);
    if (!id) throw new Error('no user with that e-mail');
    return this.contextFor(id);
  }

  /** A request context acting as a user, without a session (demo data, background work). */
  async contextFor(userId: string): Promise<RequestContext> {
    const user = await this.sessions.authUserById(RequestContext.job('seed'), userId);
    if (!user) throw new Error(`no active user ${userId}`);
    return RequestContext.forUser(user, defineAbilityFor(user), `as-user-${randomUUID()}`);
  }
}
