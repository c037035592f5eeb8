import { Catch, Logger, type ArgumentsHost } from '@nestjs/common';
import { GqlArgumentsHost, type GqlExceptionFilter } from '@nestjs/graphql';
import { DomainError } from '../errors.js';
import type { GqlContext } from './ctx.decorator.js';

/**
 * Coded refusals are answers, not faults: they go back to the client without a log line. Anything else is logged
 * with ids and codes only (a driver message may quote personal data). The shaping of what the client sees is in
 * errors.ts (formatGraphQLError): a generic error in production.
 */
@Catch()
export class GraphQLErrorFilter implements GqlExceptionFilter {
  private readonly log = new Logger('GraphQL');

  catch(error: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'graphql') return error;
    // an outage is coded for the client (SERVICE_UNAVAILABLE) but is a fault for the operator
    if (error instanceof DomainError && error.code !== 'SERVICE_UNAVAILABLE') return error;
    const gql = GqlArgumentsHost.create(host);
    const info = gql.getInfo<{ parentType: { name: string }; fieldName: string } | undefined>();
    const ctx = gql.getContext<GqlContext | undefined>()?.ctx;
    const e = error as { name?: string; code?: string; driverError?: { code?: string } };
    this.log.error(
      JSON.stringify({
        requestId: ctx?.requestId,
        userId: ctx?.user?.id,
        operation: info ? `${info.parentType.name}.${info.fieldName}` : undefined,
        error: e?.name ?? 'Error',
        code: e?.driverError?.code ?? e?.code,
      }),
    );
    return error;
  }
}
