/**
 * Errors and the edges of the API (issue 3): the public health check, bad tokens, error codes and field names, and
 * what an error response may carry in production (no stack trace, no SQL, no driver detail).
 */
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { codes, startTestApp, type GqlResult, type TestApp } from './support/harness.js';

let seq = 0;
const uniq = (prefix: string) => `${prefix} ${process.pid}-${++seq}-${randomBytes(3).toString('hex')}`;

const ME = `{ me { id } }`;
const CREATE_AGENCY = `mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id name } }`;
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`;
const CREATE_PANEL = `mutation($input: CreatePanelInput!) { createPanel(input: $input) { id } }`;
const DISABLE_USER = `mutation($userId: ID!) { disableUser(userId: $userId) { id } }`;
const ADD_MEMBER = `mutation($input: AddPanelMemberInput!) { addPanelMember(input: $input) { role } }`;
const REMOVE_MEMBER = `mutation($panelId: ID!, $userId: ID!) { removePanelMember(panelId: $panelId, userId: $userId) }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
const NIL_UUID = '00000000-0000-4000-8000-00000000000a';

/** Text that must never reach a client in production. */
const LEAKS = [
  /stacktrace/i,
  /\bSELECT\b/,
  /\bINSERT\b/,
  /\bUPDATE\b/,
  /\bFROM\b/,
  /duplicate key/i,
  /violates/i,
  /QueryFailedError/,
  /invalid byte sequence/i,
  /_key\b/,
  /\.ts:\d+/,
  /node_modules/,
  /\bat [\w.<>]+ \(/,
];
function expectNoLeak(r: GqlResult) {
  expect(r.errors?.length).toBeGreaterThan(0);
  for (const e of r.errors!) expect(e.extensions).not.toHaveProperty('stacktrace');
  const text = JSON.stringify(r.errors);
  for (const leak of LEAKS) expect(text).not.toMatch(leak);
}

describe('development/test mode', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  describe('GET /health', () => {
    it('is public: 200 without a token', async () => {
      const res = await request(t.app.getHttpServer()).get('/health');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ status: 'ok' });
    });

    it('does not care about a garbage token either', async () => {
      const res = await request(t.app.getHttpServer()).get('/health').set('authorization', 'Bearer nonsense');
      expect(res.status).toBe(200);
    });
  });

  describe('tokens', () => {
    it.each([
      ['a garbage bearer token', 'Bearer garbage-token-123'],
      ['a well-formed but unknown token', `Bearer ${randomBytes(32).toString('base64url')}`],
      ['an over-long token', `Bearer ${'a'.repeat(5000)}`],
      [
        'another scheme',
        `Basic ${Buffer.from('admin@demo.marac.local:demo-password-2026').toString('base64')}`,
      ],
      ['"Bearer" alone', 'Bearer'],
      ['an empty header', ''],
    ])('%s: UNAUTHENTICATED, with no data', async (_label, header) => {
      const res = await request(t.app.getHttpServer())
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('authorization', header)
        .send({ query: ME });
      expect(res.body.errors.map((e: any) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
      expect(res.body.data).toBeNull();
    });

    it('a token is not accepted in the query string or a cookie', async () => {
      const token = await t.token('admin');
      const qs = await request(t.app.getHttpServer())
        .post(`/graphql?access_token=${token}`)
        .set('content-type', 'application/json')
        .send({ query: ME });
      expect(qs.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      const cookie = await request(t.app.getHttpServer())
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('cookie', `token=${token}`)
        .send({ query: ME });
      expect(cookie.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    });

    it('a valid token works (control)', async () => {
      const r = await t.as('admin')(ME);
      expect(r.errors).toBeUndefined();
      expect(r.data.me.id).toBe(await t.userId('admin'));
    });

    it('the bearer scheme is case-insensitive', async () => {
      const token = await t.token('admin');
      const res = await request(t.app.getHttpServer())
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('authorization', `bearer ${token}`)
        .send({ query: ME });
      expect(res.body.errors).toBeUndefined();
    });
  });

  describe('invalid id arguments: BAD_USER_INPUT naming the argument', () => {
    it.each([
      ['disableUser(userId)', DISABLE_USER, { userId: 'not-an-id' }, 'userId'],
      ['removePanelMember(panelId)', REMOVE_MEMBER, { panelId: 'nope', userId: NIL_UUID }, 'panelId'],
      ['removePanelMember(userId)', REMOVE_MEMBER, { panelId: NIL_UUID, userId: '12345' }, 'userId'],
      [
        'addPanelMember(input.panelId)',
        ADD_MEMBER,
        { input: { panelId: 'x', userId: NIL_UUID, role: 'CHAIR' } },
        'panelId',
      ],
      [
        'addPanelMember(input.userId)',
        ADD_MEMBER,
        { input: { panelId: NIL_UUID, userId: 'y', role: 'CHAIR' } },
        'userId',
      ],
    ])('%s', async (_label, query, variables, field) => {
      await t.token('admin');
      const [before] = await t.sql(`SELECT count(*)::int AS n FROM audit_event`);
      const r = await t.as('admin')(query, variables);
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors![0].extensions.field).toBe(field);
      expect(r.errors![0].message).toContain(field);
      const [after] = await t.sql(`SELECT count(*)::int AS n FROM audit_event`);
      expect(after.n).toBe(before.n);
    });

    it('a caller who may not call the operation gets FORBIDDEN, not a hint about the input', async () => {
      const r = await t.as('police.rep')(DISABLE_USER, { userId: 'not-an-id' });
      expect(codes(r)).toEqual(['FORBIDDEN']);
    });

    it('anonymous gets UNAUTHENTICATED', async () => {
      const r = await t.gql(DISABLE_USER, { userId: 'not-an-id' });
      expect(codes(r)).toEqual(['UNAUTHENTICATED']);
    });
  });

  describe('validation errors name the field', () => {
    let agencyId: string;
    beforeAll(async () => {
      agencyId = await t.idOf('agency', 'name = $1', ['Hartlepool Housing']);
    });
    const user = (over: Record<string, unknown>) => ({
      input: {
        email: `v.${randomBytes(4).toString('hex')}@example.test`,
        name: 'Valid Name',
        agencyId,
        password: 'a valid password',
        ...over,
      },
    });

    it.each([
      ['createAgency: empty name', () => [CREATE_AGENCY, { input: { name: '', kind: 'OTHER' } }], 'name'],
      [
        'createAgency: name too long',
        () => [CREATE_AGENCY, { input: { name: 'n'.repeat(201), kind: 'OTHER' } }],
        'name',
      ],
      ['createUser: bad e-mail', () => [CREATE_USER, user({ email: 'nope' })], 'email'],
      ['createUser: empty name', () => [CREATE_USER, user({ name: '' })], 'name'],
      ['createUser: short password', () => [CREATE_USER, user({ password: 'short' })], 'password'],
      ['createUser: agencyId not an id', () => [CREATE_USER, user({ agencyId: 'police' })], 'agencyId'],
      [
        'createUser: duplicate roles',
        () => [CREATE_USER, user({ globalRoles: ['ADMIN', 'ADMIN'] })],
        'globalRoles',
      ],
      [
        'createPanel: lower-case areaCode',
        () => [CREATE_PANEL, { input: { kind: 'MARAC', name: uniq('P'), area: 'A', areaCode: 'hpl' } }],
        'areaCode',
      ],
      [
        'createPanel: memberAgencyIds not ids',
        () => [
          CREATE_PANEL,
          { input: { kind: 'MARAC', name: uniq('P'), area: 'Area', memberAgencyIds: ['x'] } },
        ],
        'memberAgencyIds',
      ],
      [
        'createPanel: area code not derivable',
        () => [CREATE_PANEL, { input: { kind: 'MARAC', name: uniq('P'), area: '42' } }],
        'areaCode',
      ],
    ] as [string, () => [string, Record<string, unknown>], string][])('%s', async (_label, make, field) => {
      await t.token('admin');
      const [before] = await t.sql(`SELECT count(*)::int AS n FROM audit_event`);
      const [query, variables] = make();
      const r = await t.as('admin')(query, variables);
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors![0].extensions.field).toBe(field);
      expect(r.errors![0].message).toMatch(new RegExp(`^${field}\\b`));
      const [after] = await t.sql(`SELECT count(*)::int AS n FROM audit_event`);
      expect(after.n).toBe(before.n);
    });

    it('login: an over-long e-mail is BAD_USER_INPUT naming email', async () => {
      const r = await t.gql(LOGIN, {
        input: { email: `${'x'.repeat(400)}@example.test`, password: 'whatever' },
      });
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors![0].extensions.field).toBe('email');
    });

    it('a value of the wrong GraphQL type is refused before any resolver runs', async () => {
      const r = await t.as('admin')(CREATE_AGENCY, { input: { name: 'X', kind: 'NOT_A_KIND' } });
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors![0].message).toMatch(/kind/);
    });
  });

  describe('codes', () => {
    it('NOT_FOUND for an id that does not exist', async () => {
      const r = await t.as('admin')(DISABLE_USER, { userId: NIL_UUID });
      expect(codes(r)).toEqual(['NOT_FOUND']);
    });

    it('CONFLICT from a unique index carries no database detail', async () => {
      const name = uniq('Unique Agency');
      await t.as('admin')(CREATE_AGENCY, { input: { name, kind: 'OTHER' } });
      const r = await t.as('admin')(CREATE_AGENCY, { input: { name, kind: 'OTHER' } });
      expect(codes(r)).toEqual(['CONFLICT']);
      expect(r.errors![0].message).not.toMatch(/duplicate key|violates|agency_name_key/);
    });

    it('a query the schema does not have: GRAPHQL_VALIDATION_FAILED', async () => {
      const r = await t.as('admin')(`{ notAnOperation }`);
      expect(codes(r)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    });

    it('outside production, an unexpected error carries a stack trace (the control for the production test)', async () => {
      const r = await withBrokenAgencyTable(t, () => t.as('admin')('{ agencies { id } }'));
      expect(codes(r)).toEqual(['INTERNAL_SERVER_ERROR']);
      expect(r.errors![0].extensions).toHaveProperty('stacktrace');
    });
  });
});

