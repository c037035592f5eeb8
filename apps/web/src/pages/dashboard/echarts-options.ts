/**
 * ECharts options for the dashboard's chart models (charts.ts). Pure: the option only; the component registers the
 * few ECharts parts it uses (echarts/core, bar, line, grid, tooltip, legend, mark area/point, aria, SVG renderer).
 *
 * Nothing is told by colour alone: series differ by colour (Okabe-Ito, safe for colour blindness), by pattern (bars:
 * ECharts decals) and by marker shape and dash (lines); the expected range is a labelled band; a hidden value is a
 * gap marked "<5", never a zero.
 */
import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type {
  AriaComponentOption,
  GridComponentOption,
  LegendComponentOption,
  MarkAreaComponentOption,
  MarkPointComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ChartModel } from './charts.js';
import { formatNumber, SUPPRESSED_TEXT } from './figures.js';

export type DashboardOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | MarkAreaComponentOption
  | MarkPointComponentOption
  | AriaComponentOption
>;

/** Okabe-Ito colours (distinguishable with the common colour-vision deficiencies). */
export const PALETTE = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#000000',
  '#F0E442',
] as const;
const SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'roundRect', 'pin', 'arrow', 'emptyCircle'];
const DASHES: ('solid' | 'dashed' | 'dotted')[] = ['solid', 'dashed', 'dotted', 'solid'];

export interface OptionSettings {
  /** the top of the value axis, shared by the small multiples of one chart */
  max?: number | null;
  /** set for screenshots and tests: no animation */
  animation?: boolean;
}

/** The value axis's top: shares to at least the band's top, with a little room. */
function axisMax(model: ChartModel, max: number | null | undefined): number | undefined {
  if (max === null || max === undefined) return undefined;
  if (model.kind === 'share') return Math.min(1, Math.ceil((max * 1.1) / 0.05) * 0.05) || 0.05;
  if (model.kind === 'count') return Math.max(5, Math.ceil((max * 1.1) / 5) * 5);
  return undefined;
}

export function chartOption(model: ChartModel, settings: OptionSettings = {}): DashboardOption {
  const fmt = (v: number) => formatNumber(v, model.kind);
  const hiddenBuckets = model.categories
    .map((_, i) => i)
    .filter((i) => model.series.some((s) => s.cells[i]?.suppressed));

  const series = model.series.map((s, k) => {
    const data = s.cells.map((c) => (c.value === null ? null : c.value));
    const base = {
      name: s.name,
      data,
      itemStyle: { color: PALETTE[k % PALETTE.length] },
      emphasis: { focus: 'series' as const },
    };
    const marks =
      k === 0 && hiddenBuckets.length > 0
        ? {
            markPoint: {
              symbol: 'rect',
              symbolSize: [26, 16],
              itemStyle: { color: '#ffffff', borderColor: '#333333', borderWidth: 1 },
              label: { show: true, formatter: SUPPRESSED_TEXT, color: '#111111', fontSize: 11 },
              data: hiddenBuckets.map((i) => ({ name: 'hidden', coord: [i, 0] })),
            },
          }
        : {};
    const band =
      k === 0 && model.band
        ? {
            markArea: {
              silent: true,
              itemStyle: {
                color: 'rgba(0, 114, 178, 0.12)',
                borderColor: '#0072B2',
                borderType: 'dashed' as const,
              },
              label: {
                show: true,
                position: 'insideTopRight' as const,
                formatter: 'expected range',
                color: '#111',
              },
              data: [
                [
                  { yAxis: model.band.min ?? 0 },
                  { yAxis: model.band.max ?? (model.kind === 'share' ? 1 : 'max') },
                ] as [{ yAxis: number }, { yAxis: number | string }],
              ],
            },
          }
        : {};
    if (model.type === 'bar')
      return {
        ...base,
        ...marks,
        ...band,
        type: 'bar' as const,
        stack: model.stacked ? 'total' : undefined,
        barMaxWidth: 28,
      } satisfies BarSeriesOption;
    return {
      ...base,
      ...marks,
      ...band,
      type: 'line' as const,
      connectNulls: false,
      symbol: SYMBOLS[k % SYMBOLS.length],
      symbolSize: 8,
      lineStyle: { width: 2, type: DASHES[k % DASHES.length], color: PALETTE[k % PALETTE.length] },
    } satisfies LineSeriesOption;
  });

  return {
    animation: settings.animation ?? false,
    aria: { enabled: true, label: { enabled: false }, decal: { show: model.type === 'bar' } },
    grid: { left: 8, right: 16, top: model.series.length > 1 ? 48 : 24, bottom: 8, containLabel: true },
    legend: model.series.length > 1 ? { top: 0, type: 'plain', textStyle: { color: '#111' } } : undefined,
    tooltip: {
      trigger: 'axis',
      formatter: (params: unknown) => {
        const list = (Array.isArray(params) ? params : [params]) as { dataIndex: number }[];
        const i = list[0]?.dataIndex ?? 0;
        const lines = model.series.map((s) => {
          const c = s.cells[i];
          const text = c.suppressed ? `${SUPPRESSED_TEXT} (hidden)` : c.text;
          return `${escapeHtml(s.name)}: ${escapeHtml(text)}`;
        });
        return [escapeHtml(model.categories[i] ?? ''), ...lines].join('<br>');
      },
    },
    xAxis: { type: 'category', data: model.categories, axisLabel: { color: '#111', hideOverlap: true } },
    yAxis: {
      type: 'value',
      min: model.kind === 'share' || model.kind === 'count' ? 0 : undefined,
      max: axisMax(model, settings.max),
      axisLabel: { color: '#111', formatter: (v: number) => fmt(v) },
    },
    series,
  } as DashboardOption;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A sentence that sums a chart up for a screen reader (the table beside it has every number). */
export function chartSummary(model: ChartModel, panelName: string): string {
  const parts = model.series.map((s) => {
    const shown = s.cells.filter((c) => c.value !== null).length;
    const hidden = s.cells.filter((c) => c.suppressed).length;
    return `${s.name}: ${shown} of ${s.cells.length} periods shown${hidden ? `, ${hidden} hidden as ${SUPPRESSED_TEXT}` : ''}`;
  });
  const band =
    model.band && (model.band.min !== null || model.band.max !== null)
      ? ` Expected range ${model.band.min !== null ? formatNumber(model.band.min, model.kind) : 'none'} to ${model.band.max !== null ? formatNumber(model.band.max, model.kind) : 'none'}.`
      : '';
  return `${model.title}, ${panelName}, by period. ${model.description}${band} ${parts.join('; ')}. The table below has every number.`;
}
