/**
 * The audit trail's sealer (issue 15): appending takes no lock; the sealer chains only committed events, in batches,
 * into append-only chained seals, so late commits and rollbacks of concurrent writers leave a chain that verifies and
 * holds exactly the committed events; verification detects an edited, deleted, reordered or inserted event or seal,
 * and reports the events not sealed yet (overdue ones: a sealer that stopped); `AuditEvent.sealed`; the sealer runs on
 * the dispatcher's tick when WORKER=inline.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { AuditSealer, AuditService } from '@marac/audit';
import { DispatcherService } from '@marac/notifications';
import { auditReport } from '../apps/api/src/audit-verify.js';
import { startTestApp, type TestApp } from './support/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await t.token('auditor');
  await t.token('admin');
});
afterAll(() => t.close());

const seal = () => t.app.get(AuditSealer).seal({ wait: 10_000 });
const verify = (overdueMinutes?: number) => t.app.get(AuditService).verify(overdueMinutes);
const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/** A connection of its own, as the app's role (`app`) or as the owner. */
async function client(as: 'app' | 'owner' = 'app'): Promise<pg.Client> {
  const c = new pg.Client({ connectionString: as === 'app' ? t.appDatabaseUrl : t.databaseUrl });
  await c.connect();
  return c;
}

const APPEND = `INSERT INTO audit_event (action, entity_type, request_id) VALUES ('test.append', 'Test', $1)
  RETURNING id::text`;

/** The owner's SQL with the audit triggers off (for tampering), then on again whatever happens. */
async function tampering(work: () => Promise<void>): Promise<void> {
  await t.sql(`ALTER TABLE audit_event DISABLE TRIGGER USER`);
  await t.sql(`ALTER TABLE audit_seal DISABLE TRIGGER USER`);
  try {
    await work();
  } finally {
    await t.sql(`ALTER TABLE audit_event ENABLE TRIGGER USER`);
    await t.sql(`ALTER TABLE audit_seal ENABLE TRIGGER USER`);
  }
}

