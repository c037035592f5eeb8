import { Injectable } from '@nestjs/common';
import { SqlParams } from '@marac/access';
import { Db, DomainError, type PanelKind, type RequestContext } from '@marac/core';
import { agencyJsonSql, panelJsonSql } from '@marac/identity';
import { caseFlagsJsonSql } from './flag.repository.js';
import { casePersonsJsonSql, type StoredPerson } from './person.repository.js';
import { CaseStatus, PersonRole } from './case.enums.js';
import {
  CASE_COLUMNS as COLUMNS,
  CASE_FROM as FROM,
  caseFromRow,
  caseLevelSql,
  caseRuleSql,
  type CaseLevel,
} from './case.sql.js';
import type { CaseFilter } from './dto/case.inputs.js';
import type { CaseFlagModel, CaseModel, RiskReviewModel } from './models/case.model.js';
import type { ContactDetails } from './models/person.model.js';
import type { SubmittedIdentity } from './referral-rules.js';
import type { CaseFacts, Party } from './repeat-detection.js';
import type { AgendaCandidateCase } from './meetings.port.js';
import { riskLevel, type RiskFacts, type RiskGrade, type RiskTool } from './risk.js';

/** A case locked for a change (FOR UPDATE), with what the rules of the change need. */
export interface LockedCase {
  id: string;
  status: CaseStatus;
  panelId: string;
  panelKind: PanelKind;
  version: number;
}

/** One person's entry on a case: who they are (personId) and what this referral said about them. */
export interface CasePersonRow {
  entryId: string;
  caseId: string;
  personId: string;
  role: PersonRole;
  isSubject: boolean;
  relationshipToSubject: string | null;
  relationshipToPerpetrator: string | null;
  school: string | null;
  submitted: SubmittedIdentity | null;
  contact: ContactDetails | null;
}

export interface NewCase {
  reference: string;
  panelId: string;
  panelKind: PanelKind;
  referringAgencyId: string;
  referredBy: string;
  referralDate: string;
  criteria: string[];
  dashAnswers: string[] | null;
  dashScore: number | null;
  riskTool: RiskTool;
  riskGrade: RiskGrade | null;
  rfgvScore: number | null;
  riskSummary: string | null;
  childrenInHousehold: number;
  lawfulBasis: string;
  restricted: boolean;
  // the referral's facts (issue 11); left out (e.g. by an import), they are null: the incident is the referral date
  incidentDate?: string | null;
  victimAware?: boolean | null;
  victimNotAwareReason?: string | null;
  consentGiven?: boolean | null;
  sharedWithoutConsentReason?: string | null;
  victimViews?: string | null;
  previousMarac?: { area: string; referralDate: string; reference: string | null } | null;
}

export interface NewEntry {
  personId: string;
  role: PersonRole;
  relationship: string | null;
  relationshipToPerpetrator?: string | null;
  /** a child's school */
  school?: string | null;
  submitted: SubmittedIdentity | null;
  contact: ContactDetails | null;
  /** viewers of this case may see the stored person through this entry (docs/cases-and-persons.md) */
  revealsPerson: boolean;
}

/** Column names a status change may set besides the status (never from user input). */
const STATUS_COLUMNS = new Set([
  'triage_reason',
  'rejection_reason',
  'closure_reason',
  // closure (closeCase): the date and the outcome; the outcome's IDVA engagement is also the case's latest
  'closed_on',
  'outcome_risk_at_closure',
  'outcome_safety_plan_in_place',
  'outcome_idva_engagement',
  'outcome_victim_informed',
  'outcome_recorded_at',
  'idva_engagement',
]);

/**
 * The case aggregate's tables: case_record, case_person, case_allowed_user, case_reference_counter, risk_review.
 * The only code that writes SQL for them. Every read takes the request context and applies the caller's CASL rules
 * (case.sql.ts); `ctx.system()` is the only way past them (rule evaluation, jobs).
 */
