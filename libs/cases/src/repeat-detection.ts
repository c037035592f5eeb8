import { PanelKind } from '@marac/core';
import { ACCEPTED_OR_LATER, NOT_PROCEEDING } from './case-lifecycle.js';
import { FlagKind, PersonRole, type CaseStatus } from './case.enums.js';

/**
 * Repeat and cross-panel flags (DOMAIN.md), as pure functions of the data: the same facts give the same flags whatever
 * order they arrived in. The service loads the cases that share a person with the cases to recompute and writes back
 * what these functions return.
 */

export interface CaseFacts {
  id: string;
  reference: string;
  panelKind: PanelKind;
  status: CaseStatus;
  /** YYYY-MM-DD */
  referralDate: string;
  /** arrival order, breaks ties between referrals of the same date */
  seq: number;
}
export interface Party {
  caseId: string;
  personId: string;
  role: PersonRole;
}
export interface ComputedFlag {
  caseId: string;
  kind: FlagKind;
  relatedCaseId: string | null;
  explanation: string;
}
export interface RepeatResult {
  caseId: string;
  isRepeat: boolean;
  previousCaseId: string | null;
}

export const REPEAT_WINDOW_MONTHS = 12;

/** Adds calendar months, clamping to the month's last day: 2024-02-29 + 12 months = 2025-02-28. */
export function addCalendarMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12; // 0..11
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** SafeLives: `later` is on or before `earlier` + 12 calendar months (dates are YYYY-MM-DD, so strings compare). */
export function withinRepeatWindow(earlier: string, later: string, months = REPEAT_WINDOW_MONTHS): boolean {
  return later >= earlier && later <= addCalendarMonths(earlier, months);
}

/** Within 12 months of each other, before or after. */
export function withinMonthsEitherSide(a: string, b: string, months = REPEAT_WINDOW_MONTHS): boolean {
  return a <= b ? withinRepeatWindow(a, b, months) : withinRepeatWindow(b, a, months);
}

const before = (a: CaseFacts, b: CaseFacts) =>
  a.referralDate < b.referralDate || (a.referralDate === b.referralDate && a.seq < b.seq);

/**
 * The REPEAT rule for one MARAC case: the LAST earlier accepted MARAC case (any MARAC panel) of the same victim, and
 * whether this referral is within 12 months of it. Rejected and withdrawn referrals do not count.
 */
export function repeatOf(
  target: CaseFacts,
  cases: readonly CaseFacts[],
  parties: readonly Party[],
): RepeatResult {
  const none = { caseId: target.id, isRepeat: false, previousCaseId: null };
  if (target.panelKind !== PanelKind.MARAC) return none;
  const victims = personsIn(parties, target.id, PersonRole.VICTIM);
  if (!victims.size) return none;
  const previous = cases
    .filter(
      (c) =>
        c.id !== target.id &&
        c.panelKind === PanelKind.MARAC &&
        ACCEPTED_OR_LATER.includes(c.status) &&
        before(c, target) &&
        parties.some((p) => p.caseId === c.id && p.role === PersonRole.VICTIM && victims.has(p.personId)),
    )
    .sort((a, b) => (before(a, b) ? -1 : 1));
  const last = previous.at(-1);
  if (!last || !withinRepeatWindow(last.referralDate, target.referralDate)) return none;
  return { caseId: target.id, isRepeat: true, previousCaseId: last.id };
}

