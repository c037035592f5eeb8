import { Injectable } from '@nestjs/common';
import { AuditService } from '@marac/audit';
import { byKeys, DomainError, oneByKey, RequestContext } from '@marac/core';
import { IdentityPrimePort } from '@marac/identity';
import { CaseLifecycleService } from './case-lifecycle.service.js';
import type { CaseStatus } from './case.enums.js';
import { CaseRepository, type LockedCase } from './case.repository.js';
import type {
  CaseFilter,
  CaseOutcomeInput,
  ConfirmPersonMatchInput,
  CreateReferralInput,
  RiskReviewInput,
  TriageInput,
} from './dto/case.inputs.js';
import type { CaseConnection, CaseModel, RiskReviewModel } from './models/case.model.js';
import { FlagService } from './flag.service.js';
import { PersonMatchService } from './person-match.service.js';
import { PersonService } from './person.service.js';
import { ReferralService } from './referral.service.js';

export type { LockedCase } from './case.repository.js';
export const CASES_PAGE_MAX = 100;
export const CASES_PAGE_DEFAULT = 20;

/**
 * Cursors of `cases` carry the id of the page's last case (which the caller already sees in the page), never the
 * global case sequence; a cursor naming a case the caller may not see is refused like a malformed one.
 */
const CURSOR_PREFIX = 'c1:';
const encodeCursor = (id: string) => Buffer.from(`${CURSOR_PREFIX}${id}`).toString('base64url');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function decodeCursor(cursor: string): string {
  const text = Buffer.from(cursor, 'base64url').toString();
  const id = text.startsWith(CURSOR_PREFIX) ? text.slice(CURSOR_PREFIX.length) : '';
  if (!UUID.test(id)) throw badCursor();
  return id;
}
const badCursor = () => DomainError.badInput('after', 'is not a cursor of this list');

/**
 * The cases library's facade: reading cases (every read through the repository, which applies the CASL rules: a case
 * the caller may not see is NOT_FOUND, exactly like an id that does not exist), and the methods other domains call
 * (`visible`, `visibleByIds`, `primeVisible`, `lockFor`, `setStatus`). Changes are delegated to the services that own
 * them (ReferralService, CaseLifecycleService, PersonMatchService).
 */
@Injectable()
export class CaseService {
  constructor(
    private readonly cases: CaseRepository,
    private readonly audit: AuditService,
    private readonly referrals: ReferralService,
    private readonly lifecycle: CaseLifecycleService,
    private readonly matches: PersonMatchService,
    private readonly persons: PersonService,
    private readonly flags: FlagService,
    private readonly identity: IdentityPrimePort,
  ) {}

  // ---------------------------------------------------------------- reads

  /** Cases the caller may see, with what they may see of each (view), by ids. Unseen ids are simply absent. */
  async visibleByIds(ctx: RequestContext, ids: readonly string[]): Promise<CaseModel[]> {
    const found = await this.cases.visibleByIds(ctx, ids);
    ctx.noteRead(
      'case',
      found.map((c) => c.id),
    );
    for (const c of found) this.primeBundle(ctx, c);
    return found;
  }

  /**
   * Primes the request's loaders with what the case's row carried (CaseBundle: panel, referring agency, persons,
   * flags), so that a list's field resolvers run no statement of their own.
   */
  private primeBundle(ctx: RequestContext, c: CaseModel): void {
    const b = c.bundle;
    if (!b) return;
    c.bundle = undefined;
    this.identity.primePanel(ctx, b.panel);
    this.identity.primeAgency(ctx, b.referringAgency);
    this.persons.primeCase(ctx, c, b.entries, b.persons);
    if (b.flags) this.flags.prime(ctx, c.id, b.flags);
  }

  /** A visible case through the per-request loader (for field resolvers: previousCase, agenda items...). */
  visible(ctx: RequestContext, id: string): Promise<CaseModel | null> {
    return this.visibleLoader(ctx).load(id);
  }

  /** Puts a case loaded by another query (e.g. with an agenda) into the request's loader: no second query. */
  primeVisible(ctx: RequestContext, c: CaseModel): void {
    ctx.noteRead('case', [c.id]);
    this.visibleLoader(ctx).prime(c.id, c);
  }

  private visibleLoader(ctx: RequestContext) {
    return ctx.loader<string, CaseModel | null>('case.visible', async (ids) =>
      oneByKey(ids, await this.visibleByIds(ctx, ids), (c) => c.id),
    );
  }

  async get(ctx: RequestContext, id: string): Promise<CaseModel> {
    const found = await this.visible(ctx, id);
    if (!found) throw DomainError.notFound('Case', id);
    await this.audit.recordRead(ctx, { action: 'case.read', entityType: 'Case', entityId: id, caseId: id });
    return found;
  }

