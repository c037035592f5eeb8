/**
 * Read audit (issue 10, points 7 and 8): ONE audit event per request, naming every case whose personal data the
 * response carried (`caseIds`) and every person a search returned (`personIds`), however many aliases or nested paths
 * repeat them; refusals of a signed-in caller recorded as one `refused` event (who, operation, code); the event is one
 * INSERT (no transaction around it); `auditEvents(filter: { caseId })` matches any of an event's cases; the hash chain
 * covers the new columns.
 */
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AuditSealer, AuditService } from '@marac/audit';
import { codes, startTestApp, type DemoUser, type TestApp } from './support/harness.js';
import { acceptedCase, nhsNumber, person } from './support/fixtures.js';

let t: TestApp;
let marac: string;
beforeAll(async () => {
  t = await startTestApp();
  marac = await t.panelId('MARAC');
  for (const user of ['police.rep', 'marac.coordinator', 'marac.chair', 'referrer', 'auditor'] as DemoUser[])
    await t.token(user);
});
afterAll(() => t.close());

const SCHEDULE = `mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { id } }`;
const ADD = `mutation($m: ID!, $c: ID!) { addCaseToAgenda(meetingId: $m, caseId: $c) { id } }`;
const PUBLISH = `mutation($m: ID!) { publishAgenda(meetingId: $m) { status } }`;
const AUDIT_EVENTS = `query($filter: AuditFilter, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) { id actorId action entityType caseId caseIds personIds requestId } }`;

/** POST /graphql as `user` with an X-Request-Id, so the request's rows can be told apart. */
async function call(user: DemoUser | null, query: string, variables: Record<string, unknown> = {}) {
  const requestId = randomUUID();
  let req = request(t.app.getHttpServer())
    .post('/graphql')
    .set('content-type', 'application/json')
    .set('x-request-id', requestId);
  if (user) req = req.set('authorization', `Bearer ${await t.token(user)}`);
  const res = await req.send({ query, variables });
  const rows = await t.sql(
    `SELECT e.id::text, actor_id, action, entity_type, entity_id, case_id, case_ids::text[] AS case_ids,
            person_ids::text[] AS person_ids, details, e::text AS whole
       FROM audit_event e WHERE request_id = $1 ORDER BY e.id`,
    [requestId],
  );
  return { body: res.body as { data: any; errors?: { extensions: { code: string } }[] }, rows, requestId };
}

/** A published MARAC meeting holding `caseIds`. */
async function publishedMeeting(startsAt: string, caseIds: string[]) {
  const m = (
    await t.ok('marac.coordinator', SCHEDULE, { i: { panelId: marac, startsAt, location: 'Civic Centre' } })
  ).scheduleMeeting;
  for (const c of caseIds) await t.ok('marac.coordinator', ADD, { m: m.id, c });
  await t.ok('marac.coordinator', PUBLISH, { m: m.id });
  return m.id as string;
}

const sorted = (ids: Iterable<string>) => [...ids].sort();

