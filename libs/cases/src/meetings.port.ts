import { Injectable } from '@nestjs/common';
import { SqlParams } from '@marac/access';
import { Db, type PanelKind, type RequestContext } from '@marac/core';
import { CaseStatus } from './case.enums.js';
import { caseAccess } from './case.sql.js';

/*
 * What the meetings library needs from cases (added by the meetings helper, issue 10). Nothing here hands out case
 * rows unfiltered: every read applies the caller's CASL rules (or none for ctx.system(), the greppable exception).
 */

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
