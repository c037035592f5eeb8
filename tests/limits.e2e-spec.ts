/**
 * The limits of issues 14 and 15 over real HTTP: the per-user request budget (counted in PostgreSQL by the statement
 * that authenticates the request, so every API process shares it), the statement timeout of API requests, and `me`
 * in one SQL statement. Budgets are small here (REQUEST_BUDGET=3 per 30 s); a window's end is simulated by moving
 * its start back in the database, so no test waits for the clock.
 */
import type { INestApplication } from '@nestjs/common';
import pg from 'pg';
import request from 'supertest';
import { Db, DomainError, loadConfig, RequestContext } from '@marac/core';
import { demoEmail } from '@marac/identity';
import { createApp } from '../apps/api/src/create-app.js';
import { startTestApp, type DemoUser, type TestApp } from './support/harness.js';

const ENV = { REQUEST_BUDGET: '3', REQUEST_BUDGET_WINDOW: '30s', STATEMENT_TIMEOUT: '500ms' };
const ME = `{ me { id name agency { name } memberships { role panel { id } } } }`;

let t: TestApp;
/** a second API process on the same database (in-process: its own Nest app, pool and HTTP server) */
let other: INestApplication;

beforeAll(async () => {
  t = await startTestApp(ENV);
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: t.appDatabaseUrl,
    DEMO_DATA: 'false',
    ...ENV,
  });
  other = await createApp(config, t.appDatabaseUrl);
  await other.init();
});
afterAll(async () => {
  await other?.close();
  await t.close();
});

async function me(app: INestApplication, token: string) {
  const res = await request(app.getHttpServer())
    .post('/graphql')
    .set('content-type', 'application/json')
    .set('authorization', `Bearer ${token}`)
    .send({ query: '{ me { id } }' });
  return { status: res.status, body: res.body, code: res.body.errors?.[0]?.extensions?.code as string };
}

const csv = (app: INestApplication, token: string) =>
  request(app.getHttpServer()).get('/exports/cases.csv').set('authorization', `Bearer ${token}`);

/** A fresh budget for the user: the end of their window, as if it had passed. */
async function windowPassed(user: DemoUser) {
  await t.sql(
    `UPDATE request_budget SET window_start = window_start - interval '31 seconds' WHERE user_id = $1`,
    [await t.userId(user)],
  );
}

