import { Controller, Get, Header, Query, type StreamableFile } from '@nestjs/common';
import { HttpRoute } from '@marac/access';
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
import type { Agency, Panel } from '@marac/identity';
import { CASES_PAGE_MAX, CaseService } from './case.service.js';
import { CaseResolver, PersonResolver } from './case.resolver.js';
import { CaseFilter } from './dto/case.inputs.js';
import type { CaseFlagModel, CaseModel } from './models/case.model.js';
import type { ContactDetails, PersonModel } from './models/person.model.js';

/** The query parameters of `GET /exports/cases.csv`: the fields of `cases(filter: CaseFilter)`. */
const FILTER: Readonly<Record<keyof CaseFilter, QueryFieldKind>> = {
  panelId: 'string',
  status: 'list',
  isRepeat: 'boolean',
  referredFrom: 'date',
  referredTo: 'date',
};

/** One case with what the GraphQL field resolvers give the caller of it. */
interface CaseRow {
  c: CaseModel;
  panel: Panel | null;
  referringAgency: Agency | null;
  subject: PersonModel;
  contact: ContactDetails | null;
  isRepeat: boolean | null;
  flags: CaseFlagModel[];
  dashScore: number | null;
}

/** A list cell: the values joined by semicolons (a spreadsheet keeps the commas of the file's own quoting). */
const list = (values: readonly string[]) => values.join(';');

/**
 * The columns of the cases export, in order (docs/exports.md lists them). Every cell is a field the caller reads
 * through `cases` (the same resolvers): empty where the API answers null (contact details for a viewer who may not
 * see them, `isRepeat` and flags in the referrer's narrow view).
 */
export const CASE_EXPORT_COLUMNS: readonly CsvColumn<CaseRow>[] = [
  ['reference', (r) => r.c.reference],
  ['status', (r) => r.c.status],
  ['panel', (r) => r.panel?.name],
  ['panel_kind', (r) => r.panel?.kind],
  ['referral_date', (r) => r.c.referralDate],
  // the incident and closure dates are read when the case model carries them (issue 11's referral facts)
  ['incident_date', (r) => (r.c as { incidentDate?: string | null }).incidentDate],
  ['closed_on', (r) => (r.c as { closedOn?: string | null }).closedOn],
  ['referring_agency', (r) => r.referringAgency?.name],
  ['referring_agency_kind', (r) => r.referringAgency?.kind],
  ['criteria', (r) => list(r.c.criteria ?? [])],
  ['risk_tool', (r) => r.c.riskTool],
  ['risk_grade', (r) => r.c.riskGrade],
  ['dash_score', (r) => r.dashScore],
  ['rfgv_score', (r) => r.c.rfgvScore],
  ['repeat', (r) => r.isRepeat],
  ['flags', (r) => list(r.flags.map((f) => f.kind))],
  ['children_in_household', (r) => r.c.childrenInHousehold],
  ['restricted', (r) => r.c.restricted],
  ['triage_reason', (r) => r.c.triageReason],
  ['rejection_reason', (r) => r.c.rejectionReason],
  ['risk_summary', (r) => r.c.riskSummary],
  ['subject_given_name', (r) => r.subject.givenName],
  ['subject_family_name', (r) => r.subject.familyName],
  ['subject_date_of_birth', (r) => r.subject.dateOfBirth],
  ['subject_gender', (r) => r.subject.gender],
  ['contact_address', (r) => r.contact?.address],
  ['contact_phone', (r) => r.contact?.phone],
  ['contact_safe_notes', (r) => r.contact?.safeContactNotes],
];

/**
 * `GET /exports/cases.csv?panelId=..&status=ACCEPTED,LISTED&isRepeat=..&referredFrom=..&referredTo=..`: every case
 * the caller gets from `cases` with the same filter (all pages, newest first), one row each, with exactly the fields
 * the API gives them. Rows come from `CaseService.list` (the resolver's method: the same SQL, the same CASL rules)
 * and the cells from the Case and Person field resolvers themselves, so an export can never show more than the API.
 * The cases are noted in the request's read log (the subject's identity is on every row): the HTTP audit interceptor
 * writes the request's one read-audit event before the file is sent.
 */
@Controller('exports')
export class CasesExportController {
  constructor(
    private readonly cases: CaseService,
    private readonly fields: CaseResolver,
    private readonly persons: PersonResolver,
  ) {}

  @Get('cases.csv')
  @HttpRoute('GET /exports/cases.csv')
  @Header('Cache-Control', 'no-store')
  async casesCsv(
    @HttpCtx() ctx: RequestContext,
    @Query() query: Record<string, unknown>,
  ): Promise<StreamableFile> {
    const filter = await queryInput(CaseFilter, FILTER, query);
    const found = await allPages(async (after) => {
      const page = await this.cases.list(ctx, filter, CASES_PAGE_MAX, after);
      const more = page.pageInfo.hasNextPage && page.pageInfo.endCursor;
      return { items: page.edges.map((e) => e.node), next: more ? page.pageInfo.endCursor! : undefined };
    });
    const rows = await Promise.all(found.map((c) => this.row(ctx, c)));
    return csvTable('cases', CASE_EXPORT_COLUMNS, rows);
  }

  /** The fields of one case as the GraphQL resolvers answer them (batched by the request's loaders). */
  private async row(ctx: RequestContext, c: CaseModel): Promise<CaseRow> {
    const gql = { ctx } as GqlContext;
    const [panel, referringAgency, subject, flags] = await Promise.all([
      this.fields.panel(c, undefined, gql),
      this.fields.referringAgency(c, undefined, gql),
      this.fields.subject(c, undefined, gql),
      this.fields.flags(c, undefined, gql),
    ]);
    return {
      c,
      panel,
      referringAgency,
      subject,
      contact: this.persons.contact(subject),
      isRepeat: this.fields.isRepeat(c),
      flags,
      dashScore: this.fields.dash(c)?.score ?? null,
    };
  }
}