describe('appending takes no lock, sealing only takes committed events', () => {
  it('a read is answered and recorded while the old chain lock and the sealer lock are both held elsewhere', async () => {
    const holder = await client('owner');
    try {
      await holder.query('SELECT pg_advisory_lock(7426001), pg_advisory_lock(7426002)');
      const before = await t.sql(`SELECT coalesce(max(id), 0)::text AS id FROM audit_event`);
      const r = await t.as('auditor')(`{ auditEvents(first: 1) { id } }`);
      expect(r.errors).toBeUndefined();
      await t.ok('admin', `{ me { id } }`);
      // a login (written with its event, in a transaction) is not held up either
      t.forget('admin');
      await t.token('admin');
      const rows = await t.sql(`SELECT hash FROM audit_event WHERE id > $1`, [before[0].id]);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((row) => row.hash === null)).toBe(true);
      // another sealer is at work: this one skips its turn
      expect(await t.app.get(AuditSealer).seal()).toBeNull();
    } finally {
      await holder.end();
    }
    expect(await seal()).toBeGreaterThan(0);
    expect((await verify()).unsealed).toBe(0);
  });

  it('a late commit with a lower id is sealed after the rows sealed before it; a rollback leaves nothing', async () => {
    await seal();
    const late = await client();
    const rolledBack = await client();
    try {
      await late.query('BEGIN');
      const [{ id: lateId }] = (await late.query(APPEND, [`late-${randomUUID()}`])).rows;
      await rolledBack.query('BEGIN');
      const [{ id: goneId }] = (await rolledBack.query(APPEND, [`gone-${randomUUID()}`])).rows;
      const [{ id: earlyId }] = await t.sql<{ id: string }>(APPEND, [`early-${randomUUID()}`]);
      expect(BigInt(earlyId)).toBeGreaterThan(BigInt(lateId));

      // the sealer does not wait for the open transactions: it seals what is committed
      expect(await seal()).toBe(1);
      const [early] = await t.sql(`SELECT seal_id::text FROM audit_event WHERE id = $1`, [earlyId]);
      expect(early.seal_id).not.toBeNull();
      await rolledBack.query('ROLLBACK');
      await late.query('COMMIT');
      const pending = await verify();
      expect(pending.firstBreak).toBeNull();
      expect(pending.unsealed).toBe(1);
      expect(pending.oldestUnsealed?.id).toBe(lateId);

      expect(await seal()).toBe(1);
      const [row] = await t.sql(`SELECT seal_id::text FROM audit_event WHERE id = $1`, [lateId]);
      expect(BigInt(row.seal_id)).toBeGreaterThan(BigInt(early.seal_id));
      expect(await t.sql(`SELECT 1 FROM audit_event WHERE id = $1`, [goneId])).toHaveLength(0);
      const done = await verify();
      expect(done.firstBreak).toBeNull();
      expect(done.unsealed).toBe(0);
    } finally {
      await late.end();
      await rolledBack.end();
    }
  });

  it('many concurrent writers, some rolled back, some committing late: the chain holds exactly the committed events', async () => {
    const run = randomUUID();
    const WRITERS = 12;
    const ROUNDS = 6;
    const committed = new Set<string>();
    const rolledBack = new Set<string>();
    let sealsDone = 0;
    let writing = true;
    const sealing = (async () => {
      while (writing) {
        if ((await t.app.get(AuditSealer).seal()) !== null) sealsDone++;
        await sleep(3);
      }
    })();
    const writers = Array.from({ length: WRITERS }, async (_, w) => {
      const c = await client();
      try {
        for (let k = 0; k < ROUNDS; k++) {
          const requestId = `${run}-${w}-${k}`;
          await c.query('BEGIN');
          await c.query(APPEND, [requestId]);
          if ((w + k) % 4 === 0) await c.query(APPEND, [`${requestId}-b`]); // two events in one transaction
          if (k === 0 && w % 3 === 0) {
            // a late commit: its ids were given out before the other writers', it commits after seals ran
            const seen = sealsDone;
            while (sealsDone < seen + 2) await sleep(5);
          } else await sleep(Math.floor(Math.random() * 8));
          if ((w + 2 * k) % 3 === 1) {
            await c.query('ROLLBACK');
            rolledBack.add(requestId);
          } else {
            await c.query('COMMIT');
            committed.add(requestId);
            if ((w + k) % 4 === 0) committed.add(`${requestId}-b`);
          }
        }
      } finally {
        await c.end();
      }
    });
    await Promise.all(writers);
    writing = false;
    await sealing;
    await seal();

    const result = await verify();
    expect(result.firstBreak).toBeNull();
    expect(result.unsealed).toBe(0);
    const rows = await t.sql<{ request_id: string; seal_id: string | null }>(
      `SELECT request_id, seal_id::text FROM audit_event WHERE request_id LIKE $1 ORDER BY id`,
      [`${run}-%`],
    );
    expect(rows.every((r) => r.seal_id !== null)).toBe(true);
    expect(rows.map((r) => r.request_id).sort()).toEqual([...committed].sort());
    expect(rolledBack.size).toBeGreaterThan(0);
    // some row was sealed in a later seal than a row with a higher id: the late commits were not skipped
    const reordered = rows.some((r, i) =>
      rows.slice(i + 1).some((s) => BigInt(s.seal_id!) < BigInt(r.seal_id!)),
    );
    expect(reordered).toBe(true);
  });
});

