import { DomainError } from '@marac/core';

/**
 * Per-panel settings used by the strategic metrics (stored in `panel.settings`, jsonb), as pure functions.
 *
 * The expected ranges default to what SafeLives recommends for a MARAC (docs/metrics.md gives the sources). An
 * administrator may override any of them per panel; an override whose min and max are both null switches that check
 * off. Shares and rates are fractions 0..1, like the figures they are compared with.
 */
export interface ExpectedRangeValue {
  figure: string;
  min: number | null;
  max: number | null;
}

export interface StoredPanelSettings {
  adultFemalePopulation?: number | null;
  bamePopulationShare?: number | null;
  /** the administrator's overrides only; defaults are applied when read */
  expectedRanges?: ExpectedRangeValue[];
}

export interface EffectivePanelSettings {
  adultFemalePopulation: number | null;
  bamePopulationShare: number | null;
  expectedRanges: ExpectedRangeValue[];
}

/** Cases discussed per 10,000 adult women per year: the only range that is not a share. */
export const CASES_PER_10K = 'casesPer10kAdultWomen';

/** The figures a range may be set for; every one but CASES_PER_10K and the median is a fraction 0..1. */
export const RANGE_FIGURES: readonly string[] = [
  CASES_PER_10K,
  'repeatRate',
  'policeReferralShare',
  'bameShare',
  'lgbtShare',
  'disabledShare',
  'maleShare',
  'actionCompletionRate',
  'medianDaysReferralToHearing',
  'matacSustainedReductionShare',
];
const NOT_FRACTIONS = new Set([CASES_PER_10K, 'medianDaysReferralToHearing']);

/**
 * SafeLives' recommended ranges for a MARAC. `bameShare` has no fixed default: its minimum is the local population
 * share (`bamePopulationShare`), so it is checked only when that setting is given.
 */
export const DEFAULT_EXPECTED_RANGES: readonly ExpectedRangeValue[] = [
  { figure: CASES_PER_10K, min: 32, max: 48 },
  { figure: 'repeatRate', min: 0.28, max: 0.4 },
  { figure: 'maleShare', min: 0.05, max: 0.1 },
  { figure: 'lgbtShare', min: 0.05, max: null },
  { figure: 'disabledShare', min: 0.16, max: null },
  { figure: 'bameShare', min: null, max: null },
];

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** The settings as the API shows them and the metrics use them: stored values over the defaults. */
export function effectiveSettings(
  stored: StoredPanelSettings | Record<string, unknown> | null | undefined,
): EffectivePanelSettings {
  const s = (stored ?? {}) as StoredPanelSettings;
  const bamePopulationShare = num(s.bamePopulationShare);
  const overrides = new Map((s.expectedRanges ?? []).map((r) => [r.figure, r]));
  const ranges: ExpectedRangeValue[] = DEFAULT_EXPECTED_RANGES.map((d) => {
    const o = overrides.get(d.figure);
    if (o) return { figure: d.figure, min: num(o.min), max: num(o.max) };
    return d.figure === 'bameShare' ? { ...d, min: bamePopulationShare } : { ...d };
  });
  for (const o of s.expectedRanges ?? []) {
    if (!ranges.some((r) => r.figure === o.figure))
      ranges.push({ figure: o.figure, min: num(o.min), max: num(o.max) });
  }
  return { adultFemalePopulation: num(s.adultFemalePopulation), bamePopulationShare, expectedRanges: ranges };
}

export interface PanelSettingsChange {
  adultFemalePopulation?: number | null;
  bamePopulationShare?: number | null;
  expectedRanges?: { figure: string; min?: number | null; max?: number | null }[] | null;
}

/**
 * Applies a change to the stored settings. A field left out is kept; null clears it. `expectedRanges`, when given,
 * replaces the earlier overrides (a figure left out takes its default again). Invalid values: BAD_USER_INPUT.
 */
export function applySettingsChange(
  stored: StoredPanelSettings | Record<string, unknown> | null | undefined,
  change: PanelSettingsChange,
): StoredPanelSettings {
  const next: StoredPanelSettings = { ...((stored ?? {}) as StoredPanelSettings) };
  if (change.adultFemalePopulation !== undefined) {
    const v = change.adultFemalePopulation;
    if (v !== null && !(Number.isInteger(v) && v >= 1 && v <= 100_000_000))
      throw DomainError.badInput('adultFemalePopulation', 'must be a whole number from 1 to 100,000,000');
    next.adultFemalePopulation = v;
  }
  if (change.bamePopulationShare !== undefined) {
    const v = change.bamePopulationShare;
    if (v !== null && !(Number.isFinite(v) && v >= 0 && v <= 1))
      throw DomainError.badInput('bamePopulationShare', 'must be a fraction from 0 to 1');
    next.bamePopulationShare = v;
  }
  if (change.expectedRanges !== undefined) {
    const list = change.expectedRanges ?? [];
    const seen = new Set<string>();
    next.expectedRanges = list.map((r, i) => {
      const field = `expectedRanges.${i}`;
      if (!RANGE_FIGURES.includes(r.figure))
        throw DomainError.badInput(`${field}.figure`, `must be one of ${RANGE_FIGURES.join(', ')}`);
      if (seen.has(r.figure)) throw DomainError.badInput(`${field}.figure`, 'is given twice');
      seen.add(r.figure);
      const min = r.min ?? null;
      const max = r.max ?? null;
      const upper = NOT_FRACTIONS.has(r.figure) ? Number.MAX_SAFE_INTEGER : 1;
      for (const [name, v] of [
        ['min', min],
        ['max', max],
      ] as const) {
        if (v !== null && !(Number.isFinite(v) && v >= 0 && v <= upper))
          throw DomainError.badInput(
            `${field}.${name}`,
            upper === 1 ? 'must be a fraction from 0 to 1' : 'must be 0 or more',
          );
      }
      if (min !== null && max !== null && min > max)
        throw DomainError.badInput(`${field}.min`, 'must not be above max');
      return { figure: r.figure, min, max };
    });
  }
  return next;
}
