/**
 * Spreadsheet exports (issue 12): `GET /exports/cases.csv` and `GET /exports/actions.csv` over real HTTP. The same
 * token and the same answers as their GraphQL twins (401 without a token, 403 for STRATEGIC/ADMIN/AUDITOR alone),
 * exactly the rows and fields the caller reads through `cases` / `actions` with the same filter (contact details
 * for a police rep and not for a housing rep; the referrer's narrow view without repeat or flags), CSV that opens
 * safely in a spreadsheet (BOM, CRLF, RFC 4180 quoting, formula cells escaped), one read-audit event naming the
 * exported cases, and a bad filter refused with 400 naming the parameter.
 */
import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { AuditService } from '@marac/audit';
import { londonToday } from '@marac/core';
import { startTestApp, type DemoUser, type TestApp } from './support/harness.js';
import {
  acceptedCase,
  CREATE_ACTION,
  CREATE_REFERRAL,
  freshPanel,
  person,
  referral,
  uniq,
} from './support/fixtures.js';

let t: TestApp;
let marac: string;
let housing: string;

beforeAll(async () => {
  t = await startTestApp();
  marac = await t.panelId('MARAC');
  housing = (await t.sql(`SELECT id FROM agency WHERE kind = 'HOUSING' LIMIT 1`))[0].id;
});
afterAll(() => t.close());

interface CsvAnswer {
  status: number;
  headers: Record<string, string>;
  text: string;
  /** the data rows as objects by header (empty for an error) */
  rows: Record<string, string>[];
  header: string[];
  body: any;
  requestId: string;
}

/** GET `path` as `user` (or anonymously), with an X-Request-Id to find the request's audit event. */
async function get(user: DemoUser | null, path: string, token?: string): Promise<CsvAnswer> {
  const requestId = randomUUID();
  let req = request(t.app.getHttpServer()).get(path).set('x-request-id', requestId);
  const bearer = token ?? (user ? await t.token(user) : null);
  if (bearer) req = req.set('authorization', `Bearer ${bearer}`);
  const res = await req.buffer(true).parse((r, done) => {
    const chunks: Buffer[] = [];
    r.on('data', (c: Buffer) => chunks.push(c));
    r.on('end', () => done(null, Buffer.concat(chunks).toString('utf8')));
  });
  const text = res.body as string;
  const csv = res.status === 200 && res.headers['content-type']?.startsWith('text/csv');
  const records: string[][] = csv ? parse(text, { bom: true, relax_column_count: false }) : [];
  const [header = [], ...data] = records;
  return {
    status: res.status,
    headers: res.headers as Record<string, string>,
    text,
    header,
    rows: data.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]]))),
    body: csv ? null : JSON.parse(text || 'null'),
    requestId,
  };
}

const CASES = `query($f: CaseFilter, $after: String) { cases(filter: $f, first: 100, after: $after) {
  edges { node { id reference isRepeat subject { givenName contact { phone } } } } pageInfo { hasNextPage endCursor } } }`;
/** Every case the user gets through `cases` with the filter, page by page. */
async function allCases(user: DemoUser, filter: Record<string, unknown> = {}) {
  const all: any[] = [];
  for (let after: string | null = null; ;) {
    const page: any = (await t.ok(user, CASES, { f: filter, after })).cases;
    all.push(...page.edges.map((e: any) => e.node));
    if (!page.pageInfo.hasNextPage) return all;
    after = page.pageInfo.endCursor;
  }
}

const ACTIONS = `query($f: ActionFilter, $after: String) { actions(filter: $f, first: 500, after: $after) {
  id case { id reference } } }`;
async function allActions(user: DemoUser, filter: Record<string, unknown> = {}) {
  const all: any[] = [];
  for (let after: string | null = null; ;) {
    const page = (await t.ok(user, ACTIONS, { f: filter, after })).actions as any[];
    all.push(...page);
    if (page.length < 500) return all;
    after = page.at(-1).id;
  }
}

const SCHEDULE = `mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { id } }`;
const ADD = `mutation($m: ID!, $c: ID!) { addCaseToAgenda(meetingId: $m, caseId: $c) { id } }`;
const PUBLISH = `mutation($m: ID!) { publishAgenda(meetingId: $m) { status } }`;