describe('the per-user request budget', () => {
  it('refuses the request over budget with TOO_MANY_REQUESTS and retryAfterSeconds only; another user is not affected', async () => {
    const token = await t.token('marac.coordinator');
    const others = await t.token('police.rep');
    await windowPassed('marac.coordinator');
    for (let i = 0; i < 3; i++) expect((await me(t.app, token)).body.data?.me?.id).toBeTruthy();
    const over = await me(t.app, token);
    expect(over.body.data).toBeNull();
    expect(over.body.errors).toHaveLength(1);
    // (a stack trace outside production only)
    const { code, retryAfterSeconds, stacktrace: _s, ...rest } = over.body.errors[0].extensions;
    expect(code).toBe('TOO_MANY_REQUESTS');
    expect(retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(retryAfterSeconds).toBeLessThanOrEqual(30);
    // neither the limit nor the count nor the window is told
    expect(rest).toEqual({ reason: 'REQUEST_BUDGET' });
    expect(over.body.errors[0].message).not.toMatch(/\d/);
    // another user has a budget of their own
    expect((await me(t.app, others)).body.data.me.id).toBeTruthy();
  });

  it('refuses a plain HTTP route over budget with 429 and Retry-After', async () => {
    const token = await t.token('idva.rep');
    await windowPassed('idva.rep');
    for (let i = 0; i < 3; i++) expect((await csv(t.app, token)).status).toBe(200);
    const over = await csv(t.app, token);
    expect(over.status).toBe(429);
    expect(Number(over.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(over.body.error).toEqual({
      code: 'TOO_MANY_REQUESTS',
      message: expect.any(String),
      reason: 'REQUEST_BUDGET',
      retryAfterSeconds: Number(over.headers['retry-after']),
    });
  });

  it('is whole again when the window has passed', async () => {
    const token = await t.token('housing.rep');
    await windowPassed('housing.rep');
    for (let i = 0; i < 3; i++) await me(t.app, token);
    expect((await me(t.app, token)).code).toBe('TOO_MANY_REQUESTS');
    await windowPassed('housing.rep');
    for (let i = 0; i < 3; i++) expect((await me(t.app, token)).body.data?.me?.id).toBeTruthy();
    expect((await me(t.app, token)).code).toBe('TOO_MANY_REQUESTS');
  });

  it('is shared by two API processes on the same database', async () => {
    const token = await t.token('csc.rep');
    await windowPassed('csc.rep');
    expect((await me(t.app, token)).body.data?.me?.id).toBeTruthy();
    expect((await me(other, token)).body.data?.me?.id).toBeTruthy();
    expect((await me(t.app, token)).body.data?.me?.id).toBeTruthy();
    expect((await me(other, token)).code).toBe('TOO_MANY_REQUESTS');
    expect((await me(t.app, token)).code).toBe('TOO_MANY_REQUESTS');
  });

  it('counts nothing for a request that does not sign in', async () => {
    const [before] = await t.sql(
      `SELECT count(*)::int AS n, coalesce(sum(hits), 0)::int AS hits FROM request_budget`,
    );
    expect((await me(t.app, 'not-a-token')).code).toBe('UNAUTHENTICATED');
    const [after] = await t.sql(
      `SELECT count(*)::int AS n, coalesce(sum(hits), 0)::int AS hits FROM request_budget`,
    );
    expect(after).toEqual(before);
  });
});

describe('the statement timeout of API requests', () => {
  it('cancels a statement past STATEMENT_TIMEOUT: SERVICE_UNAVAILABLE (TIMEOUT), 503 on an HTTP route', async () => {
    const token = await t.token('marac.chair');
    await windowPassed('marac.chair');
    expect((await me(t.app, token)).body.data?.me?.id).toBeTruthy();
    // another connection holds the user's budget row: the statement that signs the request in waits for it
    const blocker = new pg.Client({ connectionString: t.databaseUrl });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query('SELECT * FROM request_budget WHERE user_id = $1 FOR UPDATE', [
        await t.userId('marac.chair'),
      ]);
      const slow = await me(t.app, token);
      expect(slow.code).toBe('SERVICE_UNAVAILABLE');
      expect(slow.body.errors[0].extensions.reason).toBe('TIMEOUT');
      const file = await csv(t.app, token);
      expect(file.status).toBe(503);
      expect(file.body.error.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      await blocker.query('ROLLBACK');
      await blocker.end();
    }
    expect((await me(t.app, token)).body.data?.me?.id).toBeTruthy();
  });

  it('db.withStatementTimeout gives one transaction a longer timeout (imports), and only that one', async () => {
    const db = t.app.get(Db);
    const ctx = RequestContext.job('limits-test');
    const sleep = (txCtx: RequestContext) => db.query(txCtx, 'SELECT pg_sleep(0.8)');
    await expect(db.tx(ctx, sleep)).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'TIMEOUT' });
    await expect(
      db.tx(ctx, async (txCtx) => {
        await db.withStatementTimeout(txCtx, 5000);
        await sleep(txCtx);
        return 'done';
      }),
    ).resolves.toBe('done');
    // the pool's connections keep their own timeout afterwards (SET LOCAL ends with the transaction)
    const many = await Promise.allSettled(Array.from({ length: 3 }, () => db.tx(ctx, sleep)));
    for (const r of many) expect((r as PromiseRejectedResult).reason).toBeInstanceOf(DomainError);
  });
});

describe('me', () => {
  it('runs in ONE SQL statement: the session, the budget, the user, the agency and the memberships', async () => {
    const token = await t.token('matac.coordinator');
    await windowPassed('matac.coordinator');
    const ask = () =>
      request(t.app.getHttpServer())
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('authorization', `Bearer ${token}`)
        .send({ query: ME });
    let body: any;
    const n = await t.countStatements(async () => {
      body = (await ask()).body;
    });
    expect(body.errors).toBeUndefined();
    expect(n).toBe(1);
    const [expected] = await t.sql(
      `SELECT u.id, u.name, a.name AS agency,
              (SELECT json_agg(json_build_object('role', m.role, 'panel', json_build_object('id', m.panel_id))
                               ORDER BY m.created_at, m.panel_id, m.role)
                 FROM panel_membership m WHERE m.user_id = u.id) AS memberships
         FROM app_user u JOIN agency a ON a.id = u.agency_id WHERE u.email = $1`,
      [demoEmail('matac.coordinator')],
    );
    expect(body.data.me).toEqual({
      id: expected.id,
      name: expected.name,
      agency: { name: expected.agency },
      memberships: expected.memberships,
    });
    expect(expected.memberships.length).toBeGreaterThan(0);
  });
});
