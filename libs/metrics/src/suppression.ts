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
  /** concluded meetings whose start is in the period */
  meetingsHeld: number;
  /** subjects of the cases heard aged 16 or 17 on the referral date */
  victimsAged16To17: number;
  /** hidden: cases heard whose latest IDVA engagement is ENGAGED */
  idvaEngaged: number;
  /** further incidents dated in the period on the panel's cases */
  furtherIncidents: number;
  /** hidden: cases closed in the period with an outcome, and those with risk REDUCED */
  closedWithOutcome: number;
  riskReduced: number;
  /** hidden: cases heard with a (not cancelled) PERPETRATOR action */
  perpetratorActionCases: number;
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
  meetingsHeld: number | null;
  victimsAged16To17: number | null;
  idvaEngagedShare: number | null;
  furtherIncidents: number | null;
  riskReducedShare: number | null;
  perpetratorActionShare: number | null;
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

/**
 * The rules of one response for one viewer, as building blocks: every figure of `panelMetrics` and of the SafeLives
 * return goes through these, so the same count is shown the same way in both. `suppressedFigures` collects the names
 * of what was hidden, in the order asked.
 */
export class Presenter {
  readonly suppressedFigures: string[] = [];

  /** `suppress` is true for viewers without exact figures (STRATEGIC). */
  constructor(readonly suppress: boolean) {}

  /** 1: exact figures; ROUND_TO: counts rounded */
  get roundedTo(): number {
    return this.suppress ? ROUND_TO : 1;
  }

  /** a count the viewer may not see */
  small(n: number): boolean {
    return this.suppress && isSmall(n);
  }

  /** what a shown count becomes: rounded for a suppressing viewer, exact otherwise */
  r(n: number): number {
    return this.suppress ? roundCount(n) : n;
  }

  hide(name: string): null {
    this.suppressedFigures.push(name);
    return null;
  }

  /** a count, hidden when small or when the population it is taken from is small; rounded when shown */
  count(name: string, value: number, ...populations: number[]): number | null {
    if (this.small(value) || populations.some((n) => this.small(n))) return this.hide(name);
    return this.r(value);
  }

  /** a share numerator/denominator of the shown (rounded) counts: null over zero; hidden when either is small */
  share(name: string, numerator: number, denominator: number): number | null {
    if (denominator === 0) return null;
    if (this.small(numerator) || this.small(denominator)) return this.hide(name);
    return this.r(numerator) / this.r(denominator);
  }

  /** a statistic over a population (median, mean): hidden when the population is small */
  over(name: string, value: number | null, population: number): number | null {
    if (value === null || population === 0) return null;
    if (this.small(population)) return this.hide(name);
    return value;
  }

  /** people (cases) with an attribute among `population`: hidden as well when those without it are few (9 of 10
   * names the 1) */
  private fewWithout(numerator: number, population: number): boolean {
    return numerator > 0 && this.small(population - numerator);
  }

  personCount(name: string, numerator: number, population: number): number | null {
    if (this.fewWithout(numerator, population)) return this.hide(name);
    return this.count(name, numerator, population);
  }

  personShare(name: string, numerator: number, population: number): number | null {
    if (population > 0 && this.fewWithout(numerator, population)) return this.hide(name);
    return this.share(name, numerator, population);
  }

  /**
   * Cases by referral source, largest first (kinds with none left out), with secondary suppression for a suppressing
   * viewer; each hidden source is named `<prefix>.<KIND>`. `heard` is the cases they add up to.
   */
  sources(
    sources: { kind: AgencyKind; count: number }[],
    heard: number,
    prefix = 'referralSources',
  ): { shown: ShownSource[]; hidden: Set<string> } {
    const cells = sources.filter((s) => s.count > 0);
    const hidden = this.suppress ? suppressedSources(cells) : new Set<string>();
    const shown: ShownSource[] = [...cells]
      .sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind))
      .map((s) => {
        const off = hidden.has(s.kind);
        return {
          agencyKind: s.kind,
          count: off ? null : this.r(s.count),
          share: off || heard === 0 || this.small(heard) ? null : this.r(s.count) / this.r(heard),
        };
      });
    for (const s of shown) if (s.count === null) this.hide(`${prefix}.${s.agencyKind}`);
    return { shown, hidden };
  }
}