/** A real unexpected database error: the table is renamed away for the duration of `run`. */
async function withBrokenAgencyTable<T>(app: TestApp, run: () => Promise<T>): Promise<T> {
  await app.token('admin');
  await app.sql('ALTER TABLE agency RENAME TO agency_broken');
  try {
    return await run();
  } finally {
    await app.sql('ALTER TABLE agency_broken RENAME TO agency');
  }
}

describe('production mode', () => {
  let p: TestApp;
  beforeAll(async () => {
    p = await startTestApp({ NODE_ENV: 'production' });
  });
  afterAll(() => p.close());

  it('GET /health is public', async () => {
    const res = await request(p.app.getHttpServer()).get('/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('UNAUTHENTICATED: no stack trace', async () => {
    const r = await p.gql(ME, {}, 'garbage');
    expect(codes(r)).toEqual(['UNAUTHENTICATED']);
    expectNoLeak(r);
  });

  it('a wrong password: no stack trace', async () => {
    const r = await p.login('admin@demo.marac.local', 'wrong password!');
    expect(codes(r)).toEqual(['UNAUTHENTICATED']);
    expectNoLeak(r);
  });

  it('FORBIDDEN: no stack trace', async () => {
    const r = await p.as('police.rep')(CREATE_AGENCY, { input: { name: uniq('A'), kind: 'OTHER' } });
    expect(codes(r)).toEqual(['FORBIDDEN']);
    expectNoLeak(r);
  });

  it('BAD_USER_INPUT for an invalid id: names the field, no stack trace', async () => {
    const r = await p.as('admin')(DISABLE_USER, { userId: 'not-an-id' });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0].extensions.field).toBe('userId');
    expectNoLeak(r);
  });

  it('BAD_USER_INPUT from validation: names the field, no stack trace', async () => {
    const r = await p.as('admin')(CREATE_USER, {
      input: { email: 'x@example.test', name: 'N', agencyId: NIL_UUID, password: 'short' },
    });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0].extensions.field).toBe('password');
    expectNoLeak(r);
  });

  it('NOT_FOUND: no stack trace', async () => {
    const r = await p.as('admin')(DISABLE_USER, { userId: NIL_UUID });
    expect(codes(r)).toEqual(['NOT_FOUND']);
    expectNoLeak(r);
  });

  it('CONFLICT from the database: no SQL, constraint name or stack trace', async () => {
    const name = uniq('Prod Agency');
    expect((await p.as('admin')(CREATE_AGENCY, { input: { name, kind: 'OTHER' } })).errors).toBeUndefined();
    const r = await p.as('admin')(CREATE_AGENCY, { input: { name: name.toLowerCase(), kind: 'OTHER' } });
    expect(codes(r)).toEqual(['CONFLICT']);
    expect(r.errors![0].extensions.reason).toBe('DUPLICATE');
    expectNoLeak(r);
  });

  it('an unexpected database error: a generic INTERNAL_SERVER_ERROR, no SQL, no driver message', async () => {
    const r = await withBrokenAgencyTable(p, () => p.as('admin')('{ agencies { id } }'));
    expect(codes(r)).toEqual(['INTERNAL_SERVER_ERROR']);
    expect(r.errors![0].message).toBe('Internal server error');
    expect(r.errors![0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expectNoLeak(r);
  });

  it('a NUL byte in a text is bad input, not a server fault', async () => {
    const r = await p.as('admin')(CREATE_AGENCY, {
      input: { name: `bad\u0000name ${uniq('n')}`, kind: 'OTHER' },
    });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expectNoLeak(r);
  });

  it('an unexpected error in the public login: generic, no leak', async () => {
    const r = await p.login(`nul\u0000byte@example.test`, 'whatever-whatever');
    expect(r.data).toBeNull();
    expect(codes(r)).toHaveLength(1);
    expectNoLeak(r);
  });

  it('GraphQL validation errors: no stack trace and no field suggestions', async () => {
    const r = await p.as('admin')(`{ me { emial } }`);
    expect(codes(r)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(r.errors![0].message).not.toMatch(/Did you mean/);
    expectNoLeak(r);
  });

  it('a syntax error: HTTP 400, no stack trace', async () => {
    const r = await p.as('admin')(`{ me { id `);
    expect(r.status).toBe(400);
    expect(codes(r)).toHaveLength(1);
    expect(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED']).toContain(codes(r)[0]);
    expect(r.errors![0].message).toMatch(/Syntax Error/);
    expectNoLeak(r);
  });
});
