import pg from 'pg';
import type { AppConfig } from '../config.js';
import { migrate } from './data-source.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded.js';

export interface Database {
  url: string;
  embedded: EmbeddedDatabase | null;
}

/** DATABASE_URL when set; otherwise the embedded PostgreSQL kept under DATA_DIR/pg. Migrated either way. */
export async function openDatabase(config: AppConfig): Promise<Database> {
  let url = config.databaseUrl;
  let embedded: EmbeddedDatabase | null = null;
  if (!url) {
    embedded = await startEmbeddedPostgres({ dir: `${config.dataDir}/pg`, port: config.embeddedPgPort });
    const admin = new pg.Client({ connectionString: embedded.url('postgres') });
    await admin.connect();
    try {
      const { rowCount } = await admin.query(`SELECT 1 FROM pg_database WHERE datname = 'marac'`);
      if (!rowCount) await admin.query('CREATE DATABASE marac');
    } finally {
      await admin.end();
    }
    url = embedded.url('marac');
  }
  try {
    await migrate(url);
  } catch (e) {
    await embedded?.stop();
    throw new Error(`DATABASE_URL: cannot prepare the database (${(e as Error).message})`, { cause: e });
  }
  return { url, embedded };
}
