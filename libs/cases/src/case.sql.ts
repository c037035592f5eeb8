import { accessibleSql, existsWhere, SqlParams, type SubjectSqlMap } from '@marac/access';
import type { AppAbility } from '@marac/core';
import type { CaseModel } from './models/case.model.js';

/**
 * How the CASL conditions on 'Case' read in SQL (alias c = case_record). Every case query that returns rows to a user
 * goes through `caseAccess`, so the rules of ability.factory.ts are the only source of "which cases" and "which fields".
 */
export const CASE_SQL: SubjectSqlMap = {
  id: 'c.id',
  panelId: 'c.panel_id',
  referredById: 'c.referred_by',
  restricted: 'c.restricted',
  allowedUserIds: existsWhere(
    (v) => `EXISTS (SELECT 1 FROM case_allowed_user cau WHERE cau.case_id = c.id AND cau.user_id = ${v})`,
  ),
  // the case is on an agenda that was published (the meeting is AGENDA_PUBLISHED or CONCLUDED)
  publishedToReps: (op, value) =>
    `${(op === 'eq') === (value === true) ? '' : 'NOT '}EXISTS (SELECT 1 FROM agenda_item pai JOIN meeting pm ON pm.id = pai.meeting_id
       WHERE pai.case_id = c.id AND pm.status IN ('AGENDA_PUBLISHED', 'CONCLUDED'))`,
  // an agency owns an action on the case
  actionOwnerAgencyIds: existsWhere(
    (v) => `EXISTS (SELECT 1 FROM action oa WHERE oa.case_id = c.id AND oa.owner_agency_id = ${v})`,
  ),
};

export interface CaseAccessSql {
  /** the row is visible at all (the referrer's own referral included) */
  read: string;
  /** the full case is visible */
  detail: string;
  /** contact details of its people are visible */
  contact: string;
}

/** The access conditions, each built (and its parameters bound) only when used: PostgreSQL refuses unused ones. */
export function caseAccess(
  ability: AppAbility,
  params: SqlParams,
): CaseAccessSql & { forAction(action: string): string } {
  const memo = new Map<string, string>();
  const rule = (action: string) => {
    if (!memo.has(action)) memo.set(action, accessibleSql(ability, action, 'Case', CASE_SQL, params));
    return memo.get(action)!;
  };
  return {
    get read() {
      return rule('read');
    },
    get detail() {
      return rule('readDetail');
    },
    get contact() {
      return `(${rule('readContact')} AND ${rule('readDetail')})`;
    },
    forAction: rule,
  };
}

/** The columns of a CaseModel, from `case_record c` joined to its subject `sp`. */
export const CASE_COLUMNS = `
  c.id, c.reference, c.status, c.referral_date AS "referralDate", c.criteria, c.rfgv_score AS "rfgvScore",
  c.risk_summary AS "riskSummary", c.children_in_household AS "childrenInHousehold", c.restricted,
  c.triage_reason AS "triageReason", c.version, c.panel_id AS "panelId", c.panel_kind AS "panelKind",
  sp.person_id AS "subjectPersonId", c.referring_agency_id AS "referringAgencyId", c.referred_by AS "referredBy",
  c.dash_answers AS "dashAnswers", c.dash_score AS "dashScore", c.is_repeat AS repeat,
  c.previous_case_id AS "previousCaseId", c.seq::text AS seq`;

export const CASE_FROM = `case_record c JOIN case_person sp ON sp.case_id = c.id AND sp.is_subject`;

/** A CaseModel from a row of CASE_COLUMNS plus the "viewDetail" and "viewContact" columns of caseAccess. */
export function caseFromRow(row: Record<string, any>): CaseModel {
  const { viewDetail, viewContact, ...rest } = row;
  return { ...(rest as CaseModel), view: { detail: viewDetail === true, contact: viewContact === true } };
}
