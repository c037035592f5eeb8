import { Injectable } from '@nestjs/common';
import { Db, DomainError, type RequestContext } from '@marac/core';
import { AuditService } from '@marac/audit';
import { invitation, OutboxService } from '@marac/notifications';
import { passwordProblem } from './password-policy.js';
import { hashPassword, hashSecret, newSecret, verifyPassword } from './passwords.js';
import { PasswordTokenRepository } from './repositories/password-token.repository.js';
import { SessionRepository } from './repositories/session.repository.js';
import { UserRepository } from './repositories/user.repository.js';

/** How long an invitation link works. */
export const INVITATION_VALID_HOURS = 48;
const TOKEN_MAX_LENGTH = 200;

/**
 * Passwords: changing one's own, invitations (a one-time link by e-mail, so that an ADMIN never needs to know anyone's
 * password) and setting a password with such a link. Every new password passes passwordProblem (password-policy.ts).
 */
@Injectable()
export class PasswordService {
  constructor(
    private readonly db: Db,
    private readonly users: UserRepository,
    private readonly sessions: SessionRepository,
    private readonly tokens: PasswordTokenRepository,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
  ) {}

  /** Sends user `userId` an invitation with a one-time link, in the transaction of `txCtx` (the outbox). */
  async invite(txCtx: RequestContext, userId: string): Promise<void> {
    const token = newSecret();
    const tokenId = await this.tokens.insert(txCtx, userId, hashSecret(token), INVITATION_VALID_HOURS);
    const link = this.outbox.link(`/set-password?token=${token}`);
    await this.outbox.enqueue(
      txCtx,
      'user.invitation',
      invitation({ link, validHours: INVITATION_VALID_HOURS }),
      {
        userIds: [userId],
      },
    );
    await this.audit.record(txCtx, {
      action: 'user.invite',
      entityType: 'User',
      entityId: userId,
      details: { tokenId, validHours: INVITATION_VALID_HOURS },
    });
  }

  /** The signed-in user changes their password; their other sessions end. */
  async change(ctx: RequestContext, currentPassword: string, newPassword: string): Promise<boolean> {
    return this.db.tx(ctx, async (txCtx) => {
      const me = await this.users.credentialsForUpdate(txCtx, txCtx.me.id);
      if (!me) throw DomainError.unauthenticated();
      const problem = passwordProblem(newPassword, [me.email, me.name]);
      if (problem) throw DomainError.badInput('newPassword', problem);
      if (currentPassword.length > 1024 || !(await verifyPassword(me.passwordHash, currentPassword)))
        throw DomainError.badInput('currentPassword', 'is not your current password');
      await this.users.setPasswordHash(txCtx, me.id, await hashPassword(newPassword));
      const revoked = await this.sessions.revokeAllOf(txCtx, me.id, txCtx.me.sessionId);
      await this.tokens.useAllOf(txCtx, me.id);
      await this.audit.record(txCtx, {
        action: 'user.password_change',
        entityType: 'User',
        entityId: me.id,
        details: { sessionsRevoked: revoked },
      });
      return true;
    });
  }

  /**
   * Public: sets a password with the one-time token of an invitation. The token is used up; an unknown, used or
   * expired token (or a disabled account) gets one and the same answer.
   */
  async setWithToken(ctx: RequestContext, token: string, newPassword: string): Promise<boolean> {
    const invalid = () => DomainError.badInput('token', 'is invalid, used or expired');
    if (token.length > TOKEN_MAX_LENGTH) throw invalid();
    return this.db.tx(ctx, async (txCtx) => {
      const found = await this.tokens.usableForUpdate(txCtx, hashSecret(token));
      const user = found && (await this.users.credentialsForUpdate(txCtx, found.userId));
      if (!found || !user || user.disabled) throw invalid();
      const problem = passwordProblem(newPassword, [user.email, user.name]);
      if (problem) throw DomainError.badInput('newPassword', problem);
      await this.users.setPasswordHash(txCtx, user.id, await hashPassword(newPassword));
      await this.tokens.useAllOf(txCtx, user.id);
      const revoked = await this.sessions.revokeAllOf(txCtx, user.id);
      await this.audit.record(txCtx, {
        action: 'user.password_set',
        entityType: 'User',
        entityId: user.id,
        actorId: user.id,
        details: { tokenId: found.id, sessionsRevoked: revoked },
      });
      return true;
    });
  }
}
