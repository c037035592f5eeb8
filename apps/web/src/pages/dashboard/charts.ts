/**
 * The dashboard's charts as data: one model per chart and panel, built from `panelMetricsSeries`, from which come the
 * ECharts option (echarts-options.ts), the table view of the same numbers and the CSV. A suppressed value stays a
 * hole in the chart (never a zero) and is "<5" in the table.
 */
import { agencyKindLabel, present, type FigureKind, type MetricsLike, type Shown } from './figures.js';
import { bucketLabel, type Interval } from './periods.js';
import { rangeBand } from './range-status.js';

export type ChartId =
  | 'cases'
  | 'repeatRate'
  | 'referralSources'
  | 'diversity'
  | 'actionsOverdue'
  | 'idva'
  | 'riskReduced'
  | 'rfgv';

export interface ChartSeries {
  /** the PanelMetrics figure (or `referralSources.<KIND>`) */
  figure: string;
  name: string;
  cells: Shown[];
}

export interface ChartModel {
  id: ChartId;
  title: string;
  /** one sentence on what it shows, for the caption and the chart's accessible description */
  description: string;
  kind: FigureKind;
  type: 'bar' | 'line';
  stacked?: boolean;
  /** bucket labels, oldest first */
  categories: string[];
  /** the buckets' own dates */
  buckets: { from: string; to: string }[];
  series: ChartSeries[];
  /** the expected range drawn as a band (the first bucket's range check) */
  band?: { min: number | null; max: number | null };
}

interface ChartDef {
  id: ChartId;
  title: string;
  description: string;
  kind: FigureKind;
  type: 'bar' | 'line';
  figures?: [string, string][];
  band?: string;
  matacOnly?: boolean;
}

export const CHARTS: readonly ChartDef[] = [
  {
    id: 'cases',
    title: 'Cases discussed',
    description: 'Cases heard for the first time, and referrals received, in each period.',
    kind: 'count',
    type: 'bar',
    figures: [
      ['casesHeard', 'Cases discussed'],
      ['referrals', 'Referrals received'],
    ],
  },
  {
    id: 'repeatRate',
    title: 'Repeat rate',
    description: 'Share of the cases discussed that were repeats, against the expected range (shaded).',
    kind: 'share',
    type: 'line',
    figures: [['repeatRate', 'Repeat rate']],
    band: 'repeatRate',
  },
  {
    id: 'referralSources',
    title: 'Referral sources',
    description: 'Cases discussed by the kind of agency that referred them.',
    kind: 'count',
    type: 'bar',
  },
  {
    id: 'diversity',
    title: 'Diversity of victims',
    description: 'Share of the cases discussed whose victim is BAME, LGBT+, disabled or male.',
    kind: 'share',
    type: 'line',
    figures: [
      ['bameShare', 'BAME'],
      ['lgbtShare', 'LGBT+'],
      ['disabledShare', 'Disabled'],
      ['maleShare', 'Male'],
    ],
  },
  {
    id: 'actionsOverdue',
    title: 'Actions overdue',
    description: 'Actions due in each period, and those of them not done in time.',
    kind: 'count',
    type: 'bar',
    figures: [
      ['actionsOverdue', 'Overdue'],
      ['actionsTotal', 'Due'],
    ],
  },
  {
    id: 'idva',
    title: 'IDVA engagement',
    description: 'Share of the cases discussed whose victim is engaged with an IDVA.',
    kind: 'share',
    type: 'line',
    figures: [['idvaEngagedShare', 'Engaged with an IDVA']],
  },
  {
    id: 'riskReduced',
    title: 'Risk reduced at closure',
    description: 'Of the cases closed with an outcome, the share whose risk was reduced.',
    kind: 'share',
    type: 'line',
    figures: [['riskReducedShare', 'Risk reduced']],
  },
  {
    id: 'rfgv',
    title: 'RFGV change (MATAC)',
    description:
      'Mean change of the RFGV score from nomination to the latest review (negative is a reduction).',
    kind: 'points',
    type: 'line',
    figures: [['matacMeanRfgvChange', 'Mean RFGV change']],
    matacOnly: true,
  },
];

