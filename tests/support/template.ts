import pg from 'pg';
import { NestFactory } from '@nestjs/core';
import { ensureLoginRole, grantAppPrivileges, loadConfig, migrate } from '@marac/core';
import { seed } from '../../apps/api/src/seed.js';
import { AppModule } from '../../apps/api/src/app.module.js';
import { withDatabase } from './db-url.js';

const TEMPLATE_LOCK = 7426999;

/** The run's application role (no superuser rights, owns nothing): the app under test connects as it. */
export const appRole = (template: string) => `${template}_app`;

/**
 * Makes sure the run's template database exists, migrated and seeded with the demo data (once per run: the first
 * file to get the advisory lock builds it, the others wait and reuse it), then clones it as `database`.
 * The template also carries the grants of the run's application role (created with it, password from
 * MARAC_TEST_APP_PASSWORD). Answers whether that role exists (false on an external server where the test user may
 * not create roles: the app then connects as the test user).
 */
export async function cloneTemplate(serverUrl: string, template: string, database: string): Promise<boolean> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    const { rows } = await admin.query(
      `SELECT description FROM pg_database d LEFT JOIN pg_shdescription s ON s.objoid = d.oid WHERE datname = $1`,
      [template],
    );
    if (rows[0]?.description !== 'ready') {
      if (rows.length) await admin.query(`DROP DATABASE ${template} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${template}`);
      const url = withDatabase(serverUrl, template);
      await migrate(url);
      const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: url, DEMO_DATA: 'true' });
      const ctx = await NestFactory.createApplicationContext(AppModule.forRoot(config, url), {
        logger: ['error'],
      });
      await seed(ctx);
      await ctx.close();
      try {
        await ensureLoginRole(serverUrl, appRole(template), process.env.MARAC_TEST_APP_PASSWORD!);
        await grantAppPrivileges(url, appRole(template));
      } catch (e) {
        if ((e as { code?: string }).code !== '42501') throw e; // insufficient_privilege: no role of our own
      }
      await admin.query(`COMMENT ON DATABASE ${template} IS 'ready'`);
    }
    await admin.query(`CREATE DATABASE ${database} TEMPLATE ${template}`);
    const role = await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [appRole(template)]);
    return role.rowCount === 1;
  } finally {
    await admin.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK]).catch(() => undefined);
    await admin.end();
  }
}
