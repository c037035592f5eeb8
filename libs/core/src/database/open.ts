import pg from 'pg';
import type { AppConfig } from '../config.js';
import { migrate } from './data-source.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded.js';
import {
  APP_ROLE,
  ensureLoginRole,
  grantAppPrivileges,
  randomPassword,
  readSecretFile,
  urlUser,
  withCredentials,
  writeSecretFile,
} from './roles.js';

export interface Database {
  /** what the API connects with: a role without superuser rights that owns nothing (see roles.ts) */
  url: string;
  embedded: EmbeddedDatabase | null;
}

/**
 * Opens and migrates the database, and returns the URL the API connects with.
 * - Embedded (no DATABASE_URL): PostgreSQL under DATA_DIR/pg; migrations run as its superuser (password in
 *   DATA_DIR/pg-password), the API connects as `marac_app` (password in DATA_DIR/pg-app-password, both mode 0600).
 * - DATABASE_URL and MIGRATION_DATABASE_URL: migrations run as MIGRATION_DATABASE_URL's user (the schema owner), which
 *   then grants DATABASE_URL's user (an existing role) what the API needs; the API connects with DATABASE_URL.
 * - DATABASE_URL alone: one user migrates and runs the API (it owns the tables, so nothing stops it from altering
 *   them: use the two-URL form in production).
 */
export async function openDatabase(config: AppConfig): Promise<Database> {
  if (config.databaseUrl) {
    const owner = config.migrationDatabaseUrl ?? config.databaseUrl;
    try {
      await migrate(owner);
      if (owner !== config.databaseUrl) await grantAppPrivileges(owner, urlUser(config.databaseUrl));
    } catch (e) {
      const variable = config.migrationDatabaseUrl ? 'MIGRATION_DATABASE_URL' : 'DATABASE_URL';
      throw new Error(`${variable}: cannot prepare the database (${(e as Error).message})`, { cause: e });
    }
    return { url: config.databaseUrl, embedded: null };
  }
  const embedded = await startEmbeddedPostgres({
    dir: `${config.dataDir}/pg`,
    port: config.embeddedPgPort,
  });
  try {
    const admin = new pg.Client({ connectionString: embedded.url('postgres') });
    await admin.connect();
    try {
      const { rowCount } = await admin.query(`SELECT 1 FROM pg_database WHERE datname = 'marac'`);
      if (!rowCount) await admin.query('CREATE DATABASE marac');
    } finally {
      await admin.end();
    }
    const owner = embedded.url('marac');
    await migrate(owner);
    const appPasswordFile = `${config.dataDir}/pg-app-password`;
    let appPassword = readSecretFile(appPasswordFile);
    if (!appPassword) {
      appPassword = randomPassword();
      writeSecretFile(appPasswordFile, appPassword);
    }
    await ensureLoginRole(owner, APP_ROLE, appPassword);
    await grantAppPrivileges(owner, APP_ROLE);
    return { url: withCredentials(owner, APP_ROLE, appPassword), embedded };
  } catch (e) {
    await embedded.stop().catch(() => undefined);
    throw new Error(`embedded PostgreSQL: cannot prepare the database (${(e as Error).message})`, {
      cause: e,
    });
  }
}
