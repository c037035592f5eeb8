/**
 * The SafeLives quarterly return (issue 12) and the PanelMetrics figures of issue 11, over HTTP, on one fresh MARAC
 * panel with a quarter (2025-Q1) of known answers: three meetings held, eight cases discussed, a review hearing, a
 * meeting not held, and a meeting after the quarter. `safeLivesReturn` (GraphQL), `GET /exports/safelives-return.csv`
 * and `panelMetrics` for the quarter's dates give the same figures; STRATEGIC gets the total row only, suppressed.
 *
 * The facts whose APIs other helpers are building in this wave (the IDVA engagement of recordIdvaContact, the further
 * incidents of recordFurtherIncident, the closing date and outcome of closeCase) are inserted with `t.sql` (the
 * owner's connection); everything else goes through the API.
 */
import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { setTestClock } from '@marac/core';
import { startTestApp, type DemoUser, type TestApp } from './support/harness.js';
import { CREATE_ACTION, UPDATE_ACTION, person, referral } from './support/fixtures.js';

let t: TestApp;
let P: string;
let agency: Record<'police' | 'idva' | 'housing', string>;
const ids: Record<string, string> = {};

const REFER = `mutation($input: CreateReferralInput!) { createReferral(input: $input) { id subject { id } } }`;
const TRIAGE = `mutation($input: TriageInput!) { triageReferral(input: $input) { status } }`;
const SCHEDULE = `mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { id } }`;
const ADD = `mutation($m: ID!, $c: ID!) { addCaseToAgenda(meetingId: $m, caseId: $c) { id } }`;
const PUBLISH = `mutation($m: ID!) { publishAgenda(meetingId: $m) { status } }`;
const MINUTES = `mutation($i: ID!, $t: String!) { recordMinutes(agendaItemId: $i, minutes: $t) { id } }`;
const CONCLUDE = `mutation($m: ID!) { concludeMeeting(meetingId: $m) { status } }`;

const ROW = `meetingDate casesDiscussed repeatCases childrenInHouseholds referralSources { agencyKind count share }
  bameCases lgbtCases disabledCases maleCases victimsAged16To17`;
const RETURN = `query($p: ID!, $q: String!) { safeLivesReturn(panelId: $p, quarter: $q) {
  panelId quarter generatedAt meetings { ${ROW} } total { ${ROW} } suppressedFigures roundedTo } }`;
const METRICS = `query($i: MetricsInput!) { panelMetrics(input: $i) { casesHeard repeatCases childrenInHouseholds
  referralSources { agencyKind count share } bameCases lgbtCases disabledCases maleCases victimsAged16To17
  meetingsHeld idvaEngagedShare furtherIncidents riskReducedShare perpetratorActionShare suppressedFigures roundedTo } }`;
const Q1 = { from: '2025-01-01', to: '2025-03-31' };

async function ok(user: DemoUser, query: string, variables: Record<string, unknown>) {
  const r = await t.as(user)(query, variables);
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data;
}

/** A referral to P by the coordinator, accepted. */
async function refer(name: string, referralDate: string, over: Record<string, unknown> = {}) {
  const c = (
    await ok('marac.coordinator', REFER, {
      input: referral(P, { referralDate, referringAgencyId: agency.police, ...over }),
    })
  ).createReferral;
  await ok('marac.coordinator', TRIAGE, { input: { caseId: c.id, decision: 'ACCEPT' } });
  ids[name] = c.id;
  ids[`${name}.subject`] = c.subject.id;
}

/** A meeting of P at `startsAt` (UTC) hearing `cases`, concluded unless `conclude` is false. */
async function hear(startsAt: string, cases: string[], conclude = true) {
  const m = (await ok('marac.coordinator', SCHEDULE, { i: { panelId: P, startsAt } })).scheduleMeeting;
  if (!conclude) return m.id as string;
  const items: string[] = [];
  for (const c of cases)
    items.push((await ok('marac.coordinator', ADD, { m: m.id, c: ids[c] })).addCaseToAgenda.id);
  await ok('marac.coordinator', PUBLISH, { m: m.id });
  for (const i of items) await ok('marac.coordinator', MINUTES, { i, t: 'Safety plan agreed.' });
  await ok('marac.coordinator', CONCLUDE, { m: m.id });
  return m.id as string;
}

