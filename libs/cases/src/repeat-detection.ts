import { PanelKind } from '@marac/core';
import { ACCEPTED_OR_LATER } from './case-lifecycle.js';
import { CaseStatus, FlagKind, PersonRole } from './case.enums.js';

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
  /** arrival order; breaks ties only between cases whose referral date and reference are both equal */
  seq: number;
  /** the incident that prompted the referral (YYYY-MM-DD, never after referralDate); defaults to referralDate */
  incidentDate?: string | null;
  /** closing date of a CLOSED case (YYYY-MM-DD); an open case's span is open-ended */
  closedOn?: string | null;
  /** the victim was referred to a MARAC outside the platform */
  previousMarac?: { area: string; referralDate: string; reference?: string | null } | null;
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
  /** a MARAC outside the platform (previousMarac) */
  relatedArea?: string | null;
  explanation: string;
}
export interface RepeatResult {
  caseId: string;
  isRepeat: boolean;
  previousCaseId: string | null;
  /** set when the previous case is a MARAC outside the platform (previousMarac) */
  previousArea?: string | null;
  /** same victim, in time, but a different (not yet matched) perpetrator: hints for the coordinator */
  possibleRepeatOf?: string[];
}

export const REPEAT_WINDOW_MONTHS = 12;
/** SERIAL_PERPETRATOR: victims whose referrals are within 3 years of each other (MATAC nomination practice) */
export const SERIAL_WINDOW_MONTHS = 36;
/** CROSS_PANEL: the other case's open period and 12 months either side */
export const CROSS_PANEL_MARGIN_MONTHS = 12;

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

/** Within `months` of each other, before or after. */
export function withinMonthsEitherSide(a: string, b: string, months = REPEAT_WINDOW_MONTHS): boolean {
  return a <= b ? withinRepeatWindow(a, b, months) : withinRepeatWindow(b, a, months);
}

/** The incident date the repeat rule reads: the referral's incident, or its referral date. */
export const incidentOf = (c: CaseFacts): string => c.incidentDate ?? c.referralDate;

/** `a` comes before `b`: an earlier referral date, or the same date and an earlier reference. */
export const comesBefore = (a: CaseFacts, b: CaseFacts): boolean =>
  a.referralDate < b.referralDate ||
  (a.referralDate === b.referralDate &&
    (a.reference < b.reference || (a.reference === b.reference && a.seq < b.seq)));

const accepted = (c: CaseFacts) => ACCEPTED_OR_LATER.includes(c.status);

/**
 * The REPEAT rule for one MARAC case N (SafeLives: "any instance of abuse between the same victim and perpetrator(s)
 * within 12 months of the last referral to Marac"), as DOMAIN.md writes it:
 * - qualifying earlier cases: accepted cases on any MARAC panel with the same victim that come before N and share at
 *   least one perpetrator with it (when N or the earlier case names no perpetrator, the victim alone decides); a
 *   previous MARAC outside the platform (`previousMarac`) qualifies too, its perpetrator being unknown;
 * - L: the latest of them whose referral date is on or before N's incident date I;
 * - N is a repeat when I <= L's referral date + 12 months; `previousCase` is L.
 * When N is not a repeat, the same victim's in-time earlier cases whose named perpetrators differ are POSSIBLE_REPEAT
 * hints (match the perpetrator, and it becomes a REPEAT).
 */
