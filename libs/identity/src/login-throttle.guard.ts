import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { APP_CONFIG, DomainError, RateLimiter, type AppConfig, type GqlContext } from '@marac/core';
import { clientKey } from './login-throttle.js';

/**
 * Attempts at a password per client address (LOGIN_RATE_LIMIT a minute, all e-mails together; sign-in, changing a
 * password and setting one with a link), counted in PostgreSQL so that every process shares them. The (e-mail,
 * address) lock and the e-mail back-off stop guessing one account's password; this stops trying one password on many
 * accounts. An IPv6 client counts by its /64 network (clientKey).
 */
@Injectable()
export class LoginThrottleGuard implements CanActivate {
  constructor(
    private readonly limiter: RateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(execution: ExecutionContext): Promise<boolean> {
    const { req } = GqlExecutionContext.create(execution).getContext<GqlContext>();
    const { allowed, retryAfterSeconds } = await this.limiter.hit(
      `login:${clientKey(req.ip)}`,
      60_000,
      this.config.loginRateLimit,
    );
    if (!allowed) {
      throw new DomainError(
        'TOO_MANY_REQUESTS',
        'Too many sign-in attempts from this address; try again later',
        {
          retryAfterSeconds,
        },
      );
    }
    return true;
  }
}