const victim = (over: Record<string, unknown> = {}) => ({ subject: person(over) });

beforeAll(async () => {
  t = await startTestApp();
  const agencyId = (name: string) => t.idOf('agency', 'name = $1', [name]);
  agency = {
    police: await agencyId('Cleveland Police (Hartlepool)'),
    idva: await agencyId('Harbour IDVA Service'),
    housing: await agencyId('Hartlepool Housing'),
  };
  P = (
    await ok('admin', `mutation($input: CreatePanelInput!) { createPanel(input: $input) { id } }`, {
      input: {
        kind: 'MARAC',
        name: 'Returnshire MARAC',
        area: 'Returnshire',
        areaCode: 'RTN',
        memberAgencyIds: Object.values(agency),
      },
    })
  ).createPanel.id;
  await ok('admin', `mutation($input: AddPanelMemberInput!) { addPanelMember(input: $input) { role } }`, {
    input: { panelId: P, userId: await t.userId('marac.coordinator'), role: 'COORDINATOR' },
  });
  t.forget('marac.coordinator');

  const { idva, housing } = agency;
  await refer('p0', '2024-11-01', victim()); // heard in 2024, reviewed in February: not counted again
  await refer('p1', '2024-06-03', victim()); // c6's earlier case: c6 is a repeat
  await refer('c1', '2025-01-02', { ...victim({ isBame: true }), childrenInHousehold: 2 });
  // 16 on the referral date
  await refer('c2', '2025-01-06', { ...victim({ dateOfBirth: '2008-06-01' }), childrenInHousehold: 0 });
  await refer('c3', '2025-01-08', {
    ...victim({ gender: 'MALE', disabled: true }),
    referringAgencyId: idva,
    childrenInHousehold: 1,
  });
  // 18 on the referral date: not 16-17
  await refer('c4', '2025-01-27', { ...victim({ dateOfBirth: '2007-01-27' }), childrenInHousehold: 3 });
  // 17, the day before the 18th birthday
  await refer('c5', '2025-01-28', {
    ...victim({ dateOfBirth: '2007-01-29', lgbt: true }),
    referringAgencyId: housing,
    childrenInHousehold: 0,
  });
  await refer('c6', '2025-02-20', {
    subject: { existingPersonId: ids['p1.subject'] },
    childrenInHousehold: 1,
  });
  await refer('c7', '2025-02-24', { ...victim({ isBame: true }), childrenInHousehold: 2 });
  // 15, the day before the 16th birthday: not 16-17
  await refer('c8', '2025-03-03', {
    ...victim({ dateOfBirth: '2009-03-04' }),
    referringAgencyId: idva,
    childrenInHousehold: 0,
  });
  await refer('c9', '2025-03-20', victim()); // heard in April: not in the quarter

  await hear('2024-12-02T10:00:00Z', ['p0']);
  await hear('2025-01-13T10:00:00Z', ['c1', 'c2', 'c3']);
  await hear('2025-02-10T10:00:00Z', ['c4', 'c5', 'p0']);
  await hear('2025-03-10T10:00:00Z', ['c6', 'c7', 'c8']);
  await hear('2025-03-24T10:00:00Z', [], false); // scheduled, never held: not a meeting held
  await hear('2025-04-14T09:00:00Z', ['c9']);

  // actions through the API (the clock set so that their due dates are not in the past)
  const action = async (c: string, category: string, status?: string) => {
    setTestClock('2025-03-10T12:00:00Z');
    try {
      const { createAction } = await ok('marac.coordinator', CREATE_ACTION, {
        i: {
          caseId: ids[c],
          description: 'Return fixture action',
          ownerAgencyId: agency.police,
          dueDate: '2025-04-30',
          category,
        },
      });
      if (status)
        await ok('marac.coordinator', UPDATE_ACTION, {
          i: { actionId: createAction.id, status, note: 'fixture', expectedVersion: 1 },
        });
    } finally {
      setTestClock(null);
    }
  };
  await action('c1', 'PERPETRATOR');
  await action('c3', 'PERPETRATOR', 'CANCELLED'); // a cancelled action is not the plan
  await action('c7', 'VICTIM_SAFETY');

  // facts of other helpers' APIs (recordIdvaContact, recordFurtherIncident, closeCase), as their columns hold them
  await t.sql(`UPDATE case_record SET idva_engagement = 'ENGAGED' WHERE id = ANY($1)`, [
    [ids.c1, ids.c3, ids.c8],
  ]);
  await t.sql(`UPDATE case_record SET idva_engagement = 'DECLINED' WHERE id = $1`, [ids.c7]);
  const recorder = await t.userId('marac.coordinator');
  for (const [c, date] of [
    ['c1', '2025-02-15'],
    ['c1', '2025-03-31'], // the last day: in
    ['c2', '2025-04-01'], // the day after: out
  ])
    await t.sql(
      `INSERT INTO further_incident (case_id, incident_date, kind, agency_id, recorded_by)
       VALUES ($1, $2, 'UNWANTED_CONTACT', $3, $4)`,
      [ids[c], date, agency.police, recorder],
    );
  const close = (c: string, on: string, risk: string | null) =>
    t.sql(
      `UPDATE case_record SET status = 'CLOSED', closed_on = $2, outcome_risk_at_closure = $3,
              outcome_safety_plan_in_place = CASE WHEN $3::text IS NULL THEN NULL ELSE true END,
              outcome_recorded_at = CASE WHEN $3::text IS NULL THEN NULL ELSE now() END
        WHERE id = $1`,
      [ids[c], on, risk],
    );
  await close('p0', '2025-02-01', 'REDUCED');
  await close('c1', '2025-03-31', 'SAME');
  await close('c2', '2025-03-01', null); // no outcome: not counted
  await close('c3', '2025-04-01', 'REDUCED'); // closed after the quarter
}, 180_000);
afterAll(() => t.close());

