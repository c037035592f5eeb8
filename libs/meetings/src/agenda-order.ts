import { PanelKind } from '@marac/core';

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
}

/**
 * The order in which `proposeAgenda` lists cases: for MATAC and HRAP the open review cases first; then repeat
 * cases; then the highest risk (DASH score for MARAC and HRAP, RFGV for MATAC; unknown last); then the oldest
 * referral; then arrival order.
 */
export function proposalOrder(kind: PanelKind, candidates: readonly AgendaCandidate[]): AgendaCandidate[] {
  const reviewsFirst = kind !== PanelKind.MARAC;
  const risk = (c: AgendaCandidate) => (kind === PanelKind.MATAC ? c.rfgvScore : c.dashScore) ?? -1;
  return [...candidates]
    .filter((c) => c.status === 'ACCEPTED' || reviewsFirst)
    .sort(
      (a, b) =>
        (reviewsFirst ? Number(b.status === 'HEARD') - Number(a.status === 'HEARD') : 0) ||
        Number(b.isRepeat) - Number(a.isRepeat) ||
        risk(b) - risk(a) ||
        a.referralDate.localeCompare(b.referralDate) ||
        a.seq - b.seq,
    );
}
