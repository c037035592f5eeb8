import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { from, mergeMap, type Observable } from 'rxjs';
import { DomainError, type HttpRequest, type HttpRefusalRecorder, type RequestContext } from '@marac/core';
import { AuditService } from './audit.service.js';
import { REFUSAL_CODES } from './request-audit.plugin.js';

/**
 * The read audit of a plain HTTP route (a CSV export), as RequestAuditPlugin is for GraphQL: when the handler has
 * produced its answer, and before anything is sent, ONE event names every case and person the answer carries (the
 * repositories noted them in the context's ReadLog). If the event cannot be written the answer is not sent (the
 * error becomes a 500: personal data never leaves untraced). Refusals are recorded by the error filter through
 * `refused` (the guard's refusals included).
 */
@Injectable()
export class HttpRequestAudit implements NestInterceptor, HttpRefusalRecorder {
  constructor(private readonly audit: AuditService) {}

  intercept(execution: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (execution.getType<string>() !== 'http') return next.handle();
    const req = execution.switchToHttp().getRequest<HttpRequest>();
    const ctx = req.ctx;
    if (!ctx?.user) return next.handle();
    return next
      .handle()
      .pipe(
        mergeMap((answer) =>
          from(
            this.audit
              .recordRequest(ctx, { operation: req.routeKey ?? '', refusals: [], carried: true })
              .then(() => answer),
          ),
        ),
      );
  }

  async refused(ctx: RequestContext | undefined, route: string | undefined, error: unknown): Promise<void> {
    if (!ctx?.user || !(error instanceof DomainError) || !REFUSAL_CODES.has(error.code)) return;
    await this.audit.recordRequest(ctx, { operation: route ?? '', refusals: [error.code], carried: false });
  }
}
