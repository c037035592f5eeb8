/**
 * Benchmark of the strategic metrics on a panel holding 20,000 cases (not a test; prints timings).
 *
 *   npm run build && node dist/apps/api/src/metrics-bench.js
 *
 * Uses DATABASE_URL when set (a throwaway database!), otherwise an embedded PostgreSQL in a temporary directory.
 * The load data is bulk-inserted with SQL (the rules do not matter for timing): 20,000 cases of one MARAC over four
 * years, their subjects and perpetrators, flags, weekly concluded meetings (every case heard, a third reviewed again)
 * and three actions per case. Then, as a STRATEGIC user through the service: a one-year `panelMetrics` and a
 * 24-month `panelMetricsSeries` (MONTH), each timed over several runs after a warm-up.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import pg from 'pg';
import { defineAbilityFor } from '@marac/access';
import { AgencyKind, GlobalRole, loadConfig, openDatabase, RequestContext } from '@marac/core';
import { Interval, MetricsService } from '@marac/metrics';
import { AppModule } from './app.module.js';

const CASES = Number(process.env.BENCH_CASES ?? 20_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 10);

const freePort = () =>
  new Promise<number>((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => ok(port));
    });
  });

const dir = process.env.DATABASE_URL ? null : mkdtempSync(join(tmpdir(), 'marac-bench-'));
const config = loadConfig({
  ...process.env,
  NODE_ENV: 'production',
  DEMO_DATA: 'false',
  LOG_LEVEL: 'error',
  ...(dir ? { DATA_DIR: dir, EMBEDDED_PG_PORT: String(await freePort()) } : {}),
});
const db = await openDatabase(config);
const client = new pg.Client({ connectionString: db.url });
await client.connect();

async function load(): Promise<string> {
  const t0 = performance.now();
  await client.query('BEGIN');
  const [{ id: agencyId }] = (
    await client.query(
      `INSERT INTO agency (name, kind) VALUES ('Bench Police', $1), ('Bench IDVA', $2), ('Bench Housing', $3) RETURNING id`,
      [AgencyKind.POLICE, AgencyKind.IDVA, AgencyKind.HOUSING],
    )
  ).rows;
  const agencies = (
    await client.query(`SELECT id FROM agency WHERE name LIKE 'Bench %' ORDER BY name`)
  ).rows.map((r) => r.id);
  const [{ id: userId }] = (
    await client.query(
      `INSERT INTO app_user (email, name, agency_id, password_hash) VALUES ('bench@example.org', 'Bench', $1, 'x') RETURNING id`,
      [agencyId],
    )
  ).rows;
  const [{ id: panelId }] = (
    await client.query(
      `INSERT INTO panel (kind, name, area, area_code, settings) VALUES ('MARAC', 'Bench MARAC', 'Bench', 'BEN',
         '{"adultFemalePopulation": 120000, "bamePopulationShare": 0.1}') RETURNING id`,
    )
  ).rows;
  // cases: referral dates spread over 2022-2025
  await client.query(
    `INSERT INTO person (given_name, family_name, gender, is_bame, lgbt, disabled)
     SELECT 'V', 'Bench' || g, CASE WHEN g % 20 = 0 THEN 'MALE' ELSE 'FEMALE' END, g % 8 = 0, g % 30 = 0, g % 6 = 0
       FROM generate_series(1, $1) g`,
    [CASES],
  );
  await client.query(
    `INSERT INTO case_record (reference, panel_id, panel_kind, status, referring_agency_id, referred_by, referral_date,
                              criteria, children_in_household, lawful_basis, is_repeat)
     SELECT 'MARAC-BEN-' || g, $1, 'MARAC', 'HEARD', ($2::uuid[])[1 + g % 3], $3,
            date '2022-01-01' + (g * 1461 / $4), '{VISIBLE_HIGH_RISK}', g % 4, 'bench', g % 4 = 0
       FROM generate_series(1, $4) g`,
    [panelId, agencies, userId, CASES],
  );
  await client.query(
    `INSERT INTO case_person (case_id, person_id, role, is_subject, position)
     SELECT c.id, p.id, 'VICTIM', true, 1
       FROM (SELECT id, row_number() OVER (ORDER BY seq) n FROM case_record WHERE panel_id = $1) c
       JOIN (SELECT id, row_number() OVER (ORDER BY created_at, id) n FROM person WHERE given_name = 'V') p USING (n)`,
    [panelId],
  );
  // one perpetrator per case, every tenth shared with the previous case (repeat/serial perpetrators)
  await client.query(
    `INSERT INTO person (given_name, family_name, gender) SELECT 'P', 'Bench' || g, 'MALE' FROM generate_series(1, $1) g`,
    [CASES],
  );
  await client.query(
    `WITH c AS (SELECT id, row_number() OVER (ORDER BY seq) n FROM case_record WHERE panel_id = $1),
          p AS (SELECT id, row_number() OVER (ORDER BY id) n FROM person WHERE given_name = 'P')
     INSERT INTO case_person (case_id, person_id, role, is_subject, position)
     SELECT c.id, p.id, 'PERPETRATOR', false, 2 FROM c JOIN p ON p.n = CASE WHEN c.n % 10 = 0 THEN c.n - 1 ELSE c.n END`,
    [panelId],
  );
  await client.query(
    `INSERT INTO case_flag (case_id, kind, explanation)
     SELECT id, k, 'bench' FROM case_record c, unnest('{REPEAT_PERPETRATOR,SERIAL_PERPETRATOR}'::text[]) k
      WHERE panel_id = $1 AND seq % 10 IN (0, 9)
     UNION ALL SELECT id, 'CROSS_PANEL', 'bench' FROM case_record WHERE panel_id = $1 AND seq % 25 = 0
     UNION ALL SELECT id, 'REPEAT', 'bench' FROM case_record WHERE panel_id = $1 AND is_repeat`,
    [panelId],
  );
  // weekly meetings, concluded; each case heard at the first meeting 7..13 days after referral, a third again 8 weeks later
  await client.query(
    `INSERT INTO meeting (panel_id, starts_at, status, concluded_at)
     SELECT $1, w, 'CONCLUDED', w + interval '3 hours'
       FROM generate_series(timestamptz '2022-01-06 10:00+00', timestamptz '2026-06-30', interval '7 days') w`,
    [panelId],
  );
  await client.query(
    `WITH m AS (SELECT id, starts_at FROM meeting WHERE panel_id = $1),
          first AS (
            SELECT c.id AS case_id, (SELECT m.id FROM m WHERE m.starts_at >= c.referral_date + 7 ORDER BY m.starts_at LIMIT 1) AS meeting_id,
                   c.seq
              FROM case_record c WHERE c.panel_id = $1),
          review AS (
            SELECT f.case_id, (SELECT m2.id FROM m m2 WHERE m2.starts_at >= m1.starts_at + interval '56 days' ORDER BY m2.starts_at LIMIT 1) AS meeting_id
              FROM first f JOIN m m1 ON m1.id = f.meeting_id WHERE f.seq % 3 = 0),
          items AS (SELECT case_id, meeting_id FROM first UNION ALL SELECT case_id, meeting_id FROM review)
     INSERT INTO agenda_item (meeting_id, case_id, position, status_before_listing, minutes)
     SELECT meeting_id, case_id, row_number() OVER (PARTITION BY meeting_id ORDER BY case_id), 'ACCEPTED', 'bench'
       FROM items WHERE meeting_id IS NOT NULL`,
    [panelId],
  );
  await client.query(
    `INSERT INTO action (case_id, panel_id, description, owner_agency_id, created_by, due_date, status, completed_at)
     SELECT c.id, c.panel_id, 'bench', ($2::uuid[])[1 + k], $3, c.referral_date + 14 + k * 10,
            CASE WHEN (c.seq + k) % 5 = 0 THEN 'OPEN' WHEN (c.seq + k) % 11 = 0 THEN 'CANCELLED' ELSE 'DONE' END,
            CASE WHEN (c.seq + k) % 5 <> 0 AND (c.seq + k) % 11 <> 0 THEN c.referral_date + 10 + k * 12 END
       FROM case_record c, generate_series(0, 2) k WHERE c.panel_id = $1`,
    [panelId, agencies, userId],
  );
  await client.query('COMMIT');
  await client.query('ANALYZE');
  const counts = (
    await client.query(
      `SELECT (SELECT count(*) FROM case_record)::int AS cases, (SELECT count(*) FROM agenda_item)::int AS items,
              (SELECT count(*) FROM meeting)::int AS meetings, (SELECT count(*) FROM action)::int AS actions`,
    )
  ).rows[0];
  console.log(
    `loaded ${counts.cases} cases, ${counts.meetings} meetings, ${counts.items} agenda items, ${counts.actions} actions in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  return panelId;
}

const panelId = await load();
const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, db.url), {
  logger: ['error'],
});
try {
  const metrics = app.get(MetricsService);
  const strategic = () => {
    const user = {
      id: '00000000-0000-4000-8000-000000000001',
      sessionId: 'bench',
      agencyId: '00000000-0000-4000-8000-000000000002',
      agencyKind: AgencyKind.OTHER,
      globalRoles: [GlobalRole.STRATEGIC],
      memberships: [],
    };
    return RequestContext.forUser(user, defineAbilityFor(user));
  };
  const time = async (label: string, run: () => Promise<unknown>) => {
    for (let i = 0; i < 2; i++) await run();
    const ms: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      await run();
      ms.push(performance.now() - t0);
    }
    ms.sort((a, b) => a - b);
    console.log(
      `${label}: median ${ms[Math.floor(ms.length / 2)].toFixed(1)} ms, min ${ms[0].toFixed(1)} ms, max ${ms.at(-1)!.toFixed(1)} ms (${RUNS} runs)`,
    );
  };
  const one = await metrics.panelMetrics(strategic(), { panelId, from: '2025-01-01', to: '2025-12-31' });
  console.log(
    `one year: ${one.referrals} referrals, ${one.casesHeard} cases heard, ${one.actionsTotal} actions due, repeat rate ${one.repeatRate?.toFixed(3)}`,
  );
  await time('panelMetrics, one year', () =>
    metrics.panelMetrics(strategic(), { panelId, from: '2025-01-01', to: '2025-12-31' }),
  );
  await time('panelMetricsSeries, 24 months (MONTH)', () =>
    metrics.series(strategic(), { panelId, from: '2024-01-01', to: '2025-12-31' }, Interval.MONTH),
  );
} finally {
  await app.close();
  await client.end();
  await db.embedded?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
}