describe('one read event per request (#8: audit flooding)', () => {
  it('30 aliases of meetings(panelId) write exactly one read event, naming each case once', async () => {
    const one = await call(
      'police.rep',
      `query($p: ID!) { meetings(panelId: $p) { id agenda { case { subject { familyName } } } } }`,
      { p: marac },
    );
    expect(one.body.errors).toBeUndefined();
    expect(one.rows).toHaveLength(1);
    const cases = one.rows[0].case_ids as string[];
    expect(cases.length).toBeGreaterThan(0);
    expect(new Set(cases).size).toBe(cases.length);

    const aliases = Array.from(
      { length: 30 },
      (_, i) => `m${i}: meetings(panelId: $p) { id agenda { case { subject { familyName } } } }`,
    ).join(' ');
    const started = Date.now();
    const many = await call('police.rep', `query($p: ID!) { ${aliases} }`, { p: marac });
    const ms = Date.now() - started;
    expect(many.body.errors).toBeUndefined();
    expect(Object.keys(many.body.data)).toHaveLength(30);
    expect(many.rows).toHaveLength(1);
    expect(many.rows[0]).toMatchObject({
      action: 'read',
      actor_id: await t.userId('police.rep'),
      details: { operation: 'meetings' },
    });
    expect(sorted(many.rows[0].case_ids)).toEqual(sorted(cases));
    expect(many.rows[0].case_id).toBe(many.rows[0].case_ids[0]);
    console.log(`30 aliases of meetings(panelId): 1 audit row (was one per agenda item and alias), ${ms} ms`);
  });

  it('eight such requests at once write eight events, and a case read alongside is not stalled', async () => {
    const c = await acceptedCase(t, marac);
    const aliases = Array.from(
      { length: 30 },
      (_, i) => `m${i}: meetings(panelId: $p) { id agenda { case { subject { familyName } } } }`,
    ).join(' ');
    const started = Date.now();
    let caseMs = 0;
    const [floods] = await Promise.all([
      Promise.all(
        Array.from({ length: 8 }, () => call('police.rep', `query($p: ID!) { ${aliases} }`, { p: marac })),
      ),
      (async () => {
        const s = Date.now();
        await t.ok('marac.coordinator', `query($id: ID!) { case(id: $id) { id subject { givenName } } }`, {
          id: c.id,
        });
        caseMs = Date.now() - s;
      })(),
    ]);
    for (const f of floods) {
      expect(f.body.errors).toBeUndefined();
      expect(f.rows).toHaveLength(1);
    }
    console.log(
      `8 x 30 aliases of meetings(panelId) at once: ${Date.now() - started} ms, 8 audit rows; a case read alongside: ${caseMs} ms`,
    );
  });

  it('30 aliases of case(id) write exactly one read event naming the case once', async () => {
    const c = await acceptedCase(t, marac);
    const aliases = Array.from({ length: 30 }, (_, i) => `c${i}: case(id: $id) { id subject { givenName } }`);
    const r = await call('marac.coordinator', `query($id: ID!) { ${aliases.join(' ')} }`, { id: c.id });
    expect(r.body.errors).toBeUndefined();
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]).toMatchObject({ action: 'read', case_id: c.id, case_ids: [c.id], person_ids: [] });
  });

  it('the alias limit stays: 31 aliases are refused before anything runs, and nothing is written', async () => {
    const aliases = Array.from(
      { length: 31 },
      (_, i) => `m${i}: meetings(panelId: $p) { id agenda { case { subject { familyName } } } }`,
    ).join(' ');
    const r = await call('police.rep', `query($p: ID!) { ${aliases} }`, { p: marac });
    expect(r.body.errors?.length).toBeGreaterThan(0);
    expect(r.body.data ?? null).toBeNull();
    expect(r.rows).toHaveLength(0);
  });

  it('the event is a single INSERT on its own: no transaction is opened for it', async () => {
    const c = await acceptedCase(t, marac);
    const ds = t.app.get(DataSource);
    const original = ds.logger.logQuery.bind(ds.logger);
    const statements: string[] = [];
    ds.logger.logQuery = (...args: Parameters<typeof original>) => {
      statements.push(String(args[0]));
      return original(...args);
    };
    try {
      await t.ok('marac.coordinator', `query($id: ID!) { case(id: $id) { id subject { givenName } } }`, {
        id: c.id,
      });
    } finally {
      ds.logger.logQuery = original;
    }
    const audit = statements.filter((s) => /audit_event/i.test(s));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatch(/^\s*INSERT INTO audit_event/);
    expect(statements.filter((s) => /^\s*(START TRANSACTION|BEGIN|COMMIT)/i.test(s))).toEqual([]);
  });

  it('when the event cannot be written, the answer carries no data (fail closed)', async () => {
    const c = await acceptedCase(t, marac);
    // a constraint the read event breaks, for this test only
    await t.sql(
      `ALTER TABLE audit_event ADD CONSTRAINT no_reads_for_this_test CHECK (action <> 'read') NOT VALID`,
    );
    try {
      const r = await call(
        'marac.coordinator',
        `query($id: ID!) { case(id: $id) { id subject { givenName } } }`,
        {
          id: c.id,
        },
      );
      expect(r.body.data ?? null).toBeNull();
      expect(codes(r.body as any)).toEqual(['INTERNAL_SERVER_ERROR']);
      expect(JSON.stringify(r.body)).not.toContain(c.subject.familyName);
      expect(r.rows).toHaveLength(0);
    } finally {
      await t.sql(`ALTER TABLE audit_event DROP CONSTRAINT no_reads_for_this_test`);
    }
  });

  it('a request that reads no personal data writes nothing', async () => {
    const r = await call('police.rep', `query { me { id } panels { id } }`);
    expect(r.body.errors).toBeUndefined();
    expect(r.rows).toHaveLength(0);
  });
});

