import { CASES_PER_10K, type EffectivePanelSettings } from '@marac/identity';

/** One figure beside the range expected for it. */
export interface RangeCheckValue {
  figure: string;
  value: number | null;
  expectedMin: number | null;
  expectedMax: number | null;
  withinRange: boolean | null;
}

const DAYS_PER_YEAR = 365;
const round2 = (n: number) => Math.round(n * 100) / 100;

/** Whether a value lies in [min, max] (either end may be open); null when the value is unknown or suppressed. */
export function withinRange(value: number | null, min: number | null, max: number | null): boolean | null {
  if (value === null) return null;
  return (min === null || value >= min) && (max === null || value <= max);
}

/**
 * The range checks of one period. Each expected range of the panel's settings (defaults: SafeLives) is checked
 * against the figure of the same name; a range with neither end is switched off. Cases discussed per 10,000 adult
 * women needs the panel's adult female population (no check when unset); its yearly range is scaled to the period's
 * length (days / 365), and both it and the value are rounded to 2 decimals. A suppressed or null figure gives
 * `value: null, withinRange: null`.
 */
export function rangeChecks(
  figures: Readonly<Record<string, unknown>>,
  settings: EffectivePanelSettings,
  days: number,
): RangeCheckValue[] {
  const checks: RangeCheckValue[] = [];
  for (const r of settings.expectedRanges) {
    if (r.min === null && r.max === null) continue;
    if (r.figure === CASES_PER_10K) {
      const population = settings.adultFemalePopulation;
      if (!population) continue;
      const heard = figures.casesHeard;
      const value = typeof heard === 'number' ? round2((heard * 10_000) / population) : null;
      const scale = days / DAYS_PER_YEAR;
      const expectedMin = r.min === null ? null : round2(r.min * scale);
      const expectedMax = r.max === null ? null : round2(r.max * scale);
      checks.push({
        figure: r.figure,
        value,
        expectedMin,
        expectedMax,
        withinRange: withinRange(value, expectedMin, expectedMax),
      });
      continue;
    }
    const raw = figures[r.figure];
    const value = typeof raw === 'number' ? raw : null;
    checks.push({
      figure: r.figure,
      value,
      expectedMin: r.min,
      expectedMax: r.max,
      withinRange: withinRange(value, r.min, r.max),
    });
  }
  return checks;
}
