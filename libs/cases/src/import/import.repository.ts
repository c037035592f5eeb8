import { Injectable } from '@nestjs/common';
import { Db, type PanelKind, type RequestContext } from '@marac/core';
import { assertSystem } from '../case.repository.js';
import type { CaseStatus, PersonRole } from '../case.enums.js';
import type { SubmittedIdentity } from '../referral-rules.js';

/** A case of an import, ready to insert (ids are chosen by the service, so that no RETURNING order is relied on). */
export interface ImportedCase {
  id: string;
  reference: string;
  externalReference: string;
  digest: string;
  status: CaseStatus;
  referringAgencyId: string;
  referralDate: string;
  incidentDate: string;
  criteria: string[];
  dashScore: number | null;
  riskTool: string;
  riskGrade: string | null;
  childrenInHousehold: number;
  triageReason: string | null;
  rejectionReason: string | null;
  closureReason: string | null;
  closedOn: string | null;
  riskAtClosure: string | null;
  safetyPlanInPlace: boolean | null;
  /** panel staff only: the case gets no allow-list */
  restricted: boolean;
}

export interface ImportedPerson {
  id: string;
  identity: SubmittedIdentity;
}

export interface ImportedEntry {
  caseId: string;
  personId: string;
  role: PersonRole;
  position: number;
  submitted: SubmittedIdentity;
  revealsPerson: boolean;
}

/** What the lawful basis of an imported case says (the file carries none; the panel's records were shared before). */
export const IMPORT_LAWFUL_BASIS = "Imported from the panel's records kept before the platform";

/**
 * The SQL of an import on the cases tables (case_record, case_person, person, case_reference_counter): multi-row
 * statements over arrays (unnest), a handful per import whatever its size.
 */
@Injectable()
export class ImportRepository {
  constructor(private readonly db: Db) {}

  /** One import of a panel at a time: its already-imported rows and its sequence are read under this lock. */
  async lockPanel(txCtx: RequestContext, panelId: string): Promise<void> {
    await this.db.query(txCtx, `SELECT pg_advisory_xact_lock(hashtextextended('import:' || $1, 0))`, [
      panelId,
    ]);
  }

  /** The digests of the panel's already imported cases among these external references. */
  async importedDigests(
    txCtx: RequestContext,
    panelId: string,
    externalReferences: string[],
  ): Promise<Map<string, string | null>> {
    const rows = await this.db.query<{ ref: string; digest: string | null }>(
      txCtx,
      `SELECT external_reference AS ref, import_digest AS digest FROM case_record
        WHERE panel_id = $1 AND external_reference = ANY($2::text[])`,
      [panelId, externalReferences],
    );
    return new Map(rows.map((r) => [r.ref, r.digest]));
  }

  /**
   * Identity resolution (rule evaluation, system only): the persons known by any of these police ids (upper case) or
   * NHS numbers, with the identifiers they are known by. Never their other fields.
   */
  async personsByIdentifiers(
    sys: RequestContext,
    pncs: string[],
    nhsNumbers: string[],
  ): Promise<{ id: string; pnc: string | null; nhs: string | null }[]> {
    assertSystem(sys);
    if (!pncs.length && !nhsNumbers.length) return [];
    return this.db.query(
      sys,
      `SELECT id, upper(police_national_id) AS pnc, nhs_number AS nhs FROM person
        WHERE upper(police_national_id) = ANY($1::text[]) OR nhs_number = ANY($2::text[])
        ORDER BY created_at, id`,
      [pncs, nhsNumbers],
    );
  }

  async insertPersons(txCtx: RequestContext, persons: ImportedPerson[]): Promise<void> {
    if (!persons.length) return;
    const col = <K extends keyof SubmittedIdentity>(k: K) => persons.map((p) => p.identity[k]);
    await this.db.query(
      txCtx,
      `INSERT INTO person (id, given_name, family_name, date_of_birth, gender, ethnicity, is_bame, disabled, lgbt,
                           police_national_id, nhs_number)
       SELECT id, coalesce(g, ''), coalesce(f, ''), d, s, e, b, dis, l, pnc, nhs
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::date[], $5::text[], $6::text[], $7::boolean[],
                     $8::boolean[], $9::boolean[], $10::text[], $11::text[])
              AS v(id, g, f, d, s, e, b, dis, l, pnc, nhs)`,
      [
        persons.map((p) => p.id),
        col('givenName'),
        col('familyName'),
        col('dateOfBirth'),
        col('gender'),
        col('ethnicity'),
        col('isBame'),
        col('disabled'),
        col('lgbt'),
        col('policeNationalId'),
        col('nhsNumber'),
      ],
    );
  }

