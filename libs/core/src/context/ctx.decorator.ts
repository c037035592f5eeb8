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
