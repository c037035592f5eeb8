/**
 * A figure against its SafeLives expected range (`PanelMetrics.rangeChecks`), in words and a symbol, so that no
 * status is carried by colour alone.
 */
import { figureDef, formatNumber, type MetricsLike, type RangeCheckLike } from './figures.js';

export type RangeStatus = 'IN_RANGE' | 'BELOW' | 'ABOVE' | 'UNKNOWN';

export interface RangeView {
  figure: string;
  label: string;
  status: RangeStatus;
  /** e.g. "Below the expected range" */
  words: string;
  /** a symbol that says the same as the words: ✓ ▼ ▲ ? */
  symbol: string;
  /** e.g. "28% to 40%", "at least 16%", "at most 10%" */
  expected: string;
}

/** The status of one check: below when under its minimum, above when over its maximum. */
export function rangeStatus(c: RangeCheckLike): RangeStatus {
  const v = c.value;
  if (typeof v !== 'number' || c.withinRange === null || c.withinRange === undefined) return 'UNKNOWN';
  if (c.withinRange) return 'IN_RANGE';
  if (typeof c.expectedMin === 'number' && v < c.expectedMin) return 'BELOW';
  if (typeof c.expectedMax === 'number' && v > c.expectedMax) return 'ABOVE';
  return 'UNKNOWN';
}

const WORDS: Record<RangeStatus, [string, string]> = {
  IN_RANGE: ['In the expected range', '\u2713'],
  BELOW: ['Below the expected range', '\u25BC'],
  ABOVE: ['Above the expected range', '\u25B2'],
  UNKNOWN: ['Not checked (no value shown)', '?'],
};

/** The expected range in words, with the figure's own units. */
export function expectedText(c: RangeCheckLike): string {
  const kind = figureDef(c.figure).kind;
  const f = (n: number) => formatNumber(n, kind);
  const min = typeof c.expectedMin === 'number' ? c.expectedMin : null;
  const max = typeof c.expectedMax === 'number' ? c.expectedMax : null;
  if (min !== null && max !== null) return `${f(min)} to ${f(max)}`;
  if (min !== null) return `at least ${f(min)}`;
  if (max !== null) return `at most ${f(max)}`;
  return 'no range';
}

export function rangeView(c: RangeCheckLike): RangeView {
  const status = rangeStatus(c);
  const [words, symbol] = WORDS[status];
  return {
    figure: c.figure,
    label: figureDef(c.figure).label,
    status,
    words,
    symbol,
    expected: expectedText(c),
  };
}

/** The range check of `figure` in `m`, if the panel has one. */
export function rangeFor(m: Pick<MetricsLike, 'rangeChecks'>, figure: string): RangeView | null {
  const c = m.rangeChecks.find((r) => r.figure === figure);
  return c ? rangeView(c) : null;
}

/** The band of a figure's expected range, for a chart (both ends, or one open end). */
export function rangeBand(
  checks: readonly RangeCheckLike[],
  figure: string,
): { min: number | null; max: number | null } | null {
  const c = checks.find((r) => r.figure === figure);
  if (!c) return null;
  const min = typeof c.expectedMin === 'number' ? c.expectedMin : null;
  const max = typeof c.expectedMax === 'number' ? c.expectedMax : null;
  return min === null && max === null ? null : { min, max };
}
