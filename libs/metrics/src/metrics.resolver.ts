import { Args, Query, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext } from '@marac/core';
import { MetricsInput } from './dto/metrics.inputs.js';
import { MetricsService } from './metrics.service.js';
import { PanelMetricsModel } from './models/metrics.model.js';
import { Interval } from './periods.js';

@Resolver(() => PanelMetricsModel)
export class MetricsResolver {
  constructor(private readonly metrics: MetricsService) {}

  @Query(() => PanelMetricsModel)
  panelMetrics(@Ctx() ctx: RequestContext, @Args('input') input: MetricsInput) {
    return this.metrics.panelMetrics(ctx, input);
  }

  @Query(() => [PanelMetricsModel], {
    description:
      'One PanelMetrics per calendar month, quarter or year of the period (the ends clipped to it)',
  })
  panelMetricsSeries(
    @Ctx() ctx: RequestContext,
    @Args('input') input: MetricsInput,
    @Args('interval', { type: () => Interval }) interval: Interval,
  ) {
    return this.metrics.series(ctx, input, interval);
  }
}
