import { Injectable } from '@nestjs/common';
import { SqlParams } from '@marac/access';
import { Db, type RequestContext } from '@marac/core';
import { assertSystem } from './case.repository.js';
import { caseLevelSql, caseRuleSql } from './case.sql.js';
import { ReferralCriterion } from './case.enums.js';
import type { FurtherIncidentKind } from './closure.enums.js';
import type { FurtherIncidentModel } from './models/further-incident.model.js';
import { RiskTool } from './risk.js';

export interface NewFurtherIncident {
  caseId: string;
  incidentDate: string;
  kind: FurtherIncidentKind;
  note: string | null;
  agencyId: string;
  recordedBy: string;
  repeatCaseId: string | null;
}

/** The repeat referral a further incident creates: what is not copied from the case it was recorded on. */
export interface RepeatReferral {
  sourceCaseId: string;
  reference: string;
  referralDate: string;
  incidentDate: string;
  referringAgencyId: string;
  referredBy: string;
}

/**
 * The further_incident table, and the copy of a case that a further incident turns into a repeat referral. Reads
 * apply the caller's rules: incidents only of cases the caller sees in detail; the note only to panel staff (the CASL
 * rule 'triage' on the case, which is theirs alone) and to users of the recording agency.
 */
@Injectable()
export class FurtherIncidentRepository {
  constructor(private readonly db: Db) {}

  /** The incidents of the cases the caller sees in detail, oldest first (by incident date, then recording time). */
  forCases(ctx: RequestContext, caseIds: readonly string[]): Promise<FurtherIncidentModel[]> {
    return this.select(ctx, caseIds, null);
  }

  /** Incidents by id, among those of the cases the caller sees in detail. */
  byIds(ctx: RequestContext, ids: readonly string[]): Promise<FurtherIncidentModel[]> {
    return this.select(ctx, null, ids);
  }

  private select(
    ctx: RequestContext,
    caseIds: readonly string[] | null,
    ids: readonly string[] | null,
  ): Promise<FurtherIncidentModel[]> {
    const p = new SqlParams();
    // the caller sees the incident's case in detail (its rule over the joined case row `nc`)
    const where = `${caseIds ? `fi.case_id = ANY(${p.add(caseIds)}::uuid[])` : `fi.id = ANY(${p.add(ids)}::uuid[])`}
      AND ${caseLevelSql(ctx, 'detail', p, 'nc')}`;
    const noteVisible = ctx.isSystem
      ? 'true'
      : `(fi.agency_id = ${p.add(ctx.me.agencyId)} OR ${caseRuleSql(ctx, 'triage', p, 'nc')})`;
    return this.db.query(
      ctx,
      `SELECT fi.id, fi.case_id AS "caseId", fi.incident_date AS "incidentDate", fi.kind, fi.agency_id AS "agencyId",
              fi.recorded_at AS "recordedAt", fi.repeat_case_id AS "repeatCaseId",
              CASE WHEN ${noteVisible} THEN fi.note END AS note
         FROM further_incident fi JOIN case_record nc ON nc.id = fi.case_id
        WHERE ${where}
        ORDER BY fi.case_id, fi.incident_date, fi.recorded_at, fi.id`,
      p.values,
    );
  }

  async insert(txCtx: RequestContext, i: NewFurtherIncident): Promise<string> {
    const [row] = await this.db.query<{ id: string }>(
      txCtx,
      `INSERT INTO further_incident (case_id, incident_date, kind, note, agency_id, recorded_by, repeat_case_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [i.caseId, i.incidentDate, i.kind, i.note, i.agencyId, i.recordedBy, i.repeatCaseId],
    );
    return row.id;
  }

  /** The facts of a case the rule of a further incident reads. System: rule evaluation on a case already locked. */
  async caseFacts(
    sys: RequestContext,
    caseId: string,
  ): Promise<{ referralDate: string; restricted: boolean }> {
    assertSystem(sys);
    const [row] = await this.db.query(
      sys,
      'SELECT referral_date AS "referralDate", restricted FROM case_record WHERE id = $1',
      [caseId],
    );
    return row;
  }

  /**
   * A repeat referral copied from the case the incident was recorded on (DOMAIN.md, "flag and tag"): SUBMITTED on the
   * same panel, the same subject and linked persons (their entries as they stand, in the same order), criterion REPEAT,
   * risk tool NONE, the incident's date, the lawful basis, the children in the household and the restriction with its
   * allow-list copied; the recorder's agency refers it, and the recorder is its referrer (on the allow-list of a
   * restricted case, as createReferral puts a referrer, so that they follow it). Nothing else of the case is copied
   * (no risk answers, summary, victim's voice, triage or outcome). Returns the new case's id.
   */
  async insertRepeatReferral(txCtx: RequestContext, r: RepeatReferral): Promise<string> {
    const [created] = await this.db.query<{ id: string }>(
      txCtx,
      `INSERT INTO case_record (reference, panel_id, panel_kind, status, referring_agency_id, referred_by, referral_date,
                                incident_date, criteria, risk_tool, children_in_household, lawful_basis, restricted)
       SELECT $2, c.panel_id, c.panel_kind, 'SUBMITTED', $3, $4, $5, $6, $7, $8, c.children_in_household,
              c.lawful_basis, c.restricted
         FROM case_record c WHERE c.id = $1
       RETURNING id`,
      [
        r.sourceCaseId,
        r.reference,
        r.referringAgencyId,
        r.referredBy,
        r.referralDate,
        r.incidentDate,
        [ReferralCriterion.REPEAT],
        RiskTool.NONE,
      ],
    );
    await this.db.query(
      txCtx,
      `INSERT INTO case_person (case_id, person_id, role, is_subject, relationship_to_subject, position, submitted,
                                contact, reveals_person, relationship_to_perpetrator, school)
       SELECT $2::uuid, person_id, role, is_subject, relationship_to_subject, position, submitted, contact, reveals_person,
              relationship_to_perpetrator, school
         FROM case_person WHERE case_id = $1`,
      [r.sourceCaseId, created.id],
    );
    await this.db.query(
      txCtx,
      `INSERT INTO case_allowed_user (case_id, user_id)
       SELECT $2::uuid, cau.user_id FROM case_allowed_user cau WHERE cau.case_id = $1
        UNION
       SELECT $2::uuid, $3::uuid FROM case_record c WHERE c.id = $1 AND c.restricted`,
      [r.sourceCaseId, created.id, r.referredBy],
    );
    return created.id;
  }
}
