import { Args, ID, Info, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, RequestContext, selectedFields } from '@marac/core';
import { MetricsInput } from './dto/metrics.inputs.js';
import { MetricsService } from './metrics.service.js';
import { PanelMetricsModel } from './models/metrics.model.js';
import { SafeLivesReturnModel } from './models/safelives-return.model.js';
import { Interval } from './periods.js';

@Resolver(() => PanelMetricsModel)
export class MetricsResolver {
  constructor(private readonly metrics: MetricsService) {}

  @Query(() => PanelMetricsModel, {
    description:
      'The figures Strategic MARAC reviews, for one panel and period (docs/metrics.md): exact for panel staff; for STRATEGIC whole ended months only, counts 1-4 suppressed and the rest rounded to 5',
  })
  panelMetrics(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The panel and the period' }) input: MetricsInput,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.metrics.panelMetrics(ctx, input, selectedFields(info));
  }

  @Query(() => [PanelMetricsModel], {
    description:
      'One PanelMetrics per calendar month, quarter or year of the period (the ends clipped to it)',
  })
  panelMetricsSeries(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The panel and the whole period' }) input: MetricsInput,
    @Args('interval', { type: () => Interval, description: 'One set of figures per month, quarter or year' })
    interval: Interval,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.metrics.series(ctx, input, interval, selectedFields(info));
  }

  @Query(() => SafeLivesReturnModel, {
    description:
      "A panel's SafeLives quarterly return: a row per meeting held and the quarter's total, the same figures as panelMetrics for the quarter's dates (docs/metrics.md); also GET /exports/safelives-return.csv",
  })
  safeLivesReturn(
    @Ctx() ctx: RequestContext,
    @Args('panelId', { type: () => ID, description: 'The panel' }) panelId: string,
    @Args('quarter', { description: 'a calendar quarter, e.g. "2026-Q1" (January to March)' })
    quarter: string,
  ) {
    return this.metrics.safeLivesReturn(ctx, panelId, quarter);
  }
}
