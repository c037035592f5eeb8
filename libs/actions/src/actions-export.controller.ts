import { Controller, Get, Header, Query, type StreamableFile } from '@nestjs/common';
import { HttpRoute } from '@marac/access';
import type { CaseModel } from '@marac/cases';
import {
  allPages,
  csvTable,
  type CsvColumn,
  HttpCtx,
  queryInput,
  type GqlContext,
  type QueryFieldKind,
  type RequestContext,
} from '@marac/core';
import type { Agency, User } from '@marac/identity';
import { ActionResolver } from './action.resolver.js';
import { ACTIONS_PAGE_MAX, ActionService } from './action.service.js';
import { ActionFilter } from './dto/action.inputs.js';
import type { ActionModel, ActionUpdateModel } from './models/action.model.js';

/** The query parameters of `GET /exports/actions.csv`: the fields of `actions(filter: ActionFilter)`. */
const FILTER: Readonly<Record<keyof ActionFilter, QueryFieldKind>> = {
  agencyId: 'string',
  status: 'list',
  overdue: 'boolean',
  panelId: 'string',
};

/** One action with what the GraphQL field resolvers give the caller of it. */
interface ActionRow {
  a: ActionModel;
  case: CaseModel | null;
  ownerAgency: Agency | null;
  assignee: User | null;
  overdue: boolean;
  lastUpdate: ActionUpdateModel | undefined;
}

/** The columns of the actions export, in order (docs/exports.md lists them); every cell is a field of `actions`. */
export const ACTION_EXPORT_COLUMNS: readonly CsvColumn<ActionRow>[] = [
  ['case_reference', (r) => r.case?.reference],
  ['description', (r) => r.a.description],
  ['category', (r) => r.a.category],
  ['owner_agency', (r) => r.ownerAgency?.name],
  ['owner_agency_kind', (r) => r.ownerAgency?.kind],
  ['assignee', (r) => r.assignee?.name],
  ['due_date', (r) => r.a.dueDate],
  ['status', (r) => r.a.status],
  ['overdue', (r) => r.overdue],
  ['last_update_at', (r) => r.lastUpdate?.at],
  ['last_update_status', (r) => r.lastUpdate?.status],
  ['last_update_note', (r) => r.lastUpdate?.note],
  ['action_id', (r) => r.a.id],
];

/**
 * `GET /exports/actions.csv?agencyId=..&status=OPEN,IN_PROGRESS&overdue=true&panelId=..`: every action the caller
 * gets from `actions` with the same filter (all pages, by due date), one row each. Rows come from
 * `ActionService.list` (the resolver's method: actions whose case the caller sees in detail; it notes their cases in
 * the request's read log, written as one read-audit event by the HTTP audit interceptor) and the cells from the
 * Action field resolvers themselves.
 */
@Controller('exports')
export class ActionsExportController {
  constructor(
    private readonly actions: ActionService,
    private readonly fields: ActionResolver,
  ) {}

  @Get('actions.csv')
  @HttpRoute('GET /exports/actions.csv')
  @Header('Cache-Control', 'no-store')
  async actionsCsv(
    @HttpCtx() ctx: RequestContext,
    @Query() query: Record<string, unknown>,
  ): Promise<StreamableFile> {
    const filter = await queryInput(ActionFilter, FILTER, query);
    const found = await allPages(async (after) => {
      const page = await this.actions.list(ctx, filter, ACTIONS_PAGE_MAX, after ?? null);
      return { items: page, next: page.length < ACTIONS_PAGE_MAX ? undefined : page.at(-1)!.id };
    });
    const rows = await Promise.all(found.map((a) => this.row(ctx, a)));
    return csvTable('actions', ACTION_EXPORT_COLUMNS, rows);
  }

  /** The fields of one action as the GraphQL resolvers answer them (batched by the request's loaders). */
  private async row(ctx: RequestContext, a: ActionModel): Promise<ActionRow> {
    const gql = { ctx } as GqlContext;
    const [c, ownerAgency, assignee, updates] = await Promise.all([
      this.fields.case(a, undefined, gql),
      this.fields.ownerAgency(a, undefined, gql),
      this.fields.assignee(a, undefined, gql),
      this.fields.updates(a, undefined, gql),
    ]);
    return { a, case: c, ownerAgency, assignee, overdue: this.fields.overdue(a), lastUpdate: updates.at(-1) };
  }
}
