#!/usr/bin/env node
// Read throughput with the audit trail's old global chain lock and with the sealer, in the same run (issue 15).
//   npm run build && node scripts/audit-throughput.mjs [--seconds 8] [--connections 16] [--no-fsync]
// On a throwaway embedded PostgreSQL with the demo data, the BUILT API (NODE_ENV=production) answers
// `case(id) { subject }` as the MARAC coordinator; every answer writes its one read-audit event. Two modes, measured
// alternately (old, new, old, new) with autocannon in a child process:
//   old: a benchmark-only trigger does, on every insert, what the old chain trigger did: take the global advisory
//        lock 7426001, read the last event's hash and hash the new event under the lock (until its commit);
//   new: no lock; the sealer chains the events every 2 s, as the dispatcher's tick does (WORKER=inline, or the
//        worker), in this same process.
// Commits are durable (fsync on, as in production: a commit flushes the WAL, and under the old trigger every other
// read audit waited for that flush); --no-fsync measures with fsync and synchronous_commit off, as the tests run.
// Prints req/s, p50 and p99 per run and the ratio new/old. Figures on a shared machine are noisy.
/* global fetch */
import { fork } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { setInterval, clearInterval, setTimeout } from 'node:timers';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';

const SELF = fileURLToPath(import.meta.url);

if (process.argv.includes('--load')) {
  // the load generator: its own process, so that it never shares an event loop with the server it measures
  const { default: autocannon } = await import('autocannon');
  process.once('message', async (opts) => {
    const r = await autocannon(opts);
    const bad = r.non2xx + r.errors + r.timeouts + (r.mismatches ?? 0);
    process.send(
      { rps: r.requests.average, total: r.requests.total, p50: r.latency.p50, p99: r.latency.p99, bad },
      () => process.exit(0),
    );
  });
} else {
  await main();
}

