import { Injectable } from '@nestjs/common';
import { SqlParams } from '@marac/access';
import { Db, type RequestContext } from '@marac/core';
import { assertSystem, visibleCaseIds } from './case.repository.js';
import { caseRuleSql } from './case.sql.js';
import type { CaseFlagModel } from './models/case.model.js';
import type { FlagKind } from './case.enums.js';

export interface NewFlag {
  caseId: string;
  kind: FlagKind;
  relatedCaseId: string | null;
  /** a MARAC outside the platform (previousMarac) */
  relatedArea?: string | null;
  explanation: string;
}

/**
 * SQL: the flags of the case `caseIdExpr` as a JSON array, in the order and with the `named` rule of
 * FlagRepository.forCases (for a list read that already decided the caller sees the case in detail).
 */
export function caseFlagsJsonSql(ctx: RequestContext, params: SqlParams, caseIdExpr: string): string {
  return `(SELECT coalesce(json_agg(json_build_object('caseId', f.case_id, 'kind', f.kind, 'explanation', f.explanation,
                   'raisedAt', f.raised_at, 'relatedCaseReference', rc.reference, 'relatedPanelKind', rc.panel_kind,
                   'relatedArea', f.related_area, 'named', (rc.id IS NULL OR ${caseRuleSql(ctx, 'nameInFlags', params, 'rc')}))
                   ORDER BY f.raised_at, f.kind, rc.reference), '[]')
             FROM case_flag f LEFT JOIN case_record rc ON rc.id = f.related_case_id
            WHERE f.case_id = ${caseIdExpr})`;
}

/** The case_flag table: the stored result of repeat detection. */
@Injectable()
export class FlagRepository {
  constructor(private readonly db: Db) {}

  /**
   * The flags of the cases the caller sees in detail. `named`: whether the caller may be told the related case's
   * reference, decided by the CASL rule 'nameInFlags' on the related case (ability.factory.ts).
   */
  forCases(ctx: RequestContext, caseIds: readonly string[]): Promise<(CaseFlagModel & { named: boolean })[]> {
    const p = new SqlParams();
    return this.db.query(
      ctx,
      `SELECT f.case_id AS "caseId", f.kind, f.explanation, f.raised_at AS "raisedAt",
              rc.reference AS "relatedCaseReference", rc.panel_kind AS "relatedPanelKind", f.related_area AS "relatedArea",
              (rc.id IS NULL OR ${caseRuleSql(ctx, 'nameInFlags', p, 'rc')}) AS named
         FROM case_flag f LEFT JOIN case_record rc ON rc.id = f.related_case_id
        WHERE f.case_id IN ${visibleCaseIds(ctx, p, caseIds, 'detail')}
        ORDER BY f.raised_at, f.kind, rc.reference`,
      p.values,
    );
  }

  /** Makes the flags of `caseIds` exactly `flags` (existing ones keep their raisedAt). System: flags are derived facts. */
  async replace(sys: RequestContext, caseIds: string[], flags: NewFlag[]): Promise<void> {
    assertSystem(sys);
    const cols = [
      flags.map((f) => f.caseId),
      flags.map((f) => f.kind),
      flags.map((f) => f.relatedCaseId),
      flags.map((f) => f.relatedArea ?? null),
    ];
    await this.db.query(
      sys,
      `DELETE FROM case_flag f
        WHERE f.case_id = ANY($1)
          AND NOT EXISTS (SELECT 1 FROM unnest($2::uuid[], $3::text[], $4::uuid[], $5::text[]) AS v(c, k, r, a)
                           WHERE v.c = f.case_id AND v.k = f.kind AND v.r IS NOT DISTINCT FROM f.related_case_id
                             AND v.a IS NOT DISTINCT FROM f.related_area)`,
      [caseIds, ...cols],
    );
    await this.db.query(
      sys,
      `INSERT INTO case_flag (case_id, kind, related_case_id, related_area, explanation)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::text[]) ON CONFLICT DO NOTHING`,
      [...cols, flags.map((f) => f.explanation)],
    );
  }
}
