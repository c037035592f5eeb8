import { Catch, HttpException, Inject, Logger, Optional, type ArgumentsHost } from '@nestjs/common';
import { GqlArgumentsHost, type GqlExceptionFilter } from '@nestjs/graphql';
import { DomainError } from '../errors.js';
import {
  HTTP_REFUSAL_RECORDER,
  type GqlContext,
  type HttpRefusalRecorder,
  type HttpRequest,
} from './ctx.decorator.js';

/** The HTTP status of a coded error on a plain HTTP route (GraphQL answers 200 with `extensions.code`). */
export const HTTP_STATUS_OF_CODE: Readonly<Record<string, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  INVALID_TRANSITION: 409,
  TOO_MANY_REQUESTS: 429,
  SERVICE_UNAVAILABLE: 503,
};

interface HttpResponse {
  status(code: number): HttpResponse;
  setHeader(name: string, value: string): void;
  json(body: unknown): void;
  headersSent?: boolean;
}

/**
 * Coded refusals are answers, not faults: they go back to the client without a log line. Anything else is logged
 * with ids and codes only (a driver message may quote personal data). The shaping of what the client sees is in
 * errors.ts (formatGraphQLError): a generic error in production.
 */
@Catch()
export class GraphQLErrorFilter implements GqlExceptionFilter {
  private readonly log = new Logger('GraphQL');

  constructor(@Optional() @Inject(HTTP_REFUSAL_RECORDER) private readonly refusals?: HttpRefusalRecorder) {}

  catch(error: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'graphql') return this.http(error, host);
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

  /**
   * A plain HTTP route's error, as JSON: `{ error: { code, message, field?, reason?, ... } }` with the status of its
   * code (HTTP_STATUS_OF_CODE); Nest's own HTTP errors (an unknown path, a body over the limit) keep their status;
   * anything else is a logged 500 with a generic message (no stack trace, SQL or driver detail).
   */
  private async http(error: unknown, host: ArgumentsHost): Promise<void> {
    const res = host.switchToHttp().getResponse<HttpResponse>();
    const req = host.switchToHttp().getRequest<HttpRequest>();
    if (res.headersSent) return;
    if (error instanceof DomainError && error.code !== 'SERVICE_UNAVAILABLE') {
      try {
        await this.refusals?.refused(req.ctx, req.routeKey, error);
      } catch (e) {
        this.log.error(
          `request ${req.ctx?.requestId}: its refusal could not be audited (${(e as Error).name})`,
        );
      }
      const { code, http: _http, ...facts } = error.extensions as Record<string, unknown>;
      const retry = facts.retryAfterSeconds;
      if (typeof retry === 'number') res.setHeader('Retry-After', String(retry));
      res
        .status(HTTP_STATUS_OF_CODE[error.code] ?? 400)
        .json({ error: { code, message: error.message, ...facts } });
      return;
    }
    if (error instanceof HttpException && error.getStatus() < 500) {
      const status = error.getStatus();
      res
        .status(status)
        .json({ error: { code: status === 404 ? 'NOT_FOUND' : 'BAD_REQUEST', message: error.message } });
      return;
    }
    const e = error as { name?: string; code?: string; driverError?: { code?: string } };
    this.log.error(
      JSON.stringify({
        requestId: req.ctx?.requestId,
        userId: req.ctx?.user?.id,
        route: req.routeKey,
        error: e?.name ?? 'Error',
        code: e?.driverError?.code ?? e?.code,
      }),
    );
    const unavailable = error instanceof DomainError;
    res.status(unavailable ? 503 : 500).json({
      error: unavailable
        ? { code: 'SERVICE_UNAVAILABLE', message: (error as DomainError).message }
        : { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' },
    });
  }
}