describe('every case a response carries is in its read event (#7)', () => {
  let a: any, b: any, other: any;
  beforeAll(async () => {
    const victim = person({ nhsNumber: nhsNumber() });
    a = (await acceptedCase(t, marac, { subject: victim, referralDate: '2026-01-05' })) as any;
    b = (await acceptedCase(t, marac, {
      subject: victim,
      referralDate: '2026-06-01',
      linkedPersons: [{ role: 'PERPETRATOR', person: person({ gender: 'MALE' }) }],
    })) as any;
    other = (await acceptedCase(t, marac, { referralDate: '2026-06-02' })) as any;
    await publishedMeeting('2027-02-01T10:00:00Z', [a.id]);
    await publishedMeeting('2027-03-01T10:00:00Z', [b.id, other.id]);
  });

  const NESTED = `query($id: ID!) { case(id: $id) { id previousCase { id subject { givenName } }
    agendaItems { meeting { agenda { case { id subject { givenName contact { phone } } linkedPersons { role } } } } } } }`;

  it('a rep reading case { previousCase { subject } agendaItems { meeting { agenda { case { subject linkedPersons } } } } } writes one event naming all three cases', async () => {
    const r = await call('police.rep', NESTED, { id: b.id });
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data.case.previousCase).toMatchObject({ id: a.id });
    const carried = r.body.data.case.agendaItems.flatMap((i: any) =>
      i.meeting.agenda.map((x: any) => x.case.id),
    );
    expect(carried).toEqual(expect.arrayContaining([b.id, other.id]));
    expect(r.rows).toHaveLength(1);
    const [event] = r.rows;
    expect(event).toMatchObject({
      action: 'read',
      entity_type: 'Request',
      actor_id: await t.userId('police.rep'),
      details: { operation: 'case' },
    });
    expect(sorted(event.case_ids)).toEqual(sorted([a.id, b.id, other.id]));
    expect(event.case_ids[0]).toBe(event.case_id);
    // ids and codes only: no names, no variables
    expect(String(event.whole)).not.toContain(b.subject.familyName);
    expect(Object.keys(event.details)).toEqual(['operation']);
  });

  it('a case returned at all is named, even when only its reference is read (its row carries free text)', async () => {
    const r = await call(
      'police.rep',
      `query($id: ID!) { case(id: $id) { previousCase { id reference } } }`,
      {
        id: b.id,
      },
    );
    expect(r.body.errors).toBeUndefined();
    expect(r.rows).toHaveLength(1);
    expect(sorted(r.rows[0].case_ids)).toEqual(sorted([a.id, b.id]));
  });

  it('cases(...) with subjects names every listed case once, whatever the nesting', async () => {
    const r = await call(
      'marac.coordinator',
      `query { cases(first: 5) { edges { node { id subject { givenName } previousCase { id subject { givenName } } } } } }`,
    );
    expect(r.body.errors).toBeUndefined();
    const nodes = r.body.data.cases.edges.map((e: any) => e.node);
    const expected = new Set<string>(nodes.map((n: any) => n.id));
    for (const n of nodes) if (n.previousCase) expected.add(n.previousCase.id);
    expect(r.rows).toHaveLength(1);
    expect(sorted(r.rows[0].case_ids)).toEqual(sorted(expected));
  });

  it('searchPersons writes one event with the ids of the persons returned, never the search terms', async () => {
    const r = await call(
      'marac.chair',
      `query($i: PersonSearchInput!) { searchPersons(input: $i) { person { id } } }`,
      { i: { nhsNumber: b.subject.nhsNumber } },
    );
    expect(r.body.errors).toBeUndefined();
    const ids = r.body.data.searchPersons.map((m: any) => m.person.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]).toMatchObject({
      action: 'read',
      details: { operation: 'searchPersons' },
      case_ids: [],
    });
    expect(sorted(r.rows[0].person_ids)).toEqual(sorted(ids));
    expect(String(r.rows[0].whole)).not.toContain(b.subject.nhsNumber);
  });

  it('auditEvents: caseIds and personIds, and filter { caseId } matches any of an event caseIds', async () => {
    const read = await call('police.rep', NESTED, { id: b.id });
    const eventId = read.rows[0].id;
    for (const caseId of [a.id, b.id, other.id]) {
      const r = await t.as('auditor')(AUDIT_EVENTS, { filter: { caseId }, first: 500 });
      expect(r.errors).toBeUndefined();
      const hit = r.data.auditEvents.find((e: any) => e.id === eventId);
      expect(hit).toMatchObject({ action: 'read', requestId: read.requestId, caseId: read.rows[0].case_id });
      expect(sorted(hit.caseIds)).toEqual(sorted([a.id, b.id, other.id]));
      expect(hit.personIds).toEqual([]);
      for (const e of r.data.auditEvents) expect(e.caseIds).toContain(caseId);
    }
    // a change event names its one case in caseIds too
    const triage = await t.as('auditor')(AUDIT_EVENTS, { filter: { caseId: other.id }, first: 500 });
    expect(triage.data.auditEvents.find((e: any) => e.action === 'case.triage')?.caseIds).toEqual([other.id]);
    // the default page is 100 events, and a page shorter than `first` is the last
    const all = await t.as('auditor')(AUDIT_EVENTS, {});
    expect(all.data.auditEvents).toHaveLength(100);
    const [{ n }] = await t.sql(`SELECT count(*)::int AS n FROM audit_event WHERE id > $1`, [
      all.data.auditEvents[99].id,
    ]);
    const rest = await t.as('auditor')(AUDIT_EVENTS, { after: all.data.auditEvents[99].id, first: 500 });
    expect(rest.data.auditEvents.length).toBe(Math.min(n, 500));
  });

  it('auditEvents shows the personIds a search returned', async () => {
    const r = await call(
      'marac.chair',
      `query($i: PersonSearchInput!) { searchPersons(input: $i) { person { id } } }`,
      {
        i: { nhsNumber: b.subject.nhsNumber },
      },
    );
    const page = await t.as('auditor')(AUDIT_EVENTS, {
      filter: { actorId: await t.userId('marac.chair') },
      after: String(Number(r.rows[0].id) - 1),
      first: 1,
    });
    const hit = page.data.auditEvents.find((e: any) => e.id === r.rows[0].id);
    expect(sorted(hit.personIds)).toEqual(sorted(r.body.data.searchPersons.map((m: any) => m.person.id)));
  });
});

