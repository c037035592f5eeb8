/**
 * `npm run import` (issue 12, docs/import.md): the built command (`node dist/apps/api/src/import-cli.js`, what the
 * npm script runs after its build) against a real database: a refused file (exit 1, every bad row printed, nothing
 * written), a dry run (exit 0, the report, nothing written), the import (exit 0, a progress bar on stderr, the
 * summary on stdout) by KIND:AREACODE, a re-import that adds nothing, and bad arguments.
 */
import { execSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTestApp, type TestApp } from './support/harness.js';
import { freshPanel, nhsNumber } from './support/fixtures.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist/apps/api/src/import-cli.js');

let t: TestApp;
let panelId: string;
let ref: string;
let dir: string;

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? ROOT,
      DATABASE_URL: t.databaseUrl,
      NODE_ENV: 'test',
      DEMO_DATA: 'false',
      WORKER: 'off',
    },
    encoding: 'utf8',
    timeout: 90_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const count = async () =>
  (await t.sql(`SELECT count(*)::int AS n FROM case_record WHERE panel_id = $1`, [panelId]))[0].n as number;

beforeAll(async () => {
  execSync('npm run build', { cwd: ROOT, stdio: 'pipe', timeout: 150_000 });
  t = await startTestApp();
  panelId = await freshPanel(t, 'MARAC', 'marac.coordinator');
  const [{ area_code }] = await t.sql(`SELECT area_code FROM panel WHERE id = $1`, [panelId]);
  ref = `MARAC:${area_code}`;
  dir = mkdtempSync(join(tmpdir(), 'marac-import-'));
  // the sample file of docs/, with identifiers of its own
  const sample = readFileSync(join(ROOT, 'docs/import-sample.csv'), 'utf8').replace(
    '9434765919',
    nhsNumber(),
  );
  writeFileSync(join(dir, 'cases.csv'), sample);
  writeFileSync(
    join(dir, 'bad.csv'),
    sample.replace('2023-02-03', '2023-13-03').replace('HPL-2023-003,2023-04-02', 'HPL-2023-003,'),
  );
}, 200_000);

afterAll(async () => {
  await t?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('npm run import', () => {
  it('a refused file: exit 1, every bad row printed, nothing written', async () => {
    const r = run('--panel', ref, '--file', join(dir, 'bad.csv'));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('REFUSED');
    expect(r.stdout).toContain('line 2, referral_date: must be a date YYYY-MM-DD');
    expect(r.stdout).toContain('line 4, referral_date: is required');
    expect(await count()).toBe(0);
  }, 100_000);

  it('a dry run: exit 0, what would be created, nothing written', async () => {
    const r = run('--panel', panelId, '--file', join(dir, 'cases.csv'), '--dry-run');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('DRY RUN (nothing written)');
    expect(r.stdout).toContain('cases that would be created: 3');
    // the operator keeps the full figures
    expect(r.stdout).toMatch(/persons: 5 new, 0 matched by NHS number or police national id/);
    expect(r.stdout).toMatch(/repeat cases: \d+; flags: /);
    expect(await count()).toBe(0);
    // and the dry run is audited (written after its rollback): a job, the panel, the counts, no case ids
    const events = await t.sql(
      `SELECT actor_id, case_ids::text[] AS case_ids, details FROM audit_event
        WHERE action = 'case.import.dry-run' AND entity_id = $1`,
      [panelId],
    );
    expect(events).toEqual([
      {
        actor_id: null,
        case_ids: [],
        details: {
          rows: 3,
          created: 3,
          skipped: 0,
          refused: false,
          referredBy: await t.userId('marac.coordinator'),
        },
      },
    ]);
  }, 100_000);

  it('imports by KIND:AREACODE with a progress bar on stderr and the summary on stdout; a re-import adds nothing', async () => {
    const r = run('--panel', ref, '--file', join(dir, 'cases.csv'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`imported into ${ref}`);
    expect(r.stdout).toContain('cases created: 3');
    expect(r.stdout).toMatch(/referring agency HEALTH: "Imported: HEALTH"/);
    expect(r.stderr).toMatch(/\[[█░]+\]/);
    // no personal data in the output
    expect(r.stdout + r.stderr).not.toMatch(/Alice|Sample|90\/123456H/);
    expect(await count()).toBe(3);
    // the sample's closed case: its dates, score without answers, outcome and closure reason
    const [closed] = await t.sql(
      `SELECT status, incident_date::text AS incident, closed_on::text AS closed, dash_score, dash_answers,
              outcome_risk_at_closure AS risk, outcome_safety_plan_in_place AS plan, closure_reason
         FROM case_record WHERE panel_id = $1 AND external_reference = 'HPL-2023-001'`,
      [panelId],
    );
    expect(closed).toEqual({
      status: 'CLOSED',
      incident: '2023-02-01',
      closed: '2023-05-20',
      dash_score: 16,
      dash_answers: null,
      risk: 'REDUCED',
      plan: true,
      closure_reason: 'Safety plan in place',
    });
    const [rejected] = await t.sql(
      `SELECT status, rejection_reason, triage_reason FROM case_record WHERE panel_id = $1 AND external_reference = 'HPL-2023-003'`,
      [panelId],
    );
    expect(rejected).toEqual({
      status: 'REJECTED',
      rejection_reason: 'THRESHOLD_NOT_MET',
      triage_reason: 'Below threshold after review',
    });
    // the sample's restricted case: panel staff only (no allow-list)
    const restricted = await t.sql(
      `SELECT external_reference AS ext, (SELECT count(*)::int FROM case_allowed_user a WHERE a.case_id = c.id) AS allowed
         FROM case_record c WHERE panel_id = $1 AND restricted`,
      [panelId],
    );
    expect(restricted).toEqual([{ ext: 'HPL-2023-002', allowed: 0 }]);
    const [event] = await t.sql(
      `SELECT actor_id, details FROM audit_event WHERE action = 'case.import' AND entity_id = $1`,
      [panelId],
    );
    // a job: no signed-in actor; the referrer recorded is the panel's coordinator
    expect(event).toMatchObject({
      actor_id: null,
      details: { rows: 3, created: 3, referredBy: await t.userId('marac.coordinator') },
    });

    const again = run('--panel', ref, '--file', join(dir, 'cases.csv'));
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('cases created: 0, already imported and unchanged: 3');
    expect(await count()).toBe(3);
  }, 200_000);

  it('bad arguments and an unknown panel: exit 2 with one line', () => {
    expect(run('--file', join(dir, 'cases.csv')).code).toBe(2);
    const unknown = run('--panel', 'MARAC:NOPE', '--file', join(dir, 'cases.csv'));
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Panel not found');
    expect(run('--panel', ref, '--file', join(dir, 'missing.csv')).code).toBe(2);
  }, 200_000);
});
