/**
 * The strategic dashboard: per panel, the headline figures of `panelMetrics` with their expected ranges, and the
 * charts of `panelMetricsSeries`, several panels side by side (small multiples, one scale per chart). STRATEGIC users
 * choose any panels and whole ended months; panel coordinators and chairs see their own panels, exact.
 */
import { lazy, Suspense, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useAuth } from '../../auth';
import { ErrorMessage } from '../../errors';
import { Page } from '../../Layout';
import { Loading } from '../../ui';
import { chartModels, CHARTS, hasValues, sharedMax, tableView, type ChartModel } from './charts.js';
import { csvFileName, dashboardCsv } from './csv.js';
import { chartOption, chartSummary } from './echarts-options.js';
import { FigureValue } from './FigureValue.js';
import {
  figureDef,
  figuresFor,
  HEADLINE_FIGURES,
  present,
  presentSources,
  roundingNote,
  type MetricsLike,
} from './figures.js';
import {
  defaultInterval,
  londonToday,
  monthChoices,
  periodLabel,
  presetPeriod,
  PRESETS,
  strategicPeriodProblem,
  type Interval,
  type PresetId,
} from './periods.js';
import { DASHBOARD_PANELS, PANEL_METRICS, PANEL_METRICS_SERIES } from './queries.js';
import { rangeFor, rangeView } from './range-status.js';
import './dashboard.css';

const Chart = lazy(() => import('./Chart.js'));

interface PanelInfo {
  id: string;
  name: string;
  kind: string;
  area: string;
}
interface PanelResult {
  metrics?: MetricsLike;
  series?: MetricsLike[];
  error?: string;
  loading: boolean;
}

const MAX_DEFAULT_PANELS = 3;

function errorText(e: unknown): string {
  const err = e as { errors?: { message: string }[]; message?: string };
  return err?.errors?.[0]?.message ?? err?.message ?? 'The figures could not be loaded.';
}

export default function Dashboard() {
  const { data, loading, error } = useQuery(DASHBOARD_PANELS);
  const { roles } = useAuth();
  return (
    <Page title="Dashboard">
      {error ? (
        <ErrorMessage error={error} />
      ) : loading || !data || !roles ? (
        <Loading what="Loading the dashboard" />
      ) : (
        <DashboardFor
          panels={data.panels}
          strategic={roles.strategic}
          ownIds={new Set(roles.staffPanels.map((p) => p.id))}
        />
      )}
    </Page>
  );
}

