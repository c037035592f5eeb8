import { StreamableFile } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { GraphQLError } from 'graphql';
import { toSpreadsheetCsv } from '../csv.js';
import { DomainError, validationError } from '../errors.js';
import { DateScalar, londonToday } from '../scalars/date.scalar.js';

/**
 * How a query parameter of a plain HTTP route reads into a field of a GraphQL input type: `string` (an ID, a text),
 * `list` (comma-separated: `status=ACCEPTED,LISTED`, or the parameter repeated), `boolean` (`true`/`false`) or
 * `date` (the contract's calendar Date scalar, YYYY-MM-DD).
 */
export type QueryFieldKind = 'string' | 'list' | 'boolean' | 'date';

/**
 * The query parameters of a route as the GraphQL input class `Dto` (e.g. CaseFilter), checked exactly as the GraphQL
 * argument is: the Date scalar's parsing, then the class's own class-validator rules (the same failures, one
 * BAD_USER_INPUT naming the field, HTTP 400). A parameter that is not a field of `spec` is refused like an unknown
 * input field; a non-list parameter given twice is refused. An empty list (`status=`) is no filter, as `[]` is.
 */
export async function queryInput<T extends object>(
  Dto: new () => T,
  spec: Readonly<Record<string, QueryFieldKind>>,
  query: Readonly<Record<string, unknown>>,
): Promise<T> {
  const plain: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(query ?? {})) {
    const kind = Object.hasOwn(spec, name) ? spec[name] : undefined;
    if (!kind) throw DomainError.badInput(name, 'is not a parameter of this route');
    const values = (Array.isArray(raw) ? raw : [raw]).map((v) => (typeof v === 'string' ? v : ''));
    if (kind === 'list') {
      plain[name] = values.flatMap((v) => v.split(',')).flatMap((v) => (v.trim() ? [v.trim()] : []));
      continue;
    }
    if (values.length !== 1) throw DomainError.badInput(name, 'is given more than once');
    const [value] = values;
    if (kind === 'boolean') plain[name] = value === 'true' ? true : value === 'false' ? false : value;
    else if (kind === 'date') plain[name] = parseDate(name, value);
    else plain[name] = value;
  }
  const input = plainToInstance(Dto, plain);
  const errors = await validate(input, { forbidUnknownValues: false });
  if (errors.length) throw validationError(errors);
  return input;
}

function parseDate(name: string, value: string): string {
  try {
    return DateScalar.parseValue(value) as string;
  } catch (e) {
    if (e instanceof GraphQLError) throw DomainError.badInput(name, e.message);
    throw e;
  }
}

/**
 * A CSV file answer: `text/csv; charset=utf-8`, an attachment named `<stem>-<today>.csv` (today in Europe/London; the
 * name says what the file is and the day it was made, never anything about a person). The headers are applied only
 * when the file is sent, after the interceptors (the read audit): an error instead of the file is not a download.
 */
export function csvFile(stem: string, csv: string): StreamableFile {
  return csvBody(stem, csv);
}

/** A column of an export: its header and how a row gives its cell. */
export type CsvColumn<R> = readonly [header: string, cell: (row: R) => unknown];

/** The CSV file of `rows` under `columns` (toSpreadsheetCsv: BOM, CRLF, formula escaping), as csvFile answers it. */
export function csvTable<R>(
  stem: string,
  columns: readonly CsvColumn<R>[],
  rows: readonly R[],
): StreamableFile {
  return csvBody(
    stem,
    toSpreadsheetCsv(
      columns.map(([header]) => header),
      rows.map((r) => columns.map(([, cell]) => cell(r))),
    ),
  );
}

function csvBody(stem: string, csv: string): StreamableFile {
  const body = Buffer.from(csv, 'utf8');
  return new StreamableFile(body, {
    type: 'text/csv; charset=utf-8',
    disposition: `attachment; filename="${stem}-${londonToday()}.csv"`,
    length: body.length,
  });
}

/**
 * Every item of a paged read, page after page (an export): `page(after)` answers one page's items and the cursor of
 * the next page, or undefined after the last.
 */
export async function allPages<T>(
  page: (after: string | undefined) => Promise<{ items: T[]; next: string | undefined }>,
): Promise<T[]> {
  const all: T[] = [];
  for (let after: string | undefined; ;) {
    const { items, next } = await page(after);
    all.push(...items);
    if (next === undefined) return all;
    after = next;
  }
}
