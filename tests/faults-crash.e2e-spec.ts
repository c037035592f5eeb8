/**
 * Issue 14, faults: the built API (the `npm run build` output) as child processes on the test run's own PostgreSQL
 * (tests/support/global-setup.ts), in a database of this file's cloned from the migrated and seeded template: the
 * database outlives the processes the tests kill.
 * - Crash: SIGKILL the API in the middle of a load of mutations, start it again: every mutation the client saw succeed
 *   is there, nothing is half-written (each change with its audit event and its outbox rows, or not at all), the audit
 *   chain verifies (`npm run audit:verify`, built) and no e-mail is lost (delivered at least once; a duplicate only for
 *   a message the SMTP server had accepted whose outbox commit the kill cut off, counted and reported).
 * - Scale-out: two API processes and one separate worker (WORKER=separate, apps/worker) on the same database under a
 *   mixed load of several roles: no lost update, no duplicate reference, no duplicate e-mail, the audit chain intact.
 * Both share one database. (tests/faults-database.e2e-spec.ts stops PostgreSQL itself, so it starts its own.)
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { withCredentials } from '@marac/core';
import { withDatabase } from './support/db-url.js';
import { appRole, cloneTemplate } from './support/template.js';
import { LOAD_USERS, MixedLoad } from './support/load.js';
import {
  auditVerify,
  buildOnce,
  gql,
  keepLog,
  Processes,
  sleep,
  SmtpSink,
  startApi,
  tokens,
  within,
  type Api,
} from './support/processes.js';

const DB = `marac_t_faults_${randomBytes(4).toString('hex')}`;
const SERVER = process.env.MARAC_TEST_SERVER_URL!;
const procs = new Processes();
let dist: string;
let owner: pg.Pool;
let sink: SmtpSink;
let env: Record<string, string>;
let role: string;
let api: Api | null = null;

const sql = async <T = any>(text: string, params: unknown[] = []) =>
  (await owner.query(text, params)).rows as T[];
const outboxMark = async () =>
  (await sql(`SELECT coalesce(max(id), 0)::text AS id FROM outbox`))[0].id as string;

/** Polls until no message after `mark` waits in the outbox (sent or kept as failed). */
async function outboxDrained(mark: string, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    const [{ n }] = await sql(
      `SELECT count(*)::int AS n FROM outbox WHERE id > $1 AND sent_at IS NULL AND failed_at IS NULL`,
      [mark],
    );
    if (n === 0) return;
    if (Date.now() > deadline) throw new Error(`${n} outbox messages still unsent after ${ms} ms`);
    await sleep(250);
  }
}

async function loadContext(bases: string[]) {
  const [{ id: panelId }] = await sql(`SELECT id FROM panel WHERE name = 'Hartlepool MARAC'`);
  const [{ id: housingAgencyId }] = await sql(`SELECT agency_id AS id FROM app_user WHERE email = $1`, [
    'housing.rep@demo.marac.local',
  ]);
  const [{ id: housingRepId }] = await sql(`SELECT id FROM app_user WHERE email = $1`, [
    'housing.rep@demo.marac.local',
  ]);
  return { bases, tokens: await tokens(bases[0], LOAD_USERS), panelId, housingAgencyId, housingRepId };
}

/**
 * Nothing half-written among the rows made since `since` (all of them, not only those the client saw): each referral
 * with its subject and its 'case.create' event; each accepted case with one 'case.triage' event and the referrer's
 * e-mail; each action with its 'action.create' event and e-mail, and as many updates and 'action.update' events as its
 * version says.
 */
