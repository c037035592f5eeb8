import type { AgencyKind } from '@marac/core';

/**
 * From the exact figures of one period to what a viewer is shown (docs/metrics.md), as pure functions.
 *
 * Shares are fractions 0..1 over their own denominator, null when it is zero. For a viewer who gets suppressed
 * figures (STRATEGIC), every count from 1 to 4 is null, and so is every figure computed from it (a share over it, a
 * median or mean over so few people); each is named in `suppressed`. Within one response no suppressed count can be
 * recovered by subtraction: the referral sources add up to `casesHeard`, so when the suppressed sources could be
 * worked out from it (one alone, or several that can only be 1 each), the next smallest source is suppressed too.
 * Every other count is rounded to the nearest multiple of ROUND_TO, and shares are computed from the rounded counts,
 * so that two requests for overlapping periods cannot be subtracted to single out one case.
 */

/** Counts from 1 to this are suppressed. */
export const SUPPRESS_MAX = 4;

/** A suppressing viewer sees every count that is not suppressed rounded to the nearest multiple of this. */
export const ROUND_TO = 5;

/** The nearest multiple of ROUND_TO (counts are whole numbers, so there is no tie); 0 stays 0, 5..7 give 5. */
export const roundCount = (n: number) => Math.round(n / ROUND_TO) * ROUND_TO;

/** The exact figures of one period, as the SQL returns them. Counts marked "hidden" are never shown themselves. */
export interface ExactFigures {
  referrals: number;
  casesHeard: number;
  repeatCases: number;
  sources: { kind: AgencyKind; count: number }[];
  /** subjects of the cases heard with the attribute */
  bameCases: number;
  lgbtCases: number;
  disabledCases: number;
  maleCases: number;
  childrenInHouseholds: number;
  medianDaysReferralToHearing: number | null;
  actionsTotal: number;
  actionsCompleted: number;
  actionsOverdue: number;
  repeatPerpetrators: number;
  serialPerpetrators: number;
  crossPanelCases: number;
  /** hidden: MATAC nominals with a review in the period, and those with a sustained reduction */
  matacReviewed: number;
  matacSustained: number;
  matacMeanRfgvChange: number | null;
}

export interface ShownSource {
  agencyKind: AgencyKind;
  count: number | null;
  share: number | null;
}

export interface ShownFigures {
  referrals: number | null;
  casesHeard: number | null;
  repeatCases: number | null;
  repeatRate: number | null;
  referralSources: ShownSource[];
  policeReferralShare: number | null;
  bameShare: number | null;
  lgbtShare: number | null;
  disabledShare: number | null;
  maleShare: number | null;
  childrenInHouseholds: number | null;
  medianDaysReferralToHearing: number | null;
  actionsTotal: number | null;
  actionsCompleted: number | null;
  actionsOverdue: number | null;
  actionCompletionRate: number | null;
  repeatPerpetrators: number | null;
  serialPerpetrators: number | null;
  crossPanelCases: number | null;
  matacMeanRfgvChange: number | null;
  matacSustainedReductionShare: number | null;
  bameCases: number | null;
  lgbtCases: number | null;
  disabledCases: number | null;
  maleCases: number | null;
  suppressedFigures: string[];
  /** 1: exact figures; ROUND_TO: counts rounded to the nearest multiple of it */
  roundedTo: number;
}

/** A count a suppressing viewer may not see. */
export const isSmall = (n: number) => n >= 1 && n <= SUPPRESS_MAX;

/**
 * The referral source cells to suppress: every small one, then, while what is hidden could be worked out from the
 * total (a single hidden cell, or hidden cells that can only all be 1), the smallest shown cell as well.
 */
export function suppressedSources(cells: { kind: string; count: number }[]): Set<string> {
  const hidden = new Set(cells.filter((c) => isSmall(c.count)).map((c) => c.kind));
  const shown = () =>
    cells
      .filter((c) => !hidden.has(c.kind) && c.count > 0)
      .sort((a, b) => a.count - b.count || a.kind.localeCompare(b.kind));
  const recoverable = () => {
    const values = cells.filter((c) => hidden.has(c.kind)).map((c) => c.count);
    const sum = values.reduce((a, v) => a + v, 0);
    return values.length === 1 || (values.length > 1 && sum === values.length);
  };
  while (hidden.size > 0 && recoverable()) {
    const next = shown()[0];
    if (!next) break;
    hidden.add(next.kind);
  }
  return hidden;
}

