#!/usr/bin/env node
// The import of historic cases at scale (issue 12): `npm run build && node scripts/import-bench.mjs [rows]`.
//   1. A throwaway embedded PostgreSQL, migrated, with one MARAC panel (POLICE and IDVA member agencies) and its
//      coordinator, written with plain SQL (a benchmark loader, not product code).
//   2. A generated CSV file of `rows` cases (default 100,000) over ten years: victims referred again (a quarter of the
//      referrals, mostly within a year, mostly by the same perpetrator), perpetrators with several victims, most cases
//      heard at the panel's fortnightly meeting after their referral, some closed, some rejected.
//   3. `node dist/apps/api/src/import-cli.js --panel MARAC:BEN --file <file>` as a user would run it: wall time,
//      rows per second, and what was created.
// Not part of the test suite (it takes minutes). Fictional data only.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (path) => import(pathToFileURL(join(ROOT, 'dist', path)).href);
const ROWS = Number(process.argv[2] ?? 100_000);
const started = performance.now();
const log = (line) =>
  console.log(`[${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s] ${line}`);

const core = await dist('libs/core/src/index.js');
const { IMPORT_COLUMNS, OPTIONAL_IMPORT_COLUMNS } = await dist('libs/cases/src/import/import-rows.js');
process.removeAllListeners('SIGINT');
process.removeAllListeners('SIGTERM');

const freePort = () =>
  new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  });

/** A deterministic generator (the same file every run). */
function random(seed) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (a, b) => a + Math.floor(next() * (b - a + 1)), chance: (p) => next() < p };
}

/** A valid NHS number (modulus 11) from a serial, in the 999 range no real person has. */
function nhsNumber(serial) {
  for (let k = serial; ; k++) {
    const nine = `9${String(k % 100000000).padStart(8, '0')}`;
    const sum = [...nine].reduce((acc, d, i) => acc + Number(d) * (10 - i), 0);
    const check = 11 - (sum % 11);
    if (check !== 10) return nine + String(check === 11 ? 0 : check);
  }
}

const day = (d) => new Date(d).toISOString().slice(0, 10);
const addDays = (date, n) => day(Date.parse(`${date}T12:00:00Z`) + n * 86_400_000);

function generate(rows) {
  const rnd = random(2026);
  const header = [...IMPORT_COLUMNS, ...OPTIONAL_IMPORT_COLUMNS];
  const lines = [header.join(',')];
  const first = Date.parse('2015-11-05T12:00:00Z');
  const span = 10 * 365;
  const victims = [];
  const perpetrators = [];
  let persons = 0;
  for (let i = 0; i < rows; i++) {
    const referral = day(first + Math.floor((i / rows) * span) * 86_400_000);
    const recent = victims.length > 50 ? victims[victims.length - rnd.int(1, 50)] : null;
    const again = recent && rnd.chance(0.25) ? recent : null;
    const victim = again ?? { nhs: nhsNumber(++persons), n: persons };
    if (!again) victims.push(victim);
    const perp =
      again && rnd.chance(0.85)
        ? again.perp
        : perpetrators.length > 20 && rnd.chance(0.1)
          ? perpetrators[perpetrators.length - rnd.int(1, 20)]
          : `BN/${String(++persons).padStart(7, '0')}X`;
    victim.perp = perp;
    if (!perpetrators.includes(perp)) perpetrators.push(perp);
    const pick = rnd.next();
    const status = pick < 0.05 ? 'REJECTED' : pick < 0.1 ? 'ACCEPTED' : pick < 0.55 ? 'HEARD' : 'CLOSED';
    // the fortnightly meeting after the referral (every other Thursday from 2015-11-05)
    const days = Math.round((Date.parse(`${referral}T12:00:00Z`) - first) / 86_400_000);
    const hearing =
      status === 'HEARD' || status === 'CLOSED'
        ? addDays('2015-11-05', (Math.floor(days / 14) + 1) * 14)
        : '';
    const closed = status === 'CLOSED' ? addDays(hearing, rnd.int(30, 200)) : '';
    const dash = rnd.int(14, 24);
    const row = {
      external_reference: `BEN-${String(i + 1).padStart(6, '0')}`,
      referral_date: referral,
      incident_date: addDays(referral, -rnd.int(0, 5)),
      referring_agency_kind: rnd.chance(0.7) ? 'POLICE' : rnd.chance(0.5) ? 'IDVA' : 'HEALTH',
      criteria: 'VISIBLE_HIGH_RISK',
      risk_tool: 'DASH',
      dash_score: String(dash),
      status,
      hearing_date: hearing,
      closed_date: closed,
      children_in_household: String(rnd.int(0, 3)),
      victim_given_name: 'Bench',
      victim_family_name: `Victim-${victim.n}`,
      victim_date_of_birth: `19${rnd.int(60, 99)}-0${rnd.int(1, 9)}-1${rnd.int(0, 9)}`,
      victim_gender: rnd.chance(0.05) ? 'MALE' : 'FEMALE',
      victim_bame: String(rnd.chance(0.13)),
      victim_lgbt: String(rnd.chance(0.04)),
      victim_disabled: String(rnd.chance(0.1)),
      victim_nhs_number: victim.nhs,
      perpetrator_given_name: 'Bench',
      perpetrator_family_name: `Perpetrator-${perp.slice(3, 10)}`,
      perpetrator_gender: 'MALE',
      perpetrator_police_national_id: perp,
      rejection_reason: status === 'REJECTED' ? 'NOT_ELIGIBLE' : '',
      reason: status === 'REJECTED' ? 'Criteria not met' : '',
      risk_at_closure: status === 'CLOSED' && rnd.chance(0.7) ? 'REDUCED' : '',
    };
    row.safety_plan_in_place = row.risk_at_closure ? 'yes' : '';
    lines.push(header.map((h) => row[h] ?? '').join(','));
  }
  return `${lines.join('\n')}\n`;
}