describe('who may write the chain', () => {
  it("the API's role cannot update an event, nor write or change a seal", async () => {
    const app = await client();
    try {
      const [{ id }] = (await app.query(APPEND, [`role-${randomUUID()}`])).rows;
      await expect(
        app.query(`UPDATE audit_event SET hash = 'x', seal_id = 1 WHERE id = $1`, [id]),
      ).rejects.toThrow(/permission denied|append-only/);
      await expect(
        app.query(`INSERT INTO audit_seal (id, at, events, hash) VALUES (999999, now(), 0, 'x')`),
      ).rejects.toThrow(/sealer only/);
      await expect(app.query(`UPDATE audit_seal SET events = 0`)).rejects.toThrow(/append-only/);
      await expect(app.query(`DELETE FROM audit_seal`)).rejects.toThrow(/append-only/);
      await expect(app.query(`TRUNCATE audit_seal`)).rejects.toThrow(/append-only|permission denied/);
    } finally {
      await app.end();
    }
  });

  it('even the owner cannot change an unsealed event, nor re-seal a sealed one', async () => {
    const [{ id }] = await t.sql(APPEND, [`owner-${randomUUID()}`]);
    await expect(
      t.sql(`UPDATE audit_event SET action = 'changed', hash = 'x', seal_id = 1 WHERE id = $1`, [id]),
    ).rejects.toThrow(/append-only/);
    await seal();
    await expect(
      t.sql(`UPDATE audit_event SET hash = 'x', seal_id = seal_id + 1 WHERE id = $1`, [id]),
    ).rejects.toThrow(/append-only/);
    expect((await verify()).firstBreak).toBeNull();
  });
});