/** The ids ($1) and every case sharing a person with them, as one set (`id`). */
const SHARING_PERSONS_SQL = `
  SELECT unnest($1::uuid[]) AS id
  UNION
  SELECT cp.case_id FROM case_person cp
   WHERE cp.person_id IN (SELECT person_id FROM case_person WHERE case_id = ANY($1))`;

@Injectable()
export class CaseRepository {
  constructor(private readonly db: Db) {}

  // ---------------------------------------------------------------- reads (filtered by the caller's rules)

  /**
   * Cases by ids, with what every row of a list shows (its panel, referring agency, persons and flags: `bundle`, for
   * CaseService to prime the request's loaders), in one statement.
   */
  async visibleByIds(ctx: RequestContext, ids: readonly string[]): Promise<CaseModel[]> {
    if (!ids.length) return [];
    const p = new SqlParams();
    const rows = await this.db.query(
      ctx,
      `SELECT ${COLUMNS}, ${caseLevelSql(ctx, 'detail', p)} AS "viewDetail", ${caseLevelSql(ctx, 'contact', p)} AS "viewContact",
              ${bundleColumns(ctx, p)}
         FROM ${FROM} WHERE c.id = ANY(${p.add(ids)}) AND ${caseLevelSql(ctx, 'read', p)}`,
      p.values,
    );
    return rows.map(bundledFromRow);
  }

  /** The id of the case with this reference, when the caller may see it (else null, like an unknown reference). */
  async idByReference(ctx: RequestContext, reference: string): Promise<string | null> {
    const p = new SqlParams();
    const [row] = await this.db.query<{ id: string }>(
      ctx,
      `SELECT c.id FROM case_record c WHERE c.reference = ${p.add(reference)} AND ${caseLevelSql(ctx, 'read', p)}`,
      p.values,
    );
    return row?.id ?? null;
  }

  /**
   * One page of the caller's cases, newest first, after the case `afterId` (which must be one the caller may see:
   * otherwise null, for the caller to refuse the cursor), with the number of cases matching the filter.
   */
  async page(
    ctx: RequestContext,
    filter: CaseFilter,
    limit: number,
    afterId: string | null,
  ): Promise<{ rows: CaseModel[]; total: number } | null> {
    const p = new SqlParams();
    const filtered = rebuild(ctx, filter, p);
    // the cursor's case, seen through the same rules (so a cursor never orders a case the caller may not see)
    const after = afterId
      ? `WHERE f.seq < (SELECT k.seq FROM case_record k WHERE k.id = ${p.add(afterId)} AND ${caseLevelSql(ctx, 'read', p, 'k')})`
      : '';
    // one statement: the matching cases' ids with their count (count(*) OVER () before the cursor and the limit),
    // then the page's rows with what every row of the list shows (bundleColumns)
    const rows = await this.db.query<Record<string, unknown>>(
      ctx,
      `WITH f AS (SELECT c.id, c.seq, count(*) OVER () AS total FROM ${FROM} WHERE ${filtered}),
            pg AS (SELECT f.id, f.seq, f.total FROM f ${after} ORDER BY f.seq DESC LIMIT ${p.add(limit)})
       SELECT ${COLUMNS}, ${caseLevelSql(ctx, 'detail', p)} AS "viewDetail", ${caseLevelSql(ctx, 'contact', p)} AS "viewContact",
              ${bundleColumns(ctx, p)}, pg.total::int AS "pageTotal"
         FROM pg JOIN ${FROM} ON c.id = pg.id
        ORDER BY pg.seq DESC`,
      p.values,
    );
    if (!rows.length) {
      if (!afterId) return { rows: [], total: 0 };
      // an empty page after a cursor: a last page, or a cursor the caller may not use (more statements, rarely)
      if (!(await this.visibleByIds(ctx, [afterId])).length) return null;
      const q = new SqlParams();
      const [{ n }] = await this.db.query<{ n: number }>(
        ctx,
        `SELECT count(*)::int AS n FROM ${FROM} WHERE ${rebuild(ctx, filter, q)}`,
        q.values,
      );
      return { rows: [], total: n };
    }
    const total = rows[0].pageTotal as number;
    return { rows: rows.map(({ pageTotal: _t, ...row }) => bundledFromRow(row)), total };
  }

