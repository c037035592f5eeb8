import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import type { EntityManager } from 'typeorm';
import { SqlParams } from '@marac/access';
import { AuditService } from '@marac/audit';
import { OutboxService, referralTriaged } from '@marac/notifications';
import {
  Db,
  DomainError,
  isCalendarDate,
  londonToday,
  oneByKey,
  PanelKind,
  RequestContext,
} from '@marac/core';
import { assertTransition, statusAffectsFlags } from './case-lifecycle.js';
import { CaseStatus, DashAnswer, ReferralCriterion, TriageDecision } from './case.enums.js';
import { CASE_COLUMNS, CASE_FROM, caseAccess, caseFromRow as toCase } from './case.sql.js';
import { DASH_QUESTIONS, dashScore, VISIBLE_HIGH_RISK_THRESHOLD } from './dash.js';
import type {
  CaseFilter,
  ConfirmPersonMatchInput,
  CreateReferralInput,
  RiskReviewInput,
  TriageInput,
} from './dto/case.inputs.js';
import { FlagService } from './flag.service.js';
import type { CaseConnection, CaseModel, RiskReviewModel } from './models/case.model.js';
import { PersonService } from './person.service.js';
import { subjectRole } from './repeat-detection.js';

export const CASES_PAGE_MAX = 100;
const CASES_PAGE_DEFAULT = 20;

const encodeCursor = (seq: string) => Buffer.from(`case:${seq}`).toString('base64url');
function decodeCursor(cursor: string): string {
  const m = /^case:(\d{1,18})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!m) throw DomainError.badInput('after', 'is not a cursor of this list');
  return m[1];
}

function checkDash(answers: DashAnswer[] | null | undefined, field: string): number | null {
  if (answers === null || answers === undefined) return null;
  if (answers.length !== DASH_QUESTIONS)
    throw DomainError.badInput(field, `must have exactly ${DASH_QUESTIONS} answers`);
  return dashScore(answers);
}

function checkPastDate(value: string, field: string): void {
  if (!isCalendarDate(value)) throw DomainError.badInput(field, 'must be a date YYYY-MM-DD');
  if (value > londonToday()) throw DomainError.badInput(field, 'cannot be in the future');
}

function requireReason(reason: string | null | undefined, field = 'reason'): string {
  if (!reason || !reason.trim()) throw DomainError.badInput(field, 'is required');
  if (reason.length > 2000) throw DomainError.badInput(field, 'must be at most 2000 characters');
  return reason.trim();
}

interface LockedCase {
  id: string;
  status: CaseStatus;
  panelId: string;
  panelKind: PanelKind;
  version: number;
}

/**
 * Referrals and the case lifecycle. Every read goes through the CASL rules in SQL (caseAccess): a case the caller
 * may not see is NOT_FOUND, exactly like an id that does not exist.
 */