describe('verification', () => {
  /** Two committed, sealed events next to each other in the chain (same seal, consecutive ids). */
  async function sealedPair() {
    const a = (await t.sql(APPEND, [`pair-a-${randomUUID()}`]))[0].id as string;
    const b = (await t.sql(APPEND, [`pair-b-${randomUUID()}`]))[0].id as string;
    const c = (await t.sql(APPEND, [`pair-c-${randomUUID()}`]))[0].id as string;
    await seal();
    const [row] = await t.sql(`SELECT seal_id::text FROM audit_event WHERE id = $1`, [a]);
    expect((await verify()).firstBreak).toBeNull();
    return { a, b, c, seal: row.seal_id as string };
  }

  it('an edited event: its content no longer matches its hash', async () => {
    const { b } = await sealedPair();
    await tampering(async () => {
      await t.sql(`UPDATE audit_event SET entity_id = 'edited' WHERE id = $1`, [b]);
      expect((await verify()).firstBreak).toEqual({ id: b, reason: expect.stringMatching(/content/) });
      await t.sql(`UPDATE audit_event SET entity_id = NULL WHERE id = $1`, [b]);
    });
    expect((await verify()).firstBreak).toBeNull();
  });

  it('a deleted event: the link of the next one breaks; the last one of a seal: its seal no longer matches', async () => {
    const { b, c, seal: sealId } = await sealedPair();
    await tampering(async () => {
      const [{ saved }] = await t.sql(
        `SELECT row_to_json(e)::text AS saved FROM audit_event e WHERE id = $1`,
        [b],
      );
      await t.sql(`DELETE FROM audit_event WHERE id = $1`, [b]);
      expect((await verify()).firstBreak).toEqual({ id: c, reason: expect.stringMatching(/link/) });
      await t.sql(`INSERT INTO audit_event SELECT * FROM json_populate_record(NULL::audit_event, $1::json)`, [
        saved,
      ]);
      expect((await verify()).firstBreak).toBeNull();

      const [last] = await t.sql(
        `SELECT id::text, row_to_json(e)::text AS saved FROM audit_event e WHERE seal_id = $1 ORDER BY id DESC LIMIT 1`,
        [sealId],
      );
      await t.sql(`DELETE FROM audit_event WHERE id = $1`, [last.id]);
      expect((await verify()).firstBreak?.reason).toMatch(
        new RegExp(`^seal ${sealId}: it chained \\d+ events`),
      );
      await t.sql(`INSERT INTO audit_event SELECT * FROM json_populate_record(NULL::audit_event, $1::json)`, [
        last.saved,
      ]);
    });
    expect((await verify()).firstBreak).toBeNull();
  });

  it('a reordered pair: two events that change places break the chain at the first of them', async () => {
    const { a, b } = await sealedPair();
    const swap = async () => {
      await t.sql(`UPDATE audit_event SET id = -id WHERE id = $1`, [a]);
      await t.sql(`UPDATE audit_event SET id = $1 WHERE id = $2`, [a, b]);
      await t.sql(`UPDATE audit_event SET id = $1 WHERE id = -$2::bigint`, [b, a]);
    };
    await tampering(async () => {
      await swap();
      expect((await verify()).firstBreak).toEqual({ id: a, reason: expect.any(String) });
      await swap();
    });
    expect((await verify()).firstBreak).toBeNull();
  });

  it('an inserted event: in a gap of the chain the next link breaks; at the end of a seal its count breaks; unsealed with a hash: no seal chained it', async () => {
    // a gap: an id given out to a transaction that rolled back, between two events of the same seal
    await seal();
    const pre = (await t.sql(APPEND, [`before-gap-${randomUUID()}`]))[0].id as string;
    const gone = await client();
    let gap: string;
    try {
      await gone.query('BEGIN');
      gap = (await gone.query(APPEND, [`gap-${randomUUID()}`])).rows[0].id;
      await gone.query('ROLLBACK');
    } finally {
      await gone.end();
    }
    const after = (await t.sql(APPEND, [`after-gap-${randomUUID()}`]))[0].id as string;
    await seal();
    const [before] = await t.sql(`SELECT id::text, hash, seal_id::text FROM audit_event WHERE id = $1`, [
      pre,
    ]);
    const [afterSeal] = await t.sql(`SELECT seal_id::text FROM audit_event WHERE id = $1`, [after]);
    expect(afterSeal.seal_id).toBe(before.seal_id);
    const forge = (id: string, sealId: string | null, prev: string | null) =>
      t.sql(
        `INSERT INTO audit_event (id, action, entity_type, seal_id, prev_hash, hash)
         SELECT e.id, e.action, e.entity_type, e.seal_id, e.prev_hash, audit_event_hash(e.prev_hash, e)
           FROM (SELECT $1::bigint AS id, now() AS at, NULL::uuid AS actor_id, 'forged' AS action, 'System' AS entity_type,
                        NULL::text AS entity_id, NULL::uuid AS case_id, NULL::text AS request_id, NULL::jsonb AS details,
                        $3::text AS prev_hash, NULL::text AS hash, '{}'::uuid[] AS case_ids, '{}'::uuid[] AS person_ids,
                        $2::bigint AS seal_id) x,
                LATERAL json_populate_record(NULL::audit_event, row_to_json(x)) e`,
        [id, sealId, prev],
      );
    await tampering(async () => {
      // well formed (linked to the event before it, hashed as the sealer would), in the gap
      await forge(gap!, before.seal_id, before.hash);
      expect((await verify()).firstBreak).toEqual({ id: after, reason: expect.stringMatching(/link/) });
      await t.sql(`DELETE FROM audit_event WHERE id = $1`, [gap!]);
      expect((await verify()).firstBreak).toBeNull();

      // appended to the last seal, linked to its head
      const [last] = await t.sql(
        `SELECT id::text, head_hash, last_event_id::text FROM audit_seal ORDER BY id DESC LIMIT 1`,
      );
      const tail = String(BigInt(last.last_event_id) + 1_000_000n);
      await forge(tail, last.id, last.head_hash);
      expect((await verify()).firstBreak).toEqual({
        id: last.last_event_id,
        reason: expect.stringMatching(new RegExp(`^seal ${last.id}: it chained`)),
      });
      await t.sql(`DELETE FROM audit_event WHERE id = $1`, [tail]);

      // with a hash but no seal
      await forge(tail, null, last.head_hash);
      expect((await verify()).firstBreak).toEqual({ id: tail, reason: expect.stringMatching(/no seal/) });
      await t.sql(`DELETE FROM audit_event WHERE id = $1`, [tail]);
    });
    expect((await verify()).firstBreak).toBeNull();
  });

  it('an edited or deleted seal is reported', async () => {
    const { seal: sealId } = await sealedPair();
    await tampering(async () => {
      await t.sql(`UPDATE audit_seal SET at = at - interval '1 day' WHERE id = $1`, [sealId]);
      expect((await verify()).firstBreak?.reason).toMatch(new RegExp(`^seal ${sealId}: content`));
      await t.sql(`UPDATE audit_seal SET at = at + interval '1 day' WHERE id = $1`, [sealId]);
      expect((await verify()).firstBreak).toBeNull();

      const [{ saved }] = await t.sql(
        `SELECT row_to_json(s)::text AS saved FROM audit_seal s WHERE id = $1`,
        [sealId],
      );
      await t.sql(`DELETE FROM audit_seal WHERE id = $1`, [sealId]);
      expect((await verify()).firstBreak?.reason).toMatch(new RegExp(`seal ${sealId}, which does not exist`));
      await t.sql(`INSERT INTO audit_seal SELECT * FROM json_populate_record(NULL::audit_seal, $1::json)`, [
        saved,
      ]);
    });
    expect((await verify()).firstBreak).toBeNull();
  });

  it('reports the events not sealed yet, and those older than the limit as overdue (exit code 2)', async () => {
    await seal();
    await t.sql(APPEND, [`fresh-${randomUUID()}`]);
    const [{ id: stale }] = await t.sql(
      `INSERT INTO audit_event (at, action, entity_type, request_id)
       VALUES (now() - interval '1 hour', 'test.append', 'Test', $1) RETURNING id::text`,
      [`stale-${randomUUID()}`],
    );
    const pending = await verify(10);
    expect(pending).toMatchObject({ firstBreak: null, unsealed: 2, overdue: 1 });
    const report = auditReport(pending, 10);
    expect(report.exitCode).toBe(2);
    expect(report.err.join()).toMatch(/1 events older than 10 minutes are not sealed/);
    expect(report.err.join()).toContain(`event ${stale}`);
    expect(auditReport(await verify(120), 120).exitCode).toBe(0);

    await seal();
    const done = await verify(10);
    expect(done).toMatchObject({ firstBreak: null, unsealed: 0, overdue: 0 });
    expect(auditReport(done, 10)).toMatchObject({ exitCode: 0, out: [expect.stringMatching(/intact/)] });
    expect(auditReport({ ...done, firstBreak: { id: '7', reason: 'x' } }, 10).exitCode).toBe(1);
  });
});

