/**
 * The figures of `panelMetrics` as the dashboard shows them: labels, kinds, formatting, and the "<5" presentation of
 * a suppressed figure with the reason it is hidden (docs/metrics.md, "The STRATEGIC rule"). Pure: no DOM, no React.
 *
 * A figure the API hides is null AND named in `suppressedFigures`; a null figure not named there has no value (its
 * denominator is zero: no cases), which is shown as "no cases", never as zero and never as "<5".
 */

/** The fields of PanelMetrics the dashboard reads (the generated GraphQL types are assignable to it). */
export interface AgencyShareLike {
  agencyKind: string;
  count?: number | null;
  share?: number | null;
}
export interface RangeCheckLike {
  figure: string;
  value?: number | null;
  expectedMin?: number | null;
  expectedMax?: number | null;
  withinRange?: boolean | null;
}
export interface MetricsLike {
  panelId: string;
  from: string;
  to: string;
  roundedTo: number;
  suppressedFigures: readonly string[];
  rangeChecks: readonly RangeCheckLike[];
  referralSources: readonly AgencyShareLike[];
  [figure: string]: unknown;
}

export type FigureKind = 'count' | 'share' | 'days' | 'points';

export interface FigureDef {
  name: string;
  label: string;
  kind: FigureKind;
  /** shown for MATAC panels only */
  matacOnly?: boolean;
}

/** Every single-value figure of PanelMetrics, in the order the dashboard lists them. */
export const FIGURES: readonly FigureDef[] = [
  { name: 'referrals', label: 'Referrals received', kind: 'count' },
  { name: 'casesHeard', label: 'Cases discussed', kind: 'count' },
  { name: 'repeatCases', label: 'Repeat cases', kind: 'count' },
  { name: 'repeatRate', label: 'Repeat rate', kind: 'share' },
  { name: 'policeReferralShare', label: 'Referred by the police', kind: 'share' },
  { name: 'bameCases', label: 'BAME victims', kind: 'count' },
  { name: 'bameShare', label: 'BAME share', kind: 'share' },
  { name: 'lgbtCases', label: 'LGBT+ victims', kind: 'count' },
  { name: 'lgbtShare', label: 'LGBT+ share', kind: 'share' },
  { name: 'disabledCases', label: 'Disabled victims', kind: 'count' },
  { name: 'disabledShare', label: 'Disabled share', kind: 'share' },
  { name: 'maleCases', label: 'Male victims', kind: 'count' },
  { name: 'maleShare', label: 'Male share', kind: 'share' },
  { name: 'victimsAged16To17', label: 'Victims aged 16-17', kind: 'count' },
  { name: 'childrenInHouseholds', label: 'Children in households', kind: 'count' },
  { name: 'idvaEngagedShare', label: 'Engaged with an IDVA', kind: 'share' },
  { name: 'perpetratorActionShare', label: 'With a perpetrator action', kind: 'share' },
  { name: 'riskReducedShare', label: 'Risk reduced at closure', kind: 'share' },
  { name: 'medianDaysReferralToHearing', label: 'Median days, referral to hearing', kind: 'days' },
  { name: 'meetingsHeld', label: 'Meetings held', kind: 'count' },
  { name: 'furtherIncidents', label: 'Further incidents', kind: 'count' },
  { name: 'repeatPerpetrators', label: 'Repeat perpetrators', kind: 'count' },
  { name: 'serialPerpetrators', label: 'Serial perpetrators', kind: 'count' },
  { name: 'crossPanelCases', label: 'Cross-panel cases', kind: 'count' },
  { name: 'actionsTotal', label: 'Actions due', kind: 'count' },
  { name: 'actionsCompleted', label: 'Actions completed', kind: 'count' },
  { name: 'actionsOverdue', label: 'Actions overdue', kind: 'count' },
  { name: 'actionCompletionRate', label: 'Action completion rate', kind: 'share' },
  { name: 'matacMeanRfgvChange', label: 'Mean RFGV change', kind: 'points', matacOnly: true },
  {
    name: 'matacSustainedReductionShare',
    label: 'Sustained RFGV reduction',
    kind: 'share',
    matacOnly: true,
  },
];

/** The figures the headline cards show first (the rest are in the full table). */
export const HEADLINE_FIGURES: readonly string[] = [
  'casesHeard',
  'referrals',
  'repeatRate',
  'policeReferralShare',
  'bameShare',
  'lgbtShare',
  'disabledShare',
  'maleShare',
  'idvaEngagedShare',
  'riskReducedShare',
  'actionsOverdue',
  'medianDaysReferralToHearing',
  'matacMeanRfgvChange',
];

/** Range-checked figures that are not PanelMetrics fields. */
export const EXTRA_RANGE_FIGURES: Readonly<Record<string, FigureDef>> = {
  casesPer10kAdultWomen: {
    name: 'casesPer10kAdultWomen',
    label: 'Cases per 10,000 adult women',
    kind: 'points',
  },
};

const BY_NAME = new Map(FIGURES.map((f) => [f.name, f]));

