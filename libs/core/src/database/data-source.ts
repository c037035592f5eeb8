import { DataSource, type DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations/index.js';

/** How long a request waits for a database connection before SERVICE_UNAVAILABLE. */
export const DB_CONNECT_TIMEOUT_MS = 5000;

/** `statementTimeoutMs`: every statement of the pool's connections is cancelled past it (0: no limit). */
export function dataSourceOptions(url: string, poolSize = 20, statementTimeoutMs = 0): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    synchronize: false,
    logging: false,
    // a connection (or a free one from the pool) not had within 5 s fails the request with SERVICE_UNAVAILABLE
    // rather than leaving it waiting: the database gone or saturated is answered, never a hang
    connectTimeoutMS: DB_CONNECT_TIMEOUT_MS,
    extra: {
      max: poolSize,
      application_name: 'marac-api',
      // every transaction is READ COMMITTED (db.tx relies on it) without a SET TRANSACTION statement of its own
      options: '-c default_transaction_isolation=read\\ committed',
      ...(statementTimeoutMs ? { statement_timeout: statementTimeoutMs } : {}),
    },
  };
}

const MIGRATION_LOCK = 7426000;

/** Runs pending migrations once, even with several processes starting at the same time (advisory lock). */
export async function migrate(url: string): Promise<string[]> {
  const ds = new DataSource(dataSourceOptions(url, 2));
  await ds.initialize();
  const runner = ds.createQueryRunner();
  try {
    await runner.connect();
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const done = await ds.runMigrations({ transaction: 'each' });
    return done.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
    await ds.destroy();
  }
}