const src = (police: number, idva: number, housing: number, of: number) =>
  [
    { agencyKind: 'POLICE', count: police, share: police / of },
    { agencyKind: 'IDVA', count: idva, share: idva / of },
    { agencyKind: 'HOUSING', count: housing, share: housing / of },
  ]
    .filter((s) => s.count > 0)
    .sort((a, b) => b.count - a.count || a.agencyKind.localeCompare(b.agencyKind));

const EXACT_TOTAL = {
  meetingDate: null,
  casesDiscussed: 8, // c1..c8: p0's review and c9 (April) are not counted
  repeatCases: 1, // c6
  childrenInHouseholds: 9,
  referralSources: src(5, 2, 1, 8),
  bameCases: 2,
  lgbtCases: 1,
  disabledCases: 1,
  maleCases: 1,
  victimsAged16To17: 2, // c2 (16), c5 (17); not c4 (18 that day) nor c8 (15 that day)
};

describe('PanelMetrics: the figures of issue 11', () => {
  it('exact for the coordinator, with their boundaries', async () => {
    const m = (await ok('marac.coordinator', METRICS, { i: { panelId: P, ...Q1 } })).panelMetrics;
    expect(m).toMatchObject({
      casesHeard: 8,
      meetingsHeld: 3, // 13 January, 10 February, 10 March; not the meeting of 24 March never held
      victimsAged16To17: 2,
      idvaEngagedShare: 3 / 8, // c1, c3, c8 (c7 declined)
      furtherIncidents: 2, // 15 February and 31 March; not 1 April
      riskReducedShare: 1 / 2, // p0 REDUCED, c1 SAME; c2 has no outcome, c3 closed in April
      perpetratorActionShare: 1 / 8, // c1; c3's was cancelled, c7's is a victim safety action
      suppressedFigures: [],
      roundedTo: 1,
    });
    const april = (
      await ok('marac.coordinator', METRICS, { i: { panelId: P, from: '2025-04-01', to: '2025-04-30' } })
    ).panelMetrics;
    expect(april).toMatchObject({
      casesHeard: 1,
      meetingsHeld: 1,
      furtherIncidents: 1,
      riskReducedShare: 1,
      idvaEngagedShare: 0,
      perpetratorActionShare: 0,
    });
  });

  it('STRATEGIC: counts 1..4 are null and named, shares over them null', async () => {
    const m = (await ok('strategic', METRICS, { i: { panelId: P, ...Q1 } })).panelMetrics;
    expect(m).toMatchObject({
      casesHeard: 10, // 8
      meetingsHeld: null, // 3
      victimsAged16To17: null, // 2
      idvaEngagedShare: null, // 3 of 8
      furtherIncidents: null, // 2
      riskReducedShare: null, // 1 of 2
      perpetratorActionShare: null, // 1 of 8
      roundedTo: 5,
    });
    expect(m.suppressedFigures).toEqual(
      expect.arrayContaining([
        'meetingsHeld',
        'victimsAged16To17',
        'idvaEngagedShare',
        'furtherIncidents',
        'riskReducedShare',
        'perpetratorActionShare',
      ]),
    );
  });
});

