import { accessibleSql, existsWhere, SqlParams, type SubjectSqlMap } from '@marac/access';
import type { RequestContext } from '@marac/core';
import type { CaseModel } from './models/case.model.js';

/**
 * How the CASL conditions on 'Case' read in SQL, over `case_record` under `alias`. The rules of ability.factory.ts are
 * the only source of "which cases" and "which fields": every read of this library goes through them (the repositories
 * apply them), and other domains filter their rows with `caseVisibleSql`. Facts that join other domains' tables are
 * the access library's SQL functions (migration 1764600100000), never those tables' names.
 */
export function caseSqlMap(alias: string): SubjectSqlMap {
  return {
    id: `${alias}.id`,
    panelId: `${alias}.panel_id`,
    referredById: `${alias}.referred_by`,
    restricted: `${alias}.restricted`,
    status: `${alias}.status`,
    panelKind: `${alias}.panel_kind`,
    allowedUserIds: existsWhere(
      (v) =>
        `EXISTS (SELECT 1 FROM case_allowed_user cau WHERE cau.case_id = ${alias}.id AND cau.user_id = ${v})`,
    ),
    // the case is on an agenda that was published (the meeting is AGENDA_PUBLISHED or CONCLUDED)
    publishedToReps: (op, value) =>
      `${(op === 'eq') === (value === true) ? '' : 'NOT '}EXISTS (SELECT 1 FROM access_published_case_ids() pub WHERE pub.case_id = ${alias}.id)`,
    // an agency owns an action on the case
    actionOwnerAgencyIds: existsWhere(
      (v) =>
        `EXISTS (SELECT 1 FROM access_case_action_owners() own WHERE own.case_id = ${alias}.id AND own.agency_id = ${v})`,
    ),
  };
}

/** The map over `case_record c`. */
export const CASE_SQL: SubjectSqlMap = caseSqlMap('c');

export type CaseLevel = 'read' | 'detail' | 'contact';

/**
 * The caller's rule for `action` on the case under `alias`, as SQL. A system context (`ctx.system()`, jobs) reads past
 * the caller's rules: 'true'. No rule: 'false'.
 */
export function caseRuleSql(ctx: RequestContext, action: string, params: SqlParams, alias = 'c'): string {
  if (ctx.isSystem) return 'true';
  return accessibleSql(ctx.can, action, 'Case', alias === 'c' ? CASE_SQL : caseSqlMap(alias), params);
}

/** The SQL of a level: read (the row at all), detail (the full case), contact (contact details; implies detail). */
export function caseLevelSql(ctx: RequestContext, level: CaseLevel, params: SqlParams, alias = 'c'): string {
  if (level === 'read') return caseRuleSql(ctx, 'read', params, alias);
  if (level === 'detail') return caseRuleSql(ctx, 'readDetail', params, alias);
  return `(${caseRuleSql(ctx, 'readContact', params, alias)} AND ${caseRuleSql(ctx, 'readDetail', params, alias)})`;
}

/**
 * For other domains: an SQL boolean saying that the case whose id is `caseIdExpr` (a column of the caller's query,
 * e.g. 'a.case_id') is visible to the caller at `level`. Self-contained (its own alias inside an EXISTS), with its
 * parameters bound into `params`. A system context gets 'true'.
 */
export function caseVisibleSql(
  ctx: RequestContext,
  params: SqlParams,
  caseIdExpr: string,
  level: CaseLevel = 'detail',
): string {
  if (ctx.isSystem) return 'true';
  const alias = 'vis_case';
  return `EXISTS (SELECT 1 FROM case_record ${alias} WHERE ${alias}.id = ${caseIdExpr} AND ${caseLevelSql(ctx, level, params, alias)})`;
}

/** The columns of a CaseModel, from `case_record c` joined to its subject `sp` (the case repository's select list). */
export const CASE_COLUMNS = `
  c.id, c.reference, c.status, c.referral_date AS "referralDate", c.criteria, c.rfgv_score AS "rfgvScore",
  c.risk_summary AS "riskSummary", c.children_in_household AS "childrenInHousehold", c.restricted,
  c.triage_reason AS "triageReason", c.risk_tool AS "riskTool", c.risk_grade AS "riskGrade",
  c.rejection_reason AS "rejectionReason", c.version, c.panel_id AS "panelId", c.panel_kind AS "panelKind",
  sp.person_id AS "subjectPersonId", c.referring_agency_id AS "referringAgencyId", c.referred_by AS "referredBy",
  c.dash_answers AS "dashAnswers", c.dash_score AS "dashScore", c.is_repeat AS repeat,
  c.previous_case_id AS "previousCaseId", c.seq::text AS seq,
  coalesce(c.incident_date, c.referral_date) AS "incidentDate", c.victim_aware AS "victimAware",
  c.victim_not_aware_reason AS "victimNotAwareReason", c.consent_given AS "consentGiven",
  c.shared_without_consent_reason AS "sharedWithoutConsentReason", c.victim_views AS "victimViews",
  c.previous_marac_area AS "pmArea", c.previous_marac_referral_date AS "pmDate", c.previous_marac_reference AS "pmRef",
  c.closed_on AS "closedOn", c.outcome_risk_at_closure AS "oRisk", c.outcome_safety_plan_in_place AS "oPlan",
  c.outcome_idva_engagement AS "oIdva", c.outcome_victim_informed AS "oInformed", c.outcome_recorded_at AS "oAt"`;

/** `case_record c` with its subject entry `sp`; see CASE_COLUMNS. */
export const CASE_FROM = `case_record c JOIN case_person sp ON sp.case_id = c.id AND sp.is_subject`;

/**
 * A CaseModel from a row of CASE_COLUMNS plus the "viewDetail" and "viewContact" columns (caseLevelSql). The victim's
 * voice, the incident date and a previous MARAC are what the referrer submitted: every viewer sees them. The outcome
 * at closure is part of the full view only (null in the referrer's narrow view).
 */
export function caseFromRow(row: Record<string, any>): CaseModel {
  const { viewDetail, viewContact, pmArea, pmDate, pmRef, oRisk, oPlan, oIdva, oInformed, oAt, ...rest } =
    row;
  const detail = viewDetail === true;
  return {
    ...(rest as CaseModel),
    previousMarac: pmArea ? { area: pmArea, referralDate: pmDate, reference: pmRef ?? null } : null,
    outcome:
      detail && oRisk
        ? {
            riskAtClosure: oRisk,
            safetyPlanInPlace: oPlan,
            idvaEngagement: oIdva ?? null,
            victimInformed: oInformed ?? null,
            recordedAt: oAt,
          }
        : null,
    view: { detail, contact: viewContact === true },
  };
}
