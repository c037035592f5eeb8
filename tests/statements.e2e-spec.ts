/**
 * Statements per request (issue 15): a request costs the same number of SQL statements whatever the number of items
 * it returns, and the usual reads stay within a small constant (docs/performance.md).
 */
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from './support/harness.js';
import { Db, RequestContext } from '@marac/core';
import { acceptedCase, person, referral, uniq } from './support/fixtures.js';

let t: TestApp;
let marac: string;

beforeAll(async () => {
  t = await startTestApp();
  marac = await t.panelId('MARAC');
});
afterAll(() => t.close());

/** The cases list as the web client shows it and the benchmark asks for it (scripts/bench/run.mjs). */
export const USUAL_CASES = `query($first: Int) { cases(first: $first) { totalCount pageInfo { hasNextPage endCursor }
  edges { cursor node { id reference status referralDate isRepeat restricted panel { id name kind }
    referringAgency { id name } subject { id givenName familyName }
    flags { kind relatedCaseReference } } } } }`;

const FULL_AGENDA = `query($id: ID!) { meeting(id: $id) { id status startsAt
  panel { name memberAgencies { name } } attendance { status agency { name } }
  agenda { id position minutes
    research { summary noInformationHeld agency { name } }
    actions { id description dueDate status overdue ownerAgency { name } }
    case { id reference status isRepeat referralDate referringAgency { name } panel { name }
      subject { givenName familyName dateOfBirth contact { phone } }
      linkedPersons { role person { givenName familyName contact { phone } } }
      flags { kind explanation relatedCaseReference } previousCase { reference } } } } }`;

const SCHEDULE = `mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { id } }`;
const ADD = `mutation($m: ID!, $c: ID!) { addCaseToAgenda(meetingId: $m, caseId: $c) { id } }`;
const PUBLISH = `mutation($m: ID!) { publishAgenda(meetingId: $m) { status } }`;
const RESEARCH = `mutation($i: ResearchInput!) { submitResearch(input: $i) { id } }`;
const ACTION = `mutation($i: CreateActionInput!) { createAction(input: $i) { id } }`;

/** The statements `run` sends, sorted, for a readable failure (their first 90 characters). */
async function statements(run: () => Promise<unknown>): Promise<string[]> {
  const ds = t.app.get(DataSource);
  const original = ds.logger.logQuery.bind(ds.logger);
  const seen: string[] = [];
  ds.logger.logQuery = (...args: Parameters<typeof original>) => {
    seen.push(String(args[0]).replace(/\s+/g, ' ').slice(0, 90));
    return original(...args);
  };
  try {
    await run();
  } finally {
    ds.logger.logQuery = original;
  }
  return seen.sort();
}

let slot = 0;
async function agendaOf(size: number): Promise<string> {
  const startsAt = new Date(Date.parse('2027-02-01T10:00:00Z') + ++slot * 60_000).toISOString();
  const m = (await t.ok('marac.coordinator', SCHEDULE, { i: { panelId: marac, startsAt, capacity: size } }))
    .scheduleMeeting.id;
  const police = await t.idOf('agency', "kind = 'POLICE' AND name LIKE $1", ['%']);
  const items: { item: string; caseId: string }[] = [];
  for (let i = 0; i < size; i++) {
    const c = await acceptedCase(t, marac, { linkedPersons: [{ role: 'PERPETRATOR', person: person() }] });
    items.push({
      caseId: c.id,
      item: (await t.ok('marac.coordinator', ADD, { m, c: c.id })).addCaseToAgenda.id,
    });
  }
  await t.ok('marac.coordinator', PUBLISH, { m });
  for (const [n, { item, caseId }] of items.entries()) {
    await t.ok('police.rep', RESEARCH, { i: { agendaItemId: item, summary: 'Two call-outs.' } });
    await t.ok('marac.coordinator', ACTION, {
      i: {
        caseId,
        agendaItemId: item,
        description: `Action ${n}`,
        ownerAgencyId: police,
        dueDate: '2027-03-31',
      },
    });
  }
  return m;
}

describe('statements per request do not depend on the number of items', () => {
  it('a cases page of 2 and of 20 rows: equal, at most 3 (session, page with its count, read audit)', async () => {
    await t.ok('marac.coordinator', USUAL_CASES, { first: 20 }); // warm up (sign-in, caches)
    const two = await statements(async () =>
      expect((await t.ok('marac.coordinator', USUAL_CASES, { first: 2 })).cases.edges).toHaveLength(2),
    );
    const twenty = await statements(async () =>
      expect((await t.ok('marac.coordinator', USUAL_CASES, { first: 20 })).cases.edges).toHaveLength(20),
    );
    expect(twenty).toEqual(two);
    expect(twenty.length).toBeLessThanOrEqual(3);
  });

  it('the full agenda of 5 and of 25 items: equal, and at most 7 (was 15)', async () => {
    const five = await agendaOf(5);
    const twentyFive = await agendaOf(25);
    for (const id of [five, twentyFive]) await t.ok('police.rep', FULL_AGENDA, { id }); // warm up
    const small = await statements(async () =>
      expect((await t.ok('police.rep', FULL_AGENDA, { id: five })).meeting.agenda).toHaveLength(5),
    );
    const large = await statements(async () =>
      expect((await t.ok('police.rep', FULL_AGENDA, { id: twentyFive })).meeting.agenda).toHaveLength(25),
    );
    expect(large).toEqual(small);
    expect(large.length).toBeLessThanOrEqual(7);
  });

  it('createReferral: the same statements whether the victim and perpetrator have 1 earlier case or 6', async () => {
    const REFER = `mutation($input: CreateReferralInput!) { createReferral(input: $input) { id isRepeat flags { kind } } }`;
    const pair = (tag: string) => ({
      subject: person({ policeNationalId: `${tag}V` }),
      linkedPersons: [{ role: 'PERPETRATOR', person: person({ policeNationalId: `${tag}P` }) }],
    });
    const few = pair(uniq('ST'));
    const many = pair(uniq('ST'));
    await acceptedCase(t, marac, few);
    for (let i = 0; i < 6; i++) await acceptedCase(t, marac, many);
    const refer = (who: typeof few) => async () => {
      const r = await t.ok('marac.coordinator', REFER, { input: referral(marac, who) });
      expect(r.createReferral.isRepeat).toBe(true);
    };
    const one = await statements(refer(few));
    const six = await statements(refer(many));
    expect(six).toEqual(one);
    // no SET TRANSACTION of its own: READ COMMITTED is the connections' default
    expect(six.filter((sql) => /^SET TRANSACTION/i.test(sql))).toEqual([]);
    expect(six.filter((sql) => /^START TRANSACTION|^BEGIN/i.test(sql))).toHaveLength(1);
  });

  it('a mutation runs READ COMMITTED because the connection says so, whatever the server default', async () => {
    const db = t.app.get(Db);
    const seen = await db.tx(RequestContext.job('isolation'), (txCtx) =>
      db.query(
        txCtx,
        `SELECT current_setting('transaction_isolation') AS level, source FROM pg_settings
          WHERE name = 'default_transaction_isolation'`,
      ),
    );
    // 'client': set by the connection's start-up options (data-source.ts), not left to the server's configuration
    expect(seen).toEqual([{ level: 'read committed', source: 'client' }]);
  });
});