  /** The risk reviews of the cases the caller sees in detail, oldest first. */
  riskReviews(ctx: RequestContext, caseIds: readonly string[]): Promise<RiskReviewModel[]> {
    const p = new SqlParams();
    return this.db.query(
      ctx,
      `SELECT r.case_id AS "caseId", r.reviewed_on AS "reviewedOn", r.rfgv_score AS "rfgvScore",
              r.dash_score AS "dashScore", r.risk_grade AS "riskGrade", r.note
         FROM risk_review r
        WHERE r.case_id IN ${visibleCaseIds(ctx, p, caseIds, 'detail')}
        ORDER BY r.reviewed_on, r.created_at`,
      p.values,
    );
  }

  /** The entries (persons) of the cases the caller may see, in the order given at referral. */
  entries(ctx: RequestContext, caseIds: readonly string[]): Promise<CasePersonRow[]> {
    const p = new SqlParams();
    return this.db.query(
      ctx,
      `SELECT cp.id AS "entryId", cp.case_id AS "caseId", cp.person_id AS "personId", cp.role,
              cp.is_subject AS "isSubject", cp.relationship_to_subject AS "relationshipToSubject", cp.submitted,
              cp.contact, cp.relationship_to_perpetrator AS "relationshipToPerpetrator", cp.school
         FROM case_person cp
        WHERE cp.case_id IN ${visibleCaseIds(ctx, p, caseIds, 'read')}
        ORDER BY cp.case_id, cp.position`,
      p.values,
    );
  }

  /**
   * Locks a case for a change the caller wants to make. Not visible: NOT_FOUND; visible but the action is not allowed
   * on it: FORBIDDEN. Concurrent changes queue on the row lock and then see the new status.
   */
  async lockFor(txCtx: RequestContext, id: string, action: string): Promise<LockedCase> {
    const p = new SqlParams();
    const allowed = caseRuleSql(txCtx, action, p);
    const [row] = await this.db.query<LockedCase & { allowed: boolean }>(
      txCtx,
      `SELECT c.id, c.status, c.panel_id AS "panelId", c.panel_kind AS "panelKind", c.version, ${allowed} AS allowed
         FROM case_record c WHERE c.id = ${p.add(id)} AND (${caseLevelSql(txCtx, 'read', p)} OR ${allowed})
          FOR UPDATE OF c`,
      p.values,
    );
    if (!row) throw DomainError.notFound('Case', id);
    if (!row.allowed) throw DomainError.forbidden();
    const { allowed: _a, ...locked } = row;
    return locked;
  }

  // ---------------------------------------------------------------- writes (in the caller's transaction)

  /** The next number of a panel's year: no gaps, no duplicates (the counter row is locked until the transaction ends). */
  /**
   * The cases of a panel that may go on an agenda (ACCEPTED, or HEARD for a review) that the caller sees in detail,
   * apart from `excludeIds`; locked (FOR UPDATE) in the transaction of `txCtx`.
   */
  async agendaCandidates(
    txCtx: RequestContext,
    panelId: string,
    excludeIds: readonly string[],
  ): Promise<AgendaCandidateCase[]> {
    const p = new SqlParams();
    const rows = await this.db.query<
      Omit<AgendaCandidateCase, 'riskLevel'> & { riskTool: RiskTool | null; riskGrade: RiskGrade | null }
    >(
      txCtx,
      `SELECT c.id, c.status, c.is_repeat AS "isRepeat", c.dash_score AS "dashScore", c.rfgv_score AS "rfgvScore",
              c.referral_date AS "referralDate", c.seq::int AS seq, c.panel_id AS "panelId",
              c.panel_kind AS "panelKind", c.version, c.reference, c.risk_tool AS "riskTool",
              c.risk_grade AS "riskGrade",
              (c.children_in_household > 0
                OR EXISTS (SELECT 1 FROM case_person ch WHERE ch.case_id = c.id AND ch.role = 'CHILD')) AS "hasChildren"
         FROM case_record c
        WHERE c.panel_id = ${p.add(panelId)} AND c.status = ANY(${p.add([CaseStatus.ACCEPTED, CaseStatus.HEARD])})
          AND NOT (c.id = ANY(${p.add(excludeIds)}::uuid[])) AND ${caseLevelSql(txCtx, 'detail', p)}
        FOR UPDATE OF c`,
      p.values,
    );
    return rows.map(({ riskTool, riskGrade, ...c }) => ({
      ...c,
      riskLevel: riskLevel({ riskTool, dashScore: c.dashScore, riskGrade }),
    }));
  }