/** Every flag of the target cases. `cases` and `parties` must include every case sharing a person with a target. */
export function computeFlags(
  targetIds: readonly string[],
  cases: readonly CaseFacts[],
  parties: readonly Party[],
): { flags: ComputedFlag[]; repeats: RepeatResult[] } {
  const byId = new Map(cases.map((c) => [c.id, c]));
  const live = cases.filter((c) => !NOT_PROCEEDING.includes(c.status));
  const flags: ComputedFlag[] = [];
  const repeats: RepeatResult[] = [];
  const add = (caseId: string, kind: FlagKind, related: CaseFacts | null) => {
    if (
      !flags.some((f) => f.caseId === caseId && f.kind === kind && f.relatedCaseId === (related?.id ?? null))
    ) {
      flags.push({
        caseId,
        kind,
        relatedCaseId: related?.id ?? null,
        explanation: flagExplanation(kind, related),
      });
    }
  };

  for (const id of targetIds) {
    const target = byId.get(id);
    if (!target) continue;

    const repeat = repeatOf(target, cases, parties);
    repeats.push(repeat);
    if (repeat.isRepeat) {
      const prev = byId.get(repeat.previousCaseId!)!;
      add(id, FlagKind.REPEAT, prev);
    }

    const perpetrators = personsIn(parties, id, PersonRole.PERPETRATOR);
    for (const perp of perpetrators) {
      const perpCases = live.filter(
        (c) => c.id !== id && hasParty(parties, c.id, perp, PersonRole.PERPETRATOR),
      );
      if (target.panelKind === PanelKind.MARAC) {
        for (const other of perpCases) {
          if (
            other.panelKind === PanelKind.MARAC &&
            withinMonthsEitherSide(other.referralDate, target.referralDate)
          ) {
            add(id, FlagKind.REPEAT_PERPETRATOR, other);
          }
        }
      }
      const ownVictims = personsIn(parties, id, PersonRole.VICTIM);
      const allVictims = new Set(ownVictims);
      let relatedOther: CaseFacts | null = null;
      for (const other of perpCases) {
        for (const v of personsIn(parties, other.id, PersonRole.VICTIM)) {
          if (!ownVictims.has(v)) relatedOther ??= other;
          allVictims.add(v);
        }
      }
      if (allVictims.size >= 2) {
        add(id, FlagKind.SERIAL_PERPETRATOR, relatedOther);
      }
    }

    const people = new Set(parties.filter((p) => p.caseId === id).map((p) => p.personId));
    for (const other of live) {
      if (other.id === id || other.panelKind === target.panelKind) continue;
      if (!withinMonthsEitherSide(other.referralDate, target.referralDate)) continue;
      if (parties.some((p) => p.caseId === other.id && people.has(p.personId))) {
        add(id, FlagKind.CROSS_PANEL, other);
      }
    }
  }
  return { flags, repeats };
}

function personsIn(parties: readonly Party[], caseId: string, role: PersonRole): Set<string> {
  return new Set(parties.filter((p) => p.caseId === caseId && p.role === role).map((p) => p.personId));
}
function hasParty(parties: readonly Party[], caseId: string, personId: string, role: PersonRole): boolean {
  return parties.some((p) => p.caseId === caseId && p.personId === personId && p.role === role);
}

/**
 * What a flag says. `related` is null when there is no single related case, or when the caller may not see a
 * restricted related case: then the explanation names no reference.
 */
export function flagExplanation(
  kind: FlagKind,
  related: Pick<CaseFacts, 'reference' | 'panelKind'> | null,
): string {
  const ref = related ? ` ${related.reference}` : '';
  switch (kind) {
    case FlagKind.REPEAT:
      return `Repeat referral: the victim's previous accepted MARAC case${ref} is within 12 months`;
    case FlagKind.REPEAT_PERPETRATOR:
      return `The perpetrator is also on ${related ? `MARAC case${ref}` : 'another MARAC case'} within 12 months`;
    case FlagKind.SERIAL_PERPETRATOR:
      return related
        ? `The perpetrator is linked to another victim on case${ref}`
        : 'The perpetrator is linked to two or more different victims';
    case FlagKind.CROSS_PANEL:
      return `A person on this case is also on ${related ? `${related.panelKind} case${ref}` : 'a case of another panel'} within 12 months`;
  }
}

/** The role the subject of a case has on it. */
export function subjectRole(kind: PanelKind): PersonRole {
  return kind === PanelKind.MARAC
    ? PersonRole.VICTIM
    : kind === PanelKind.MATAC
      ? PersonRole.PERPETRATOR
      : PersonRole.ADULT_AT_RISK;
}