export function figureDef(name: string): FigureDef {
  if (name.startsWith('referralSources.'))
    return { name, label: `Referred by ${agencyKindLabel(name.slice(16))}`, kind: 'count' };
  return BY_NAME.get(name) ?? EXTRA_RANGE_FIGURES[name] ?? { name, label: name, kind: 'count' };
}

const AGENCY_KIND_LABELS: Readonly<Record<string, string>> = {
  POLICE: 'Police',
  IDVA: 'IDVA service',
  CHILDRENS_SOCIAL_CARE: "Children's social care",
  ADULT_SOCIAL_CARE: 'Adult social care',
  HEALTH: 'Health',
  MENTAL_HEALTH: 'Mental health',
  HOUSING: 'Housing',
  PROBATION: 'Probation',
  EDUCATION: 'Education',
  SUBSTANCE_MISUSE: 'Substance misuse',
  SPECIALIST_DA_SERVICE: 'Specialist domestic abuse service',
  OTHER: 'Other',
};

export function agencyKindLabel(kind: string): string {
  return AGENCY_KIND_LABELS[kind] ?? kind;
}

/** A number as the dashboard writes it (en-GB); shares as percentages with one decimal. */
export function formatNumber(value: number, kind: FigureKind): string {
  switch (kind) {
    case 'count':
      return value.toLocaleString('en-GB', { maximumFractionDigits: 0 });
    case 'share':
      return `${(Math.round(value * 1000) / 10).toLocaleString('en-GB', { maximumFractionDigits: 1 })}%`;
    case 'days':
      return `${value.toLocaleString('en-GB', { maximumFractionDigits: 1 })} days`;
    case 'points': {
      const s = Math.abs(value).toLocaleString('en-GB', { maximumFractionDigits: 2 });
      return value < 0 ? `\u2212${s}` : s;
    }
  }
}

/** What one cell of the dashboard shows. */
export interface Shown {
  /** the text: a formatted number, "<5", or "no cases" */
  text: string;
  /** the number behind it (null when hidden or absent) */
  value: number | null;
  suppressed: boolean;
  /** why the figure is hidden (suppressed only), for the tooltip and the screen reader */
  reason: string | null;
}

export const SUPPRESSED_TEXT = '<5';
export const NO_VALUE_TEXT = 'no cases';

/** Why a suppressed figure is hidden, in words; the API names the figure, not which rule hid it. */
export function suppressionReason(name: string): string {
  const kind = figureDef(name).kind;
  if (name.startsWith('referralSources.'))
    return 'Hidden: between 1 and 4 cases, or hidden so that another small source cannot be worked out from the total. Small numbers could identify someone.';
  if (kind === 'count')
    return 'Hidden: between 1 and 4 (or the rest of the group is), which could identify someone. Counts of 5 or more are rounded to the nearest 5.';
  return 'Hidden: worked out from a count between 1 and 4, which could identify someone.';
}

/** Whether the API named the figure as hidden from this viewer. */
export function isSuppressed(m: Pick<MetricsLike, 'suppressedFigures'>, name: string): boolean {
  return m.suppressedFigures.includes(name);
}

/** How the figure `name` of `m` is shown: "<5" when suppressed (never zero), "no cases" when null, else the value. */
export function present(m: MetricsLike, name: string, value: unknown = m[name]): Shown {
  if (isSuppressed(m, name))
    return { text: SUPPRESSED_TEXT, value: null, suppressed: true, reason: suppressionReason(name) };
  if (typeof value !== 'number' || !Number.isFinite(value))
    return { text: NO_VALUE_TEXT, value: null, suppressed: false, reason: null };
  return { text: formatNumber(value, figureDef(name).kind), value, suppressed: false, reason: null };
}

/** The referral sources as shown: a hidden source is "<5" (named `referralSources.<KIND>`). */
export function presentSources(
  m: MetricsLike,
): { kind: string; label: string; count: Shown; share: Shown }[] {
  return m.referralSources.map((s) => {
    const name = `referralSources.${s.agencyKind}`;
    const count = present(m, name, s.count);
    const share: Shown = count.suppressed
      ? { ...count }
      : typeof s.share === 'number'
        ? { text: formatNumber(s.share, 'share'), value: s.share, suppressed: false, reason: null }
        : { text: NO_VALUE_TEXT, value: null, suppressed: false, reason: null };
    return { kind: s.agencyKind, label: agencyKindLabel(s.agencyKind), count, share };
  });
}

/** The figures that apply to a panel of this kind. */
export function figuresFor(panelKind: string): FigureDef[] {
  return FIGURES.filter((f) => !f.matacOnly || panelKind === 'MATAC');
}

/** A sentence on how exact the figures are. */
export function roundingNote(roundedTo: number): string {
  return roundedTo > 1
    ? `Counts are rounded to the nearest ${roundedTo}; counts of 1 to 4 are shown as "<5". Shares are worked out from the rounded counts.`
    : 'Exact figures.';
}
