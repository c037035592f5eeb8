import { Injectable } from '@nestjs/common';
import { SqlParams } from '@marac/access';
import { Db, type PanelKind, type RequestContext } from '@marac/core';
import { CaseStatus } from './case.enums.js';
import { caseAccess } from './case.sql.js';

/*
 * What the meetings library needs from cases (added by the meetings helper, issue 10). Nothing here hands out case
 * rows unfiltered: every read applies the caller's CASL rules (or none for ctx.system(), the greppable exception).
 */

/**
 * TEMPORARY, until the cases library's own `caseVisibleSql` (same signature, see /work/brief/cases-api.md) is merged:
 * then delete this function and its named export in index.ts (a named export wins over `export *`, so both compile).
 *
 * A SQL boolean that is true when the caller may see the case whose id is `caseIdExpr` (e.g. `ai.case_id`) at
 * `level`: 'read' (the row at all), 'detail' (the full case), 'contact' (contact details too). Lets another library
 * filter its own rows by case visibility without naming case_record. Its parameters are bound in `params`.
 */
export function caseVisibleSql(
  ctx: RequestContext,
  params: SqlParams,
  caseIdExpr: string,
  level: 'read' | 'detail' | 'contact' = 'detail',
): string {
  if (ctx.isSystem) return 'true';
  const access = caseAccess(ctx.can, params);
  const rule = level === 'read' ? access.read : level === 'contact' ? access.contact : access.detail;
  return `EXISTS (SELECT 1 FROM case_record c WHERE c.id = ${caseIdExpr} AND ${rule})`;
}

/** A case that may be proposed for an agenda, locked for the change (the shape `CaseService.setStatus` takes). */
export interface AgendaCandidateCase {
  id: string;
  status: CaseStatus.ACCEPTED | CaseStatus.HEARD;
  isRepeat: boolean;
  dashScore: number | null;
  rfgvScore: number | null;
  referralDate: string;
  seq: number;
  panelId: string;
  panelKind: PanelKind;
  version: number;
}

@Injectable()
export class CaseMeetingsPort {
  constructor(private readonly db: Db) {}

  /**
   * The cases of a panel that may go on an agenda (ACCEPTED, or HEARD for a review), that the caller sees in detail,
   * apart from `excludeIds`; locked (FOR UPDATE) in the transaction of `txCtx`.
   */
  async agendaCandidates(
    txCtx: RequestContext,
    panelId: string,
    excludeIds: readonly string[],
  ): Promise<AgendaCandidateCase[]> {
    const params = new SqlParams();
    const detail = txCtx.isSystem ? 'true' : caseAccess(txCtx.can, params).detail;
    return this.db.query(
      txCtx,
      `SELECT c.id, c.status, c.is_repeat AS "isRepeat", c.dash_score AS "dashScore", c.rfgv_score AS "rfgvScore",
              c.referral_date AS "referralDate", c.seq::int AS seq, c.panel_id AS "panelId",
              c.panel_kind AS "panelKind", c.version
         FROM case_record c
        WHERE c.panel_id = ${params.add(panelId)} AND c.status = ANY(${params.add([CaseStatus.ACCEPTED, CaseStatus.HEARD])})
          AND NOT (c.id = ANY(${params.add(excludeIds)}::uuid[])) AND ${detail}
        FOR UPDATE OF c`,
      params.values,
    );
  }
}
