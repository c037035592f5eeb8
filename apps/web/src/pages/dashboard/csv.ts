/**
 * The CSV of what the dashboard shows: the headline figures of every panel shown and each chart's numbers, exactly
 * as on screen (a hidden figure is "<5" with `suppressed` yes, never 0). UTF-8 with a byte-order mark, CRLF line
 * ends, RFC 4180 quoting, and text cells that a spreadsheet would run as a formula prefixed with a quote.
 */
import type { ChartModel } from './charts.js';
import { figureDef, figuresFor, present, presentSources, type MetricsLike, type Shown } from './figures.js';
import { rangeFor } from './range-status.js';

export const CSV_COLUMNS = [
  'panel',
  'period_from',
  'period_to',
  'section',
  'bucket',
  'bucket_from',
  'bucket_to',
  'figure',
  'label',
  'shown',
  'value',
  'suppressed',
  'expected',
  'range_status',
  'rounded_to',
] as const;

export interface PanelShown {
  name: string;
  kind: string;
  metrics: MetricsLike;
  charts: readonly ChartModel[];
}

/** One cell, quoted when needed; text that starts like a formula is made inert. */
export function csvCell(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  let s = v;
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(cells: readonly (string | number | null | undefined)[]): string {
  return cells.map(csvCell).join(',');
}

const yesNo = (b: boolean) => (b ? 'yes' : 'no');

/** The rows of one panel (headline figures, referral sources, then each chart bucket by bucket). */
export function panelRows(p: PanelShown): (string | number | null)[][] {
  const m = p.metrics;
  const row = (
    section: string,
    bucket: string,
    bf: string,
    bt: string,
    figure: string,
    label: string,
    s: Shown,
    expected = '',
    status = '',
  ) => [
    p.name,
    m.from,
    m.to,
    section,
    bucket,
    bf,
    bt,
    figure,
    label,
    s.text,
    s.value,
    yesNo(s.suppressed),
    expected,
    status,
    m.roundedTo,
  ];
  const rows: (string | number | null)[][] = [];
  for (const f of figuresFor(p.kind)) {
    const r = rangeFor(m, f.name);
    rows.push(
      row('headline', '', '', '', f.name, f.label, present(m, f.name), r?.expected ?? '', r?.words ?? ''),
    );
  }
  for (const c of m.rangeChecks) {
    if (figuresFor(p.kind).some((f) => f.name === c.figure)) continue;
    const r = rangeFor(m, c.figure)!;
    const s: Shown =
      typeof c.value === 'number'
        ? { text: String(c.value), value: c.value, suppressed: false, reason: null }
        : { text: '', value: null, suppressed: false, reason: null };
    rows.push(row('headline', '', '', '', c.figure, figureDef(c.figure).label, s, r.expected, r.words));
  }
  for (const s of presentSources(m))
    rows.push(row('headline', '', '', '', `referralSources.${s.kind}`, `Referred by ${s.label}`, s.count));
  for (const chart of p.charts)
    for (const s of chart.series)
      s.cells.forEach((cell, i) =>
        rows.push(
          row(
            `chart: ${chart.title}`,
            chart.categories[i],
            chart.buckets[i].from,
            chart.buckets[i].to,
            s.figure,
            s.name,
            cell,
          ),
        ),
      );
  return rows;
}

/** The whole file. */
export function dashboardCsv(panels: readonly PanelShown[]): string {
  const lines = [csvLine(CSV_COLUMNS), ...panels.flatMap((p) => panelRows(p).map(csvLine))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** A file name for the download, e.g. "dashboard-2026-01-01-to-2026-12-31.csv". */
export function csvFileName(from: string, to: string): string {
  return `dashboard-${from}-to-${to}.csv`;
}
