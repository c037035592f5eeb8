import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { DomainError, isCalendarDate, londonToday, type AgencyKind, type RequestContext } from '@marac/core';
import { effectiveSettings, PanelService } from '@marac/identity';
import type { MetricsInput } from './dto/metrics.inputs.js';
import { MetricsRepository } from './metrics.repository.js';
import type { PanelMetricsModel } from './models/metrics.model.js';
import {
  buckets,
  checkWholeEndedMonths,
  periodDays,
  SERIES_MAX_BUCKETS,
  type Interval,
  type Period,
} from './periods.js';
import { rangeChecks } from './range-checks.js';
import { presentFigures, type ExactFigures } from './suppression.js';

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

  async panelMetrics(ctx: RequestContext, input: MetricsInput): Promise<PanelMetricsModel> {
    const [one] = await this.compute(ctx, input, [checkPeriod(input)]);
    return one;
  }

  async series(ctx: RequestContext, input: MetricsInput, interval: Interval): Promise<PanelMetricsModel[]> {
    const list = buckets(checkPeriod(input), interval);
    if (list.length > SERIES_MAX_BUCKETS)
      throw DomainError.badInput(
        'interval',
        `gives more than ${SERIES_MAX_BUCKETS} buckets; shorten the period`,
      );
    return this.compute(ctx, input, list);
  }

  private async compute(
    ctx: RequestContext,
    input: MetricsInput,
    periods: Period[],
  ): Promise<PanelMetricsModel[]> {
    const panel = await this.panels.byId(ctx, input.panelId);
    if (!panel || !ctx.can.can('read', subject('Metrics', { panelId: panel.id })))
      throw DomainError.notFound('Panel', input.panelId);
    const suppress = !ctx.can.can('readExact', subject('Metrics', { panelId: panel.id }));
    // a period ending on any day could be differenced against another to single out the cases of a few days
    if (suppress) checkWholeEndedMonths(input, londonToday());
    // figures of overlapping periods in one response could be subtracted to recover a suppressed count
    if (suppress && !ctx.claimOnce('metrics.suppressed')) {
      throw DomainError.badInput('input', 'ask for one panelMetrics or panelMetricsSeries per request');
    }
    const settings = effectiveSettings(panel.settings);
    const rows = await this.repository.figures(ctx, panel.id, periods, londonToday());
    return rows.map(({ sources, ...row }) => {
      const exact: ExactFigures = {
        ...row,
        sources: Object.entries(sources).map(([kind, count]) => ({ kind: kind as AgencyKind, count })),
      };
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

/** from and to are calendar dates, from <= to. */
function checkPeriod(input: MetricsInput): Period {
  if (!isCalendarDate(input.from)) throw DomainError.badInput('from', 'must be a calendar date YYYY-MM-DD');
  if (!isCalendarDate(input.to)) throw DomainError.badInput('to', 'must be a calendar date YYYY-MM-DD');
  if (input.to < input.from) throw DomainError.badInput('to', 'must not be before from');
  return { from: input.from, to: input.to };
}