async function wholeSince(since: Date): Promise<void> {
  const cases = await sql(
    `SELECT c.id, c.reference, c.status,
            (SELECT count(*)::int FROM case_person p WHERE p.case_id = c.id) AS persons,
            (SELECT count(*)::int FROM audit_event e WHERE e.entity_id = c.id::text AND e.action = 'case.create') AS created,
            (SELECT count(*)::int FROM audit_event e WHERE e.entity_id = c.id::text AND e.action = 'case.triage') AS triaged,
            (SELECT count(*)::int FROM outbox o WHERE o.kind = 'referral.triaged' AND o.body LIKE '%/cases/' || c.reference || '%') AS mails
       FROM case_record c WHERE c.created_at >= $1`,
    [since],
  );
  expect(cases.length).toBeGreaterThan(0);
  for (const c of cases) {
    const accepted = c.status === 'ACCEPTED';
    expect({
      id: c.id,
      status: c.status,
      created: c.created,
      triaged: c.triaged,
      mails: c.mails > 0,
    }).toEqual({
      id: c.id,
      status: accepted ? 'ACCEPTED' : 'SUBMITTED',
      created: 1,
      triaged: accepted ? 1 : 0,
      mails: accepted,
    });
    expect(c.persons).toBeGreaterThan(0);
  }
  const actions = await sql(
    `SELECT a.id, a.version,
            (SELECT count(*)::int FROM action_update u WHERE u.action_id = a.id) AS updates,
            (SELECT count(*)::int FROM audit_event e WHERE e.entity_id = a.id::text AND e.action = 'action.create') AS created,
            (SELECT count(*)::int FROM audit_event e WHERE e.entity_id = a.id::text AND e.action = 'action.update') AS updated,
            (SELECT count(*)::int FROM outbox o WHERE o.kind = 'action.created' AND o.body LIKE '%/actions/' || a.id || '%') AS mails
       FROM action a WHERE a.created_at >= $1`,
    [since],
  );
  for (const a of actions) {
    expect({
      id: a.id,
      updates: a.updates,
      created: a.created,
      updated: a.updated,
      mailed: a.mails > 0,
    }).toEqual({
      id: a.id,
      updates: a.version - 1,
      created: 1,
      updated: a.version - 1,
      mailed: true,
    });
  }
}

