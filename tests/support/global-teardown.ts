import pg from 'pg';

export default async function globalTeardown(): Promise<void> {
  const embedded = (globalThis as any).__MARAC_EMBEDDED__;
  if (embedded) {
    await embedded.stop();
    return;
  }
  // an external server: drop what this run created
  const admin = new pg.Client({ connectionString: process.env.MARAC_TEST_SERVER_URL });
  await admin.connect();
  const { rows } = await admin.query(`SELECT datname FROM pg_database WHERE datname LIKE 'marac\\_t%'`);
  for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  // the run's application role (template.ts) has privileges only in the databases just dropped
  await admin.query(`DROP ROLE IF EXISTS ${process.env.MARAC_TEST_TEMPLATE}_app`).catch(() => undefined);
  await admin.end();
}
