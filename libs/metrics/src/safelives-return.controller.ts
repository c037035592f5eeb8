import { Controller, Get, Query, type StreamableFile } from '@nestjs/common';
import { HttpRoute } from '@marac/access';
import { csvFile, HttpCtx, type RequestContext } from '@marac/core';
import { MetricsService } from './metrics.service.js';
import { safeLivesReturnCsv } from './safelives-return.csv.js';

/**
 * `GET /exports/safelives-return.csv?panelId=..&quarter=2026-Q1` with the API's bearer token: the figures of the
 * `safeLivesReturn` query (the same service call, so the same rules and the same answer codes, as HTTP statuses) as
 * a spreadsheet. The guard checks the route's rule (HTTP_ROUTES) and the read audit is written by HttpRequestAudit.
 */
@Controller('exports')
export class SafeLivesReturnController {
  constructor(private readonly metrics: MetricsService) {}

  @HttpRoute('GET /exports/safelives-return.csv')
  @Get('safelives-return.csv')
  async csv(
    @HttpCtx() ctx: RequestContext,
    @Query('panelId') panelId: unknown,
    @Query('quarter') quarter: unknown,
  ): Promise<StreamableFile> {
    const r = await this.metrics.safeLivesReturn(ctx, text(panelId), text(quarter));
    return csvFile(`safelives-return-${r.quarter}`, safeLivesReturnCsv(r));
  }
}

/** A query parameter given once, as text ('' when missing or repeated: the service refuses it with its field). */
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
