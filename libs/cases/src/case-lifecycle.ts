import { DomainError } from '@marac/core';
import { CaseStatus } from './case.enums.js';

const { SUBMITTED, ACCEPTED, REJECTED, WITHDRAWN, LISTED, HEARD, CLOSED } = CaseStatus;

/**
 * The case lifecycle (DOMAIN.md): SUBMITTED -> ACCEPTED -> LISTED -> HEARD -> CLOSED, SUBMITTED -> REJECTED,
 * SUBMITTED | ACCEPTED -> WITHDRAWN, HEARD -> LISTED (a review listing), and LISTED -> ACCEPTED | HEARD when a case is
 * taken off an agenda (it gets back the status it had before it was listed).
 */
export const TRANSITIONS: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  [SUBMITTED]: [ACCEPTED, REJECTED, WITHDRAWN],
  [ACCEPTED]: [WITHDRAWN, LISTED],
  [LISTED]: [HEARD, ACCEPTED],
  [HEARD]: [LISTED, CLOSED],
  [REJECTED]: [],
  [WITHDRAWN]: [],
  [CLOSED]: [],
};

export function canTransition(from: CaseStatus, to: CaseStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Throws INVALID_TRANSITION when the lifecycle does not allow from -> to. */
export function assertTransition(from: CaseStatus, to: CaseStatus): void {
  if (!canTransition(from, to)) throw DomainError.invalidTransition(from, to);
}

/** Statuses that count as "accepted" for repeat detection: ACCEPTED or any later status. */
export const ACCEPTED_OR_LATER: readonly CaseStatus[] = [ACCEPTED, LISTED, HEARD, CLOSED];
/** Referrals that did not go ahead; they never raise or cause flags on other cases. */
export const NOT_PROCEEDING: readonly CaseStatus[] = [REJECTED, WITHDRAWN];

/**
 * Whether a status change can change any flag: only when the case starts or stops counting as accepted, or as not
 * proceeding (ACCEPTED -> LISTED -> HEARD -> CLOSED change nothing the flags read).
 */
export function statusAffectsFlags(from: CaseStatus, to: CaseStatus): boolean {
  return (
    ACCEPTED_OR_LATER.includes(from) !== ACCEPTED_OR_LATER.includes(to) ||
    NOT_PROCEEDING.includes(from) !== NOT_PROCEEDING.includes(to)
  );
}