  /**
   * Takes `count` reference numbers of each year from the panel's sequence (case_reference_counter, locked until the
   * transaction ends: no gaps, no duplicates with referrals made meanwhile); the first number of each year.
   */
  async reserveNumbers(
    txCtx: RequestContext,
    panelId: string,
    counts: Map<number, number>,
  ): Promise<Map<number, number>> {
    const years = [...counts.keys()];
    const rows = await this.db.query<{ year: number; last: number }>(
      txCtx,
      `INSERT INTO case_reference_counter AS k (panel_id, year, last)
       SELECT $1, y, n FROM unnest($2::int[], $3::int[]) AS v(y, n)
       ON CONFLICT (panel_id, year) DO UPDATE SET last = k.last + EXCLUDED.last
       RETURNING year, last`,
      [panelId, years, years.map((y) => counts.get(y)!)],
    );
    return new Map(rows.map((r) => [r.year, r.last - counts.get(r.year)! + 1]));
  }

  /** Inserts the cases in the order given (their `seq` follows it) with their entries. */
  async insertCases(
    txCtx: RequestContext,
    panel: { id: string; kind: PanelKind },
    referredBy: string,
    cases: ImportedCase[],
    entries: ImportedEntry[],
  ): Promise<void> {
    if (!cases.length) return;
    const col = <K extends keyof ImportedCase>(k: K) => cases.map((c) => c[k]);
    await this.db.query(
      txCtx,
      `INSERT INTO case_record (id, reference, panel_id, panel_kind, status, referring_agency_id, referred_by,
                                referral_date, incident_date, criteria, dash_score, risk_tool, risk_grade,
                                children_in_household, lawful_basis, triage_reason, rejection_reason, closure_reason,
                                closed_on, outcome_risk_at_closure, outcome_safety_plan_in_place, outcome_recorded_at,
                                external_reference, import_digest, restricted)
       SELECT v.id, v.ref, $1, $2, v.status, v.agency, $3, v.rd, v.inc,
              coalesce(string_to_array(nullif(v.crit, ''), ';'), '{}'), v.dash, v.tool, v.grade, v.children, $4,
              v.tr, v.rr, v.cr, v.closed, v.risk, v.plan,
              CASE WHEN v.risk IS NOT NULL THEN (v.closed + time '12:00') AT TIME ZONE 'Europe/London' END,
              v.ext, v.digest, v.restricted
         FROM unnest($5::uuid[], $6::text[], $7::text[], $8::uuid[], $9::date[], $10::date[], $11::text[], $12::int[],
                     $13::text[], $14::text[], $15::int[], $16::text[], $17::text[], $18::text[], $19::date[],
                     $20::text[], $21::boolean[], $22::text[], $23::text[], $24::boolean[])
              WITH ORDINALITY AS v(id, ref, status, agency, rd, inc, crit, dash, tool, grade, children, tr, rr, cr,
                                   closed, risk, plan, ext, digest, restricted, o)
        ORDER BY v.o`,
      [
        panel.id,
        panel.kind,
        referredBy,
        IMPORT_LAWFUL_BASIS,
        col('id'),
        col('reference'),
        col('status'),
        col('referringAgencyId'),
        col('referralDate'),
        col('incidentDate'),
        cases.map((c) => c.criteria.join(';')),
        col('dashScore'),
        col('riskTool'),
        col('riskGrade'),
        col('childrenInHousehold'),
        col('triageReason'),
        col('rejectionReason'),
        col('closureReason'),
        col('closedOn'),
        col('riskAtClosure'),
        col('safetyPlanInPlace'),
        col('externalReference'),
        col('digest'),
        col('restricted'),
      ],
    );
    await this.db.query(
      txCtx,
      `INSERT INTO case_person (case_id, person_id, role, is_subject, position, submitted, reveals_person)
       SELECT c, p, r, pos = 1, pos, s, rv
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::int[], $5::jsonb[], $6::boolean[]) AS v(c, p, r, pos, s, rv)`,
      [
        entries.map((e) => e.caseId),
        entries.map((e) => e.personId),
        entries.map((e) => e.role),
        entries.map((e) => e.position),
        entries.map((e) => JSON.stringify(e.submitted)),
        entries.map((e) => e.revealsPerson),
      ],
    );
  }
}
