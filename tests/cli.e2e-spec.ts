/**
 * The start command (issue 3): the built API (`node dist/apps/api/src/main.js`) started as a user would, with bad
 * settings (one clear line naming the variable, non-zero exit), with the port taken, and for real on a fresh database
 * with a bootstrap ADMIN (serves `login` within a minute, never prints the password, stops cleanly on SIGTERM).
 */
import { execSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { withDatabase } from './support/db-url.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const MAIN = join(ROOT, 'dist/apps/api/src/main.js');

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

interface Run {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const running = new Set<ChildProcess>();

/** Starts the built API with exactly `env` (plus PATH/HOME), as `npm start` would after its build. */
function start(env: Record<string, string>): Run {
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? ROOT, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((ok) =>
    child.once('exit', (code, signal) => {
      running.delete(child);
      // let the pipes drain
      setImmediate(() => ok({ code, signal }));
    }),
  );
  return { child, stdout: () => out, stderr: () => err, exited };
}

function within<T>(ms: number, p: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<T>((_, fail) => {
      timer = setTimeout(() => fail(new Error(`${what}: not within ${ms} ms`)), ms);
    }),
  ]);
}

/** Resolves with the GraphQL URL once the banner is printed. */
async function graphqlUrl(run: Run, ms: number): Promise<string> {
  const deadline = Date.now() + ms;
  for (;;) {
    const m = /(http:\/\/\S+\/graphql)\b/.exec(run.stdout());
    if (m) return m[1];
    if (run.child.exitCode !== null)
      throw new Error(`exited ${run.child.exitCode}: ${run.stdout()}\n${run.stderr()}`);
    if (Date.now() > deadline)
      throw new Error(`no GraphQL URL within ${ms} ms:\n${run.stdout()}\n${run.stderr()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function post(url: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data: any; errors?: { message: string; extensions: { code: string } }[] };
}

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken user { id email globalRoles } } }`;

const server = process.env.MARAC_TEST_SERVER_URL!;
const database = `marac_t_cli_${randomBytes(4).toString('hex')}`;
const databaseUrl = withDatabase(server, database);

async function adminQuery(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: server });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

beforeAll(async () => {
  execSync('npm run build', { cwd: ROOT, stdio: 'pipe', timeout: 120_000 });
  await adminQuery(`CREATE DATABASE ${database}`);
}, 150_000);

afterAll(async () => {
  for (const child of running) child.kill('SIGKILL');
  await adminQuery(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
});

describe('bad settings: one line naming the problem, non-zero exit', () => {
  it.each([
    ['PORT=abc', { PORT: 'abc' }, /PORT/],
    ['PORT=70000', { PORT: '70000' }, /PORT/],
    ['NODE_ENV=staging', { NODE_ENV: 'staging' }, /NODE_ENV/],
    ['DATABASE_URL=mysql://x/y', { DATABASE_URL: 'mysql://localhost/db' }, /DATABASE_URL/],
    ['AUTH_TOKEN_TTL=forever', { AUTH_TOKEN_TTL: 'forever' }, /AUTH_TOKEN_TTL/],
    ['DEMO_DATA=maybe', { DEMO_DATA: 'maybe' }, /DEMO_DATA/],
    [
      'BOOTSTRAP_ADMIN_EMAIL without a password',
      { BOOTSTRAP_ADMIN_EMAIL: 'root@example.test' },
      /BOOTSTRAP_ADMIN_PASSWORD/,
    ],
  ] as [string, Record<string, string>, RegExp][])('%s', async (_label, env, names) => {
    const run = start({ DATABASE_URL: databaseUrl, PORT: String(await freePort()), ...env });
    const { code } = await within(30_000, run.exited, 'exit');
    expect(code).not.toBe(0);
    expect(code).not.toBeNull();
    const lines = run.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(names);
    expect(run.stdout()).not.toMatch(/GraphQL endpoint/);
  });

  it('a bootstrap password that is too short is named but never printed', async () => {
    const secret = 'Sh0rt!pw';
    const run = start({
      DATABASE_URL: databaseUrl,
      PORT: String(await freePort()),
      BOOTSTRAP_ADMIN_EMAIL: 'root@example.test',
      BOOTSTRAP_ADMIN_PASSWORD: secret,
    });
    const { code } = await within(30_000, run.exited, 'exit');
    expect(code).not.toBe(0);
    const lines = run.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/BOOTSTRAP_ADMIN_PASSWORD/);
    expect(run.stdout() + run.stderr()).not.toContain(secret);
  });

  it('the port already taken: one line naming PORT, non-zero exit', async () => {
    const port = await freePort();
    const blocker: Server = createServer();
    await new Promise<void>((ok) => blocker.listen(port, '127.0.0.1', ok));
    try {
      const run = start({ DATABASE_URL: databaseUrl, PORT: String(port) });
      const { code } = await within(30_000, run.exited, 'exit');
      expect(code).not.toBe(0);
      expect(code).not.toBeNull();
      const lines = run.stderr().trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/PORT/);
      expect(lines[0]).toContain(String(port));
    } finally {
      await new Promise((ok) => blocker.close(ok));
    }
  });

  it('an unreachable database: one line naming DATABASE_URL, without its password', async () => {
    const closed = await freePort();
    const run = start({
      DATABASE_URL: `postgres://someone:s3cret-db-pass@127.0.0.1:${closed}/nothing`,
      PORT: String(await freePort()),
    });
    const { code } = await within(45_000, run.exited, 'exit');
    expect(code).not.toBe(0);
    const lines = run.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/DATABASE_URL/);
    expect(run.stdout() + run.stderr()).not.toContain('s3cret-db-pass');
  }, 60_000);
});