/** What the client saw succeed is in the database, as it saw it (or later). */
async function seenAreThere(load: MixedLoad): Promise<void> {
  const seen = [...load.cases.values()];
  const rows = await sql(`SELECT id, reference, status FROM case_record WHERE id = ANY($1::uuid[])`, [
    seen.map((c) => c.id),
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const c of seen) {
    expect(byId.get(c.id)?.reference).toBe(c.reference);
    if (c.accepted) expect(byId.get(c.id)?.status).toBe('ACCEPTED');
  }
  const actions = await sql(`SELECT id, version FROM action WHERE id = ANY($1::uuid[])`, [
    [...load.actions.keys()],
  ]);
  const versions = new Map(actions.map((a) => [a.id, a.version]));
  for (const [id, version] of load.actions) expect(versions.get(id)).toBeGreaterThanOrEqual(version);
}

beforeAll(async () => {
  dist = await buildOnce();
  sink = await SmtpSink.start();
  const template = process.env.MARAC_TEST_TEMPLATE!;
  const hasRole = await cloneTemplate(SERVER, template, DB);
  const url = withDatabase(SERVER, DB);
  const app = hasRole ? withCredentials(url, appRole(template), process.env.MARAC_TEST_APP_PASSWORD!) : url;
  owner = new pg.Pool({ connectionString: url, max: 2 });
  role = new URL(app).username;
  // migrated and seeded already: the start runs no migration and loads no demo data
  env = {
    DATABASE_URL: app,
    MIGRATION_DATABASE_URL: url,
    DEMO_DATA: 'false',
    WORKER: 'inline',
    SMTP_URL: sink.url,
  };
  api = await startApi(procs, dist, 'api', env, 90_000);
}, 150_000);

afterAll(async () => {
  await procs.stopAll();
  await sink?.close();
  await owner?.end();
  const admin = new pg.Client({ connectionString: SERVER });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  await admin.end();
}, 60_000);

describe('crash: SIGKILL of the API in the middle of a load of mutations', () => {
  it('every mutation the client saw succeed is there and whole, the audit verifies, no e-mail is lost', async () => {
    const [{ now: since }] = await sql(`SELECT now() AS now`);
    const mark = await outboxMark();
    const load = new MixedLoad(await loadContext([api!.base]));
    load.start(8);
    // until a fair number of changes are through, then kill at an arbitrary moment
    const deadline = Date.now() + 30_000;
    while ((load.actions.size < 5 || load.writes < 40) && Date.now() < deadline) await sleep(100);
    await sleep(Math.floor(Math.random() * 300));
    api!.child.kill('SIGKILL');
    expect((await api!.exited).signal).toBe('SIGKILL');
    await load.stop();
    expect(load.writes).toBeGreaterThanOrEqual(40);

    // the killed process's sessions are gone (PostgreSQL rolled back what was open): the state a restart finds
    const gone = Date.now() + 10_000;
    while (
      (
        await sql(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE usename = $1 AND datname = $2`, [
          role,
          DB,
        ])
      )[0].n > 0
    ) {
      if (Date.now() > gone) throw new Error('the killed API still has database sessions');
      await sleep(100);
    }
    // messages the SMTP server accepted whose outbox commit the kill cut off: the only ones that may come twice
    const unsent = await sql(`SELECT id::text FROM outbox WHERE id > $1 AND sent_at IS NULL`, [mark]);
    const received = sink.outboxIds();
    const inWindow = new Set(unsent.map((r) => r.id).filter((id) => received.has(id)));

    api = await startApi(procs, dist, 'api-restarted', env, 60_000);
    try {
      await seenAreThere(load);
      await wholeSince(since);
      // nothing lost: every message of the outbox since the start is delivered, at least once
      await outboxDrained(mark, 30_000);
      const sent = await sql(`SELECT id::text FROM outbox WHERE id > $1 ORDER BY id`, [mark]);
      const after = sink.outboxIds();
      expect(sent.length).toBeGreaterThan(0);
      expect(sent.filter((r) => !after.has(r.id))).toEqual([]);
      const duplicated = sent.filter((r) => (after.get(r.id) ?? 0) > 1).map((r) => r.id);
      console.log(
        `crash: ${load.writes} changes seen, ${load.unknown} answers cut by the kill, ${sent.length} e-mails, ` +
          `${duplicated.length} delivered twice (${inWindow.size} in the kill's window, ` +
          `${duplicated.filter((id) => !inWindow.has(id)).length} outside it)`,
      );
      // every repeat is one the kill's window explains (none outside it), and the window holds at most one message: the
      // dispatcher commits each message on its own, right after the SMTP server accepts it
      expect(duplicated.sort()).toEqual([...inWindow].sort());
      expect(inWindow.size).toBeLessThanOrEqual(1);

      const verify = await auditVerify(procs, dist, env);
      expect({ code: verify.code, intact: /intact/.test(verify.output) }).toEqual({ code: 0, intact: true });

      // the restarted API serves the same sessions
      const me = await gql(api.base, `{ me { email } }`, {}, load.c.tokens['marac.coordinator']);
      expect(me.data?.me.email).toBe('marac.coordinator@demo.marac.local');
    } catch (e) {
      keepLog('faults-crash', api.output());
      throw e;
    }
  }, 120_000);
});

describe('scale-out: two API processes and a separate worker on one PostgreSQL', () => {
  it('under a mixed load of several roles: no lost update, no duplicate reference or e-mail, the audit verifies', async () => {
    if (api) {
      api.child.kill('SIGTERM');
      await within(15_000, api.exited, 'stopping the single API');
      api = null;
    }
    const separate = { ...env, WORKER: 'separate' };
    const [a, b] = await Promise.all([
      startApi(procs, dist, 'api-a', separate, 60_000),
      startApi(procs, dist, 'api-b', separate, 60_000),
    ]);
    const worker = procs.spawn('worker', join(dist, 'apps/worker/src/main.js'), {
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      ...separate,
    });
    await worker.waitFor(/Worker running/, 60_000);
    const mark = await outboxMark();
    const c = await loadContext([a.base, b.base]);
    const load = new MixedLoad(c);
    load.start(8);

    // no lost update: one action, updated by 8 clients at once through both APIs, each with the version it read
    const created = await gql(
      a.base,
      `mutation($input: CreateReferralInput!) { createReferral(input: $input) { id } }`,
      {
        input: {
          panelId: c.panelId,
          subject: {
            givenName: 'Scale',
            familyName: `Outtest${process.pid}`,
            dateOfBirth: '1988-02-03',
            gender: 'FEMALE',
          },
          criteria: ['VISIBLE_HIGH_RISK'],
          dashAnswers: Array.from({ length: 24 }, (_, i) => (i < 15 ? 'YES' : 'NO')),
          riskSummary: 'Escalating threats reported.',
          childrenInHousehold: 0,
          lawfulBasis: 'Crime and Disorder Act 1998 s115',
          referralDate: '2026-11-02',
        },
      },
      c.tokens.referrer,
    );
    const caseId = created.data.createReferral.id;
    await gql(
      b.base,
      `mutation($input: TriageInput!) { triageReferral(input: $input) { id } }`,
      {
        input: { caseId, decision: 'ACCEPT' },
      },
      c.tokens['marac.coordinator'],
    );
    const action = await gql(
      a.base,
      `mutation($i: CreateActionInput!) { createAction(input: $i) { id version } }`,
      {
        i: {
          caseId,
          description: 'Contested action',
          ownerAgencyId: c.housingAgencyId,
          dueDate: '2027-06-30',
        },
      },
      c.tokens['marac.coordinator'],
    );
    const actionId = action.data.createAction.id;
    const wins: number[] = [];
    const contest: Record<string, number> = {};
    await Promise.all(
      Array.from({ length: 8 }, async (_, k) => {
        const base = k % 2 ? b.base : a.base;
        const who = k % 3 ? 'housing.rep' : 'marac.coordinator';
        for (let round = 0; round < 5; round++) {
          const read = await gql(
            base,
            `query($id: ID!) { action(id: $id) { version } }`,
            { id: actionId },
            c.tokens[who],
          );
          const v = read.data?.action.version;
          const r = await gql(
            base,
            `mutation($i: UpdateActionInput!) { updateAction(input: $i) { version } }`,
            { i: { actionId, expectedVersion: v, status: 'IN_PROGRESS', note: `round ${round} by ${k}` } },
            c.tokens[who],
          );
          const key = r.data ? 'OK' : (r.codes[0] ?? `HTTP ${r.status}`);
          contest[key] = (contest[key] ?? 0) + 1;
          if (r.data) wins.push(v);
        }
      }),
    );
    await sleep(2000);
    await load.stop();
    const all = { ...load.unexpected() };
    for (const [k, n] of Object.entries(contest))
      if (!['OK', 'CONFLICT'].includes(k)) all[`contest ${k}`] = n;
    expect(all).toEqual({});

    try {
      // every win had its own expected version, and each one is in the action: none lost, none applied twice
      expect(new Set(wins).size).toBe(wins.length);
      expect(wins.length).toBeGreaterThan(0);
      const [row] = await sql(
        `SELECT version, (SELECT count(*)::int FROM action_update WHERE action_id = $1) AS updates FROM action WHERE id = $1`,
        [actionId],
      );
      expect(row).toEqual({ version: 1 + wins.length, updates: wins.length });

      // no duplicate reference among every case of the database
      expect(await sql(`SELECT reference FROM case_record GROUP BY reference HAVING count(*) > 1`)).toEqual(
        [],
      );
      const refs = [...load.cases.values()].map((x) => x.reference);
      expect(new Set(refs).size).toBe(refs.length);
      expect(refs.length).toBeGreaterThan(5);

      // every e-mail since the mark delivered by the one worker, exactly once
      await outboxDrained(mark, 30_000);
      const sent = await sql(`SELECT id::text FROM outbox WHERE id > $1`, [mark]);
      const received = sink.outboxIds();
      expect(sent.length).toBeGreaterThan(0);
      expect(sent.filter((r) => received.get(r.id) !== 1)).toEqual([]);

      const verify = await auditVerify(procs, dist, env);
      expect({ code: verify.code, intact: /intact/.test(verify.output) }).toEqual({ code: 0, intact: true });
      // and all three stop cleanly on SIGTERM
      for (const p of [worker, a, b]) p.child.kill('SIGTERM');
      const exits = await Promise.all([worker, a, b].map((p) => within(10_000, p.exited, `${p.name} exit`)));
      expect(exits).toEqual([0, 0, 0].map((code) => ({ code, signal: null })));
      console.log(
        `scale-out: ${load.requests} requests over 2 APIs, outcomes ${JSON.stringify(Object.fromEntries(load.outcomes))}, ` +
          `contested action: ${JSON.stringify(contest)}, ${sent.length} e-mails`,
      );
    } catch (e) {
      keepLog('faults-scale-out', [a.output(), b.output(), worker.output()].join('\n-----\n'));
      throw e;
    }
  }, 120_000);
});