async function main() {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const SECONDS = arg('--seconds', 8);
  const CONNECTIONS = arg('--connections', 16);
  process.env.NODE_ENV = 'production';
  const ROOT = resolve(dirname(SELF), '..');
  const dist = (path) => import(pathToFileURL(join(ROOT, 'dist', path)).href);
  const core = await dist('libs/core/src/index.js');
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  const cleanups = [];
  const cleanup = async () => {
    while (cleanups.length)
      await cleanups
        .pop()()
        .catch((e) => console.error(`clean-up: ${e.message}`));
  };
  process.on('SIGINT', () => void cleanup().then(() => process.exit(130)));
  process.on('uncaughtException', (e) => {
    if (e?.code === '57P01') return; // PostgreSQL stopping under an idle pool
    console.error(e);
    process.exit(1);
  });

  const freePort = () =>
    new Promise((ok, fail) => {
      const srv = createServer();
      srv.once('error', fail);
      srv.listen(0, '127.0.0.1', () => {
        const { port } = srv.address();
        srv.close(() => ok(port));
      });
    });
  const log = (line) => console.log(line);
  try {
    log(
      `${cpus().length} CPUs, load average ${loadavg()[0].toFixed(2)}, Node ${process.version}, fsync ${process.argv.includes('--no-fsync') ? 'off' : 'on'}`,
    );
    const parent = mkdtempSync(join(tmpdir(), 'marac-audit-bench-'));
    chmodSync(parent, 0o755);
    cleanups.push(async () => rmSync(parent, { recursive: true, force: true }));
    const embedded = await core.startEmbeddedPostgres({
      dir: join(parent, 'pg'),
      port: await freePort(),
      persistent: !process.argv.includes('--no-fsync'), // the directory is removed at the end either way
    });
    cleanups.push(() => embedded.stop());
    const admin = new pg.Client({ connectionString: embedded.url('postgres') });
    await admin.connect();
    await admin.query('CREATE DATABASE marac');
    await admin.end();
    const url = embedded.url('marac');
    await core.migrate(url);

    const { NestFactory } = await import('@nestjs/core');
    const { AppModule } = await dist('apps/api/src/app.module.js');
    const { seed } = await dist('apps/api/src/seed.js');
    const seeder = await NestFactory.createApplicationContext(
      AppModule.forRoot(
        core.loadConfig({ NODE_ENV: 'test', DATABASE_URL: url, DEMO_DATA: 'true', WORKER: 'off' }),
        url,
      ),
      { logger: ['error'] },
    );
    await seed(seeder);
    await seeder.close();

    const { createApp } = await dist('apps/api/src/create-app.js');
    const { AuditSealer } = await dist('libs/audit/src/index.js');
    const port = await freePort();
    const config = core.loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: url,
      HOST: '127.0.0.1',
      PORT: String(port),
      WORKER: 'off',
      LOG_LEVEL: 'warn',
      DATA_DIR: join(parent, 'data'),
    });
    const app = await createApp(config, url);
    await app.listen(port, '127.0.0.1');
    cleanups.push(() => app.close());
    const api = `http://127.0.0.1:${port}/graphql`;
    const gql = async (query, variables, token) => {
      const res = await fetch(api, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = await res.json();
      if (!body.data) throw new Error(JSON.stringify(body.errors));
      return body.data;
    };
    const token = (
      await gql(`mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, {
        i: { email: 'marac.coordinator@demo.marac.local', password: 'demo-password-2026' },
      })
    ).login.accessToken;
    const caseId = (await gql(`{ cases(first: 1) { edges { node { id } } } }`, {}, token)).cases.edges[0].node
      .id;
    const READ = `query($id: ID!) { case(id: $id) { id reference status subject { givenName familyName } } }`;
    await gql(READ, { id: caseId }, token);

    const owner = new pg.Client({ connectionString: url });
    await owner.connect();
    cleanups.push(() => owner.end());
    await owner.query(`
      CREATE FUNCTION bench_old_chain() RETURNS trigger LANGUAGE plpgsql AS $fn$
      DECLARE prev text;
      BEGIN
        PERFORM pg_advisory_xact_lock(7426001);
        SELECT hash INTO prev FROM audit_event ORDER BY id DESC LIMIT 1;
        NEW.prev_hash := prev;
        NEW.hash := audit_event_hash(prev, NEW);
        RETURN NEW;
      END $fn$`);
    // after audit_event_append (triggers fire in name order): the row is chained at insert, as before
    const oldMode = (on) =>
      owner.query(
        on
          ? `CREATE TRIGGER audit_event_zz_bench_old_chain BEFORE INSERT ON audit_event
               FOR EACH ROW EXECUTE FUNCTION bench_old_chain()`
          : `DROP TRIGGER IF EXISTS audit_event_zz_bench_old_chain ON audit_event`,
      );

    const sealer = app.get(AuditSealer);
    let ticker = null;
    const load = (duration) =>
      new Promise((ok, fail) => {
        const child = fork(SELF, ['--load'], { stdio: 'inherit' });
        child.once('message', ok);
        child.once('exit', (code) => code !== 0 && fail(new Error(`load generator exited with ${code}`)));
        child.send({
          url: api,
          method: 'POST',
          connections: CONNECTIONS,
          duration,
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: READ, variables: { id: caseId } }),
        });
      });
    const runs = { old: [], new: [] };
    for (const mode of ['old', 'new', 'old', 'new']) {
      await oldMode(mode === 'old');
      if (mode === 'new') ticker = setInterval(() => void sealer.tick(), 2000);
      await load(2); // warm-up
      const r = await load(SECONDS);
      if (ticker) clearInterval(ticker);
      ticker = null;
      if (r.bad) throw new Error(`${mode}: ${r.bad} bad responses`);
      runs[mode].push(r);
      log(
        `${mode === 'old' ? 'old (global lock at insert)' : 'new (sealer, no lock)    '}: ${Math.round(r.rps)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms (${r.total} requests, ${CONNECTIONS} connections, ${SECONDS} s)`,
      );
    }
    await oldMode(false);
    await new Promise((ok) => setTimeout(ok, 1000)); // the requests still in flight when the load stopped
    const sealed = await sealer.seal({ wait: 10_000 });
    const [{ n: unsealed }] = (
      await owner.query('SELECT count(*)::int AS n FROM audit_event WHERE hash IS NULL')
    ).rows;
    const mean = (xs) => xs.reduce((a, b) => a + b.rps, 0) / xs.length;
    log(
      `ratio new/old: ${(mean(runs.new) / mean(runs.old)).toFixed(2)} (mean of ${runs.new.length} runs each: ${Math.round(mean(runs.new))} against ${Math.round(mean(runs.old))} req/s); the final seal chained ${sealed} events, ${unsealed} left unsealed`,
    );
  } finally {
    await cleanup();
  }
}
