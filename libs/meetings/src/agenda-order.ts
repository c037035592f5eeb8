import { PanelKind } from '@marac/core';
import { RISK_LEVEL_RANK, RiskLevel } from '@marac/cases';

export const DEFAULT_CAPACITY = 25;

export interface AgendaCandidate {
  id: string;
  /** ACCEPTED (new) or HEARD (an open case due for review) */
  status: 'ACCEPTED' | 'HEARD';
  isRepeat: boolean;
  dashScore: number | null;
  rfgvScore: number | null;
  referralDate: string;
  seq: number;
  /** children in the household (a count above 0, or a CHILD linked person) */
  hasChildren?: boolean;
  /** across risk tools (DASH score or DARA/OTHER grade); derived from dashScore when not given */
  riskLevel?: RiskLevel;
  reference?: string;
}

const levelOf = (c: AgendaCandidate): RiskLevel =>
  c.riskLevel ??
  (c.dashScore === null
    ? RiskLevel.UNKNOWN
    : c.dashScore >= 14
      ? RiskLevel.HIGH
      : c.dashScore >= 10
        ? RiskLevel.MEDIUM
        : RiskLevel.STANDARD);

type Compare = (a: AgendaCandidate, b: AgendaCandidate) => number;
/** Higher risk first: the risk level across tools, then the DASH score where both have one. */
const byRiskLevel: Compare = (a, b) =>
  RISK_LEVEL_RANK[levelOf(b)] - RISK_LEVEL_RANK[levelOf(a)] ||
  (a.dashScore !== null && b.dashScore !== null ? b.dashScore - a.dashScore : 0);
/** Higher RFGV score first (MATAC), unknown last. */
const byRfgv: Compare = (a, b) => (b.rfgvScore ?? -1) - (a.rfgvScore ?? -1);

/** How each kind of panel orders a proposed agenda: one rules map, rather than kind checks scattered through code. */
export const AGENDA_RULES: Readonly<
  Record<PanelKind, { reviewsFirst: boolean; childrenFirst: boolean; byRisk: Compare }>
> = {
  [PanelKind.MARAC]: { reviewsFirst: false, childrenFirst: true, byRisk: byRiskLevel },
  [PanelKind.MATAC]: { reviewsFirst: true, childrenFirst: false, byRisk: byRfgv },
  [PanelKind.HRAP]: { reviewsFirst: true, childrenFirst: false, byRisk: byRiskLevel },
};

/**
 * The order in which `proposeAgenda` lists cases.
 * - MARAC (SafeLives' suggested agenda): cases with children in the household first (children's services can then
 *   leave), then adults only; within each group repeat cases first, then by risk level (HIGH, MEDIUM, STANDARD,
 *   UNKNOWN), then by DASH score where both have one, then the oldest referral, then the reference.
 * - MATAC and HRAP: the open review cases first, then repeat cases, then risk (the RFGV score for MATAC, the risk level
 *   and DASH score for HRAP; unknown last), then the oldest referral, then the reference.
 */
export function proposalOrder(kind: PanelKind, candidates: readonly AgendaCandidate[]): AgendaCandidate[] {
  const { reviewsFirst, childrenFirst, byRisk } = AGENDA_RULES[kind];
  return [...candidates]
    .filter((c) => c.status === 'ACCEPTED' || reviewsFirst)
    .sort(
      (a, b) =>
        (reviewsFirst ? Number(b.status === 'HEARD') - Number(a.status === 'HEARD') : 0) ||
        (childrenFirst ? Number(!!b.hasChildren) - Number(!!a.hasChildren) : 0) ||
        Number(b.isRepeat) - Number(a.isRepeat) ||
        byRisk(a, b) ||
        a.referralDate.localeCompare(b.referralDate) ||
        (a.reference ?? '').localeCompare(b.reference ?? '') ||
        a.seq - b.seq,
    );
}