export function repeatOf(
  target: CaseFacts,
  cases: readonly CaseFacts[],
  parties: readonly Party[],
): RepeatResult {
  const none: RepeatResult = { caseId: target.id, isRepeat: false, previousCaseId: null };
  if (target.panelKind !== PanelKind.MARAC) return none;
  const victims = personsIn(parties, target.id, PersonRole.VICTIM);
  const perpetrators = personsIn(parties, target.id, PersonRole.PERPETRATOR);
  const incident = incidentOf(target);

  const sameVictim = cases.filter(
    (c) =>
      c.id !== target.id &&
      c.panelKind === PanelKind.MARAC &&
      accepted(c) &&
      comesBefore(c, target) &&
      c.referralDate <= incident &&
      parties.some((p) => p.caseId === c.id && p.role === PersonRole.VICTIM && victims.has(p.personId)),
  );
  const sharesPerpetrator = (c: CaseFacts) => {
    const theirs = personsIn(parties, c.id, PersonRole.PERPETRATOR);
    return perpetrators.size === 0 || theirs.size === 0 || [...theirs].some((p) => perpetrators.has(p));
  };
  const latest = sameVictim
    .filter(sharesPerpetrator)
    .sort((a, b) => (comesBefore(a, b) ? -1 : 1))
    .at(-1);

  // a previous MARAC elsewhere: before N, on or before the incident; a platform case of the same date wins the tie
  const external = target.previousMarac;
  const externalCounts =
    !!external && external.referralDate <= target.referralDate && external.referralDate <= incident;
  if (externalCounts && (!latest || external.referralDate > latest.referralDate)) {
    if (withinRepeatWindow(external.referralDate, incident)) {
      return { ...none, isRepeat: true, previousArea: external.area };
    }
  } else if (latest && withinRepeatWindow(latest.referralDate, incident)) {
    return { ...none, isRepeat: true, previousCaseId: latest.id };
  }

  const possible = sameVictim
    .filter((c) => !sharesPerpetrator(c) && withinRepeatWindow(c.referralDate, incident))
    .map((c) => c.id);
  return possible.length ? { ...none, possibleRepeatOf: possible } : none;
}

/**
 * A and B (of panels of different kinds) overlap for CROSS_PANEL when A's referral date falls within
 * [B's referral date - 12 months, B's closing date (open-ended while B is open) + 12 months], or the same swapped.
 */
export function crossPanelOverlap(a: CaseFacts, b: CaseFacts): boolean {
  const within = (x: CaseFacts, y: CaseFacts) => {
    if (x.referralDate < addCalendarMonths(y.referralDate, -CROSS_PANEL_MARGIN_MONTHS)) return false;
    const closed = y.status === CaseStatus.CLOSED ? (y.closedOn ?? null) : null;
    return closed === null || x.referralDate <= addCalendarMonths(closed, CROSS_PANEL_MARGIN_MONTHS);
  };
  return within(a, b) || within(b, a);
}

