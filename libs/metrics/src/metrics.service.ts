import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { isUUID } from 'class-validator';
import {
  clock,
  DomainError,
  isCalendarDate,
  londonToday,
  type AgencyKind,
  type RequestContext,
} from '@marac/core';
import { effectiveSettings, PanelService, type Panel } from '@marac/identity';
import type { MetricsInput } from './dto/metrics.inputs.js';
import { groupsFor } from './figure-groups.js';
import { MetricsRepository } from './metrics.repository.js';
import type { PanelMetricsModel } from './models/metrics.model.js';
import type { SafeLivesReturnModel } from './models/safelives-return.model.js';
import {
  buckets,
  checkWholeEndedMonths,
  periodDays,
  quarterPeriod,
  SERIES_MAX_BUCKETS,
  type Interval,
  type Period,
} from './periods.js';
import { rangeChecks } from './range-checks.js';
import {
  presentFigures,
  presentReturnRow,
  Presenter,
  type ExactFigures,
  type ExactReturnRow,
} from './suppression.js';

/** The referral sources as the SQL gives them (kind -> count) as a list. */
const sourceList = (sources: Record<string, number>) =>
  Object.entries(sources).map(([kind, count]) => ({ kind: kind as AgencyKind, count }));

/**
 * Strategic figures (docs/metrics.md). Who may see which panel comes from the CASL rules on 'Metrics': STRATEGIC
 * reads every panel with suppression, panel staff read their own panels exactly ('readExact'), anyone else allowed
 * to call gets NOT_FOUND for a panel they may not see. Two statements per call whatever the period or the number of
 * buckets: the panel (with its settings), then one grouped aggregate query.
 */
@Injectable()
export class MetricsService {
  constructor(
    private readonly repository: MetricsRepository,
    private readonly panels: PanelService,
  ) {}

  /** `fields`: the PanelMetrics fields the caller selected (only their figures are computed; null: all). */
  async panelMetrics(
    ctx: RequestContext,
    input: MetricsInput,
    fields: Iterable<string> | null = null,
  ): Promise<PanelMetricsModel> {
    const [one] = await this.compute(ctx, input, [checkPeriod(input)], fields);
    return one;
  }

  async series(
    ctx: RequestContext,
    input: MetricsInput,
    interval: Interval,
    fields: Iterable<string> | null = null,
  ): Promise<PanelMetricsModel[]> {
    const list = buckets(checkPeriod(input), interval);
    if (list.length > SERIES_MAX_BUCKETS)
      throw DomainError.badInput(
        'interval',
        `gives more than ${SERIES_MAX_BUCKETS} buckets; shorten the period`,
      );
    return this.compute(ctx, input, list, fields);
  }

  /**
   * The SafeLives quarterly return (docs/metrics.md): the quarter's total is computed by the CTEs and select of the
   * statement `panelMetrics` runs for the quarter's dates, and the meeting rows group the same cases by the meeting
   * that first heard them (one statement), so the return and panelMetrics can never disagree. Panel staff get every
   * row exact; STRATEGIC the total row only, suppressed and rounded, for a quarter that has ended, one set of metrics
   * per request.
   */
  async safeLivesReturn(
    ctx: RequestContext,
    panelId: string,
    quarter: string,
  ): Promise<SafeLivesReturnModel> {
    const period = quarterPeriod(quarter);
    const { panel, suppress } = await this.panelFor(ctx, panelId);
    const now = clock.now();
    // a quarter that has not ended changes as it goes: two requests a day apart would single out a day's cases
    if (suppress && period.to >= londonToday(now))
      throw DomainError.badInput('quarter', 'must have ended (quarters that have ended only)');
    if (suppress) this.claimSuppressed(ctx);
    const { total, meetings } = await this.repository.safeLivesReturn(ctx, panel.id, period, now, !suppress);
    const p = new Presenter(suppress);
    const shownTotal = presentReturnRow(returnRow(total), p);
    return {
      panelId: panel.id,
      quarter,
      generatedAt: now,
      meetings: meetings.map((m) => ({
        meetingDate: m.meetingDate,
        ...presentReturnRow(returnRow(m), new Presenter(false)),
      })),
      total: { meetingDate: null, ...shownTotal },
      suppressedFigures: p.suppressedFigures,
      roundedTo: p.roundedTo,
    };
  }

  /** The panel, if the caller may read its metrics (NOT_FOUND otherwise), and whether they see them suppressed. */
  private async panelFor(ctx: RequestContext, panelId: string): Promise<{ panel: Panel; suppress: boolean }> {
    if (!isUUID(panelId, 'all')) throw DomainError.badInput('panelId', 'must be a panel id');
    const panel = await this.panels.byId(ctx, panelId);
    if (!panel || !ctx.can.can('read', subject('Metrics', { panelId: panel.id })))
      throw DomainError.notFound('Panel', panelId);
    return { panel, suppress: !ctx.can.can('readExact', subject('Metrics', { panelId: panel.id })) };
  }

  /** Figures of overlapping periods in one response could be subtracted to recover a suppressed count. */
  private claimSuppressed(ctx: RequestContext): void {
    if (!ctx.claimOnce('metrics.suppressed'))
      throw DomainError.badInput(
        'input',
        'ask for one panelMetrics, panelMetricsSeries or safeLivesReturn per request',
      );
  }

  private async compute(
    ctx: RequestContext,
    input: MetricsInput,
    periods: Period[],
    fields: Iterable<string> | null,
  ): Promise<PanelMetricsModel[]> {
    const { panel, suppress } = await this.panelFor(ctx, input.panelId);
    // a period ending on any day could be differenced against another to single out the cases of a few days
    const now = clock.now();
    if (suppress) checkWholeEndedMonths(input, londonToday(now));
    if (suppress) this.claimSuppressed(ctx);
    const settings = effectiveSettings(panel.settings);
    // only the figures the caller selected (a field that depends on all of them, such as rangeChecks, asks for all)
    const rows = await this.repository.figures(ctx, panel.id, periods, now, groupsFor(fields));
    return rows.map(({ sources, ...row }) => {
      const exact: ExactFigures = { ...row, sources: sourceList(sources ?? {}) };
      const shown = presentFigures(exact, suppress);
      return {
        panelId: panel.id,
        from: row.from,
        to: row.to,
        ...shown,
        rangeChecks: rangeChecks({ ...shown }, settings, periodDays(row)),
      };
    });
  }
}

/** The case figures of the return from a row of the SQL (the quarter's, or a meeting's). */
function returnRow(
  row: Omit<ExactReturnRow, 'sources'> & { sources: Record<string, number> },
): ExactReturnRow {
  return {
    casesHeard: row.casesHeard,
    repeatCases: row.repeatCases,
    childrenInHouseholds: row.childrenInHouseholds,
    sources: sourceList(row.sources),
    bameCases: row.bameCases,
    lgbtCases: row.lgbtCases,
    disabledCases: row.disabledCases,
    maleCases: row.maleCases,
    victimsAged16To17: row.victimsAged16To17,
  };
}

/** from and to are calendar dates, from <= to. */
function checkPeriod(input: MetricsInput): Period {
  if (!isCalendarDate(input.from)) throw DomainError.badInput('from', 'must be a calendar date YYYY-MM-DD');
  if (!isCalendarDate(input.to)) throw DomainError.badInput('to', 'must be a calendar date YYYY-MM-DD');
  if (input.to < input.from) throw DomainError.badInput('to', 'must not be before from');
  return { from: input.from, to: input.to };
}
