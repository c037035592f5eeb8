/**
 * The panel settings form as data: expected ranges are edited in percent for shares (the API keeps fractions 0..1)
 * and as plain numbers for cases per 10,000 adult women and the median days. Pure.
 */

export const RANGE_FIGURES: readonly { figure: string; label: string; percent: boolean }[] = [
  { figure: 'casesPer10kAdultWomen', label: 'Cases per 10,000 adult women a year', percent: false },
  { figure: 'repeatRate', label: 'Repeat rate', percent: true },
  { figure: 'policeReferralShare', label: 'Referred by the police', percent: true },
  { figure: 'bameShare', label: 'BAME share', percent: true },
  { figure: 'lgbtShare', label: 'LGBT+ share', percent: true },
  { figure: 'disabledShare', label: 'Disabled share', percent: true },
  { figure: 'maleShare', label: 'Male share', percent: true },
  { figure: 'actionCompletionRate', label: 'Action completion rate', percent: true },
  { figure: 'medianDaysReferralToHearing', label: 'Median days, referral to hearing', percent: false },
  { figure: 'matacSustainedReductionShare', label: 'MATAC sustained RFGV reduction', percent: true },
];

export interface RangeRow {
  figure: string;
  min: string;
  max: string;
}
export interface SettingsForm {
  adultFemalePopulation: string;
  bamePopulationPercent: string;
  ranges: RangeRow[];
}
interface Range {
  figure: string;
  min?: number | null;
  max?: number | null;
}
export interface SettingsLike {
  adultFemalePopulation?: number | null;
  bamePopulationShare?: number | null;
  expectedRanges: readonly Range[];
}

/** A number field's text as the API wants it: empty is null; anything else a finite number or undefined (invalid). */
export function numberOrNull(text: string): number | null | undefined {
  const t = text.trim();
  if (t === '') return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

const isPercent = (figure: string) => RANGE_FIGURES.find((f) => f.figure === figure)?.percent ?? true;
const round = (n: number) => Math.round(n * 1e6) / 1e6;
const text = (n: number | null | undefined, percent: boolean) =>
  n === null || n === undefined ? '' : String(round(percent ? n * 100 : n));

/** The form's starting values from the effective settings. */
export function settingsForm(s: SettingsLike | null | undefined): SettingsForm {
  const ranges = new Map((s?.expectedRanges ?? []).map((r) => [r.figure, r]));
  return {
    adultFemalePopulation: text(s?.adultFemalePopulation, false),
    bamePopulationPercent: text(s?.bamePopulationShare, true),
    ranges: RANGE_FIGURES.map(({ figure, percent }) => ({
      figure,
      min: text(ranges.get(figure)?.min, percent),
      max: text(ranges.get(figure)?.max, percent),
    })),
  };
}

export type SettingsInput = {
  panelId: string;
  adultFemalePopulation: number | null;
  bamePopulationShare: number | null;
  expectedRanges: { figure: string; min: number | null; max: number | null }[];
};

/**
 * The mutation's input, or the field that is not a number. Every range is sent (the effective list, so nothing
 * changes that was not edited), except the BAME range while it is unchanged: its default follows the local
 * population share.
 */
export function settingsInput(
  panelId: string,
  form: SettingsForm,
  initial: SettingsForm,
): { input: SettingsInput; rows: number[] } | { field: string; message: string } {
  const pop = numberOrNull(form.adultFemalePopulation);
  if (pop === undefined) return { field: 'adultFemalePopulation', message: 'must be a whole number' };
  const bame = numberOrNull(form.bamePopulationPercent);
  if (bame === undefined) return { field: 'bamePopulationShare', message: 'must be a number of percent' };
  const expectedRanges: SettingsInput['expectedRanges'] = [];
  /** the form row of each range sent (the API's errors name `expectedRanges.<index sent>`) */
  const rows: number[] = [];
  for (const [i, r] of form.ranges.entries()) {
    const before = initial.ranges.find((x) => x.figure === r.figure);
    if (r.figure === 'bameShare' && before && before.min === r.min && before.max === r.max) continue;
    const percent = isPercent(r.figure);
    const min = numberOrNull(r.min);
    const max = numberOrNull(r.max);
    if (min === undefined) return { field: `expectedRanges.${i}.min`, message: 'must be a number' };
    if (max === undefined) return { field: `expectedRanges.${i}.max`, message: 'must be a number' };
    const scale = (n: number | null) => (n === null ? null : percent ? round(n / 100) : n);
    expectedRanges.push({ figure: r.figure, min: scale(min), max: scale(max) });
    rows.push(i);
  }
  return {
    input: {
      panelId,
      adultFemalePopulation: pop,
      bamePopulationShare: bame === null ? null : round(bame / 100),
      expectedRanges,
    },
    rows,
  };
}