/** The charts that apply to a panel of this kind. */
export function chartsFor(panelKind: string): readonly ChartDef[] {
  return CHARTS.filter((c) => !c.matacOnly || panelKind === 'MATAC');
}

/** Referral source kinds met in a series, largest total first, then by name. */
function sourceKinds(series: readonly MetricsLike[]): string[] {
  const total = new Map<string, number>();
  for (const m of series)
    for (const s of m.referralSources)
      total.set(s.agencyKind, (total.get(s.agencyKind) ?? 0) + (s.count ?? 0));
  return [...total.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k);
}

/** A source's cell in one bucket: its count, "<5" when hidden, 0 when the kind referred nobody in it. */
function sourceCell(m: MetricsLike, kind: string): Shown {
  const s = m.referralSources.find((x) => x.agencyKind === kind);
  if (!s) return present(m, `referralSources.${kind}`, 0);
  return present(m, `referralSources.${kind}`, s.count);
}

/** One chart's model from a panel's series. */
export function chartModel(def: ChartDef, series: readonly MetricsLike[], interval: Interval): ChartModel {
  const categories = series.map((m) => bucketLabel(m, interval));
  const buckets = series.map((m) => ({ from: m.from, to: m.to }));
  const rows: ChartSeries[] =
    def.id === 'referralSources'
      ? sourceKinds(series).map((kind) => ({
          figure: `referralSources.${kind}`,
          name: agencyKindLabel(kind),
          cells: series.map((m) => sourceCell(m, kind)),
        }))
      : (def.figures ?? []).map(([figure, name]) => ({
          figure,
          name,
          cells: series.map((m) => present(m, figure)),
        }));
  const model: ChartModel = {
    id: def.id,
    title: def.title,
    description: def.description,
    kind: def.kind,
    type: def.type,
    stacked: def.id === 'referralSources',
    categories,
    buckets,
    series: rows,
  };
  if (def.band) {
    const withBand = series.find((m) => rangeBand(m.rangeChecks, def.band!));
    const band = withBand ? rangeBand(withBand.rangeChecks, def.band) : null;
    if (band) model.band = band;
  }
  return model;
}

/** Every chart of a panel. */
export function chartModels(
  panelKind: string,
  series: readonly MetricsLike[],
  interval: Interval,
): ChartModel[] {
  return chartsFor(panelKind).map((d) => chartModel(d, series, interval));
}

/** The table view of a chart: a row per bucket, a column per series. */
export interface TableView {
  caption: string;
  columns: string[];
  rows: { label: string; cells: Shown[] }[];
}

export function tableView(model: ChartModel, panelName?: string): TableView {
  return {
    caption: panelName ? `${model.title}, ${panelName}` : model.title,
    columns: ['Period', ...model.series.map((s) => s.name)],
    rows: model.categories.map((label, i) => ({ label, cells: model.series.map((s) => s.cells[i]) })),
  };
}

/** The largest value a chart of several panels shows, so that small multiples share one scale. */
export function sharedMax(models: readonly ChartModel[]): number | null {
  let max: number | null = null;
  for (const m of models) {
    const perBucket = m.categories.map((_, i) =>
      m.stacked
        ? m.series.reduce((sum, s) => sum + (s.cells[i]?.value ?? 0), 0)
        : Math.max(...m.series.map((s) => s.cells[i]?.value ?? -Infinity)),
    );
    for (const v of perBucket) if (Number.isFinite(v) && (max === null || v > max)) max = v;
    if (m.band?.max != null && (max === null || m.band.max > max)) max = m.band.max;
  }
  return max;
}

/** Whether a chart has anything to draw (every value hidden or absent: the table says why). */
export function hasValues(model: ChartModel): boolean {
  return model.series.some((s) => s.cells.some((c) => c.value !== null));
}

/** Columns of a small-multiples grid for `panels` panels in `width` CSS pixels (each at least `min` wide). */
export function gridColumns(panels: number, width: number, min = 320): number {
  return Math.max(1, Math.min(panels, Math.floor(width / min)));
}