function DashboardFor({
  panels,
  strategic,
  ownIds,
}: {
  panels: readonly PanelInfo[];
  strategic: boolean;
  ownIds: Set<string>;
}) {
  const client = useApolloClient();
  const available = strategic ? panels : panels.filter((p) => ownIds.has(p.id));
  const today = londonToday();
  const months = useMemo(() => monthChoices(today), [today]);

  const [selected, setSelected] = useState<string[]>(() =>
    available.slice(0, strategic ? MAX_DEFAULT_PANELS : available.length).map((p) => p.id),
  );
  const [preset, setPreset] = useState<PresetId>('last-12-months');
  const [customFrom, setCustomFrom] = useState(months[11]?.value ?? months[0].value);
  const [customTo, setCustomTo] = useState(months[0].value);
  const period = presetPeriod(preset, today, { from: customFrom, to: customTo });
  const [intervalChoice, setIntervalChoice] = useState<Interval | 'AUTO'>('AUTO');
  const interval = intervalChoice === 'AUTO' ? defaultInterval(period, strategic) : intervalChoice;
  const problem = strategic ? strategicPeriodProblem(period, today) : null;

  const [results, setResults] = useState<Record<string, PanelResult>>({});
  const key = `${selected.join(',')}|${period.from}|${period.to}|${interval}`;
  useEffect(() => {
    if (problem) return;
    let live = true;
    setResults(Object.fromEntries(selected.map((id) => [id, { loading: true }])));
    const input = (panelId: string) => ({ panelId, from: period.from, to: period.to });
    for (const panelId of selected) {
      // one request per set of metrics: a STRATEGIC viewer may not have two in one response
      const one = client
        .query({
          query: PANEL_METRICS,
          variables: { input: input(panelId) },
          fetchPolicy: 'network-only',
        })
        .then((r) => r.data?.panelMetrics as MetricsLike | undefined);
      const many = client
        .query({
          query: PANEL_METRICS_SERIES,
          variables: { input: input(panelId), interval },
          fetchPolicy: 'network-only',
        })
        .then((r) => r.data?.panelMetricsSeries as MetricsLike[] | undefined);
      Promise.all([one, many]).then(
        ([metrics, series]) =>
          live && setResults((r) => ({ ...r, [panelId]: { metrics, series, loading: false } })),
        (e) => live && setResults((r) => ({ ...r, [panelId]: { error: errorText(e), loading: false } })),
      );
    }
    return () => {
      live = false;
    };
  }, [key, problem, client]);

  const shown = available.filter((p) => selected.includes(p.id));
  const charts: Record<string, ChartModel[]> = {};
  for (const p of shown) {
    const s = results[p.id]?.series;
    if (s) charts[p.id] = chartModels(p.kind, s, interval);
  }
  const ready = shown.filter((p) => results[p.id]?.metrics && charts[p.id]);

  const download = () => {
    const csv = dashboardCsv(
      ready.map((p) => ({
        name: p.name,
        kind: p.kind,
        metrics: results[p.id].metrics!,
        charts: charts[p.id],
      })),
    );
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = csvFileName(period.from, period.to);
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const toggle = (id: string, on: boolean) =>
    setSelected((s) =>
      on
        ? available.filter((p) => p.id === id || s.includes(p.id)).map((p) => p.id)
        : s.filter((x) => x !== id),
    );

  const roundedTo = ready[0] ? results[ready[0].id].metrics!.roundedTo : strategic ? 5 : 1;

  return (
    <div className="dash">
      {available.length === 0 ? (
        <p>You have no panel whose figures you may see.</p>
      ) : (
        <>
          <form
            className="dash-controls"
            onSubmit={(e) => e.preventDefault()}
            aria-label="What the dashboard shows"
          >
            <fieldset>
              <legend>Panels</legend>
              {available.map((p) => (
                <label key={p.id} className="dash-check">
                  <input
                    type="checkbox"
                    checked={selected.includes(p.id)}
                    onChange={(e) => toggle(p.id, e.target.checked)}
                  />{' '}
                  {p.name} ({p.kind})
                </label>
              ))}
            </fieldset>
            <div className="dash-field">
              <label htmlFor="dash-period">Period</label>
              <select id="dash-period" value={preset} onChange={(e) => setPreset(e.target.value as PresetId)}>
                {PRESETS.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.label}
                  </option>
                ))}
              </select>
            </div>
            {preset === 'custom' && (
              <>
                <div className="dash-field">
                  <label htmlFor="dash-from">From month</label>
                  <select id="dash-from" value={customFrom} onChange={(e) => setCustomFrom(e.target.value)}>
                    {months.map((m) => (
                      <option key={m.value} value={m.value}>
                        {m.label}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="dash-field">
                  <label htmlFor="dash-to">To month</label>
                  <select id="dash-to" value={customTo} onChange={(e) => setCustomTo(e.target.value)}>
                    {months.map((m) => (
                      <option key={m.value} value={m.value}>
                        {m.label}
                      </option>
                    ))}
                  </select>
                </div>
              </>
            )}
            <div className="dash-field">
              <label htmlFor="dash-interval">Charts by</label>
              <select
                id="dash-interval"
                value={intervalChoice}
                onChange={(e) => setIntervalChoice(e.target.value as Interval | 'AUTO')}
              >
                <option value="AUTO">Best fit ({interval.toLowerCase()})</option>
                <option value="MONTH">Month</option>
                <option value="QUARTER">Quarter</option>
                <option value="YEAR">Year</option>
              </select>
            </div>
            <button type="button" onClick={download} disabled={ready.length === 0}>
              Download CSV of what is shown
            </button>
          </form>

          <p className="dash-note" data-testid="dash-period">
            {periodLabel(period)} ({period.from} to {period.to}). {roundingNote(roundedTo)}
          </p>
          {problem && <p role="alert">{problem}</p>}
          {shown.length === 0 && <p>Choose at least one panel.</p>}

          <section aria-labelledby="dash-headline">
            <h2 id="dash-headline">Headline figures</h2>
            <div className="dash-multiples">
              {shown.map((p) => (
                <PanelCard key={p.id} panel={p} result={results[p.id]} />
              ))}
            </div>
          </section>

          <section aria-labelledby="dash-charts">
            <h2 id="dash-charts">Over time, by {interval.toLowerCase()}</h2>
            {CHARTS.filter((def) => ready.some((p) => charts[p.id].some((c) => c.id === def.id))).map(
              (def) => {
                const models = ready
                  .map((p) => ({ p, m: charts[p.id].find((c) => c.id === def.id) }))
                  .filter((x): x is { p: PanelInfo; m: ChartModel } => !!x.m);
                const max = sharedMax(models.map((x) => x.m));
                return (
                  <section key={def.id} aria-labelledby={`dash-chart-${def.id}`} className="dash-chart-row">
                    <h3 id={`dash-chart-${def.id}`}>{def.title}</h3>
                    <p className="dash-note">{def.description}</p>
                    <div className="dash-multiples">
                      {models.map(({ p, m }) => (
                        <ChartBlock key={p.id} panel={p} model={m} max={max} />
                      ))}
                    </div>
                  </section>
                );
              },
            )}
          </section>
        </>
      )}
    </div>
  );
}

function PanelCard({ panel, result }: { panel: PanelInfo; result?: PanelResult }) {
  const headingId = `dash-panel-${panel.id}`;
  let body: ReactNode;
  if (!result || result.loading) body = <p role="status">Loading the figures…</p>;
  else if (result.error || !result.metrics) body = <p role="alert">{result.error ?? 'No figures.'}</p>;
  else {
    const m = result.metrics;
    const figures = figuresFor(panel.kind);
    const headline = figures.filter((f) => HEADLINE_FIGURES.includes(f.name));
    const others = figures.filter((f) => !HEADLINE_FIGURES.includes(f.name));
    const extraChecks = m.rangeChecks.filter((c) => !figures.some((f) => f.name === c.figure));
    body = (
      <>
        <table className="dash-table" data-panel={panel.id}>
          <caption className="dash-sr">Headline figures, {panel.name}</caption>
          <thead>
            <tr>
              <th scope="col">Figure</th>
              <th scope="col">Shown</th>
              <th scope="col">Expected range</th>
            </tr>
          </thead>
          <tbody>
            {headline.map((f) => (
              <FigureRow key={f.name} m={m} name={f.name} />
            ))}
            {extraChecks.map((c) => {
              const r = rangeView(c);
              return (
                <tr key={c.figure}>
                  <th scope="row">{figureDef(c.figure).label}</th>
                  <td>
                    <FigureValue
                      figure={c.figure}
                      shown={
                        typeof c.value === 'number'
                          ? { text: String(c.value), value: c.value, suppressed: false, reason: null }
                          : { text: 'not shown', value: null, suppressed: false, reason: null }
                      }
                    />
                  </td>
                  <td>
                    <RangeCell status={r.status} symbol={r.symbol} words={r.words} expected={r.expected} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <details>
          <summary>All figures and referral sources</summary>
          <table className="dash-table">
            <caption className="dash-sr">Other figures, {panel.name}</caption>
            <thead>
              <tr>
                <th scope="col">Figure</th>
                <th scope="col">Shown</th>
                <th scope="col">Expected range</th>
              </tr>
            </thead>
            <tbody>
              {others.map((f) => (
                <FigureRow key={f.name} m={m} name={f.name} />
              ))}
            </tbody>
          </table>
          <table className="dash-table">
            <caption>Cases discussed by referral source, {panel.name}</caption>
            <thead>
              <tr>
                <th scope="col">Referred by</th>
                <th scope="col">Cases</th>
                <th scope="col">Share</th>
              </tr>
            </thead>
            <tbody>
              {presentSources(m).map((s) => (
                <tr key={s.kind}>
                  <th scope="row">{s.label}</th>
                  <td>
                    <FigureValue shown={s.count} figure={`referralSources.${s.kind}`} />
                  </td>
                  <td>
                    <FigureValue shown={s.share} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </>
    );
  }
  return (
    <article className="dash-card" aria-labelledby={headingId} data-panel-card={panel.id}>
      <h3 id={headingId}>
        {panel.name} <span className="dash-kind">{panel.kind}</span>
      </h3>
      {body}
    </article>
  );
}

function FigureRow({ m, name }: { m: MetricsLike; name: string }) {
  const r = rangeFor(m, name);
  return (
    <tr>
      <th scope="row">{figureDef(name).label}</th>
      <td>
        <FigureValue shown={present(m, name)} figure={name} />
      </td>
      <td>
        {r ? <RangeCell status={r.status} symbol={r.symbol} words={r.words} expected={r.expected} /> : '—'}
      </td>
    </tr>
  );
}

function RangeCell(r: { status: string; symbol: string; words: string; expected: string }) {
  return (
    <span className={`dash-range dash-range-${r.status.toLowerCase()}`} data-range={r.status}>
      <span aria-hidden="true">{r.symbol}</span> {r.words}{' '}
      <span className="dash-expected">({r.expected})</span>
    </span>
  );
}

function ChartBlock({ panel, model, max }: { panel: PanelInfo; model: ChartModel; max: number | null }) {
  const option = useMemo(() => chartOption(model, { max }), [model, max]);
  const table = tableView(model, panel.name);
  const label = chartSummary(model, panel.name);
  return (
    <figure className="dash-figure" data-chart={model.id} data-panel={panel.id}>
      <figcaption>
        {model.title}: {panel.name}
      </figcaption>
      {hasValues(model) ? (
        <Suspense
          fallback={
            <div className="dash-chart" role="status">
              Loading the chart…
            </div>
          }
        >
          <Chart option={option} label={label} />
        </Suspense>
      ) : (
        <p className="dash-note">Nothing to draw: every value is hidden or absent (see the table).</p>
      )}
      <details>
        <summary>Table view</summary>
        <table className="dash-table">
          <caption>{table.caption}</caption>
          <thead>
            <tr>
              {table.columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r) => (
              <tr key={r.label}>
                <th scope="row">{r.label}</th>
                {r.cells.map((c, i) => (
                  <td key={i}>
                    <FigureValue shown={c} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