describe('refusals of a signed-in caller are recorded (who, operation, code)', () => {
  it('FORBIDDEN: one refused event, nothing else', async () => {
    const r = await call(
      'police.rep',
      `mutation($i: CreateAgencyInput!) { createAgency(input: $i) { id } }`,
      {
        i: { name: 'Refused Agency', kind: 'OTHER' },
      },
    );
    expect(codes(r.body as any)).toEqual(['FORBIDDEN']);
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]).toMatchObject({
      action: 'refused',
      actor_id: await t.userId('police.rep'),
      entity_type: 'Request',
      case_id: null,
      case_ids: [],
      details: { operation: 'createAgency', code: 'FORBIDDEN' },
    });
    expect(String(r.rows[0].whole)).not.toContain('Refused Agency');
  });

  it('NOT_FOUND (a case the caller may not see): one refused event, and no read', async () => {
    const hidden = await acceptedCase(t, marac); // on no published agenda: the rep may not see it
    const r = await call('police.rep', `query($id: ID!) { case(id: $id) { id subject { givenName } } }`, {
      id: hidden.id,
    });
    expect(codes(r.body as any)).toEqual(['NOT_FOUND']);
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]).toMatchObject({
      action: 'refused',
      case_ids: [],
      details: { operation: 'case', code: 'NOT_FOUND' },
    });
  });

  it('a refusal that empties the answer (non-null root fields) writes one refused event naming no case', async () => {
    const seen = await acceptedCase(t, marac);
    const hidden = await acceptedCase(t, marac);
    await publishedMeeting('2027-04-01T10:00:00Z', [seen.id]);
    const r = await call(
      'police.rep',
      `query($a: ID!, $b: ID!) { a: case(id: $a) { subject { givenName } } b: case(id: $b) { subject { givenName } } }`,
      { a: seen.id, b: hidden.id },
    );
    expect(codes(r.body as any)).toEqual(['NOT_FOUND']);
    expect(r.body.data).toBeNull(); // `case` is non-null: one refused alias empties the whole answer
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]).toMatchObject({
      action: 'refused',
      case_ids: [],
      details: { operation: 'case', code: 'NOT_FOUND' },
    });
  });

  it('anonymous callers and bad input are not recorded as refusals', async () => {
    const anon = await call(null, `query { auditEvents { id } }`);
    expect(codes(anon.body as any)).toEqual(['UNAUTHENTICATED']);
    expect(anon.rows).toHaveLength(0);
    const bad = await call('auditor', `query { auditEvents(first: 0) { id } }`);
    expect(codes(bad.body as any)).toEqual(['BAD_USER_INPUT']);
    expect(bad.rows).toHaveLength(0);
  });
});