describe('safeLivesReturn', () => {
  it('panel staff: one exact row per meeting held, and the total', async () => {
    const before = Date.now();
    const r = (await ok('marac.coordinator', RETURN, { p: P, q: '2025-Q1' })).safeLivesReturn;
    expect(r).toMatchObject({ panelId: P, quarter: '2025-Q1', suppressedFigures: [], roundedTo: 1 });
    expect(Date.parse(r.generatedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(r.meetings).toEqual([
      {
        meetingDate: '2025-01-13',
        casesDiscussed: 3,
        repeatCases: 0,
        childrenInHouseholds: 3,
        referralSources: src(2, 1, 0, 3),
        bameCases: 1,
        lgbtCases: 0,
        disabledCases: 1,
        maleCases: 1,
        victimsAged16To17: 1,
      },
      {
        meetingDate: '2025-02-10', // p0 was reviewed here: not counted again
        casesDiscussed: 2,
        repeatCases: 0,
        childrenInHouseholds: 3,
        referralSources: src(1, 0, 1, 2),
        bameCases: 0,
        lgbtCases: 1,
        disabledCases: 0,
        maleCases: 0,
        victimsAged16To17: 1,
      },
      {
        meetingDate: '2025-03-10',
        casesDiscussed: 3,
        repeatCases: 1,
        childrenInHouseholds: 3,
        referralSources: src(2, 1, 0, 3),
        bameCases: 1,
        lgbtCases: 0,
        disabledCases: 0,
        maleCases: 0,
        victimsAged16To17: 0,
      },
    ]);
    expect(r.total).toEqual(EXACT_TOTAL);
  });

  it.each<[string, DemoUser]>([
    ['the fixture', 'marac.coordinator'],
    ['the fixture', 'strategic'],
    ['the demo MARAC', 'marac.coordinator'],
    ['the demo MARAC', 'strategic'],
  ])('%s, %s: the total equals panelMetrics for the quarter on every shared figure', async (which, user) => {
    const panelId = which === 'the fixture' ? P : await t.panelId('MARAC');
    const quarter = which === 'the fixture' ? '2025-Q1' : '2025-Q2';
    const dates = which === 'the fixture' ? Q1 : { from: '2025-04-01', to: '2025-06-30' };
    const r = (await ok(user, RETURN, { p: panelId, q: quarter })).safeLivesReturn;
    const m = (await ok(user, METRICS, { i: { panelId, ...dates } })).panelMetrics;
    const { meetingDate, casesDiscussed, ...shared } = r.total;
    expect(meetingDate).toBeNull();
    expect(casesDiscussed).toBe(m.casesHeard);
    for (const [k, v] of Object.entries(shared)) expect([k, v]).toEqual([k, m[k]]);
    expect(r.roundedTo).toBe(m.roundedTo);
    // the same figures hidden under the same names (casesDiscussed is casesHeard)
    const names = Object.keys(r.total);
    expect(r.suppressedFigures).toEqual(
      m.suppressedFigures
        .filter((f: string) => names.includes(f.split('.')[0]) || f === 'casesHeard')
        .map((f: string) => (f === 'casesHeard' ? 'casesDiscussed' : f)),
    );
    if (user !== 'strategic') {
      // the meeting rows add up to the total
      for (const k of ['casesDiscussed', 'repeatCases', 'childrenInHouseholds', 'bameCases', 'maleCases'])
        expect([k, r.meetings.reduce((a: number, g: any) => a + g[k], 0)]).toEqual([k, r.total[k]]);
    }
    if (which === 'the demo MARAC') expect(casesDiscussed).toBeGreaterThan(10);
  });

  it('STRATEGIC: the total row only, suppressed and rounded as panelMetrics', async () => {
    const r = (await ok('strategic', RETURN, { p: P, q: '2025-Q1' })).safeLivesReturn;
    expect(r.meetings).toEqual([]);
    expect(r.roundedTo).toBe(5);
    expect(r.total).toEqual({
      meetingDate: null,
      casesDiscussed: 10, // 8
      repeatCases: null, // 1
      childrenInHouseholds: 10, // 9
      // IDVA (2) and HOUSING (1) hidden; together they cannot be split
      referralSources: [
        { agencyKind: 'POLICE', count: 5, share: 0.5 },
        { agencyKind: 'IDVA', count: null, share: null },
        { agencyKind: 'HOUSING', count: null, share: null },
      ],
      bameCases: null,
      lgbtCases: null,
      disabledCases: null,
      maleCases: null,
      victimsAged16To17: null,
    });
    expect(r.suppressedFigures).toEqual([
      'repeatCases',
      'referralSources.IDVA',
      'referralSources.HOUSING',
      'bameCases',
      'lgbtCases',
      'disabledCases',
      'maleCases',
      'victimsAged16To17',
    ]);
  });

  it('STRATEGIC: a quarter that has not ended is refused, and one set of metrics per request', async () => {
    setTestClock('2025-03-20T12:00:00Z');
    try {
      const early = await t.as('strategic')(RETURN, { p: P, q: '2025-Q1' });
      expect(early.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'quarter' });
      // panel staff may follow the quarter as it goes
      expect((await ok('marac.coordinator', RETURN, { p: P, q: '2025-Q1' })).safeLivesReturn.roundedTo).toBe(
        1,
      );
    } finally {
      setTestClock(null);
    }
    const both = await t.as('strategic')(
      `query($p: ID!, $i: MetricsInput!) { safeLivesReturn(panelId: $p, quarter: "2025-Q1") { roundedTo }
        panelMetrics(input: $i) { casesHeard } }`,
      { p: P, i: { panelId: P, ...Q1 } },
    );
    expect(both.errors?.map((e) => e.extensions.code)).toEqual(['BAD_USER_INPUT']);
  });

  it('refusals: malformed quarter, unknown or hidden panel, roles without metrics, no token', async () => {
    for (const q of ['2025-Q5', '2025Q1', '2025-q1', '25-Q1', '2025-Q1 '])
      expect([
        q,
        (await t.as('marac.coordinator')(RETURN, { p: P, q })).errors?.[0].extensions,
      ]).toMatchObject([q, { code: 'BAD_USER_INPUT', field: 'quarter' }]);
    const none = '00000000-0000-4000-8000-000000000000';
    expect((await t.as('strategic')(RETURN, { p: none, q: '2025-Q1' })).code).toBe('NOT_FOUND');
    expect(
      (await t.as('marac.coordinator')(RETURN, { p: 'not-a-uuid', q: '2025-Q1' })).errors?.[0].extensions,
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'panelId',
    });
    for (const user of ['matac.coordinator', 'marac.chair', 'hrap.chair'] as DemoUser[])
      expect([user, (await t.as(user)(RETURN, { p: P, q: '2025-Q1' })).code]).toEqual([user, 'NOT_FOUND']);
    for (const user of [
      'housing.rep',
      'police.rep',
      'idva.rep',
      'referrer',
      'admin',
      'auditor',
    ] as DemoUser[])
      expect([user, (await t.as(user)(RETURN, { p: P, q: '2025-Q1' })).code]).toEqual([user, 'FORBIDDEN']);
    expect((await t.gql(RETURN, { p: P, q: '2025-Q1' })).code).toBe('UNAUTHENTICATED');
  });
});

