/**
 * Idempotency keys (issue 14) over real HTTP: createReferral, createAction and recordFurtherIncident accept an
 * `Idempotency-Key` header, scoped to the user who sent it. A retry with the same key answers the first result and
 * creates nothing (row counts); the same key with other variables is CONFLICT; a refusal stores no key; concurrent
 * retries create one record; a key expires after 24 hours (simulated by moving its creation time back).
 */
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { startTestApp, type DemoUser, type TestApp } from './support/harness.js';
import { acceptedCase, CREATE_ACTION, CREATE_REFERRAL, referral } from './support/fixtures.js';

let t: TestApp;
let marac: string;
let housing: string;

beforeAll(async () => {
  t = await startTestApp();
  marac = await t.panelId('MARAC');
  housing = (await t.sql(`SELECT id FROM agency WHERE kind = 'HOUSING' LIMIT 1`))[0].id;
});
afterAll(() => t.close());

const RECORD = `mutation($i: FurtherIncidentInput!) { recordFurtherIncident(input: $i) { id incidentDate kind } }`;
const DUE = new Date(Date.now() + 45 * 86400_000).toISOString().slice(0, 10);
const action = (caseId: string, description = 'Housing to expedite a move to safe accommodation') => ({
  caseId,
  description,
  ownerAgencyId: housing,
  dueDate: DUE,
});

/** POST /graphql as a demo user with an Idempotency-Key (none when `key` is null). */
async function send(user: DemoUser, key: string | null, query: string, variables: Record<string, unknown>) {
  let req = request(t.app.getHttpServer())
    .post('/graphql')
    .set('content-type', 'application/json')
    .set('authorization', `Bearer ${await t.token(user)}`);
  if (key !== null) req = req.set('idempotency-key', key);
  const res = await req.send({ query, variables });
  return {
    data: res.body.data,
    errors: res.body.errors as { extensions: Record<string, unknown> }[] | undefined,
    code: res.body.errors?.[0]?.extensions?.code as string | undefined,
    reason: res.body.errors?.[0]?.extensions?.reason as string | undefined,
  };
}