/** What the viewer is shown; `suppress` is true for viewers without exact figures (STRATEGIC). */
export function presentFigures(x: ExactFigures, suppress: boolean): ShownFigures {
  const suppressedFigures: string[] = [];
  const small = (n: number) => suppress && isSmall(n);
  /** what a shown count becomes: rounded for a suppressing viewer, exact otherwise */
  const r = (n: number) => (suppress ? roundCount(n) : n);
  /** a count, hidden when small or when the population it is taken from is small; rounded when shown */
  const count = (name: string, value: number, ...populations: number[]): number | null => {
    if (small(value) || populations.some(small)) {
      suppressedFigures.push(name);
      return null;
    }
    return r(value);
  };
  /** a share numerator/denominator of the shown (rounded) counts: null over zero; hidden when either is small */
  const share = (name: string, numerator: number, denominator: number): number | null => {
    if (denominator === 0) return null;
    if (small(numerator) || small(denominator)) {
      suppressedFigures.push(name);
      return null;
    }
    return r(numerator) / r(denominator);
  };
  /** a statistic over a population (median, mean): hidden when the population is small */
  const over = (name: string, value: number | null, population: number): number | null => {
    if (value === null || population === 0) return null;
    if (small(population)) {
      suppressedFigures.push(name);
      return null;
    }
    return value;
  };

  const heard = x.casesHeard;
  const referrals = count('referrals', x.referrals);
  const casesHeard = count('casesHeard', heard);
  const repeatCases = count('repeatCases', x.repeatCases);
  const repeatRate = share('repeatRate', x.repeatCases, heard);

  const cells = x.sources.filter((s) => s.count > 0);
  const hiddenSources = suppress ? suppressedSources(cells) : new Set<string>();
  const referralSources: ShownSource[] = [...cells]
    .sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind))
    .map((s) => {
      const hidden = hiddenSources.has(s.kind);
      return {
        agencyKind: s.kind,
        count: hidden ? null : r(s.count),
        share: hidden || heard === 0 || small(heard) ? null : r(s.count) / r(heard),
      };
    });
  for (const s of referralSources)
    if (s.count === null) suppressedFigures.push(`referralSources.${s.agencyKind}`);
  const police = cells.find((s) => s.kind === 'POLICE');
  let policeReferralShare: number | null = null;
  if (police && hiddenSources.has(police.kind)) {
    if (heard > 0) suppressedFigures.push('policeReferralShare');
  } else policeReferralShare = share('policeReferralShare', police?.count ?? 0, heard);

  /** people with an attribute: hidden as well when those without it are few (9 of 10 names the 1) */
  const fewWithout = (numerator: number) => numerator > 0 && small(heard - numerator);
  const personShare = (name: string, numerator: number): number | null => {
    if (heard > 0 && fewWithout(numerator)) {
      suppressedFigures.push(name);
      return null;
    }
    return share(name, numerator, heard);
  };
  const personCount = (name: string, numerator: number): number | null => {
    if (fewWithout(numerator)) {
      suppressedFigures.push(name);
      return null;
    }
    return count(name, numerator, heard);
  };
  const bameShare = personShare('bameShare', x.bameCases);
  const lgbtShare = personShare('lgbtShare', x.lgbtCases);
  const disabledShare = personShare('disabledShare', x.disabledCases);
  const maleShare = personShare('maleShare', x.maleCases);
  const childrenInHouseholds = count('childrenInHouseholds', x.childrenInHouseholds, heard);
  const medianDaysReferralToHearing = over(
    'medianDaysReferralToHearing',
    x.medianDaysReferralToHearing,
    heard,
  );
  const actionsTotal = count('actionsTotal', x.actionsTotal);
  const actionsCompleted = count('actionsCompleted', x.actionsCompleted);
  const actionsOverdue = count('actionsOverdue', x.actionsOverdue);
  const actionCompletionRate = share('actionCompletionRate', x.actionsCompleted, x.actionsTotal);
  const repeatPerpetrators = count('repeatPerpetrators', x.repeatPerpetrators);
  const serialPerpetrators = count('serialPerpetrators', x.serialPerpetrators);
  const crossPanelCases = count('crossPanelCases', x.crossPanelCases);
  const matacMeanRfgvChange = over('matacMeanRfgvChange', x.matacMeanRfgvChange, x.matacReviewed);
  const matacSustainedReductionShare = share(
    'matacSustainedReductionShare',
    x.matacSustained,
    x.matacReviewed,
  );

  return {
    referrals,
    casesHeard,
    repeatCases,
    repeatRate,
    referralSources,
    policeReferralShare,
    bameShare,
    lgbtShare,
    disabledShare,
    maleShare,
    childrenInHouseholds,
    medianDaysReferralToHearing,
    actionsTotal,
    actionsCompleted,
    actionsOverdue,
    actionCompletionRate,
    repeatPerpetrators,
    serialPerpetrators,
    crossPanelCases,
    matacMeanRfgvChange,
    matacSustainedReductionShare,
    bameCases: personCount('bameCases', x.bameCases),
    lgbtCases: personCount('lgbtCases', x.lgbtCases),
    disabledCases: personCount('disabledCases', x.disabledCases),
    maleCases: personCount('maleCases', x.maleCases),
    suppressedFigures,
    roundedTo: suppress ? ROUND_TO : 1,
  };
}
