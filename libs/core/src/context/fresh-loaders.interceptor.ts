import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Observable } from 'rxjs';
import type { GqlContext } from './ctx.decorator.js';

/**
 * Mutations run one after another and change data: each starts with empty DataLoaders, so what it returns (and any
 * later field of the same request) is read after the change, never from an earlier load.
 */
@Injectable()
export class FreshLoadersInterceptor implements NestInterceptor {
  intercept(execution: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (execution.getType<string>() === 'graphql') {
      const gql = GqlExecutionContext.create(execution);
      if (gql.getInfo<{ parentType: { name: string } }>().parentType.name === 'Mutation') {
        gql.getContext<GqlContext>().ctx.clearLoaders();
      }
    }
    return next.handle();
  }
}