describe('AuditEvent.sealed', () => {
  it('tells the auditor which events are chained yet', async () => {
    await seal();
    const [{ id }] = await t.sql(APPEND, [`sealed-${randomUUID()}`]);
    const page = async () =>
      (
        await t.ok('auditor', `query($a: String) { auditEvents(after: $a, first: 5) { id sealed } }`, {
          a: String(BigInt(id) - 1n),
        })
      ).auditEvents as { id: string; sealed: boolean }[];
    expect((await page())[0]).toEqual({ id, sealed: false });
    await seal();
    expect((await page())[0]).toEqual({ id, sealed: true });
  });
});

describe('the sealer on the dispatcher tick', () => {
  it('with WORKER=inline the API process seals within seconds', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'marac-audit-'));
    const inline = await startTestApp({ WORKER: 'inline', DATA_DIR: dataDir });
    try {
      const [{ id }] = await inline.sql(APPEND, [`inline-${randomUUID()}`]);
      let sealed = false;
      for (let i = 0; i < 100 && !sealed; i++) {
        await sleep(200);
        sealed = (await inline.sql(`SELECT hash IS NOT NULL AS s FROM audit_event WHERE id = $1`, [id]))[0].s;
      }
      expect(sealed).toBe(true);
      expect((await inline.app.get(AuditService).verify()).firstBreak).toBeNull();
    } finally {
      const dispatcher = inline.app.get(DispatcherService);
      dispatcher.onApplicationShutdown(); // no new tick; and let the one under way end before the app closes
      for (let i = 0; i < 50 && (dispatcher as unknown as { running: boolean }).running; i++)
        await sleep(100);
      await inline.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
