import { Controller, Post, Query, Req, Res } from '@nestjs/common';
import { HttpRoute } from '@marac/access';
import { DomainError, HttpCtx, type HttpRequest, type RequestContext } from '@marac/core';
import { httpSummary, ImportService, type HttpImportSummary } from './import.service.js';

/**
 * `POST /imports?panelId=..[&dryRun=true]` with the CSV file as the body (`Content-Type: text/csv`, up to 50 MB),
 * the API's bearer token; panel staff of that panel only (HTTP_ROUTES, then the panel's own rule). Answers 201 with
 * the summary of an import, 200 with the same report for a dry run, 422 with every bad row for a refused file. The
 * summary leaves out the figures about persons, flags and repeats (httpSummary); a dry run is audited.
 */
@Controller()
export class ImportController {
  constructor(private readonly imports: ImportService) {}

  @HttpRoute('POST /imports')
  @Post('imports')
  async import(
    @HttpCtx() ctx: RequestContext,
    @Query('panelId') panelId: unknown,
    @Query('dryRun') dryRun: unknown,
    @Req() req: HttpRequest,
    @Res({ passthrough: true }) res: { status(code: number): unknown },
  ): Promise<HttpImportSummary> {
    if (typeof panelId !== 'string' || !panelId) throw DomainError.badInput('panelId', 'is required');
    if (dryRun !== undefined && dryRun !== 'true' && dryRun !== 'false')
      throw DomainError.badInput('dryRun', 'must be true or false');
    // the panel and the caller's right to it first: a refusal never depends on the file
    await this.imports.panelFor(ctx, panelId);
    if (typeof req.body !== 'string')
      throw DomainError.badInput('body', 'send the CSV file as the body, with Content-Type: text/csv');
    const summary = await this.imports.import(ctx, panelId, req.body, { dryRun: dryRun === 'true' });
    res.status(summary.refused ? 422 : summary.dryRun ? 200 : 201);
    // only what the caller may see: no person, flag or repeat figures (they are computed over every panel's cases)
    return httpSummary(summary);
  }
}