describe('the hash chain covers caseIds and personIds', () => {
  it('verifies after read events, and a changed case_ids or person_ids is reported', async () => {
    const audit = t.app.get(AuditService);
    const c = await acceptedCase(t, marac, { subject: person({ nhsNumber: nhsNumber() }) });
    const read = await call(
      'police.rep',
      `query($p: ID!) { meetings(panelId: $p) { id agenda { case { subject { familyName } } } } }`,
      { p: marac },
    );
    const search = await call(
      'marac.chair',
      `query($i: PersonSearchInput!) { searchPersons(input: $i) { person { id } } }`,
      {
        i: { nhsNumber: c.subject.nhsNumber },
      },
    );
    expect(search.rows[0].person_ids.length).toBeGreaterThan(0);
    await t.app.get(AuditSealer).seal({ wait: 10_000 });
    expect((await audit.verify()).firstBreak).toBeNull();
    const victim = read.rows[0];
    await t.sql(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update`);
    try {
      await t.sql(`UPDATE audit_event SET case_ids = case_ids[2:] WHERE id = $1`, [victim.id]);
      expect((await audit.verify()).firstBreak).toEqual({
        id: victim.id,
        reason: expect.stringMatching(/content/),
      });
      await t.sql(`UPDATE audit_event SET case_ids = $2::uuid[] WHERE id = $1`, [victim.id, victim.case_ids]);
      expect((await audit.verify()).firstBreak).toBeNull();
      await t.sql(`UPDATE audit_event SET person_ids = '{}' WHERE id = $1`, [search.rows[0].id]);
      expect((await audit.verify()).firstBreak?.id).toBe(search.rows[0].id);
      await t.sql(`UPDATE audit_event SET person_ids = $2::uuid[] WHERE id = $1`, [
        search.rows[0].id,
        search.rows[0].person_ids,
      ]);
      expect((await audit.verify()).firstBreak).toBeNull();
    } finally {
      await t.sql(`ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update`);
    }
  });

  it('an event with empty lists hashes exactly as before the lists existed', async () => {
    await t.app.get(AuditSealer).seal({ wait: 10_000 });
    const [row] = await t.sql(
      `SELECT e.hash = encode(sha256(convert_to(concat_ws('|',
          coalesce(e.prev_hash, ''), e.id::text, ((extract(epoch FROM e.at) * 1000000)::bigint)::text,
          coalesce(e.actor_id::text, ''), e.action, e.entity_type, coalesce(e.entity_id, ''),
          coalesce(e.case_id::text, ''), coalesce(e.request_id, ''), coalesce(e.details::text, '')), 'UTF8')), 'hex') AS same
         FROM audit_event e WHERE cardinality(e.case_ids) = 0 AND cardinality(e.person_ids) = 0 AND e.hash IS NOT NULL
        ORDER BY e.id DESC LIMIT 1`,
    );
    expect(row.same).toBe(true);
  });
});
