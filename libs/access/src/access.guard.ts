import { Inject, Injectable, SetMetadata, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import {
  acceptedRequestId,
  DomainError,
  RequestContext,
  type AuthUser,
  type GqlContext,
  type HttpRequest,
} from '@marac/core';
import { defineAbilityFor } from './ability.factory.js';
import { HTTP_ROUTE, HTTP_ROUTES } from './http-routes.js';
import { POLICY_TABLE, PUBLIC, SIGNED_IN, type OperationRule } from './policy.table.js';

/** Resolves a bearer token to the signed-in user (provided by the identity library). */
export interface Authenticator {
  authenticate(token: string): Promise<AuthUser | null>;
}
export const AUTHENTICATOR = Symbol('AUTHENTICATOR');

const IS_PUBLIC = 'marac:public';
/** Opens a plain HTTP route (e.g. GET /health). GraphQL operations are opened in the policy table only. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

export function bearerToken(header: string | string[] | undefined): string | null {
  const value = Array.isArray(header) ? header[0] : header;
  const m = /^Bearer\s+(\S+)$/i.exec(value ?? '');
  return m ? m[1] : null;
}

/**
 * The one global guard (deny by default). For a GraphQL operation it looks the operation up in the policy table,
 * authenticates the bearer token (once per request), builds the CASL ability onto the request context and checks
 * the operation's permission. Field resolvers are not guarded: their rows were filtered by the operation's SQL.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    @Inject(AUTHENTICATOR) private readonly auth: Authenticator,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(execution: ExecutionContext): Promise<boolean> {
    if (execution.getType<string>() !== 'graphql') return this.http(execution);
    const gql = GqlExecutionContext.create(execution);
    const info = gql.getInfo<{ parentType: { name: string }; fieldName: string }>();
    const rule = POLICY_TABLE[`${info.parentType.name}.${info.fieldName}`];
    if (rule === undefined) throw DomainError.forbidden('This operation is not open to anyone');
    if (rule === PUBLIC) return true;

    const gqlContext = gql.getContext<GqlContext & { signIn?: Promise<RequestContext | null> }>();
    // authenticated once per request (root fields resolve concurrently, so they share one promise); the immutable
    // context of the signed-in user then replaces the anonymous one for every resolver of the request
    gqlContext.signIn ??= this.signIn(gqlContext);
    return this.allowed(await gqlContext.signIn, rule);
  }

  /**
   * A plain HTTP route: `@Public()` ones are open; the others are those of HTTP_ROUTES (`@HttpRoute(key)`), with the
   * same bearer token and the same rule check as GraphQL. The signed-in context is put on the request (`req.ctx`,
   * read by `@HttpCtx()`), with the route's key (`req.route`) for the audit and the log.
   */
  private async http(execution: ExecutionContext): Promise<boolean> {
    const targets = [execution.getHandler(), execution.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const key = this.reflector.getAllAndOverride<string | undefined>(HTTP_ROUTE, targets);
    const rule = key ? HTTP_ROUTES[key] : undefined;
    if (!key || rule === undefined) throw DomainError.unauthenticated();
    const req = execution.switchToHttp().getRequest<HttpRequest>();
    req.routeKey = key;
    const requestId = acceptedRequestId(req.headers['x-request-id']);
    req.ctx = RequestContext.anonymous(requestId);
    const token = bearerToken(req.headers.authorization);
    const user = token ? await this.auth.authenticate(token) : null;
    if (user) req.ctx = RequestContext.forUser(user, defineAbilityFor(user), req.ctx.requestId);
    return this.allowed(user ? req.ctx : null, rule);
  }

  private allowed(ctx: RequestContext | null, rule: OperationRule): boolean {
    if (rule === PUBLIC) return true;
    if (!ctx) throw DomainError.unauthenticated();
    if (rule === SIGNED_IN) return true;
    if (!ctx.can.can(rule[0], rule[1])) throw DomainError.forbidden();
    return true;
  }

  private async signIn(gqlContext: GqlContext): Promise<RequestContext | null> {
    const token = bearerToken(gqlContext.req.headers.authorization);
    const user = token ? await this.auth.authenticate(token) : null;
    if (!user) return null;
    gqlContext.ctx = RequestContext.forUser(user, defineAbilityFor(user), gqlContext.ctx.requestId);
    return gqlContext.ctx;
  }
}