/** An accepted MARAC case put on a published agenda (so the panel's reps see it). */
async function publishedCase(over: Record<string, unknown> = {}) {
  const c = await acceptedCase(t, marac, over);
  const startsAt = new Date(Date.now() + (20 + Math.floor(Math.random() * 300)) * 86_400_000).toISOString();
  const m = (
    await t.ok('marac.coordinator', SCHEDULE, { i: { panelId: marac, startsAt, location: 'Civic Centre' } })
  ).scheduleMeeting;
  await t.ok('marac.coordinator', ADD, { m: m.id, c: c.id });
  await t.ok('marac.coordinator', PUBLISH, { m: m.id });
  return c as { id: string; reference: string };
}

const refsOf = (rows: readonly Record<string, any>[]) => rows.map((r) => r.reference as string);

describe('who may export', () => {
  it.each(['/exports/cases.csv', '/exports/actions.csv'])('%s without a token is 401', async (path) => {
    const anonymous = await get(null, path);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.code).toBe('UNAUTHENTICATED');
    const forged = await get(null, path, 'not-a-token');
    expect(forged.status).toBe(401);
  });

  it.each<[string, DemoUser]>([
    ['/exports/cases.csv', 'strategic'],
    ['/exports/cases.csv', 'admin'],
    ['/exports/cases.csv', 'auditor'],
    ['/exports/actions.csv', 'strategic'],
    ['/exports/actions.csv', 'admin'],
    ['/exports/actions.csv', 'auditor'],
  ])('%s is FORBIDDEN (403) for %s alone, as its GraphQL twin', async (path, user) => {
    const r = await get(user, path);
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('FORBIDDEN');
    expect(r.text).not.toContain('MARAC-');
    const events = await t.sql(`SELECT action, case_ids, details FROM audit_event WHERE request_id = $1`, [
      r.requestId,
    ]);
    expect(events).toEqual([
      { action: 'refused', case_ids: [], details: { operation: `GET ${path}`, code: 'FORBIDDEN' } },
    ]);
    const twin = path.includes('cases') ? CASES : ACTIONS;
    expect((await t.as(user)(twin, {})).code).toBe('FORBIDDEN');
  });
});

