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

/** How each kind of panel orders a proposed agenda: one rules map, rather than kind checks scattered through code. */
export const AGENDA_RULES: Readonly<
  Record<PanelKind, { reviewsFirst: boolean; risk: (c: AgendaCandidate) => number | null }>
> = {
  [PanelKind.MARAC]: { reviewsFirst: false, risk: (c) => c.dashScore },
  [PanelKind.MATAC]: { reviewsFirst: true, risk: (c) => c.rfgvScore },
  [PanelKind.HRAP]: { reviewsFirst: true, risk: (c) => c.dashScore },
};

/**
 * The order in which `proposeAgenda` lists cases: for MATAC and HRAP the open review cases first; then repeat
 * cases; then the highest risk (DASH score for MARAC and HRAP, RFGV for MATAC; unknown last); then the oldest
 * referral; then arrival order.
 */
export function proposalOrder(kind: PanelKind, candidates: readonly AgendaCandidate[]): AgendaCandidate[] {
  const { reviewsFirst, risk: score } = AGENDA_RULES[kind];
  const risk = (c: AgendaCandidate) => score(c) ?? -1;
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
