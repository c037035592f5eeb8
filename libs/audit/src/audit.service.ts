import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, DomainError, RequestContext, type AppConfig } from '@marac/core';
import type { AuditEventModel, AuditFilter } from './audit-event.model.js';
import { AuditRepository, type AuditVerification } from './audit.repository.js';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | null;
  caseId?: string | null;
  /** codes and ids only (e.g. { from: 'SUBMITTED', to: 'ACCEPTED' }); never names or free text */
  details?: Record<string, string | number | boolean | null>;
  /** overrides the context's user (e.g. a failed login has no user) */
  actorId?: string | null;
}

export const AUDIT_PAGE_DEFAULT = 100;
export const AUDIT_PAGE_MAX = 500;
/** `verify` counts as overdue the events still unsealed after this long (the sealer runs every few seconds). */
export const AUDIT_UNSEALED_OVERDUE_MINUTES = 10;

/** What the request-end hook writes for one GraphQL request (see `ReadAuditPlugin`). */
export interface RequestAudit {
  /** the root fields of the operation, e.g. `case` or `meetings,searchPersons` (never variables) */
  operation: string;
  /** the refusal codes the response carries (FORBIDDEN, NOT_FOUND), empty when nothing was refused */
  refusals: string[];
  /** false when the response carries no data at all: what resolvers read never left */
  carried: boolean;
}

/**
 * The append-only audit trail. Changes are recorded with `record(txCtx, ...)`, in the transaction of the change.
 * Reads of personal data are noted in the request's ReadLog and written ONCE per request, at its end
 * (`recordRequest`): one event naming every case and person the response carried, however many fields, aliases or
 * nested paths repeated them.
 */
@Injectable()
export class AuditService {
  constructor(
    private readonly events: AuditRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Writes `entries` in the transaction of `ctx` (or as one statement on the pool outside one). */
  async record(ctx: RequestContext, ...entries: AuditEntry[]): Promise<void> {
    await this.events.insert(
      ctx,
      entries.map((e) => ({
        actorId: e.actorId !== undefined ? e.actorId : (ctx.user?.id ?? null),
        action: e.action,
        entityType: e.entityType,
        entityId: e.entityId ?? null,
        caseId: e.caseId ?? null,
        caseIds: e.caseId ? [e.caseId] : [],
        personIds: [],
        requestId: ctx.requestId,
        details: e.details ?? null,
      })),
    );
  }

  /**
   * Notes reads of personal data: the entries' case ids go into the request's ReadLog, which the request writes as
   * one read event when it ends. Nothing is written here.
   */
  async recordRead(ctx: RequestContext, ...entries: AuditEntry[]): Promise<void> {
    for (const e of entries) ctx.noteRead('case', [e.caseId]);
  }

  /**
   * The one event of a request, written at its end as one INSERT outside any transaction: `refused` (with the
   * codes) when a signed-in caller was refused, else `read` when the response carried personal data; nothing
   * otherwise. Anonymous callers are not recorded here (a failed sign-in is recorded by identity).
   */
  async recordRequest(ctx: RequestContext, request: RequestAudit): Promise<void> {
    // BENCH_SECURITY_OFF=audit (never in production): the benchmark measures what the read audit costs
    if (!ctx.user || this.config.benchSecurityOff.has('audit')) return;
    const reads = ctx.reads;
    const caseIds = request.carried ? [...reads.caseIds] : [];
    const personIds = request.carried ? [...reads.personIds] : [];
    if (caseIds.length === 0 && personIds.length === 0 && request.refusals.length === 0) return;
    const details: Record<string, string> = { operation: request.operation };
    if (request.refusals.length) details.code = request.refusals.join(',');
    // the request's own context carries no transaction: one statement on the pool, no BEGIN/COMMIT, and no lock (the
    // sealer chains it later)
    await this.events.insert(ctx, [
      {
        actorId: ctx.user.id,
        action: request.refusals.length ? 'refused' : 'read',
        entityType: 'Request',
        entityId: null,
        caseId: caseIds[0] ?? null,
        caseIds,
        personIds,
        requestId: ctx.requestId,
        details,
      },
    ]);
  }

  async list(
    ctx: RequestContext,
    filter: AuditFilter = {},
    first = AUDIT_PAGE_DEFAULT,
    after?: string,
  ): Promise<AuditEventModel[]> {
    if (!Number.isInteger(first) || first < 1 || first > AUDIT_PAGE_MAX)
      throw DomainError.badInput('first', `must be from 1 to ${AUDIT_PAGE_MAX}`);
    if (after !== undefined && !/^\d{1,18}$/.test(after))
      throw DomainError.badInput('after', 'must be an audit event id');
    return this.events.list(ctx, filter, first, after);
  }

  /**
   * Walks the hash chain and the seals: `firstBreak` is the first event whose link, content or seal does not match
   * (null when the chain is whole); `unsealed` counts the events not chained yet, `overdue` those of them older than
   * `overdueMinutes` (a sealer that stopped).
   */
  verify(overdueMinutes = AUDIT_UNSEALED_OVERDUE_MINUTES): Promise<AuditVerification> {
    return this.events.verify(RequestContext.job('audit-verify'), overdueMinutes);
  }
}