describe('GET /exports/cases.csv', () => {
  it.each<DemoUser>([
    'marac.coordinator',
    'police.rep',
    'housing.rep',
    'idva.rep',
    'referrer',
    'matac.chair',
  ])('gives %s exactly the cases of `cases` (every page, the same order)', async (user) => {
    const r = await get(user, '/exports/cases.csv');
    expect(r.status).toBe(200);
    const api = await allCases(user);
    expect(refsOf(r.rows)).toEqual(refsOf(api));
  });

  it('applies the same filter as `cases` (lists comma-separated, booleans, dates, the panel)', async () => {
    await acceptedCase(t, marac, { referralDate: '2026-02-10' });
    const filters: [string, Record<string, unknown>][] = [
      [`status=ACCEPTED,LISTED&panelId=${marac}`, { status: ['ACCEPTED', 'LISTED'], panelId: marac }],
      ['status=SUBMITTED', { status: ['SUBMITTED'] }],
      ['status=ACCEPTED&status=HEARD', { status: ['ACCEPTED', 'HEARD'] }],
      ['isRepeat=true', { isRepeat: true }],
      ['isRepeat=false', { isRepeat: false }],
      [
        'referredFrom=2026-02-01&referredTo=2026-02-28',
        { referredFrom: '2026-02-01', referredTo: '2026-02-28' },
      ],
      ['status=', { status: [] }],
    ];
    for (const [query, filter] of filters) {
      const r = await get('marac.coordinator', `/exports/cases.csv?${query}`);
      expect(r.status).toBe(200);
      expect(refsOf(r.rows)).toEqual(refsOf(await allCases('marac.coordinator', filter)));
    }
    // the filters do filter (the fixture has cases on both sides of each)
    const feb = await get(
      'marac.coordinator',
      '/exports/cases.csv?referredFrom=2026-02-01&referredTo=2026-02-28',
    );
    const all = await get('marac.coordinator', '/exports/cases.csv');
    expect(feb.rows.length).toBeGreaterThan(0);
    expect(feb.rows.length).toBeLessThan(all.rows.length);
    expect(
      feb.rows.every((row) => row.referral_date >= '2026-02-01' && row.referral_date <= '2026-02-28'),
    ).toBe(true);
  });

  it('answers a CSV download: text/csv UTF-8, an attachment named without personal data, BOM, CRLF, a header row', async () => {
    const r = await get('marac.coordinator', '/exports/cases.csv');
    expect(r.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(r.headers['content-disposition']).toBe(`attachment; filename="cases-${londonToday()}.csv"`);
    expect(r.headers['cache-control']).toBe('no-store');
    expect(Number(r.headers['content-length'])).toBe(Buffer.byteLength(r.text));
    expect(r.text.startsWith('\uFEFFreference,status,panel,')).toBe(true);
    expect(r.text.endsWith('\r\n')).toBe(true);
    expect(r.text.replace(/\r\n/g, '').includes('\n')).toBe(false); // no bare LF line ends (none in the cells here)
    expect(r.header).toEqual(
      expect.arrayContaining([
        'reference',
        'status',
        'referral_date',
        'risk_tool',
        'dash_score',
        'repeat',
        'children_in_household',
        'subject_given_name',
        'subject_date_of_birth',
        'contact_phone',
        'referring_agency_kind',
      ]),
    );
  });

  it('an empty selection is the header row alone', async () => {
    const r = await get('marac.coordinator', `/exports/cases.csv?referredFrom=2099-01-01`);
    expect(r.status).toBe(200);
    expect(r.rows).toEqual([]);
    expect(r.text.split('\r\n')).toEqual([expect.stringMatching(/^\uFEFFreference,/), '']);
  });

  it("shows a subject's contact details to a police rep and leaves them empty for a housing rep (as the API does)", async () => {
    const c = await publishedCase({
      subject: person({
        contact: { address: '3 Export Street', phone: '07700 900456', safeContactNotes: 'After 6pm' },
      }),
    });
    const police = (await get('police.rep', '/exports/cases.csv')).rows.find(
      (r) => r.reference === c.reference,
    );
    const housingRow = (await get('housing.rep', '/exports/cases.csv')).rows.find(
      (r) => r.reference === c.reference,
    );
    expect(police).toMatchObject({
      subject_given_name: 'Alex',
      contact_address: '3 Export Street',
      contact_phone: '07700 900456',
      contact_safe_notes: 'After 6pm',
    });
    expect(housingRow).toMatchObject({
      subject_given_name: 'Alex',
      contact_address: '',
      contact_phone: '',
      contact_safe_notes: '',
    });
    // the same as the GraphQL answers of the two users
    const byGql = async (user: DemoUser) => (await allCases(user)).find((x) => x.reference === c.reference);
    expect((await byGql('police.rep')).subject.contact.phone).toBe('07700 900456');
    expect((await byGql('housing.rep')).subject.contact).toBeNull();
  });

  it('gives the referrer their own referrals only, without repeat status or flags', async () => {
    const mine = await get('referrer', '/exports/cases.csv');
    const referrerId = await t.userId('referrer');
    const theirs = await t.sql<{ reference: string }>(
      `SELECT reference FROM case_record WHERE referred_by = $1 ORDER BY seq DESC`,
      [referrerId],
    );
    expect(refsOf(mine.rows)).toEqual(refsOf(theirs));
    expect(mine.rows.length).toBeGreaterThan(0);
    expect(mine.rows.every((r) => r.repeat === '' && r.flags === '')).toBe(true);
    expect(mine.rows.every((r) => r.contact_phone === '' && r.contact_address === '')).toBe(true);
    // where staff see a repeat, the referrer's file says nothing (hidden is not false)
    const staff = new Map(
      (await get('marac.coordinator', '/exports/cases.csv')).rows.map((r) => [r.reference, r]),
    );
    const seenByStaff = mine.rows.map((r) => staff.get(r.reference)).filter(Boolean);
    expect(seenByStaff.some((r) => r!.repeat === 'true' || r!.repeat === 'false')).toBe(true);
    // and the filter on the hidden repeat status finds nothing in the narrow view, as `cases` does
    const hidden = await get('referrer', '/exports/cases.csv?isRepeat=true');
    expect(refsOf(hidden.rows)).toEqual(refsOf(await allCases('referrer', { isRepeat: true })));
    expect(hidden.rows).toEqual([]);
  });

  it('escapes formula cells of a real case (a risk summary and names starting with =, +, @)', async () => {
    const summary = '=HYPERLINK("http://evil.example","click")';
    const family = uniq('@SUM');
    const c = await acceptedCase(t, marac, {
      riskSummary: summary,
      subject: person({ givenName: '+441234', familyName: family }),
    });
    const r = await get('marac.coordinator', '/exports/cases.csv');
    const row = r.rows.find((x) => x.reference === c.reference)!;
    expect(row.risk_summary).toBe(`'${summary}`);
    expect(row.subject_given_name).toBe(`'+441234`);
    expect(row.subject_family_name).toBe(`'${family}`);
    // RFC 4180: the cell with quotes and a comma is quoted, its quotes doubled
    expect(r.text).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(r.text).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it('writes ONE read-audit event naming every exported case', async () => {
    const r = await get('police.rep', `/exports/cases.csv?panelId=${marac}`);
    expect(r.rows.length).toBeGreaterThan(0);
    const ids = await t.sql<{ id: string }>(
      `SELECT id::text FROM case_record WHERE reference = ANY($1) ORDER BY id`,
      [refsOf(r.rows)],
    );
    const events = await t.sql(
      `SELECT action, entity_type, actor_id::text, case_ids::text[] AS case_ids, details
         FROM audit_event WHERE request_id = $1`,
      [r.requestId],
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: 'read',
      entity_type: 'Request',
      actor_id: await t.userId('police.rep'),
      details: { operation: 'GET /exports/cases.csv' },
    });
    expect([...events[0].case_ids].sort()).toEqual(ids.map((x) => x.id).sort());
  });

  it('sends no file when its read-audit event cannot be written (500, not a download)', async () => {
    const audit = t.app.get(AuditService);
    const original = audit.recordRequest;
    audit.recordRequest = () => Promise.reject(new Error('audit down'));
    try {
      const r = await get('marac.coordinator', '/exports/cases.csv');
      expect(r.status).toBe(500);
      expect(r.headers['content-disposition']).toBeUndefined();
      expect(r.headers['content-type']).toMatch(/^application\/json/);
      expect(r.text).not.toContain('MARAC-');
      expect(r.body.error.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      audit.recordRequest = original;
    }
  });

  it.each<[string, string]>([
    ['status=ACCEPTED,NOPE', 'status'],
    ['isRepeat=yes', 'isRepeat'],
    ['referredFrom=2026-02-30', 'referredFrom'],
    ['referredTo=1066-10-14', 'referredTo'],
    ['panelId=not-an-id', 'panelId'],
    ['panelId=', 'panelId'],
    [`panelId=${randomUUID()}&panelId=${randomUUID()}`, 'panelId'],
    ['first=10', 'first'],
  ])('refuses the filter %s with 400 naming %s (and writes no read event)', async (query, field) => {
    const r = await get('marac.coordinator', `/exports/cases.csv?${query}`);
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({ code: 'BAD_USER_INPUT', field });
    const events = await t.sql(`SELECT action FROM audit_event WHERE request_id = $1`, [r.requestId]);
    expect(events.filter((e) => e.action === 'read')).toEqual([]);
  });

  it('refuses through the GraphQL twin what it refuses as a query parameter', async () => {
    for (const filter of [{ panelId: 'not-an-id' }, { status: ['NOPE'] }, { referredFrom: '2026-02-30' }]) {
      expect((await t.as('marac.coordinator')(CASES, { f: filter })).code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('GET /exports/actions.csv', () => {
  let caseRef: string;
  let actionIds: string[];
  beforeAll(async () => {
    const c = await publishedCase();
    caseRef = c.reference;
    const due = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    actionIds = [];
    for (const description of ['Housing to expedite a move', '-1 bedroom review', '@owner to call']) {
      const a = (
        await t.ok('marac.coordinator', CREATE_ACTION, {
          i: { caseId: c.id, description, ownerAgencyId: housing, dueDate: due, category: 'VICTIM_SAFETY' },
        })
      ).createAction;
      actionIds.push(a.id);
    }
  });

  it.each<DemoUser>(['marac.coordinator', 'police.rep', 'housing.rep', 'idva.rep', 'referrer'])(
    'gives %s exactly the actions of `actions` (every page, the same order)',
    async (user) => {
      const r = await get(user, '/exports/actions.csv');
      expect(r.status).toBe(200);
      const api = await allActions(user);
      expect(r.rows.map((x) => x.action_id)).toEqual(api.map((a) => a.id));
      expect(r.rows.map((x) => x.case_reference)).toEqual(api.map((a) => a.case.reference));
    },
  );

  it('the referrer exports no action (their narrow view has none), only the header row', async () => {
    const r = await get('referrer', '/exports/actions.csv');
    expect(r.rows).toEqual([]);
    expect(r.header[0]).toBe('case_reference');
  });

  it('applies the same filter as `actions`', async () => {
    const filters: [string, Record<string, unknown>][] = [
      [`agencyId=${housing}`, { agencyId: housing }],
      ['status=OPEN,IN_PROGRESS', { status: ['OPEN', 'IN_PROGRESS'] }],
      ['overdue=true', { overdue: true }],
      [`overdue=false&panelId=${marac}`, { overdue: false, panelId: marac }],
    ];
    for (const [query, filter] of filters) {
      const r = await get('marac.coordinator', `/exports/actions.csv?${query}`);
      expect(r.status).toBe(200);
      expect(r.rows.map((x) => x.action_id)).toEqual(
        (await allActions('marac.coordinator', filter)).map((a) => a.id),
      );
    }
  });

  it('has the columns of an action, formula cells escaped, as a CSV attachment', async () => {
    const r = await get('housing.rep', '/exports/actions.csv');
    expect(r.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(r.headers['content-disposition']).toBe(`attachment; filename="actions-${londonToday()}.csv"`);
    expect(r.text.startsWith('\uFEFFcase_reference,description,category,owner_agency,')).toBe(true);
    expect(r.text.endsWith('\r\n')).toBe(true);
    const mine = r.rows.filter((x) => actionIds.includes(x.action_id));
    expect(mine.map((x) => x.description).sort()).toEqual(
      ["'-1 bedroom review", "'@owner to call", 'Housing to expedite a move'].sort(),
    );
    expect(mine[0]).toMatchObject({
      case_reference: caseRef,
      category: 'VICTIM_SAFETY',
      owner_agency_kind: 'HOUSING',
      status: 'OPEN',
      overdue: 'false',
      assignee: '',
    });
  });

  it('writes ONE read-audit event naming the cases of the exported actions', async () => {
    const r = await get('housing.rep', '/exports/actions.csv');
    const cases = await t.sql<{ id: string }>(
      `SELECT DISTINCT case_id::text AS id FROM action WHERE id = ANY($1) ORDER BY 1`,
      [r.rows.map((x) => x.action_id)],
    );
    const events = await t.sql(
      `SELECT action, case_ids::text[] AS case_ids, details FROM audit_event WHERE request_id = $1`,
      [r.requestId],
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: 'read', details: { operation: 'GET /exports/actions.csv' } });
    expect([...events[0].case_ids].sort()).toEqual(cases.map((c) => c.id));
  });

  it.each<[string, string]>([
    ['status=OPEN,SHUT', 'status'],
    ['overdue=yes', 'overdue'],
    ['agencyId=police', 'agencyId'],
    ['panelId=1', 'panelId'],
    ['after=x', 'after'],
  ])('refuses the filter %s with 400 naming %s', async (query, field) => {
    const r = await get('marac.coordinator', `/exports/actions.csv?${query}`);
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});

describe('more than one page', () => {
  it('exports every case and every action, past the largest page of `cases` (100) and `actions` (500)', async () => {
    const panel = await freshPanel(t, 'MARAC', 'marac.coordinator');
    const ids: string[] = [];
    for (let i = 0; i < 105; i++) {
      const input = referral(panel, { referralDate: `2026-0${1 + (i % 9)}-1${i % 10}` });
      ids.push((await t.ok('marac.coordinator', CREATE_REFERRAL, { input })).createReferral.id);
    }
    const police = (await t.sql(`SELECT id FROM agency WHERE kind = 'POLICE' LIMIT 1`))[0].id;
    await t.sql(
      `INSERT INTO action (case_id, panel_id, description, owner_agency_id, due_date, category, created_by)
       SELECT $1, $2, 'Bulk action ' || n, $3, DATE '2027-01-01' + (n % 40), 'OTHER', $4
         FROM generate_series(1, 510) n`,
      [ids[0], panel, police, await t.userId('marac.coordinator')],
    );

    let started = Date.now();
    const cases = await get('marac.coordinator', `/exports/cases.csv?panelId=${panel}`);
    const casesMs = Date.now() - started;
    expect(cases.rows).toHaveLength(105);
    expect(refsOf(cases.rows)).toEqual(refsOf(await allCases('marac.coordinator', { panelId: panel })));

    started = Date.now();
    const actions = await get('marac.coordinator', `/exports/actions.csv?panelId=${panel}`);
    const actionsMs = Date.now() - started;
    expect(actions.rows).toHaveLength(510);
    expect(actions.rows.map((x) => x.action_id)).toEqual(
      (await allActions('marac.coordinator', { panelId: panel })).map((a) => a.id),
    );
    // the figures for the closing note (a shared 2-core machine; not a limit)
    console.log(`export timing: ${casesMs} ms for 105 cases, ${actionsMs} ms for 510 actions`);
  }, 120_000);
});
