import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { RequestContext } from './request-context.js';

/** The GraphQL context object: the request and its RequestContext. */
export interface GqlContext {
  req: { headers: Record<string, string | string[] | undefined>; ip?: string };
  ctx: RequestContext;
}

export function contextFrom(execution: ExecutionContext): RequestContext {
  return GqlExecutionContext.create(execution).getContext<GqlContext>().ctx;
}

/** Injects the RequestContext into a resolver method. */
export const Ctx = createParamDecorator((_data: unknown, execution: ExecutionContext) =>
  contextFrom(execution),
);

/** A plain HTTP request (exports, imports) once the guard has signed its caller in. */
export interface HttpRequest {
  headers: Record<string, string | string[] | undefined>;
  query: Record<string, unknown>;
  body?: unknown;
  ip?: string;
  /** the signed-in caller's context, set by the guard */
  ctx?: RequestContext;
  /** the route's key in the HTTP routes table ('GET /exports/cases.csv'), set by the guard */
  routeKey?: string;
}

/** Injects the RequestContext of a plain HTTP route (set by the guard) into a controller method. */
export const HttpCtx = createParamDecorator((_data: unknown, execution: ExecutionContext) => {
  const ctx = execution.switchToHttp().getRequest<HttpRequest>().ctx;
  if (!ctx) throw new Error('HttpCtx used on a route the guard did not sign in (missing @HttpRoute)');
  return ctx;
});

/** Records a plain HTTP route's refusal of a signed-in caller in the audit trail (provided by the audit library). */
export interface HttpRefusalRecorder {
  refused(ctx: RequestContext | undefined, route: string | undefined, error: unknown): Promise<void>;
}
export const HTTP_REFUSAL_RECORDER = Symbol('HTTP_REFUSAL_RECORDER');