/** What the viewer is shown; `suppress` is true for viewers without exact figures (STRATEGIC). */
export function presentFigures(x: ExactFigures, suppress: boolean): ShownFigures {
  const p = new Presenter(suppress);
  const heard = x.casesHeard;
  const referrals = p.count('referrals', x.referrals);
  const casesHeard = p.count('casesHeard', heard);
  const repeatCases = p.count('repeatCases', x.repeatCases);
  const repeatRate = p.share('repeatRate', x.repeatCases, heard);

  const { shown: referralSources, hidden: hiddenSources } = p.sources(x.sources, heard);
  const police = x.sources.find((s) => s.kind === 'POLICE' && s.count > 0);
  let policeReferralShare: number | null = null;
  if (police && hiddenSources.has(police.kind)) {
    if (heard > 0) p.hide('policeReferralShare');
  } else policeReferralShare = p.share('policeReferralShare', police?.count ?? 0, heard);

  const bameShare = p.personShare('bameShare', x.bameCases, heard);
  const lgbtShare = p.personShare('lgbtShare', x.lgbtCases, heard);
  const disabledShare = p.personShare('disabledShare', x.disabledCases, heard);
  const maleShare = p.personShare('maleShare', x.maleCases, heard);
  const childrenInHouseholds = p.count('childrenInHouseholds', x.childrenInHouseholds, heard);
  const medianDaysReferralToHearing = p.over(
    'medianDaysReferralToHearing',
    x.medianDaysReferralToHearing,
    heard,
  );
  const actionsTotal = p.count('actionsTotal', x.actionsTotal);
  const actionsCompleted = p.count('actionsCompleted', x.actionsCompleted);
  const actionsOverdue = p.count('actionsOverdue', x.actionsOverdue);
  const actionCompletionRate = p.share('actionCompletionRate', x.actionsCompleted, x.actionsTotal);
  const repeatPerpetrators = p.count('repeatPerpetrators', x.repeatPerpetrators);
  const serialPerpetrators = p.count('serialPerpetrators', x.serialPerpetrators);
  const crossPanelCases = p.count('crossPanelCases', x.crossPanelCases);
  const matacMeanRfgvChange = p.over('matacMeanRfgvChange', x.matacMeanRfgvChange, x.matacReviewed);
  const matacSustainedReductionShare = p.share(
    'matacSustainedReductionShare',
    x.matacSustained,
    x.matacReviewed,
  );
  const bameCases = p.personCount('bameCases', x.bameCases, heard);
  const lgbtCases = p.personCount('lgbtCases', x.lgbtCases, heard);
  const disabledCases = p.personCount('disabledCases', x.disabledCases, heard);
  const maleCases = p.personCount('maleCases', x.maleCases, heard);
  const meetingsHeld = p.count('meetingsHeld', x.meetingsHeld);
  const victimsAged16To17 = p.personCount('victimsAged16To17', x.victimsAged16To17, heard);
  const idvaEngagedShare = p.personShare('idvaEngagedShare', x.idvaEngaged, heard);
  const furtherIncidents = p.count('furtherIncidents', x.furtherIncidents);
  const riskReducedShare = p.personShare('riskReducedShare', x.riskReduced, x.closedWithOutcome);
  const perpetratorActionShare = p.personShare('perpetratorActionShare', x.perpetratorActionCases, heard);

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
    bameCases,
    lgbtCases,
    disabledCases,
    maleCases,
    meetingsHeld,
    victimsAged16To17,
    idvaEngagedShare,
    furtherIncidents,
    riskReducedShare,
    perpetratorActionShare,
    suppressedFigures: p.suppressedFigures,
    roundedTo: p.roundedTo,
  };
}

/** The case figures of one row of the SafeLives return (a meeting, or the quarter), exact. */
export interface ExactReturnRow {
  casesHeard: number;
  repeatCases: number;
  childrenInHouseholds: number;
  sources: { kind: AgencyKind; count: number }[];
  bameCases: number;
  lgbtCases: number;
  disabledCases: number;
  maleCases: number;
  victimsAged16To17: number;
}

export interface ShownReturnRow {
  casesDiscussed: number | null;
  repeatCases: number | null;
  childrenInHouseholds: number | null;
  referralSources: ShownSource[];
  bameCases: number | null;
  lgbtCases: number | null;
  disabledCases: number | null;
  maleCases: number | null;
  victimsAged16To17: number | null;
}

/**
 * One row of the SafeLives return as the viewer is shown it, through the same Presenter rules as `panelMetrics`
 * (casesDiscussed is casesHeard; the same figure is shown the same way in both).
 */
export function presentReturnRow(x: ExactReturnRow, p: Presenter): ShownReturnRow {
  const heard = x.casesHeard;
  const casesDiscussed = p.count('casesDiscussed', heard);
  const repeatCases = p.count('repeatCases', x.repeatCases);
  const { shown: referralSources } = p.sources(x.sources, heard);
  const childrenInHouseholds = p.count('childrenInHouseholds', x.childrenInHouseholds, heard);
  return {
    casesDiscussed,
    repeatCases,
    childrenInHouseholds,
    referralSources,
    bameCases: p.personCount('bameCases', x.bameCases, heard),
    lgbtCases: p.personCount('lgbtCases', x.lgbtCases, heard),
    disabledCases: p.personCount('disabledCases', x.disabledCases, heard),
    maleCases: p.personCount('maleCases', x.maleCases, heard),
    victimsAged16To17: p.personCount('victimsAged16To17', x.victimsAged16To17, heard),
  };
}
