/**
 * Database roles. Migrations run as the owner of the schema (the embedded superuser, or MIGRATION_DATABASE_URL's
 * user); the API, the worker and audit:verify connect as a LOGIN role with no superuser rights that owns nothing, so
 * it cannot disable the audit triggers, alter a table, or change the append-only audit trail.
 */
import { createHash, createHmac, pbkdf2Sync, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import pg from 'pg';

/** The role the API connects as on the embedded PostgreSQL. */
export const APP_ROLE = 'marac_app';

/** Tables the API may read and append to, but never change: the audit trail. */
export const APPEND_ONLY_TABLES = ['audit_event'];

/** Tables the API only reads: the migrations done (so a process given only the API's URL, e.g. the worker, can see
 * there is nothing to migrate). */
export const READ_ONLY_TABLES = ['schema_migration'];

const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** A random password for a database role (base64url, 192 bits). */
export function randomPassword(): string {
  return randomBytes(24).toString('base64url');
}

/**
 * The SCRAM-SHA-256 secret PostgreSQL stores for `password` (RFC 5802/7677, the format of `pg_authid.rolpassword`).
 * PostgreSQL stores a secret given in this form as it is, so the plain password never reaches the server or a file
 * other than the one only the owner can read.
 */
export function scramVerifier(password: string, salt = randomBytes(16), iterations = 4096): string {
  const salted = pbkdf2Sync(password.normalize('NFKC'), salt, iterations, 32, 'sha256');
  const clientKey = createHmac('sha256', salted).update('Client Key').digest();
  const storedKey = createHash('sha256').update(clientKey).digest();
  const serverKey = createHmac('sha256', salted).update('Server Key').digest();
  return `SCRAM-SHA-256$${iterations}:${salt.toString('base64')}$${storedKey.toString('base64')}:${serverKey.toString('base64')}`;
}

/** Reads a secret kept in a file only the owner can read (and tightens the file's mode if someone loosened it). */
export function readSecretFile(file: string): string | null {
  if (!existsSync(file)) return null;
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  const value = readFileSync(file, 'utf8').trim();
  return value || null;
}

/** Writes a secret to a new file with mode 0600 (fails when the file exists: a secret is never overwritten). */
export function writeSecretFile(file: string, value: string): void {
  writeFileSync(file, `${value}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600); // whatever the umask
}

async function withClient<T>(url: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url, application_name: 'marac-roles' });
  await c.connect();
  try {
    return await work(c);
  } finally {
    await c.end();
  }
}

/**
 * Creates `role` as a LOGIN role without superuser, database-creation, role-creation, replication or RLS-bypass
 * rights (or resets those attributes and its password when it exists). Needs a superuser or CREATEROLE connection.
 */
export async function ensureLoginRole(ownerUrl: string, role: string, password: string): Promise<void> {
  if (!ROLE_NAME.test(role)) throw new Error(`not a valid role name: ${role}`);
  const secret = scramVerifier(password);
  const attributes = `LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS NOINHERIT PASSWORD '${secret}'`;
  await withClient(ownerUrl, async (c) => {
    const { rowCount } = await c.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
    await c.query(rowCount ? `ALTER ROLE ${role} ${attributes}` : `CREATE ROLE ${role} ${attributes}`);
  });
}

const GRANT_LOCK = 7426000; // the migration lock: grants never run while another process migrates

/**
 * Grants `role` what the API needs in the database of `ownerUrl`, after migrations: reading and writing the
 * application's tables, appending to (never changing) the audit trail, using sequences and functions. Run at every
 * start, so tables added by later migrations are covered; idempotent.
 */
export async function grantAppPrivileges(ownerUrl: string, role: string): Promise<void> {
  if (!ROLE_NAME.test(role)) throw new Error(`not a valid role name: ${role}`);
  await withClient(ownerUrl, async (c) => {
    const { rows } = await c.query<{ me: string }>('SELECT current_user AS me');
    if (rows[0].me === role) return; // one user for everything: nothing to grant
    await c.query('SELECT pg_advisory_lock($1)', [GRANT_LOCK]);
    try {
      const db = (await c.query<{ db: string }>('SELECT current_database() AS db')).rows[0].db;
      await c.query(`GRANT CONNECT, TEMPORARY ON DATABASE "${db.replace(/"/g, '""')}" TO ${role}`);
      await c.query(`GRANT USAGE ON SCHEMA public TO ${role}`);
      await c.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`);
      await c.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
      await c.query(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO ${role}`);
      for (const table of [...APPEND_ONLY_TABLES, ...READ_ONLY_TABLES]) {
        const { rows: found } = await c.query(`SELECT to_regclass($1) AS t`, [`public.${table}`]);
        if (!found[0].t) continue;
        const refused = APPEND_ONLY_TABLES.includes(table)
          ? 'UPDATE, DELETE, TRUNCATE'
          : 'INSERT, UPDATE, DELETE, TRUNCATE';
        await c.query(`REVOKE ${refused} ON ${table} FROM ${role}`);
      }
    } finally {
      await c.query('SELECT pg_advisory_unlock($1)', [GRANT_LOCK]);
    }
  });
}

/** The same URL with another user and password. */
export function withCredentials(url: string, user: string, password: string): string {
  const u = new URL(url);
  u.username = encodeURIComponent(user);
  u.password = encodeURIComponent(password);
  return u.toString();
}

/** The user name of a postgres:// URL. */
export function urlUser(url: string): string {
  return decodeURIComponent(new URL(url).username);
}
