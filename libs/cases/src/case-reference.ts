import type { PanelKind } from '@marac/core';

/**
 * A case's human reference, e.g. "MARAC-HPL-2026-0042": the panel's kind and area code, the referral year and the
 * number the panel's sequence of that year gave (CaseRepository.nextReferenceNumber).
 */
export function caseReference(kind: PanelKind, areaCode: string, year: number, number: number): string {
  return `${kind}-${areaCode}-${year}-${String(number).padStart(4, '0')}`;
}