const TABLES = [
  'case_record',
  'person',
  'action',
  'further_incident',
  'audit_event',
  'outbox',
  'idempotency_key',
];
async function counts() {
  const out: Record<string, number> = {};
  for (const table of TABLES) out[table] = (await t.sql(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
  return out;
}

describe('Idempotency-Key', () => {
  it('createReferral: a retry with the same key answers the first case and creates nothing', async () => {
    const key = randomUUID();
    const input = referral(marac);
    const first = await send('referrer', key, CREATE_REFERRAL, { input });
    expect(first.errors).toBeUndefined();
    const before = await counts();
    const again = await send('referrer', key, CREATE_REFERRAL, { input });
    expect(again.errors).toBeUndefined();
    expect(again.data).toEqual(first.data);
    expect(await counts()).toEqual({ ...before, audit_event: expect.any(Number) });
    expect((await counts()).case_record).toBe(before.case_record);
    // the key is stored with the user and the result
    const [row] = await t.sql(`SELECT user_id, result_id FROM idempotency_key WHERE key = $1`, [key]);
    expect(row).toEqual({ user_id: await t.userId('referrer'), result_id: first.data.createReferral.id });
  });

  it('the same key with other variables is CONFLICT (IDEMPOTENCY_KEY_REUSED), and for another mutation too', async () => {
    const key = randomUUID();
    const input = referral(marac);
    expect((await send('referrer', key, CREATE_REFERRAL, { input })).errors).toBeUndefined();
    const before = await counts();
    const other = await send('referrer', key, CREATE_REFERRAL, {
      input: { ...input, riskSummary: 'Something else' },
    });
    expect([other.code, other.reason]).toEqual(['CONFLICT', 'IDEMPOTENCY_KEY_REUSED']);
    expect(other.data).toBeNull();
    expect(await counts()).toEqual({ ...before, audit_event: expect.any(Number) });
    // a key on another mutation
    const c = await acceptedCase(t, marac);
    const used = randomUUID();
    expect(
      (await send('marac.coordinator', used, CREATE_ACTION, { i: action(c.id) })).errors,
    ).toBeUndefined();
    const mid = await counts();
    const elsewhere = await send('marac.coordinator', used, RECORD, {
      i: { caseId: c.id, incidentDate: '2026-06-01', kind: 'BREACH_OF_ORDER' },
    });
    expect([elsewhere.code, elsewhere.reason]).toEqual(['CONFLICT', 'IDEMPOTENCY_KEY_REUSED']);
    expect(await counts()).toEqual({ ...mid, audit_event: expect.any(Number) });
    expect((await counts()).further_incident).toBe(mid.further_incident);
  });

  it('is scoped to the user: another user sending the same key gets a result of their own, never the first one', async () => {
    const c = await acceptedCase(t, marac);
    const key = randomUUID();
    const mine = await send('marac.coordinator', key, CREATE_ACTION, { i: action(c.id) });
    expect(mine.errors).toBeUndefined();
    const theirs = await send('marac.chair', key, CREATE_ACTION, { i: action(c.id) });
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data.createAction.id).not.toBe(mine.data.createAction.id);
    // and other variables from another user are no conflict either
    const third = await send('marac.chair', randomUUID(), CREATE_ACTION, { i: action(c.id, 'Other') });
    expect(third.errors).toBeUndefined();
    const retry = await send('marac.coordinator', key, CREATE_ACTION, { i: action(c.id) });
    expect(retry.data.createAction.id).toBe(mine.data.createAction.id);
    const [{ n }] = await t.sql(`SELECT count(*)::int AS n FROM action WHERE case_id = $1`, [c.id]);
    expect(n).toBe(3);
  });

  it('recordFurtherIncident: a retry answers the first incident and records nothing new', async () => {
    const c = await acceptedCase(t, marac);
    const key = randomUUID();
    const i = { caseId: c.id, incidentDate: '2026-06-01', kind: 'BREACH_OF_ORDER' };
    const first = await send('marac.coordinator', key, RECORD, { i });
    expect(first.errors).toBeUndefined();
    const before = await counts();
    const again = await send('marac.coordinator', key, RECORD, { i });
    expect(again.data).toEqual(first.data);
    expect((await counts()).further_incident).toBe(before.further_incident);
    expect((await counts()).case_record).toBe(before.case_record);
    // without a key, the same request is a new incident
    expect((await send('marac.coordinator', null, RECORD, { i })).errors).toBeUndefined();
    expect((await counts()).further_incident).toBe(before.further_incident + 1);
  });

  it('concurrent retries with the same key create one record: the others wait and answer it', async () => {
    const c = await acceptedCase(t, marac);
    const key = randomUUID();
    const before = await counts();
    const all = await Promise.all(
      Array.from({ length: 5 }, () => send('marac.coordinator', key, CREATE_ACTION, { i: action(c.id) })),
    );
    for (const r of all) expect(r.errors).toBeUndefined();
    expect(new Set(all.map((r) => r.data.createAction.id)).size).toBe(1);
    const after = await counts();
    expect([after.action, after.idempotency_key]).toEqual([before.action + 1, before.idempotency_key + 1]);
  });

  it('a refusal stores no key: the same key then serves a corrected request', async () => {
    const c = await acceptedCase(t, marac);
    const key = randomUUID();
    const bad = await send('marac.coordinator', key, CREATE_ACTION, {
      i: { ...action(c.id), dueDate: '2020-01-01' },
    });
    expect(bad.code).toBe('BAD_USER_INPUT');
    expect(await t.sql(`SELECT 1 FROM idempotency_key WHERE key = $1`, [key])).toEqual([]);
    const good = await send('marac.coordinator', key, CREATE_ACTION, { i: action(c.id) });
    expect(good.errors).toBeUndefined();
  });

  it('a key expires after 24 hours: then it is a new request', async () => {
    const c = await acceptedCase(t, marac);
    const key = randomUUID();
    const first = await send('marac.coordinator', key, CREATE_ACTION, { i: action(c.id) });
    await t.sql(
      `UPDATE idempotency_key SET created_at = created_at - interval '24 hours 1 minute' WHERE key = $1`,
      [key],
    );
    // other variables are no conflict with an expired key
    const later = await send('marac.coordinator', key, CREATE_ACTION, { i: action(c.id, 'Later') });
    expect(later.errors).toBeUndefined();
    expect(later.data.createAction.id).not.toBe(first.data.createAction.id);
    const [row] = await t.sql(`SELECT result_id FROM idempotency_key WHERE key = $1`, [key]);
    expect(row.result_id).toBe(later.data.createAction.id);
  });

  it('a malformed key is BAD_USER_INPUT and creates nothing', async () => {
    const before = await counts();
    for (const key of ['x'.repeat(201), 'with space', 'é']) {
      const r = await send('referrer', key, CREATE_REFERRAL, { input: referral(marac) });
      expect([r.code, r.errors?.[0].extensions.field]).toEqual(['BAD_USER_INPUT', 'Idempotency-Key']);
    }
    expect(await counts()).toEqual(before);
  });
});