describe('a real start on a fresh database with a bootstrap ADMIN', () => {
  const email = `bootstrap.${randomBytes(3).toString('hex')}@example.test`;
  const password = `boot-${randomBytes(12).toString('hex')}`;

  async function startAndLogin() {
    const port = await freePort();
    const started = Date.now();
    const run = start({
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      BOOTSTRAP_ADMIN_EMAIL: email,
      BOOTSTRAP_ADMIN_PASSWORD: password,
    });
    try {
      const url = await graphqlUrl(run, 60_000);
      expect(url).toBe(`http://127.0.0.1:${port}/graphql`);
      const login = await post(url, LOGIN, { input: { email, password } });
      expect(login.errors).toBeUndefined();
      expect(login.data.login.user).toMatchObject({ email, globalRoles: ['ADMIN'] });
      expect(Date.now() - started).toBeLessThan(60_000);
      const me = await post(url, `{ me { agency { name kind } } }`, {}, login.data.login.accessToken);
      expect(me.data.me.agency).toEqual({ name: 'System administration', kind: 'OTHER' });
      const health = await fetch(url.replace(/\/graphql$/, '/health'));
      expect(health.status).toBe(200);
    } catch (e) {
      run.child.kill('SIGKILL');
      throw e;
    }
    return run;
  }

  async function stop(run: Run) {
    run.child.kill('SIGTERM');
    const exit = await within(30_000, run.exited, 'exit after SIGTERM');
    expect(exit).toEqual({ code: 0, signal: null });
    const output = run.stdout() + run.stderr();
    expect(output).not.toContain(password);
  }

  it('prints the GraphQL URL, serves login for the bootstrap admin within 60 s, stops with 0 on SIGTERM', async () => {
    const run = await startAndLogin();
    await stop(run);
    expect(run.stdout()).toMatch(/GraphQL endpoint: http:\/\/127\.0\.0\.1:\d+\/graphql/);
    expect(run.stdout()).toContain(email);
  }, 90_000);

  it('a second start on the same database comes up on the same data, with no second admin', async () => {
    const run = await startAndLogin();
    await stop(run);
    const c = new pg.Client({ connectionString: databaseUrl });
    await c.connect();
    try {
      const { rows } = await c.query(
        `SELECT count(*)::int AS n FROM app_user WHERE 'ADMIN' = ANY(global_roles)`,
      );
      expect(rows[0].n).toBe(1);
      const demo = await c.query(
        `SELECT count(*)::int AS n FROM app_user WHERE email LIKE '%@demo.marac.local'`,
      );
      expect(demo.rows[0].n).toBe(0);
    } finally {
      await c.end();
    }
  }, 90_000);
});

describe('a real start with the embedded PostgreSQL', () => {
  it('keeps its passwords in files only the owner reads, connects as marac_app, stops both on SIGTERM', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'marac-cli-'));
    chmodSync(parent, 0o755); // as root, the postgres OS user must traverse it
    const dataDir = join(parent, 'data');
    const pgPort = await freePort();
    const email = `embedded.${randomBytes(3).toString('hex')}@example.test`;
    const password = `boot-${randomBytes(12).toString('hex')}`;
    const run = start({
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(pgPort),
      PORT: String(await freePort()),
      DEMO_DATA: 'false',
      WORKER: 'off',
      BOOTSTRAP_ADMIN_EMAIL: email,
      BOOTSTRAP_ADMIN_PASSWORD: password,
    });
    try {
      const url = await graphqlUrl(run, 90_000);
      const login = await post(url, LOGIN, { input: { email, password } });
      expect(login.errors).toBeUndefined();
      for (const file of ['pg-password', 'pg-app-password'])
        expect(statSync(join(dataDir, file)).mode & 0o777).toBe(0o600);
      expect(statSync(join(dataDir, 'pg')).mode & 0o777).toBe(0o700);
      const c = new pg.Client({
        connectionString: `postgres://postgres:marac-embedded@127.0.0.1:${pgPort}/marac`,
      });
      await expect(c.connect()).rejects.toMatchObject({ code: '28P01' });
      const owner = readFileSync(join(dataDir, 'pg-password'), 'utf8').trim();
      const admin = new pg.Client({
        connectionString: `postgres://postgres:${encodeURIComponent(owner)}@127.0.0.1:${pgPort}/marac`,
      });
      await admin.connect();
      try {
        const { rows } = await admin.query(
          `SELECT DISTINCT usename FROM pg_stat_activity WHERE application_name = 'marac-api'`,
        );
        expect(rows.map((r) => r.usename)).toEqual(['marac_app']);
      } finally {
        await admin.end();
      }
      run.child.kill('SIGTERM');
      expect(await within(30_000, run.exited, 'exit after SIGTERM')).toEqual({ code: 0, signal: null });
      expect(run.stdout() + run.stderr()).not.toContain(owner);
      // the embedded server stopped with it: its port is free again
      await new Promise<void>((ok, fail) => {
        const srv = createServer();
        srv.once('error', fail);
        srv.listen(pgPort, '127.0.0.1', () => srv.close(() => ok()));
      });
    } finally {
      run.child.kill('SIGKILL');
      rmSync(parent, { recursive: true, force: true });
    }
  }, 150_000);
});