  /** A case by its human reference (what e-mails carry): NOT_FOUND for one the caller may not see, as for none. */
  async getByReference(ctx: RequestContext, reference: string): Promise<CaseModel> {
    const ref = reference.trim().toUpperCase();
    const id = ref.length <= 40 ? await this.cases.idByReference(ctx, ref) : null;
    if (!id) throw DomainError.notFound('Case');
    return this.get(ctx, id);
  }

  async list(
    ctx: RequestContext,
    filter: CaseFilter = {},
    first = CASES_PAGE_DEFAULT,
    after?: string,
  ): Promise<CaseConnection> {
    if (!Number.isInteger(first) || first < 1 || first > CASES_PAGE_MAX) {
      throw DomainError.badInput('first', `must be from 1 to ${CASES_PAGE_MAX}`);
    }
    const page = await this.cases.page(ctx, filter, first + 1, after ? decodeCursor(after) : null);
    if (!page) throw badCursor();
    const nodes = page.rows.slice(0, first);
    for (const c of nodes) {
      this.primeBundle(ctx, c);
      this.primeVisible(ctx, c);
    }
    if (nodes.length) {
      await this.audit.recordRead(
        ctx,
        ...nodes.map((c) => ({ action: 'case.list_read', entityType: 'Case', entityId: c.id, caseId: c.id })),
      );
    }
    return {
      edges: nodes.map((node) => ({ node, cursor: encodeCursor(node.id) })),
      pageInfo: {
        hasNextPage: page.rows.length > first,
        endCursor: nodes.length ? encodeCursor(nodes.at(-1)!.id) : null,
      },
      totalCount: page.total,
    };
  }

  /** The risk reviews of a case the caller sees in detail (none otherwise), batched per request. */
  riskReviews(ctx: RequestContext, caseId: string): Promise<RiskReviewModel[]> {
    return ctx
      .loader<string, RiskReviewModel[]>('case.riskReviews', async (ids) =>
        byKeys(ids, await this.cases.riskReviews(ctx, ids), (r) => r.caseId),
      )
      .load(caseId);
  }

  // ---------------------------------------------------------------- changes (each answers the case as now seen)

  async createReferral(ctx: RequestContext, input: CreateReferralInput): Promise<CaseModel> {
    return this.mustSee(ctx, await this.referrals.create(ctx, input));
  }

  async triage(ctx: RequestContext, input: TriageInput): Promise<CaseModel> {
    await this.lifecycle.triage(ctx, input);
    return this.mustSee(ctx, input.caseId);
  }

  async withdraw(ctx: RequestContext, caseId: string, reason: string): Promise<CaseModel> {
    await this.lifecycle.withdraw(ctx, caseId, reason);
    return this.mustSee(ctx, caseId);
  }

  async close(
    ctx: RequestContext,
    caseId: string,
    reason: string,
    closure?: { outcome?: CaseOutcomeInput | null; closedOn?: string | null },
  ): Promise<CaseModel> {
    await this.lifecycle.close(ctx, caseId, reason, closure);
    return this.mustSee(ctx, caseId);
  }

  async recordRiskReview(ctx: RequestContext, input: RiskReviewInput): Promise<CaseModel> {
    await this.lifecycle.recordRiskReview(ctx, input);
    return this.mustSee(ctx, input.caseId);
  }

  async confirmPersonMatch(ctx: RequestContext, input: ConfirmPersonMatchInput): Promise<CaseModel> {
    await this.matches.confirm(ctx, input);
    return this.mustSee(ctx, input.caseId);
  }

  // ---------------------------------------------------------------- for other domains, in their transaction

  /**
   * Moves a case along its lifecycle in the transaction of `txCtx` (the meetings library lists and hears cases):
   * INVALID_TRANSITION when not allowed, flags recomputed, audited with from/to.
   */
  setStatus(
    txCtx: RequestContext,
    c: LockedCase,
    to: CaseStatus,
    action: string,
    columns?: Record<string, unknown>,
  ): Promise<void> {
    return this.lifecycle.setStatus(txCtx, c, to, action, columns);
  }

  /**
   * Locks a case for a change the caller wants to make. Not visible: NOT_FOUND; visible but the action is not
   * allowed on it: FORBIDDEN. Concurrent changes queue on the row lock and then see the new status.
   */
  lockFor(txCtx: RequestContext, id: string, action: string): Promise<LockedCase> {
    return this.lifecycle.lockFor(txCtx, id, action);
  }

  private async mustSee(ctx: RequestContext, id: string): Promise<CaseModel> {
    const [c] = await this.visibleByIds(ctx, [id]);
    if (!c) throw DomainError.notFound('Case', id);
    return c;
  }
}