const parent = mkdtempSync(join(tmpdir(), 'marac-import-bench-'));
chmodSync(parent, 0o755);
const port = await freePort();
const embedded = await core.startEmbeddedPostgres({ dir: join(parent, 'pg'), port, persistent: false });
try {
  const admin = new pg.Client({ connectionString: embedded.url('postgres') });
  await admin.connect();
  await admin.query('CREATE DATABASE marac');
  await admin.end();
  const url = embedded.url('marac');
  await core.migrate(url);
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  await db.query(`
    INSERT INTO agency (name, kind) VALUES ('Bench Police', 'POLICE'), ('Bench IDVA', 'IDVA'), ('Bench Council', 'OTHER');
    INSERT INTO app_user (email, name, agency_id)
      SELECT 'coordinator@bench.local', 'Bench Coordinator', id FROM agency WHERE name = 'Bench Council';
    INSERT INTO panel (kind, name, area, area_code) VALUES ('MARAC', 'Benchford MARAC', 'Benchford', 'BEN');
    INSERT INTO panel_member_agency SELECT p.id, a.id FROM panel p, agency a WHERE a.kind IN ('POLICE', 'IDVA');
    INSERT INTO panel_membership (panel_id, user_id, role) SELECT p.id, u.id, 'COORDINATOR' FROM panel p, app_user u;
  `);
  log(`embedded PostgreSQL on 127.0.0.1:${port}, migrated, one panel MARAC:BEN`);

  const file = join(parent, 'cases.csv');
  writeFileSync(file, generate(ROWS));
  log(`generated ${ROWS} rows (${(statSync(file).size / 1e6).toFixed(1)} MB)`);

  const t0 = performance.now();
  const child = spawn(
    process.execPath,
    [join(ROOT, 'dist/apps/api/src/import-cli.js'), '--panel', 'MARAC:BEN', '--file', file],
    {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? ROOT,
        DATABASE_URL: url,
        DEMO_DATA: 'false',
        WORKER: 'off',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  const code = await new Promise((ok) => child.once('exit', ok));
  const seconds = (performance.now() - t0) / 1000;
  process.stdout.write(`\n${out}`);
  if (code !== 0) throw new Error(`import exited ${code}`);
  const { rows } = await db.query(`SELECT
      (SELECT count(*) FROM case_record)::int AS cases, (SELECT count(*) FROM person)::int AS persons,
      (SELECT count(*) FROM meeting)::int AS meetings, (SELECT count(*) FROM agenda_item)::int AS hearings,
      (SELECT count(*) FROM case_record WHERE is_repeat)::int AS repeats, (SELECT count(*) FROM case_flag)::int AS flags`);
  await db.end();
  log(
    `imported ${ROWS} rows in ${seconds.toFixed(1)} s (the command, start to exit): ${Math.round(ROWS / seconds)} rows/s`,
  );
  log(`created: ${JSON.stringify(rows[0])}`);
} finally {
  await embedded.stop();
  rmSync(parent, { recursive: true, force: true });
}