  async nextReferenceNumber(txCtx: RequestContext, panelId: string, year: number): Promise<number> {
    const [{ last }] = await this.db.query<{ last: number }>(
      txCtx,
      `INSERT INTO case_reference_counter (panel_id, year, last) VALUES ($1, $2, 1)
       ON CONFLICT (panel_id, year) DO UPDATE SET last = case_reference_counter.last + 1 RETURNING last`,
      [panelId, year],
    );
    return last;
  }

  async insertCase(
    txCtx: RequestContext,
    c: NewCase,
    entries: NewEntry[],
    allowList: string[],
  ): Promise<string> {
    const [created] = await this.db.query<{ id: string }>(
      txCtx,
      `INSERT INTO case_record (reference, panel_id, panel_kind, status, referring_agency_id, referred_by, referral_date,
                                criteria, dash_answers, dash_score, rfgv_score, risk_summary, children_in_household,
                                lawful_basis, restricted, risk_tool, risk_grade, incident_date, victim_aware,
                                victim_not_aware_reason, consent_given, shared_without_consent_reason, victim_views,
                                previous_marac_area, previous_marac_referral_date, previous_marac_reference)
       VALUES ($1, $2, $3, 'SUBMITTED', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19,
               $20, $21, $22, $23, $24, $25) RETURNING id`,
      [
        c.reference,
        c.panelId,
        c.panelKind,
        c.referringAgencyId,
        c.referredBy,
        c.referralDate,
        c.criteria,
        c.dashAnswers,
        c.dashScore,
        c.rfgvScore,
        c.riskSummary,
        c.childrenInHousehold,
        c.lawfulBasis,
        c.restricted,
        c.riskTool,
        c.riskGrade,
        c.incidentDate ?? null,
        c.victimAware ?? null,
        c.victimNotAwareReason ?? null,
        c.consentGiven ?? null,
        c.sharedWithoutConsentReason ?? null,
        c.victimViews ?? null,
        c.previousMarac?.area ?? null,
        c.previousMarac?.referralDate ?? null,
        c.previousMarac?.reference ?? null,
      ],
    );
    await this.db.query(
      txCtx,
      `INSERT INTO case_person (case_id, person_id, role, is_subject, relationship_to_subject, position, submitted,
                                contact, reveals_person, relationship_to_perpetrator, school)
       SELECT $1, p, r, o = 1, rel, o, s, ct, rv, rp, sch
         FROM unnest($2::uuid[], $3::text[], $4::text[], $5::jsonb[], $6::jsonb[], $7::boolean[], $8::text[], $9::text[])
              WITH ORDINALITY AS v(p, r, rel, s, ct, rv, rp, sch, o)`,
      [
        created.id,
        entries.map((e) => e.personId),
        entries.map((e) => e.role),
        entries.map((e) => e.relationship),
        entries.map((e) => (e.submitted ? JSON.stringify(e.submitted) : null)),
        entries.map((e) => (e.contact ? JSON.stringify(e.contact) : null)),
        entries.map((e) => e.revealsPerson),
        entries.map((e) => e.relationshipToPerpetrator ?? null),
        entries.map((e) => e.school ?? null),
      ],
    );
    if (allowList.length) {
      await this.db.query(
        txCtx,
        'INSERT INTO case_allowed_user (case_id, user_id) SELECT $1, unnest($2::uuid[])',
        [created.id, allowList],
      );
    }
    return created.id;
  }

