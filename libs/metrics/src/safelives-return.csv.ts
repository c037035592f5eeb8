import { AgencyKind, toSpreadsheetCsv } from '@marac/core';
import type { SafeLivesReturnModel, SafeLivesReturnRowModel } from './models/safelives-return.model.js';

const KINDS = Object.values(AgencyKind);

/** A percentage 0..100 to one decimal place, of the shown figures; empty when either is hidden or the total is 0. */
function percent(count: number | null, of: number | null): number | null {
  if (count === null || of === null || of === 0) return null;
  return Math.round((count / of) * 1000) / 10;
}

/**
 * The SafeLives return as a spreadsheet (toSpreadsheetCsv: BOM, CRLF, RFC 4180, no formula injection): one row per
 * meeting held, then the total row; referrals one column per agency kind (every kind, 0 when none); in the total row
 * also the percentages of the cases discussed (from the shown, rounded counts), which figures were suppressed, the
 * rounding and when it was generated. A suppressed figure is an empty cell (suppressed_figures names it).
 */
export function safeLivesReturnCsv(r: SafeLivesReturnModel): string {
  const header = [
    'row',
    'quarter',
    'meeting_date',
    'cases_discussed',
    'repeat_cases',
    'children_in_households',
    ...KINDS.map((k) => `referrals_${k}`),
    'bame_cases',
    'lgbt_cases',
    'disabled_cases',
    'male_cases',
    'victims_aged_16_to_17',
    'repeat_cases_pct',
    ...KINDS.map((k) => `referrals_${k}_pct`),
    'bame_cases_pct',
    'lgbt_cases_pct',
    'disabled_cases_pct',
    'male_cases_pct',
    'victims_aged_16_to_17_pct',
    'suppressed_figures',
    'rounded_to',
    'generated_at',
  ];
  const source = (row: SafeLivesReturnRowModel, kind: AgencyKind) => {
    const s = row.referralSources.find((x) => x.agencyKind === kind);
    return s ? s.count : 0;
  };
  const line = (row: SafeLivesReturnRowModel, total: boolean): unknown[] => {
    const n = row.casesDiscussed;
    const pct = (count: number | null) => (total ? percent(count, n) : null);
    return [
      total ? 'total' : 'meeting',
      r.quarter,
      row.meetingDate,
      n,
      row.repeatCases,
      row.childrenInHouseholds,
      ...KINDS.map((k) => source(row, k)),
      row.bameCases,
      row.lgbtCases,
      row.disabledCases,
      row.maleCases,
      row.victimsAged16To17,
      pct(row.repeatCases),
      ...KINDS.map((k) => pct(source(row, k))),
      pct(row.bameCases),
      pct(row.lgbtCases),
      pct(row.disabledCases),
      pct(row.maleCases),
      pct(row.victimsAged16To17),
      total ? r.suppressedFigures.join(';') : null,
      total ? r.roundedTo : null,
      total ? r.generatedAt.toISOString() : null,
    ];
  };
  return toSpreadsheetCsv(header, [...r.meetings.map((m) => line(m, false)), line(r.total, true)]);
}
