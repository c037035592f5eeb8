/// <reference types="jest" />
import { chartModel, chartModels, CHARTS, gridColumns, hasValues, sharedMax, tableView } from './charts.js';
import { csvCell, dashboardCsv } from './csv.js';
import { chartOption, chartSummary } from './echarts-options.js';
import { formatNumber, present, presentSources, SUPPRESSED_TEXT, type MetricsLike } from './figures.js';
import {
  bucketLabel,
  defaultInterval,
  lastDay,
  londonToday,
  monthChoices,
  presetPeriod,
  strategicPeriodProblem,
} from './periods.js';
import { rangeFor, rangeStatus } from './range-status.js';

const metrics = (over: Partial<MetricsLike> = {}): MetricsLike => ({
  panelId: 'p1',
  from: '2026-01-01',
  to: '2026-03-31',
  roundedTo: 5,
  suppressedFigures: [],
  rangeChecks: [],
  referralSources: [],
  casesHeard: 20,
  referrals: 25,
  repeatRate: 0.25,
  ...over,
});

describe('figures as shown', () => {
  it('shows a suppressed figure as "<5" with its reason, never as zero', () => {
    const m = metrics({ maleCases: null, maleShare: null, suppressedFigures: ['maleCases', 'maleShare'] });
    const c = present(m, 'maleCases');
    expect(c).toMatchObject({ text: SUPPRESSED_TEXT, value: null, suppressed: true });
    expect(c.reason).toMatch(/between 1 and 4/);
    expect(present(m, 'maleShare').reason).toMatch(/worked out from a count/);
  });

  it('shows zero as 0 and a null figure that is not suppressed as "no cases"', () => {
    const m = metrics({ crossPanelCases: 0, riskReducedShare: null });
    expect(present(m, 'crossPanelCases')).toMatchObject({ text: '0', value: 0, suppressed: false });
    expect(present(m, 'riskReducedShare')).toMatchObject({
      text: 'no cases',
      value: null,
      suppressed: false,
    });
  });

  it('formats counts, shares, days and signed points', () => {
    expect(formatNumber(1234, 'count')).toBe('1,234');
    expect(formatNumber(1 / 3, 'share')).toBe('33.3%');
    expect(formatNumber(0.4, 'share')).toBe('40%');
    expect(formatNumber(12.5, 'days')).toBe('12.5 days');
    expect(formatNumber(-2.25, 'points')).toBe('\u22122.25');
  });

  it('shows a hidden referral source as "<5"', () => {
    const m = metrics({
      referralSources: [
        { agencyKind: 'POLICE', count: 15, share: 0.75 },
        { agencyKind: 'HOUSING', count: null, share: null },
      ],
      suppressedFigures: ['referralSources.HOUSING'],
    });
    const [police, housing] = presentSources(m);
    expect(police.count.text).toBe('15');
    expect(police.share.text).toBe('75%');
    expect(housing).toMatchObject({ label: 'Housing', count: { text: '<5', suppressed: true } });
    expect(housing.share.suppressed).toBe(true);
  });
});

describe('range status', () => {
  const check = (value: number | null, withinRange: boolean | null) => ({
    figure: 'repeatRate',
    value,
    expectedMin: 0.28,
    expectedMax: 0.4,
    withinRange,
  });
  it('says in range, below or above in words and a symbol', () => {
    expect(rangeStatus(check(0.3, true))).toBe('IN_RANGE');
    expect(rangeStatus(check(0.1, false))).toBe('BELOW');
    expect(rangeStatus(check(0.5, false))).toBe('ABOVE');
    expect(rangeStatus(check(null, null))).toBe('UNKNOWN');
    const v = rangeFor(metrics({ rangeChecks: [check(0.1, false)] }), 'repeatRate')!;
    expect(v).toMatchObject({ words: 'Below the expected range', symbol: '\u25BC', expected: '28% to 40%' });
  });
  it('writes open ranges', () => {
    const v = rangeFor(
      metrics({
        rangeChecks: [{ figure: 'disabledShare', value: 0.2, expectedMin: 0.16, withinRange: true }],
      }),
      'disabledShare',
    )!;
    expect(v.expected).toBe('at least 16%');
    expect(rangeFor(metrics(), 'maleShare')).toBeNull();
  });
});