  async setStatus(
    txCtx: RequestContext,
    id: string,
    to: CaseStatus,
    columns: Record<string, unknown> = {},
  ): Promise<void> {
    const names = Object.keys(columns);
    for (const n of names) if (!STATUS_COLUMNS.has(n)) throw new Error(`setStatus: unknown column ${n}`);
    await this.db.query(
      txCtx,
      `UPDATE case_record SET status = $2, version = version + 1, updated_at = now()
              ${names.map((n, i) => `, ${n} = $${i + 3}`).join('')}
        WHERE id = $1`,
      [id, to, ...names.map((n) => columns[n])],
    );
  }

  /** A change to the case's content: a new version. */
  async touch(txCtx: RequestContext, id: string): Promise<void> {
    await this.db.query(
      txCtx,
      'UPDATE case_record SET version = version + 1, updated_at = now() WHERE id = $1',
      [id],
    );
  }

  async insertRiskReview(
    txCtx: RequestContext,
    r: {
      caseId: string;
      reviewedOn: string;
      rfgvScore: number | null;
      dashAnswers: string[] | null;
      dashScore: number | null;
      riskGrade: RiskGrade | null;
      note: string | null;
    },
  ): Promise<string> {
    const [review] = await this.db.query<{ id: string }>(
      txCtx,
      `INSERT INTO risk_review (case_id, reviewed_on, rfgv_score, dash_answers, dash_score, risk_grade, note, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [r.caseId, r.reviewedOn, r.rfgvScore, r.dashAnswers, r.dashScore, r.riskGrade, r.note, txCtx.me.id],
    );
    return review.id;
  }

  /**
   * Puts `toPersonId` in the place of the entry of case `caseId` given as a person id or an entry id (the id under
   * which the caller saw it). Returns the person the entry named before, or null when there is no such entry.
   * The link is a deliberate decision of panel staff who may see that person: the entry reveals the person. The
   * replaced person is kept as `matched_from` when the entry revealed them (so the match can be undone, and they stay
   * visible through this case only); moving back to it clears it.
   */
  async moveEntry(
    txCtx: RequestContext,
    caseId: string,
    personOrEntryId: string,
    toPersonId: string,
  ): Promise<string | null> {
    // an UPDATE answers [rows, count] through TypeORM's query()
    const [rows] = (await this.db.query(
      txCtx,
      `UPDATE case_person cp
          SET person_id = $3, reveals_person = true,
              matched_from = CASE WHEN old.matched_from = $3 THEN NULL
                                  WHEN old.reveals_person THEN old.person_id END
         FROM case_person old
        WHERE old.id = cp.id AND cp.case_id = $1 AND (cp.person_id = $2 OR cp.id = $2)
        RETURNING old.person_id AS "fromPersonId"`,
      [caseId, personOrEntryId, toPersonId],
    )) as unknown as [{ fromPersonId: string }[], number];
    return rows[0]?.fromPersonId ?? null;
  }

  // ---------------------------------------------------------------- facts for rule evaluation (system reads)

  /** Who referred the case and its reference (for the triage e-mail: a reference and a link only). */
  async referralNotice(sys: RequestContext, id: string): Promise<{ reference: string; referredBy: string }> {
    assertSystem(sys);
    const [row] = await this.db.query(
      sys,
      'SELECT reference, referred_by AS "referredBy" FROM case_record WHERE id = $1',
      [id],
    );
    return row;
  }

  /** The risk facts of a case (the rules of triage read its risk level). */
  async riskFacts(sys: RequestContext, id: string): Promise<RiskFacts> {
    assertSystem(sys);
    const [row] = await this.db.query<RiskFacts>(
      sys,
      'SELECT risk_tool AS "riskTool", dash_score AS "dashScore", risk_grade AS "riskGrade" FROM case_record WHERE id = $1',
      [id],
    );
    return row;
  }

  /** The cases a person is on. */
  async casesOfPerson(sys: RequestContext, personId: string): Promise<string[]> {
    assertSystem(sys);
    const rows = await this.db.query<{ id: string }>(
      sys,
      'SELECT DISTINCT case_id AS id FROM case_person WHERE person_id = $1',
      [personId],
    );
    return rows.map((r) => r.id);
  }

  /** Serialises changes that touch the same persons (advisory locks in a fixed order, until the transaction ends). */
  async lockPersonsOf(sys: RequestContext, caseIds: string[]): Promise<void> {
    assertSystem(sys);
    await this.db.query(
      sys,
      `SELECT pg_advisory_xact_lock(hashtextextended(person_id::text, 0))
         FROM (SELECT DISTINCT person_id FROM case_person WHERE case_id = ANY($1) ORDER BY person_id) s`,
      [caseIds],
    );
  }

  /** `caseIds` ($1) and every case sharing a person with them. */
  async sharingPersons(sys: RequestContext, caseIds: string[]): Promise<string[]> {
    assertSystem(sys);
    const rows = await this.db.query<{ id: string }>(sys, SHARING_PERSONS_SQL, [caseIds]);
    return rows.map((r) => r.id);
  }

  /** The facts repeat detection reads: the cases sharing a person with `caseIds`, and their parties. */
  async flagFacts(sys: RequestContext, caseIds: string[]): Promise<{ cases: CaseFacts[]; parties: Party[] }> {
    assertSystem(sys);
    const cases = (
      await this.db.query<CaseFacts & { seq: string }>(
        sys,
        `SELECT c.id, c.reference, c.panel_kind AS "panelKind", c.status, c.referral_date AS "referralDate", c.seq,
                c.incident_date AS "incidentDate", c.closed_on AS "closedOn",
                CASE WHEN c.previous_marac_area IS NOT NULL THEN
                  json_build_object('area', c.previous_marac_area, 'referralDate', c.previous_marac_referral_date,
                                    'reference', c.previous_marac_reference) END AS "previousMarac"
           FROM case_record c
          -- one IN over the union: "id = ANY($1) OR id IN (...)" cannot use the primary key, and scanned every case
          WHERE c.id IN (${SHARING_PERSONS_SQL})`,
        [caseIds],
      )
    ).map((c) => ({ ...c, seq: Number(c.seq) }));
    const parties = await this.db.query<Party>(
      sys,
      `SELECT case_id AS "caseId", person_id AS "personId", role FROM case_person WHERE case_id = ANY($1)`,
      [cases.map((c) => c.id)],
    );
    return { cases, parties };
  }

  async setRepeats(
    sys: RequestContext,
    repeats: { caseId: string; isRepeat: boolean; previousCaseId: string | null }[],
  ): Promise<void> {
    assertSystem(sys);
    await this.db.query(
      sys,
      `UPDATE case_record c SET is_repeat = v.r, previous_case_id = v.p
         FROM unnest($1::uuid[], $2::boolean[], $3::uuid[]) AS v(id, r, p)
        WHERE c.id = v.id AND (c.is_repeat IS DISTINCT FROM v.r OR c.previous_case_id IS DISTINCT FROM v.p)`,
      [repeats.map((r) => r.caseId), repeats.map((r) => r.isRepeat), repeats.map((r) => r.previousCaseId)],
    );
  }

  /**
   * What the closure rule reads of a case: its referral date and its last hearing, the day (Europe/London) of the
   * latest concluded meeting with an agenda item for it (the access library's `access_case_hearings()`, migration
   * 1764800200000), or null when never heard.
   */
  async closureFacts(
    sys: RequestContext,
    caseId: string,
  ): Promise<{ referralDate: string; lastHearing: string | null }> {
    assertSystem(sys);
    const [row] = await this.db.query<{ referralDate: string; lastHearing: string | null }>(
      sys,
      `SELECT c.referral_date AS "referralDate",
              (SELECT max(h.heard_on) FROM access_case_hearings() h WHERE h.case_id = c.id) AS "lastHearing"
         FROM case_record c WHERE c.id = $1`,
      [caseId],
    );
    return row;
  }

  /** Whether any case exists (the demo seeder runs once). */
  async any(sys: RequestContext): Promise<boolean> {
    assertSystem(sys);
    const [row] = await this.db.query(sys, 'SELECT 1 FROM case_record LIMIT 1');
    return !!row;
  }
}

/** The SQL condition of a case filter over `c`, with the caller's read rule. */
function rebuild(ctx: RequestContext, filter: CaseFilter, p: SqlParams): string {
  const where = [caseLevelSql(ctx, 'read', p)];
  if (filter.panelId) where.push(`c.panel_id = ${p.add(filter.panelId)}`);
  if (filter.status?.length) where.push(`c.status = ANY(${p.add(filter.status)})`);
  if (filter.referredFrom) where.push(`c.referral_date >= ${p.add(filter.referredFrom)}`);
  if (filter.referredTo) where.push(`c.referral_date <= ${p.add(filter.referredTo)}`);
  // the repeat status is part of the full view only: the referrer's view never reveals it
  if (filter.isRepeat === true) where.push(`(c.is_repeat AND ${caseLevelSql(ctx, 'detail', p)})`);
  if (filter.isRepeat === false) where.push(`(NOT c.is_repeat OR NOT ${caseLevelSql(ctx, 'detail', p)})`);
  return where.join(' AND ');
}

/** What every row of a case list shows, carried by the row (CaseBundle). */
export interface CaseBundle {
  panel: Record<string, unknown> | null;
  referringAgency: Record<string, unknown> | null;
  entries: CasePersonRow[];
  /** the case's stored persons the caller may see; null when the caller does not see the case in detail */
  persons: StoredPerson[] | null;
  /** null when the caller does not see the case in detail */
  flags: (CaseFlagModel & { named: boolean })[] | null;
}

/**
 * The select list of a CaseBundle over `case_record c`: the panel and the referring agency (identity's SQL, not its
 * tables' names), the case's entries, and for a caller who sees the case in detail the persons they may see and the
 * flags (the same rules as the loaders they prime: PersonRepository, FlagRepository).
 */
function bundleColumns(ctx: RequestContext, p: SqlParams): string {
  const detail = caseLevelSql(ctx, 'detail', p);
  return `${panelJsonSql('c.panel_id')} AS "bPanel", ${agencyJsonSql('c.referring_agency_id')} AS "bAgency",
    (SELECT coalesce(json_agg(json_build_object('entryId', be.id, 'caseId', be.case_id, 'personId', be.person_id,
              'role', be.role, 'isSubject', be.is_subject, 'relationshipToSubject', be.relationship_to_subject,
              'submitted', be.submitted, 'contact', be.contact, 'relationshipToPerpetrator', be.relationship_to_perpetrator,
              'school', be.school) ORDER BY be.position), '[]')
       FROM case_person be WHERE be.case_id = c.id) AS "bEntries",
    CASE WHEN ${detail} THEN ${casePersonsJsonSql(ctx, p, 'c.id')} END AS "bPersons",
    CASE WHEN ${detail} THEN ${caseFlagsJsonSql(ctx, p, 'c.id')} END AS "bFlags"`;
}

function bundledFromRow(row: Record<string, any>): CaseModel {
  const { bPanel, bAgency, bEntries, bPersons, bFlags, ...rest } = row;
  const c = caseFromRow(rest);
  c.bundle = {
    panel: bPanel ?? null,
    referringAgency: bAgency ?? null,
    entries: bEntries,
    persons: bPersons ?? null,
    flags: bFlags ?? null,
  } satisfies CaseBundle;
  return c;
}

/**
 * The ids among `caseIds` of the cases the caller sees at `level`, as a sub-select (the rule is evaluated once per
 * case, not once per row of the table that refers to it).
 */
export function visibleCaseIds(
  ctx: RequestContext,
  p: SqlParams,
  caseIds: readonly string[],
  level: CaseLevel,
): string {
  return `(SELECT c.id FROM case_record c WHERE c.id = ANY(${p.add(caseIds)}) AND ${caseLevelSql(ctx, level, p)})`;
}

/** Reads past the caller's rules are for system contexts only (`ctx.system()`): a programming error otherwise. */
export function assertSystem(ctx: RequestContext): void {
  if (!ctx.isSystem) throw new Error('this read is for rule evaluation only: pass ctx.system()');
}