@Injectable()
export class CaseService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly persons: PersonService,
    private readonly flags: FlagService,
    private readonly outbox: OutboxService,
  ) {}

  // ---------------------------------------------------------------- reads

  /** Cases the caller may see, with what they may see of each (view), by ids. Unseen ids are simply absent. */
  async visibleByIds(
    ctx: RequestContext,
    ids: readonly string[],
    em = this.db.em(ctx),
  ): Promise<CaseModel[]> {
    const params = new SqlParams();
    const access = caseAccess(ctx.can, params);
    const $ids = params.add(ids);
    const rows = await this.db.query(
      `SELECT ${CASE_COLUMNS}, ${access.detail} AS "viewDetail", ${access.contact} AS "viewContact"
         FROM ${CASE_FROM} WHERE c.id = ANY(${$ids}) AND ${access.read}`,
      params.values,
      em,
    );
    return rows.map(toCase);
  }

  /** A visible case through the per-request loader (for field resolvers: previousCase, agenda items...). */
  visible(ctx: RequestContext, id: string): Promise<CaseModel | null> {
    return this.visibleLoader(ctx).load(id);
  }

  /** Puts a case loaded by another query (e.g. with an agenda) into the request's loader: no second query. */
  primeVisible(ctx: RequestContext, c: CaseModel): void {
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

  async list(
    ctx: RequestContext,
    filter: CaseFilter = {},
    first = CASES_PAGE_DEFAULT,
    after?: string,
  ): Promise<CaseConnection> {
    if (!Number.isInteger(first) || first < 1 || first > CASES_PAGE_MAX) {
      throw DomainError.badInput('first', `must be from 1 to ${CASES_PAGE_MAX}`);
    }
    const params = new SqlParams();
    const access = caseAccess(ctx.can, params);
    const where = [access.read];
    if (filter.panelId) where.push(`c.panel_id = ${params.add(filter.panelId)}`);
    if (filter.status?.length) where.push(`c.status = ANY(${params.add(filter.status)})`);
    if (filter.referredFrom) where.push(`c.referral_date >= ${params.add(filter.referredFrom)}`);
    if (filter.referredTo) where.push(`c.referral_date <= ${params.add(filter.referredTo)}`);
    // the repeat status is part of the full view only: the referrer's view never reveals it
    if (filter.isRepeat === true) where.push(`(c.is_repeat AND ${access.detail})`);
    if (filter.isRepeat === false) where.push(`(NOT c.is_repeat OR NOT ${access.detail})`);
    const filtered = where.join(' AND ');
    const countParams = params.values.slice();
    const page = [filtered];
    if (after) page.push(`c.seq < ${params.add(decodeCursor(after))}`);
    const $limit = params.add(first + 1);

    const [rows, [{ n }]] = await Promise.all([
      this.db.query(
        `SELECT ${CASE_COLUMNS}, ${access.detail} AS "viewDetail", ${access.contact} AS "viewContact"
           FROM ${CASE_FROM} WHERE ${page.join(' AND ')} ORDER BY c.seq DESC LIMIT ${$limit}`,
        params.values,
      ),
      this.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM ${CASE_FROM} WHERE ${filtered}`,
        countParams,
      ),
    ]);
    const nodes = rows.slice(0, first).map(toCase);
    if (nodes.length) {
      await this.audit.recordRead(
        ctx,
        ...nodes.map((c) => ({ action: 'case.list_read', entityType: 'Case', entityId: c.id, caseId: c.id })),
      );
    }
    return {
      edges: nodes.map((node) => ({ node, cursor: encodeCursor(node.seq) })),
      pageInfo: {
        hasNextPage: rows.length > first,
        endCursor: nodes.length ? encodeCursor(nodes.at(-1)!.seq) : null,
      },
      totalCount: n,
    };
  }

  riskReviews(ctx: RequestContext, caseId: string): Promise<RiskReviewModel[]> {
    return ctx
      .loader<string, RiskReviewModel[]>('case.riskReviews', async (ids) => {
        const rows: RiskReviewModel[] = await this.db.query(
          `SELECT case_id AS "caseId", reviewed_on AS "reviewedOn", rfgv_score AS "rfgvScore", dash_score AS "dashScore", note
             FROM risk_review WHERE case_id = ANY($1) ORDER BY reviewed_on, created_at`,
          [ids],
        );
        return ids.map((id) => rows.filter((r) => r.caseId === id));
      })
      .load(caseId);
  }

  // ---------------------------------------------------------------- changes

  async createReferral(ctx: RequestContext, input: CreateReferralInput): Promise<CaseModel> {
    const referralDate = input.referralDate ?? londonToday();
    checkPastDate(referralDate, 'referralDate');
    const score = checkDash(input.dashAnswers, 'dashAnswers');
    if (
      input.criteria.includes(ReferralCriterion.VISIBLE_HIGH_RISK) &&
      (score === null || score < VISIBLE_HIGH_RISK_THRESHOLD)
    ) {
      throw DomainError.badInput(
        'criteria',
        `VISIBLE_HIGH_RISK needs a DASH score of ${VISIBLE_HIGH_RISK_THRESHOLD} or more`,
      );
    }
    const lawfulBasis = requireReason(input.lawfulBasis, 'lawfulBasis');
    const id = await this.db.tx(async (em) => {
      const [panel] = await em.query('SELECT id, kind, area_code AS "areaCode" FROM panel WHERE id = $1', [
        input.panelId,
      ]);
      if (!panel) throw DomainError.badInput('panelId', 'no such panel');
      if (panel.kind === PanelKind.MARAC && input.criteria.length === 0) {
        throw DomainError.badInput('criteria', 'a MARAC referral needs at least one criterion');
      }
      if (panel.kind === PanelKind.MATAC && (input.rfgvScore === null || input.rfgvScore === undefined)) {
        throw DomainError.badInput('rfgvScore', 'a MATAC nomination needs an RFGV score');
      }
      const agencyId = input.referringAgencyId ?? ctx.me.agencyId;
      if (agencyId !== ctx.me.agencyId && !ctx.can.can('triage', subject('Case', { panelId: panel.id }))) {
        throw DomainError.badInput(
          'referringAgencyId',
          "only the panel's coordinators and chairs refer on behalf of another agency",
        );
      }
      const [agency] = await em.query('SELECT id FROM agency WHERE id = $1', [agencyId]);
      if (!agency) throw DomainError.badInput('referringAgencyId', 'no such agency');
      // a restricted case is seen only by panel staff and its allow-list: the referrer is put on it to follow their referral
      const allowList = [
        ...new Set([...(input.restrictedToUserIds ?? []), ...(input.restricted ? [ctx.me.id] : [])]),
      ];
      if (allowList.length) {
        const [{ n }] = await em.query('SELECT count(*)::int AS n FROM app_user WHERE id = ANY($1)', [
          allowList,
        ]);
        if (n !== allowList.length)
          throw DomainError.badInput('restrictedToUserIds', 'names a user that does not exist');
      }

      const people = [
        {
          ...(await this.persons.resolve(em, ctx, input.subject, 'subject', panel.id)),
          role: subjectRole(panel.kind),
          relationship: null as string | null,
        },
      ];
      for (const [i, lp] of (input.linkedPersons ?? []).entries()) {
        people.push({
          ...(await this.persons.resolve(em, ctx, lp.person, `linkedPersons.${i}.person`, panel.id)),
          role: lp.role,
          relationship: lp.relationshipToSubject?.trim() || null,
        });
      }

      // per panel and year, no gaps and no duplicates: the counter row is locked until this transaction ends
      const year = Number(referralDate.slice(0, 4));
      const [{ last }] = await em.query(
        `INSERT INTO case_reference_counter (panel_id, year, last) VALUES ($1, $2, 1)
         ON CONFLICT (panel_id, year) DO UPDATE SET last = case_reference_counter.last + 1 RETURNING last`,
        [panel.id, year],
      );
      const reference = `${panel.kind}-${panel.areaCode}-${year}-${String(last).padStart(4, '0')}`;
      const [created] = await em.query(
        `INSERT INTO case_record (reference, panel_id, panel_kind, status, referring_agency_id, referred_by, referral_date,
                                  criteria, dash_answers, dash_score, rfgv_score, risk_summary, children_in_household,
                                  lawful_basis, restricted)
         VALUES ($1, $2, $3, 'SUBMITTED', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
        [
          reference,
          panel.id,
          panel.kind,
          agencyId,
          ctx.me.id,
          referralDate,
          input.criteria,
          input.dashAnswers ?? null,
          score,
          input.rfgvScore ?? null,
          input.riskSummary?.trim() || null,
          input.childrenInHousehold ?? 0,
          lawfulBasis,
          input.restricted ?? false,
        ],
      );
      await em.query(
        `INSERT INTO case_person (case_id, person_id, role, is_subject, relationship_to_subject, position, submitted, contact)
         SELECT $1, p, r, o = 1, rel, o, s, ct
           FROM unnest($2::uuid[], $3::text[], $4::text[], $5::jsonb[], $6::jsonb[]) WITH ORDINALITY AS v(p, r, rel, s, ct, o)`,
        [
          created.id,
          people.map((p) => p.personId),
          people.map((p) => p.role),
          people.map((p) => p.relationship),
          people.map((p) => (p.submitted ? JSON.stringify(p.submitted) : null)),
          people.map((p) => (p.contact ? JSON.stringify(p.contact) : null)),
        ],
      );
      if (allowList.length) {
        await em.query('INSERT INTO case_allowed_user (case_id, user_id) SELECT $1, unnest($2::uuid[])', [
          created.id,
          allowList,
        ]);
      }
      await this.audit.record(em, ctx, {
        action: 'case.create',
        entityType: 'Case',
        entityId: created.id,
        caseId: created.id,
        details: { status: CaseStatus.SUBMITTED, restricted: input.restricted ?? false },
      });
      await this.flags.recompute(em, [created.id]);
      return created.id as string;
    });
    return this.mustSee(ctx, id);
  }

  async triage(ctx: RequestContext, input: TriageInput): Promise<CaseModel> {
    const to = input.decision === TriageDecision.ACCEPT ? CaseStatus.ACCEPTED : CaseStatus.REJECTED;
    const reason = to === CaseStatus.REJECTED ? requireReason(input.reason) : input.reason?.trim() || null;
    await this.db.tx(async (em) => {
      const c = await this.lockFor(em, ctx, input.caseId, 'triage');
      await this.setStatus(em, ctx, c, to, 'case.triage', { triage_reason: reason });
      // the referrer hears the outcome (a reference and a link only)
      const [row] = await em.query(
        'SELECT reference, referred_by AS "referredBy" FROM case_record WHERE id = $1',
        [c.id],
      );
      await this.outbox.enqueue(
        em,
        'referral.triaged',
        referralTriaged({
          reference: row.reference,
          accepted: to === CaseStatus.ACCEPTED,
          link: this.outbox.link(`/cases/${c.id}`),
        }),
        { userIds: [row.referredBy], caseId: c.id },
      );
    });
    return this.mustSee(ctx, input.caseId);
  }

  async withdraw(ctx: RequestContext, caseId: string, reason: string): Promise<CaseModel> {
    const why = requireReason(reason);
    await this.changeStatus(ctx, caseId, 'withdraw', CaseStatus.WITHDRAWN, 'case.withdraw', {
      closure_reason: why,
    });
    return this.mustSee(ctx, caseId);
  }

  async close(ctx: RequestContext, caseId: string, reason: string): Promise<CaseModel> {
    const why = requireReason(reason);
    await this.changeStatus(ctx, caseId, 'close', CaseStatus.CLOSED, 'case.close', { closure_reason: why });
    return this.mustSee(ctx, caseId);
  }

  async recordRiskReview(ctx: RequestContext, input: RiskReviewInput): Promise<CaseModel> {
    checkPastDate(input.reviewedOn, 'reviewedOn');
    const score = checkDash(input.dashAnswers, 'dashAnswers');
    if (input.rfgvScore == null && score === null && !input.note?.trim()) {
      throw DomainError.badInput('input', 'give an RFGV score, DASH answers or a note');
    }
    await this.db.tx(async (em) => {
      const c = await this.lockFor(em, ctx, input.caseId, 'reviewRisk');
      if (![CaseStatus.ACCEPTED, CaseStatus.LISTED, CaseStatus.HEARD].includes(c.status)) {
        throw DomainError.badInput(
          'caseId',
          `risk reviews are recorded on accepted cases, not on a ${c.status} case`,
        );
      }
      if (c.panelKind === PanelKind.MATAC && input.rfgvScore == null) {
        throw DomainError.badInput('rfgvScore', 'a MATAC review needs an RFGV score');
      }
      const [review] = await em.query(
        `INSERT INTO risk_review (case_id, reviewed_on, rfgv_score, dash_answers, dash_score, note, recorded_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [
          c.id,
          input.reviewedOn,
          input.rfgvScore ?? null,
          input.dashAnswers ?? null,
          score,
          input.note?.trim() || null,
          ctx.me.id,
        ],
      );
      await em.query('UPDATE case_record SET version = version + 1, updated_at = now() WHERE id = $1', [
        c.id,
      ]);
      await this.audit.record(em, ctx, {
        action: 'case.risk_review',
        entityType: 'RiskReview',
        entityId: review.id,
        caseId: c.id,
      });
    });
    return this.mustSee(ctx, input.caseId);
  }

  /** Says that a person on the case is a known person; reversible by the same call with the ids swapped. */
  async confirmPersonMatch(ctx: RequestContext, input: ConfirmPersonMatchInput): Promise<CaseModel> {
    if (input.personId === input.matchedPersonId)
      throw DomainError.badInput('matchedPersonId', 'is the same person');
    await this.db.tx(async (em) => {
      const c = await this.lockFor(em, ctx, input.caseId, 'confirmMatch');
      const [matched] = await em.query('SELECT id FROM person WHERE id = $1', [input.matchedPersonId]);
      if (!matched) throw DomainError.notFound('Person', input.matchedPersonId);
      // the cases sharing the old person keep flags that may now change, so recompute them too
      const before: string[] = (
        await em.query('SELECT DISTINCT case_id AS id FROM case_person WHERE person_id = $1', [
          input.personId,
        ])
      ).map((r: { id: string }) => r.id);
      const moved = await em.query(
        'UPDATE case_person SET person_id = $3 WHERE case_id = $1 AND person_id = $2 RETURNING id',
        [c.id, input.personId, input.matchedPersonId],
      );
      if (!moved[0]?.length) throw DomainError.badInput('personId', 'is not on this case');
      await em.query('UPDATE case_record SET version = version + 1, updated_at = now() WHERE id = $1', [
        c.id,
      ]);
      await this.audit.record(em, ctx, {
        action: 'case.person_match',
        entityType: 'Case',
        entityId: c.id,
        caseId: c.id,
        details: { fromPersonId: input.personId, toPersonId: input.matchedPersonId },
      });
      await this.flags.recompute(em, [...new Set([c.id, ...before])]);
    });
    return this.mustSee(ctx, input.caseId);
  }

  /**
   * Moves a case along its lifecycle inside `em` (used by the meetings library too): INVALID_TRANSITION when not
   * allowed, flags recomputed (the status decides what counts), audited with from/to.
   */
  async setStatus(
    txCtx: RequestContext,
    c: LockedCase,
    to: CaseStatus,
    action: string,
    columns?: Record<string, unknown>,
  ): Promise<void>;
  /** @deprecated pass the transactional context: `setStatus(txCtx, c, to, action, columns)` */
  async setStatus(
    em: EntityManager,
    ctx: RequestContext,
    c: LockedCase,
    to: CaseStatus,
    action: string,
    columns?: Record<string, unknown>,
  ): Promise<void>;
  async setStatus(...args: any[]): Promise<void> {
    if (args[0] instanceof RequestContext)
      return this.setStatusIn(this.db.em(args[0]), args[0], args[1], args[2], args[3], args[4]);
    return this.setStatusIn(args[0], args[1], args[2], args[3], args[4], args[5]);
  }

  private async setStatusIn(
    em: EntityManager,
    ctx: RequestContext,
    c: LockedCase,
    to: CaseStatus,
    action: string,
    columns: Record<string, unknown> = {},
  ): Promise<void> {
    assertTransition(c.status, to);
    const names = Object.keys(columns);
    await em.query(
      `UPDATE case_record SET status = $2, version = version + 1, updated_at = now()
              ${names.map((n, i) => `, ${n} = $${i + 3}`).join('')}
        WHERE id = $1`,
      [c.id, to, ...names.map((n) => columns[n])],
    );
    await this.audit.record(em, ctx, {
      action,
      entityType: 'Case',
      entityId: c.id,
      caseId: c.id,
      details: { from: c.status, to },
    });
    if (statusAffectsFlags(c.status, to)) await this.flags.recompute(em, [c.id]);
  }

  /**
   * Locks a case for a change the caller wants to make. Not visible: NOT_FOUND; visible but the action is not
   * allowed on it: FORBIDDEN. Concurrent changes queue on the row lock and then see the new status.
   */
  async lockFor(txCtx: RequestContext, id: string, action: string): Promise<LockedCase>;
  /** @deprecated pass the transactional context: `lockFor(txCtx, id, action)` */
  async lockFor(em: EntityManager, ctx: RequestContext, id: string, action: string): Promise<LockedCase>;
  async lockFor(...args: any[]): Promise<LockedCase> {
    if (args[0] instanceof RequestContext) return this.lockIn(this.db.em(args[0]), args[0], args[1], args[2]);
    return this.lockIn(args[0], args[1], args[2], args[3]);
  }

  private async lockIn(
    em: EntityManager,
    ctx: RequestContext,
    id: string,
    action: string,
  ): Promise<LockedCase> {
    const params = new SqlParams();
    const access = caseAccess(ctx.can, params);
    const allowed = access.forAction(action);
    const $id = params.add(id);
    const [row] = await em.query(
      `SELECT c.id, c.status, c.panel_id AS "panelId", c.panel_kind AS "panelKind", c.version, ${allowed} AS allowed
         FROM case_record c WHERE c.id = ${$id} AND (${access.read} OR ${allowed}) FOR UPDATE OF c`,
      params.values,
    );
    if (!row) throw DomainError.notFound('Case', id);
    if (!row.allowed) throw DomainError.forbidden();
    return row;
  }

  private async changeStatus(
    ctx: RequestContext,
    caseId: string,
    permission: string,
    to: CaseStatus,
    action: string,
    columns: Record<string, unknown>,
  ): Promise<void> {
    await this.db.tx(async (em) => {
      const c = await this.lockFor(em, ctx, caseId, permission);
      await this.setStatus(em, ctx, c, to, action, columns);
    });
  }

  private async mustSee(ctx: RequestContext, id: string): Promise<CaseModel> {
    const [c] = await this.visibleByIds(ctx, [id]);
    if (!c) throw DomainError.notFound('Case', id);
    return c;
  }
}