describe('periods', () => {
  const today = '2026-12-01';
  it('offers whole ended months only', () => {
    expect(presetPeriod('last-month', today)).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(presetPeriod('last-12-months', today)).toEqual({ from: '2025-12-01', to: '2026-11-30' });
    expect(presetPeriod('last-quarter', today)).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(presetPeriod('last-quarter', '2026-01-15')).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(presetPeriod('last-year', today)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(presetPeriod('custom', today, { from: '2026-05', to: '2026-02' })).toEqual({
      from: '2026-02-01',
      to: '2026-05-31',
    });
    for (const id of ['last-month', 'last-12-months', 'last-quarter', 'last-year'] as const)
      expect(strategicPeriodProblem(presetPeriod(id, today), today)).toBeNull();
  });
  it('refuses what the API refuses', () => {
    expect(strategicPeriodProblem({ from: '2026-01-02', to: '2026-01-31' }, today)).toMatch(/first day/);
    expect(strategicPeriodProblem({ from: '2026-01-01', to: '2026-01-30' }, today)).toMatch(/last day/);
    expect(strategicPeriodProblem({ from: '2026-12-01', to: '2026-12-31' }, today)).toMatch(/ended/);
  });
  it('knows month ends, choices, intervals and labels', () => {
    expect(lastDay('2028-02')).toBe('2028-02-29');
    expect(monthChoices(today, 3).map((c) => c.value)).toEqual(['2026-11', '2026-10', '2026-09']);
    expect(defaultInterval({ from: '2026-01-01', to: '2026-12-31' })).toBe('MONTH');
    expect(defaultInterval({ from: '2025-01-01', to: '2026-12-31' })).toBe('QUARTER');
    expect(defaultInterval({ from: '2026-01-01', to: '2026-12-31' }, true)).toBe('QUARTER');
    expect(defaultInterval({ from: '2026-01-01', to: '2026-03-31' }, true)).toBe('MONTH');
    expect(bucketLabel({ from: '2026-01-01', to: '2026-03-31' }, 'QUARTER')).toBe('2026 Q1');
    expect(bucketLabel({ from: '2026-02-01', to: '2026-03-31' }, 'QUARTER')).toBe('Feb 2026 to Mar 2026');
    expect(bucketLabel({ from: '2026-05-01', to: '2026-05-31' }, 'MONTH')).toBe('May 2026');
    expect(londonToday(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
  });
});

describe('charts', () => {
  const series = [
    metrics({
      from: '2026-01-01',
      to: '2026-03-31',
      casesHeard: 20,
      repeatRate: 0.25,
      referralSources: [
        { agencyKind: 'POLICE', count: 15, share: 0.75 },
        { agencyKind: 'IDVA', count: 5, share: 0.25 },
      ],
      rangeChecks: [
        { figure: 'repeatRate', value: 0.25, expectedMin: 0.28, expectedMax: 0.4, withinRange: false },
      ],
    }),
    metrics({
      from: '2026-04-01',
      to: '2026-06-30',
      casesHeard: null,
      repeatRate: null,
      suppressedFigures: ['casesHeard', 'repeatRate', 'referralSources.POLICE'],
      referralSources: [{ agencyKind: 'POLICE', count: null, share: null }],
    }),
  ];

  it('builds a model per chart with "<5" cells where hidden and the expected band', () => {
    const cases = chartModel(CHARTS[0], series, 'QUARTER');
    expect(cases.categories).toEqual(['2026 Q1', '2026 Q2']);
    expect(cases.series[0].cells.map((c) => c.text)).toEqual(['20', '<5']);
    const repeat = chartModel(CHARTS[1], series, 'QUARTER');
    expect(repeat.band).toEqual({ min: 0.28, max: 0.4 });
    const sources = chartModel(CHARTS[2], series, 'QUARTER');
    expect(sources.series.map((s) => s.name)).toEqual(['Police', 'IDVA service']);
    expect(sources.series[0].cells.map((c) => c.text)).toEqual(['15', '<5']);
    expect(sources.series[1].cells.map((c) => c.text)).toEqual(['5', '0']);
  });

  it('shows the RFGV chart for MATAC only', () => {
    expect(chartModels('MARAC', series, 'QUARTER').map((c) => c.id)).not.toContain('rfgv');
    expect(chartModels('MATAC', series, 'QUARTER').map((c) => c.id)).toContain('rfgv');
  });

  it('has a table view of the same numbers', () => {
    const t = tableView(chartModel(CHARTS[0], series, 'QUARTER'), 'Demo MARAC');
    expect(t.caption).toBe('Cases discussed, Demo MARAC');
    expect(t.columns).toEqual(['Period', 'Cases discussed', 'Referrals received']);
    expect(t.rows[1]).toMatchObject({ label: '2026 Q2', cells: [{ text: '<5' }, { text: '25' }] });
  });

  it('gives small multiples one scale and a grid that fits', () => {
    const a = chartModel(CHARTS[0], series, 'QUARTER');
    const b = chartModel(CHARTS[0], [metrics({ casesHeard: 40, referrals: 45 })], 'QUARTER');
    expect(sharedMax([a, b])).toBe(45);
    expect(sharedMax([chartModel(CHARTS[2], series, 'QUARTER')])).toBe(20);
    expect(gridColumns(3, 1200)).toBe(3);
    expect(gridColumns(3, 500)).toBe(1);
    expect(hasValues(chartModel(CHARTS[7], series, 'QUARTER'))).toBe(false);
  });

  it('draws a hidden value as a gap marked "<5", not as zero', () => {
    const option = chartOption(chartModel(CHARTS[0], series, 'QUARTER'), { max: 45 }) as any;
    expect(option.series[0].data).toEqual([20, null]);
    expect(option.series[0].markPoint.data).toEqual([{ name: 'hidden', coord: [1, 0] }]);
    expect(option.series[0].markPoint.label.formatter).toBe('<5');
    expect(option.yAxis.max).toBe(50);
    const tip = option.tooltip.formatter([{ dataIndex: 1 }]);
    expect(tip).toContain('Cases discussed: &#60;5 (hidden)');
    const repeat = chartOption(chartModel(CHARTS[1], series, 'QUARTER')) as any;
    expect(repeat.series[0].markArea.data).toEqual([[{ yAxis: 0.28 }, { yAxis: 0.4 }]]);
    expect(chartSummary(chartModel(CHARTS[1], series, 'QUARTER'), 'Demo MARAC')).toMatch(
      /Expected range 28% to 40%\. Repeat rate: 1 of 2 periods shown, 1 hidden as <5/,
    );
  });
});

describe('CSV of what is shown', () => {
  it('writes "<5" for a hidden figure, quotes and neutralises formulas', () => {
    const m = metrics({ maleCases: null, suppressedFigures: ['maleCases'] });
    const csv = dashboardCsv([{ name: 'Demo, MARAC', kind: 'MARAC', metrics: m, charts: [] }]);
    expect(csv.startsWith('\uFEFFpanel,period_from')).toBe(true);
    const lines = csv.split('\r\n');
    expect(lines.find((l) => l.includes(',maleCases,'))).toContain(',<5,,yes,');
    expect(lines.find((l) => l.includes(',casesHeard,'))).toBe(
      '"Demo, MARAC",2026-01-01,2026-03-31,headline,,,,casesHeard,Cases discussed,20,20,no,,,5',
    );
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell(-1.5)).toBe('-1.5');
  });
});
