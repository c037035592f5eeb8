import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { DomainError } from '../errors.js';
import { londonToday } from '../scalars/date.scalar.js';
import { allPages, csvFile, queryInput, type QueryFieldKind } from './http-query.js';

class Filter {
  @IsOptional() @IsUUID('all') panelId?: string | null;
  @IsOptional() @IsIn(['A', 'B', 'C'], { each: true }) status?: string[] | null;
  @IsOptional() @IsBoolean() open?: boolean | null;
  @IsOptional() from?: string | null;
}
const SPEC: Record<keyof Filter, QueryFieldKind> = {
  panelId: 'string',
  status: 'list',
  open: 'boolean',
  from: 'date',
};
const ID = '6f1c1f0e-8a53-4b8e-9d1e-2f1d7c9b0a11';

async function refusal(query: Record<string, unknown>): Promise<{ field: unknown; message: string }> {
  try {
    await queryInput(Filter, SPEC, query);
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).code).toBe('BAD_USER_INPUT');
    return { field: (e as DomainError).extensions.field, message: (e as DomainError).message };
  }
  throw new Error('not refused');
}

describe('query parameters as a GraphQL input', () => {
  it('reads lists (comma-separated or repeated), booleans, dates and ids into the input class', async () => {
    const input = await queryInput(Filter, SPEC, {
      panelId: ID,
      status: ['A, B', 'C'],
      open: 'false',
      from: '2026-02-28',
    });
    expect(input).toBeInstanceOf(Filter);
    expect({ ...input }).toEqual({ panelId: ID, status: ['A', 'B', 'C'], open: false, from: '2026-02-28' });
    expect({ ...(await queryInput(Filter, SPEC, {})) }).toEqual({});
    expect((await queryInput(Filter, SPEC, { status: '' })).status).toEqual([]);
  });

  it.each<[Record<string, unknown>, string]>([
    [{ status: 'A,X' }, 'status'],
    [{ open: 'yes' }, 'open'],
    [{ open: '' }, 'open'],
    [{ from: '2026-02-30' }, 'from'],
    [{ from: '1800-01-01' }, 'from'],
    [{ panelId: 'abc' }, 'panelId'],
    [{ panelId: [ID, ID] }, 'panelId'],
    [{ first: '10' }, 'first'],
    [{ constructor: 'x' }, 'constructor'],
  ])('refuses %j as BAD_USER_INPUT naming %s', async (query, field) => {
    expect((await refusal(query)).field).toBe(field);
  });

  it('answers a UTF-8 CSV attachment named by what it is and the day', () => {
    const file = csvFile('cases', '\uFEFFreference\r\nMARAC-1\r\n');
    expect(file.getHeaders()).toEqual({
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="cases-${londonToday()}.csv"`,
      length: Buffer.byteLength('\uFEFFreference\r\nMARAC-1\r\n'),
    });
  });
});

describe('allPages: every item of a paged read', () => {
  it('follows each page’s cursor until a page says it is the last, in order', async () => {
    const asked: (string | undefined)[] = [];
    const pages: Record<string, { items: number[]; next: string | undefined }> = {
      start: { items: [1, 2], next: 'b' },
      b: { items: [3, 4], next: 'c' },
      c: { items: [5], next: undefined },
    };
    const all = await allPages(async (after) => {
      asked.push(after);
      return pages[after ?? 'start'];
    });
    expect(all).toEqual([1, 2, 3, 4, 5]);
    expect(asked).toEqual([undefined, 'b', 'c']);
  });

  it('one empty page: nothing', async () => {
    expect(await allPages(async () => ({ items: [], next: undefined }))).toEqual([]);
  });
});
