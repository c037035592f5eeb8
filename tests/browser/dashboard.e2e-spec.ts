/**
 * The strategic dashboard in a real browser (issue 13): the figures shown are those of `panelMetrics` for the same
 * panel and period, a suppressed figure is "<5" with its reason on focus, the charts draw with a table view each,
 * the CSV has what is shown, a coordinator sees exact figures, and axe finds no serious violation.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { FIGURES, formatNumber, type MetricsLike } from '../../apps/web/src/pages/dashboard/figures.js';
import { londonToday, presetPeriod } from '../../apps/web/src/pages/dashboard/periods.js';
import { BrowserWorld, describeBrowser } from './support/browser.js';

const METRICS = `query($input: MetricsInput!) { panelMetrics(input: $input) {
  panelId from to roundedTo suppressedFigures
  ${FIGURES.map((f) => f.name).join(' ')}
  referralSources { agencyKind count share }
  rangeChecks { figure value expectedMin expectedMax withinRange } } }`;

/** Every figure cell of one panel's card: name, text, data-value, suppressed. */
async function shownFigures(page: Page, panelId: string) {
  return page.$$eval(`[data-panel-card="${panelId}"] [data-figure]`, (els) =>
    els.map((e) => ({
      figure: e.getAttribute('data-figure')!,
      text: e.textContent!.trim(),
      value: e.getAttribute('data-value'),
      suppressed: e.getAttribute('data-suppressed') === 'true',
    })),
  );
}

describeBrowser('strategic dashboard', () => {
  let w: BrowserWorld;
  let page: Page;
  beforeAll(async () => {
    w = await BrowserWorld.start();
    page = await w.newPage();
  }, 120_000);
  afterAll(async () => {
    w?.report('dashboard');
    await w?.close();
  });

  it('shows each panel the figures panelMetrics gives for the same period, "<5" for a suppressed one', async () => {
    const t0 = Date.now();
    await w.signIn(page, 'strategic', '/dashboard');
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await page.locator('[data-panel-card] table[data-panel]').first().waitFor();
    w.timings['sign-in to dashboard figures shown'] = Date.now() - t0;

    const period = presetPeriod('last-12-months', londonToday());
    const cards = await page.$$eval('[data-panel-card]', (els) =>
      els.map((e) => e.getAttribute('data-panel-card')!),
    );
    expect(cards.length).toBeGreaterThan(0);
    await page
      .locator('[data-panel-card] table[data-panel]')
      .nth(cards.length - 1)
      .waitFor();
    // open the full list of figures of every card so every figure is compared
    for (const s of await page.locator('[data-panel-card] details summary').all()) await s.click();

    let suppressedSeen = 0;
    for (const panelId of cards) {
      const { panelMetrics: m } = await w.t.ok<{ panelMetrics: MetricsLike }>('strategic', METRICS, {
        input: { panelId, ...period },
      });
      expect(m.roundedTo).toBe(5);
      const shown = await shownFigures(page, panelId);
      const names = new Set(shown.map((s) => s.figure));
      expect(names.has('casesHeard')).toBe(true);
      for (const s of shown) {
        if (s.figure.startsWith('referralSources.')) {
          const src = m.referralSources.find((x) => `referralSources.${x.agencyKind}` === s.figure)!;
          expect([s.figure, s.suppressed ? null : Number(s.value)]).toEqual([s.figure, src.count ?? null]);
          continue;
        }
        const def = FIGURES.find((f) => f.name === s.figure);
        if (!def) continue; // a range check that is not a PanelMetrics field (cases per 10,000)
        const api = m[s.figure] as number | null;
        if (m.suppressedFigures.includes(s.figure)) {
          expect([s.figure, s.text, s.suppressed]).toEqual([s.figure, '<5', true]);
          suppressedSeen++;
        } else if (api === null) {
          expect([s.figure, s.text]).toEqual([s.figure, 'no cases']);
        } else {
          expect([s.figure, Number(s.value), s.text]).toEqual([s.figure, api, formatNumber(api, def.kind)]);
        }
      }
    }
    expect(suppressedSeen).toBeGreaterThan(0);
  }, 60_000);

  it('explains a "<5" on focus (aria-describedby) and on hover', async () => {
    const hidden = page.locator('[data-suppressed="true"]').first();
    await hidden.focus();
    const tipId = await hidden.getAttribute('aria-describedby');
    const tip = page.locator(`[id="${tipId}"]`);
    await tip.waitFor({ state: 'visible' });
    expect(await tip.textContent()).toMatch(/Hidden/);
    expect(await tip.getAttribute('role')).toBe('tooltip');
  });

  it('draws the charts, each labelled with a table view, and passes axe', async () => {
    await page.locator('[data-chart="cases"] .dash-chart svg').first().waitFor();
    const charts = await page.$$eval('figure[data-chart]', (els) =>
      els.map((e) => ({
        caption: e.querySelector('figcaption')?.textContent ?? '',
        table: !!e.querySelector('table caption'),
        label: e.querySelector('[role="img"]')?.getAttribute('aria-label') ?? null,
      })),
    );
    expect(charts.length).toBeGreaterThanOrEqual(7);
    for (const c of charts) {
      expect(c.caption).not.toBe('');
      expect(c.table).toBe(true);
    }
    expect(charts.some((c) => c.label && /table below has every number/.test(c.label))).toBe(true);

    // the table view of a chart has the numbers of panelMetricsSeries (by quarter: the strategic best fit)
    const figure = page.locator('figure[data-chart="cases"]').first();
    const panelId = (await figure.getAttribute('data-panel'))!;
    await figure.locator('summary', { hasText: 'Table view' }).click();
    const rows = await figure
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td .dash-value')].map((v) => v.textContent!.trim())),
      );
    const { panelMetricsSeries } = await w.t.ok<{ panelMetricsSeries: MetricsLike[] }>(
      'strategic',
      `query($input: MetricsInput!) { panelMetricsSeries(input: $input, interval: QUARTER) {
        casesHeard referrals suppressedFigures panelId from to roundedTo } }`,
      { input: { panelId, ...presetPeriod('last-12-months', londonToday()) } },
    );
    expect(rows).toEqual(
      panelMetricsSeries.map((m) =>
        (['casesHeard', 'referrals'] as const).map((f) =>
          m.suppressedFigures.includes(f) ? '<5' : formatNumber(m[f] as number, 'count'),
        ),
      ),
    );
    await page.waitForTimeout(300); // let the charts settle for the screenshot
    expect(await w.check(page, 'dashboard')).toEqual([]);
    expect(w.cspViolations).toEqual([]);
  }, 30_000);

  it('downloads a CSV of what is shown, hidden figures as "<5"', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV of what is shown' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^dashboard-\d{4}-\d{2}-01-to-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFFpanel,period_from,period_to,section')).toBe(true);
    expect(csv).toMatch(/,<5,,yes,/);
    expect(csv).toMatch(/,headline,,,,casesHeard,Cases discussed,/);
  });

  it('shows a coordinator their own panel, exact', async () => {
    const p = await w.newPage();
    await w.signIn(p, 'marac.coordinator', '/dashboard');
    await p.locator('[data-panel-card] table[data-panel]').first().waitFor();
    expect(await p.locator('[data-panel-card]').count()).toBe(1);
    await p.getByText('Exact figures.').waitFor();
    expect(await p.locator('[data-suppressed="true"]').count()).toBe(0);
  }, 30_000);
});