describe('GET /exports/safelives-return.csv', () => {
  const get = async (user: DemoUser | null, query: Record<string, string>) => {
    let req = request(t.app.getHttpServer()).get('/exports/safelives-return.csv').query(query);
    if (user) req = req.set('authorization', `Bearer ${await t.token(user)}`);
    const res = await req;
    return { status: res.status, headers: res.headers, body: res.text };
  };
  const rows = (body: string) =>
    parse(body.replace(/^\uFEFF/, ''), { columns: true, record_delimiter: '\r\n' }) as Record<
      string,
      string
    >[];
  const cell = (v: number | null) => (v === null ? '' : String(v));

  it('panel staff: a spreadsheet with a row per meeting and the total, the figures of the GraphQL return', async () => {
    const res = await get('marac.coordinator', { panelId: P, quarter: '2025-Q1' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    const body = res.body;
    expect(body.startsWith('\uFEFFrow,quarter,meeting_date,cases_discussed,')).toBe(true);
    expect(body.split('\r\n')).toHaveLength(1 + 4 + 1); // header, 3 meetings, total, and the final CRLF
    const r = (await ok('marac.coordinator', RETURN, { p: P, q: '2025-Q1' })).safeLivesReturn;
    const csv = rows(body);
    expect(csv.map((x) => [x.row, x.meeting_date])).toEqual([
      ['meeting', '2025-01-13'],
      ['meeting', '2025-02-10'],
      ['meeting', '2025-03-10'],
      ['total', ''],
    ]);
    const kinds = ['POLICE', 'IDVA', 'CHILDRENS_SOCIAL_CARE', 'HOUSING', 'OTHER'];
    [...r.meetings, r.total].forEach((g: any, i: number) => {
      const x = csv[i];
      expect(x).toMatchObject({
        quarter: '2025-Q1',
        cases_discussed: cell(g.casesDiscussed),
        repeat_cases: cell(g.repeatCases),
        children_in_households: cell(g.childrenInHouseholds),
        bame_cases: cell(g.bameCases),
        lgbt_cases: cell(g.lgbtCases),
        disabled_cases: cell(g.disabledCases),
        male_cases: cell(g.maleCases),
        victims_aged_16_to_17: cell(g.victimsAged16To17),
      });
      for (const k of kinds)
        expect([k, x[`referrals_${k}`]]).toEqual([
          k,
          cell(g.referralSources.find((s: any) => s.agencyKind === k)?.count ?? 0),
        ]);
    });
    // percentages in the total row only: of the 8 cases discussed
    expect(csv[0].repeat_cases_pct).toBe('');
    expect(csv[3]).toMatchObject({
      repeat_cases_pct: '12.5',
      referrals_POLICE_pct: '62.5',
      referrals_IDVA_pct: '25',
      referrals_HOUSING_pct: '12.5',
      referrals_OTHER_pct: '0',
      bame_cases_pct: '25',
      victims_aged_16_to_17_pct: '25',
      suppressed_figures: '',
      rounded_to: '1',
    });
    expect(Date.parse(csv[3].generated_at)).not.toBeNaN();
  });

  it('STRATEGIC: the total row only, with its suppression and rounding (as the GraphQL total)', async () => {
    const res = await get('strategic', { panelId: P, quarter: '2025-Q1' });
    expect(res.status).toBe(200);
    const csv = rows(res.body);
    expect(csv).toHaveLength(1);
    expect(csv[0]).toMatchObject({
      row: 'total',
      cases_discussed: '10',
      repeat_cases: '',
      children_in_households: '10',
      referrals_POLICE: '5',
      referrals_IDVA: '',
      referrals_HOUSING: '',
      referrals_HEALTH: '0',
      bame_cases: '',
      male_cases: '',
      repeat_cases_pct: '',
      referrals_POLICE_pct: '50',
      referrals_IDVA_pct: '',
      rounded_to: '5',
      suppressed_figures:
        'repeatCases;referralSources.IDVA;referralSources.HOUSING;bameCases;lgbtCases;disabledCases;maleCases;victimsAged16To17',
    });
  });

  it('refusals as the GraphQL twin answers them, as HTTP statuses (and audited)', async () => {
    const q = { panelId: P, quarter: '2025-Q1' };
    const noToken = await get(null, q);
    expect(noToken.status).toBe(401);
    expect(JSON.parse(noToken.body).error.code).toBe('UNAUTHENTICATED');
    const housing = await get('housing.rep', q);
    expect(housing.status).toBe(403);
    expect(JSON.parse(housing.body).error.code).toBe('FORBIDDEN');
    const other = await get('matac.coordinator', q);
    expect(other.status).toBe(404);
    expect(JSON.parse(other.body).error.code).toBe('NOT_FOUND');
    const [refusal] = await t.sql(
      `SELECT action, details FROM audit_event WHERE actor_id = $1 ORDER BY id DESC LIMIT 1`,
      [await t.userId('matac.coordinator')],
    );
    expect(refusal).toEqual({
      action: 'refused',
      details: { operation: 'GET /exports/safelives-return.csv', code: 'NOT_FOUND' },
    });
    const bad = await get('marac.coordinator', { panelId: P, quarter: '2025-Q9' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'quarter' });
    const missing = await get('marac.coordinator', { quarter: '2025-Q1' });
    expect(missing.status).toBe(400);
    expect(JSON.parse(missing.body).error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'panelId' });
    setTestClock('2025-03-20T12:00:00Z');
    try {
      const early = await get('strategic', q);
      expect(early.status).toBe(400);
      expect(JSON.parse(early.body).error).toMatchObject({ field: 'quarter' });
    } finally {
      setTestClock(null);
    }
  });
});

describe('SQL: a constant number of statements', () => {
  it('the return is the panel and one statement (the quarter and its meeting rows, one snapshot)', async () => {
    const call = (user: DemoUser, p: string, q: string) => async () => {
      await ok(user, RETURN, { p, q });
    };
    const demo = await t.panelId('MARAC');
    await call('marac.coordinator', P, '2025-Q1')(); // warm up (token)
    await call('strategic', P, '2025-Q1')();
    const staff = await t.countStatements(call('marac.coordinator', P, '2025-Q1'));
    const staffDemo = await t.countStatements(call('marac.coordinator', demo, '2025-Q2'));
    const strategic = await t.countStatements(call('strategic', demo, '2025-Q2'));
    expect(staffDemo).toBe(staff); // whatever the number of meetings and cases
    expect(staff).toBeLessThanOrEqual(5); // authentication + the panel + 1
    expect(strategic).toBe(staff);
    const start = performance.now();
    for (let i = 0; i < 10; i++) await call('marac.coordinator', demo, '2025-Q2')();
    process.stdout.write(
      `safeLivesReturn statements: staff ${staff}, STRATEGIC ${strategic}; ` +
        `ms per call over HTTP (demo MARAC, a quarter): ${((performance.now() - start) / 10).toFixed(1)}\n`,
    );
  });
});