/** Every flag of the target cases. `cases` and `parties` must include every case sharing a person with a target. */
export function computeFlags(
  targetIds: readonly string[],
  cases: readonly CaseFacts[],
  parties: readonly Party[],
): { flags: ComputedFlag[]; repeats: RepeatResult[] } {
  const byId = new Map(cases.map((c) => [c.id, c]));
  // the other side of a comparison is always an accepted case: rejected, withdrawn and untriaged referrals never count
  const others = cases.filter(accepted);
  const flags: ComputedFlag[] = [];
  const repeats: RepeatResult[] = [];
  const add = (caseId: string, kind: FlagKind, related: CaseFacts | null, area: string | null = null) => {
    if (
      !flags.some((f) => f.caseId === caseId && f.kind === kind && f.relatedCaseId === (related?.id ?? null))
    ) {
      flags.push({
        caseId,
        kind,
        relatedCaseId: related?.id ?? null,
        ...(area ? { relatedArea: area } : {}),
        explanation: flagExplanation(kind, related, area),
      });
    }
  };

  for (const id of targetIds) {
    const target = byId.get(id);
    if (!target) continue;

    const repeat = repeatOf(target, cases, parties);
    repeats.push(repeat);
    if (repeat.isRepeat) {
      add(
        id,
        FlagKind.REPEAT,
        repeat.previousCaseId ? byId.get(repeat.previousCaseId)! : null,
        repeat.previousArea,
      );
    }
    for (const other of repeat.possibleRepeatOf ?? []) add(id, FlagKind.POSSIBLE_REPEAT, byId.get(other)!);

    const ownVictims = personsIn(parties, id, PersonRole.VICTIM);
    for (const perp of personsIn(parties, id, PersonRole.PERPETRATOR)) {
      const perpCases = others.filter(
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
      // two or more different victims whose referrals are within 3 years of each other (this case one of them)
      const allVictims = new Set(ownVictims);
      let relatedOther: CaseFacts | null = null;
      for (const other of perpCases) {
        if (!withinMonthsEitherSide(other.referralDate, target.referralDate, SERIAL_WINDOW_MONTHS)) continue;
        for (const v of personsIn(parties, other.id, PersonRole.VICTIM)) {
          if (!ownVictims.has(v)) relatedOther ??= other;
          allVictims.add(v);
        }
      }
      if (allVictims.size >= 2) add(id, FlagKind.SERIAL_PERPETRATOR, relatedOther);
    }

    const people = new Set(parties.filter((p) => p.caseId === id).map((p) => p.personId));
    for (const other of others) {
      if (other.id === id || other.panelKind === target.panelKind) continue;
      if (!crossPanelOverlap(target, other)) continue;
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
 * What a flag says. `related` is null when there is no single related case, or when the caller may not see the
 * related case: then the explanation names no reference, only the panel kind when given. `area` names a MARAC outside
 * the platform.
 */
export function flagExplanation(
  kind: FlagKind,
  related: Pick<CaseFacts, 'reference' | 'panelKind'> | null,
  area: string | null = null,
): string {
  const ref = related ? ` ${related.reference}` : '';
  switch (kind) {
    case FlagKind.REPEAT:
      return area
        ? `Repeat referral: the victim was referred to the ${area} MARAC within the 12 months before this incident`
        : `Repeat referral: the victim's previous MARAC case${ref} with the same perpetrator is within the 12 months before this incident`;
    case FlagKind.POSSIBLE_REPEAT:
      return `Possible repeat: the victim has a MARAC case${ref} within the 12 months before this incident with a perpetrator not matched to this one`;
    case FlagKind.REPEAT_PERPETRATOR:
      return `The perpetrator is also on ${related ? `MARAC case${ref}` : 'another MARAC case'} within 12 months`;
    case FlagKind.SERIAL_PERPETRATOR:
      return related
        ? `The perpetrator is linked to another victim on case${ref} within 3 years`
        : 'The perpetrator is linked to two or more different victims within 3 years';
    case FlagKind.CROSS_PANEL:
      return `A person on this case is also on ${related ? `${related.panelKind} case${ref}` : 'a case of another panel'} open within 12 months`;
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

/** What recording a further incident on a case does ("flag and tag", DOMAIN.md). */
export type FurtherIncidentOutcome =
  | { kind: 'REPEAT_REFERRAL' }
  | { kind: 'RECORD_ONLY' }
  | { kind: 'REFUSED'; field: 'incidentDate'; message: string };

/**
 * On a HEARD or CLOSED MARAC case whose referral date + 12 months is on or after the incident date, a further incident
 * creates a repeat referral for the coordinator to triage; on a MARAC case not yet heard, and on MATAC and HRAP cases,
 * it is recorded on the case only. A MARAC incident beyond the 12 months is refused: a new referral is needed. The
 * incident date is never in the future nor before the case's referral date.
 */
export function furtherIncidentOutcome(
  c: Pick<CaseFacts, 'panelKind' | 'status' | 'referralDate'>,
  incidentDate: string,
  today: string,
): FurtherIncidentOutcome {
  const refuse = (message: string): FurtherIncidentOutcome => ({
    kind: 'REFUSED',
    field: 'incidentDate',
    message,
  });
  if (incidentDate > today) return refuse('cannot be in the future');
  if (incidentDate < c.referralDate) return refuse("cannot be before the case's referral date");
  if (c.panelKind !== PanelKind.MARAC) return { kind: 'RECORD_ONLY' };
  if (!withinRepeatWindow(c.referralDate, incidentDate)) {
    return refuse('is more than 12 months after the referral: make a new referral');
  }
  return c.status === CaseStatus.HEARD || c.status === CaseStatus.CLOSED
    ? { kind: 'REPEAT_REFERRAL' }
    : { kind: 'RECORD_ONLY' };
}
