import { Injectable } from '@nestjs/common';
import type { PanelKind, RequestContext } from '@marac/core';
import type { CaseStatus } from './case.enums.js';
import { CaseRepository } from './case.repository.js';
import type { RiskLevel } from './risk.js';

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
  /** the case's reference (the last tie-break of the proposal order) */
  reference: string;
  /** across risk tools: DASH score or the DARA/OTHER grade (`riskLevel` of risk.ts) */
  riskLevel: RiskLevel;
  /** children in the household: a count above 0, or a CHILD linked person */
  hasChildren: boolean;
}

@Injectable()
export class CaseMeetingsPort {
  constructor(private readonly cases: CaseRepository) {}

  /**
   * The cases of a panel that may go on an agenda (ACCEPTED, or HEARD for a review), that the caller sees in detail,
   * apart from `excludeIds`; locked (FOR UPDATE) in the transaction of `txCtx`.
   */
  agendaCandidates(
    txCtx: RequestContext,
    panelId: string,
    excludeIds: readonly string[],
  ): Promise<AgendaCandidateCase[]> {
    return this.cases.agendaCandidates(txCtx, panelId, excludeIds);
  }
}
