/**
 * Strategic metrics over HTTP: a year (2025) of one fresh MARAC panel, built through the API, with known answers;
 * boundaries (last day in, the day after out; London dates across the clock change); review hearings counted once;
 * suppression and secondary suppression for STRATEGIC; exact figures for panel staff; refusals; panel settings; and
 * the statement count of the series not growing with the number of buckets.
 */
import fc from 'fast-check';
import { setTestClock } from '@marac/core';
import { startTestApp, type DemoUser, type TestApp } from './support/harness.js';
import { CREATE_ACTION, UPDATE_ACTION, person, referral } from './support/fixtures.js';

let t: TestApp;
/** the fresh MARAC and MATAC panels of this file (demo data cannot disturb their figures) */
let P: string;
let Q: string;
let agency: Record<'police' | 'idva' | 'housing', string>;
const ids: Record<string, string> = {};

const METRICS_FIELDS = `panelId from to referrals casesHeard repeatCases repeatRate
  referralSources { agencyKind count share } policeReferralShare bameShare lgbtShare disabledShare maleShare
  childrenInHouseholds medianDaysReferralToHearing actionsTotal actionsCompleted actionsOverdue actionCompletionRate
  repeatPerpetrators serialPerpetrators crossPanelCases matacMeanRfgvChange matacSustainedReductionShare
  bameCases lgbtCases disabledCases maleCases
  rangeChecks { figure value expectedMin expectedMax withinRange } suppressedFigures roundedTo`;
const METRICS = `query($i: MetricsInput!) { panelMetrics(input: $i) { ${METRICS_FIELDS} } }`;
const SERIES = `query($i: MetricsInput!, $v: Interval!) { panelMetricsSeries(input: $i, interval: $v) { ${METRICS_FIELDS} } }`;
const SETTINGS = `mutation($i: PanelSettingsInput!) { updatePanelSettings(input: $i) { id settings {
  adultFemalePopulation bamePopulationShare expectedRanges { figure min max } } } }`;
const REFER = `mutation($input: CreateReferralInput!) { createReferral(input: $input) { id subject { id } linkedPersons { person { id } } } }`;
const TRIAGE = `mutation($input: TriageInput!) { triageReferral(input: $input) { status } }`;
const WITHDRAW = `mutation($id: ID!, $reason: String!) { withdrawReferral(caseId: $id, reason: $reason) { status } }`;
const SCHEDULE = `mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { id } }`;
const ADD = `mutation($m: ID!, $c: ID!) { addCaseToAgenda(meetingId: $m, caseId: $c) { id } }`;
const PUBLISH = `mutation($m: ID!) { publishAgenda(meetingId: $m) { status } }`;
const MINUTES = `mutation($i: ID!, $t: String!) { recordMinutes(agendaItemId: $i, minutes: $t) { id } }`;
const CONCLUDE = `mutation($m: ID!) { concludeMeeting(meetingId: $m) { status } }`;
const REVIEW = `mutation($i: RiskReviewInput!) { recordRiskReview(input: $i) { id } }`;

async function ok(user: DemoUser, query: string, variables: Record<string, unknown>) {
  const r = await t.as(user)(query, variables);
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data;
}
const year = { from: '2025-01-01', to: '2025-12-31' };
const metrics = async (user: DemoUser, input: Record<string, unknown>) =>
  (await ok(user, METRICS, { i: input })).panelMetrics;

/** A referral to panel P by the coordinator, accepted unless `status` says otherwise. */
async function refer(
  name: string,
  referralDate: string,
  over: Record<string, unknown> = {},
  status: 'ACCEPTED' | 'SUBMITTED' = 'ACCEPTED',
) {
  const c = (
    await ok('marac.coordinator', REFER, {
      input: referral(P, { referralDate, referringAgencyId: agency.police, ...over }),
    })
  ).createReferral;
  if (status === 'ACCEPTED')
    await ok('marac.coordinator', TRIAGE, { input: { caseId: c.id, decision: 'ACCEPT' } });
  ids[name] = c.id;
  ids[`${name}.subject`] = c.subject.id;
  if (c.linkedPersons[0]) ids[`${name}.perpetrator`] = c.linkedPersons[0].person.id;
  return c;
}

/** A meeting of panel P at `startsAt` (UTC), hearing `cases`, concluded. */
async function hear(startsAt: string, cases: string[]) {
  const m = (await ok('marac.coordinator', SCHEDULE, { i: { panelId: P, startsAt } })).scheduleMeeting;
  const items: string[] = [];
  for (const c of cases)
    items.push((await ok('marac.coordinator', ADD, { m: m.id, c: ids[c] })).addCaseToAgenda.id);
  await ok('marac.coordinator', PUBLISH, { m: m.id });
  for (const i of items) await ok('marac.coordinator', MINUTES, { i, t: 'Safety plan agreed.' });
  await ok('marac.coordinator', CONCLUDE, { m: m.id });
  return m.id as string;
}

const victim = (over: Record<string, unknown> = {}) => ({ subject: person(over) });
const same = (name: string) => ({ subject: { existingPersonId: ids[`${name}.subject`] } });
const perpetrator = (existing?: string) => ({
  linkedPersons: [
    {
      role: 'PERPETRATOR',
      relationshipToSubject: 'partner',
      person: existing ? { existingPersonId: ids[existing] } : person({ gender: 'MALE' }),
    },
  ],
});

beforeAll(async () => {
  t = await startTestApp();
  const agencyId = (name: string) => t.idOf('agency', 'name = $1', [name]);
  agency = {
    police: await agencyId('Cleveland Police (Hartlepool)'),
    idva: await agencyId('Harbour IDVA Service'),
    housing: await agencyId('Hartlepool Housing'),
  };
  const CREATE_PANEL = `mutation($input: CreatePanelInput!) { createPanel(input: $input) { id } }`;
  const ADD_MEMBER = `mutation($input: AddPanelMemberInput!) { addPanelMember(input: $input) { role } }`;
  const coordinator = await t.userId('marac.coordinator');
  const panel = async (kind: string) => {
    const id = (
      await ok('admin', CREATE_PANEL, {
        input: {
          kind,
          name: `Testborough ${kind}`,
          area: 'Testborough',
          areaCode: 'TST',
          memberAgencyIds: Object.values(agency),
        },
      })
    ).createPanel.id as string;
    await ok('admin', ADD_MEMBER, { input: { panelId: id, userId: coordinator, role: 'COORDINATOR' } });
    return id;
  };
  P = await panel('MARAC');
  Q = await panel('MATAC');
  t.forget('marac.coordinator'); // the next token carries the new memberships

  // --- earlier cases (not in 2025): the previous cases of repeat victims and of perpetrators
  await refer('o1', '2023-05-01', { ...victim(), ...perpetrator() }); // Z2's first victim, long ago
  await refer('o2', '2023-06-01', victim()); // h14's victim: more than 12 months before h14
  await refer('p1', '2024-03-01', victim());
  await refer('p2', '2024-06-01', victim({ isBame: true }));
  await refer('p3', '2024-09-02', victim({ disabled: true }));
  await refer('p4', '2024-12-02', victim({ isBame: true }));
  await hear('2024-12-02T10:00:00Z', ['p4']); // p4 first heard in 2024, reviewed again in 2025 (not counted)

  // --- the cases discussed in 2025 (h1..h14) and one heard the day after the year (h15)
  const { police, idva, housing } = agency;
  await refer('h1', '2024-12-20', { ...victim({ isBame: true }), childrenInHousehold: 2 });
  await refer('h2', '2025-01-06', {
    ...victim({ isBame: true, disabled: true }),
    childrenInHousehold: 0,
    ...perpetrator(),
  });
  await refer('h3', '2025-01-20', { ...same('p1'), referringAgencyId: idva, childrenInHousehold: 3 });
  await refer('h4', '2025-04-01', {
    ...victim({ isBame: true }),
    childrenInHousehold: 1,
    ...perpetrator('h2.perpetrator'),
  });
  await refer('h5', '2025-04-14', {
    ...victim({ gender: 'MALE', disabled: true }),
    referringAgencyId: housing,
    childrenInHousehold: 0,
  });
  await refer('h6', '2025-04-28', { ...same('p2'), referringAgencyId: idva, childrenInHousehold: 2 });
  await refer('h7', '2025-06-02', { ...victim({ disabled: true }), childrenInHousehold: 1 });
  await refer('h8', '2025-06-16', { ...victim(), referringAgencyId: idva, childrenInHousehold: 4 });
  await refer('h9', '2025-08-11', {
    ...victim({ isBame: true }),
    childrenInHousehold: 2,
    ...perpetrator('o1.perpetrator'),
  });
  await refer('h10', '2025-08-25', { ...same('p3'), referringAgencyId: idva, childrenInHousehold: 1 });
  await refer('h11', '2025-09-01', {
    ...victim({ isBame: true }),
    childrenInHousehold: 0,
    linkedPersons: [
      { role: 'PERPETRATOR', person: person({ gender: 'MALE', policeNationalId: 'METRICS/H11' }) },
    ],
  });
  await refer('h12', '2025-11-03', {
    ...victim({ disabled: true }),
    referringAgencyId: housing,
    childrenInHousehold: 3,
  });
  await refer('h13', '2025-11-17', { ...same('p4'), referringAgencyId: police, childrenInHousehold: 1 });
  await refer('h14', '2025-12-01', { ...same('o2'), referringAgencyId: idva, childrenInHousehold: 0 });
  await refer('h15', '2025-12-15', victim());

  // referrals that are never heard: any status counts by referral date
  const r1 = await refer('r1', '2025-03-03', victim(), 'SUBMITTED');
  await ok('marac.coordinator', TRIAGE, {
    input: { caseId: r1.id, decision: 'REJECT', rejectionReason: 'NOT_ELIGIBLE', reason: 'Criteria not met' },
  });
  const r2 = await refer('r2', '2025-10-10', victim(), 'SUBMITTED');
  await ok('marac.coordinator', WITHDRAW, { id: r2.id, reason: 'Moved out of area' });
  await refer('r3', '2025-12-31', victim(), 'SUBMITTED'); // last day: in
  await refer('r4', '2026-01-01', victim(), 'SUBMITTED'); // the day after: out

  // h11's perpetrator is a MATAC nominal (another panel kind): CROSS_PANEL. Known by police id: the MATAC staff
  // may not see the MARAC case, so they cannot link the person by id (a person is findable only through visible cases)
  const nominal = (
    await ok('matac.coordinator', REFER, {
      input: {
        panelId: await t.panelId('MATAC'),
        subject: person({ gender: 'MALE', policeNationalId: 'METRICS/H11' }),
        criteria: [],
        rfgvScore: 50,
        lawfulBasis: 'Policing purposes',
        referralDate: '2025-08-01',
      },
    })
  ).createReferral;
  await ok('matac.coordinator', TRIAGE, { input: { caseId: nominal.id, decision: 'ACCEPT' } });

  await hear('2025-02-10T10:00:00Z', ['h1', 'h2', 'h3']);
  await hear('2025-05-12T09:00:00Z', ['h4', 'h5', 'h6', 'p4']); // p4: a review hearing
  await hear('2025-06-30T23:30:00Z', ['h7', 'h8']); // 00:30 on 1 July in London (BST): Q3
  await hear('2025-09-15T09:00:00Z', ['h9', 'h10', 'h11', 'h1']); // h1: a review hearing
  await hear('2025-12-31T19:00:00Z', ['h12', 'h13', 'h14']); // the last day: in
  await hear('2026-01-01T10:00:00Z', ['h15']); // the day after: out

  // Actions: made through the API; only the clock is moved by SQL, so their completion and update times are those of
  // the dates in the comments (the API stamps "now").
  const action = async (
    due: string,
    status: string,
    completedAt: string | null = null,
    updatedAt?: string,
  ) => {
    // a due date is never before today: the test clock is set to the due date while the action is agreed
    setTestClock(`${due}T12:00:00Z`);
    const { createAction } = await ok('marac.coordinator', CREATE_ACTION, {
      i: {
        caseId: ids.h1,
        description: 'Metrics fixture action',
        ownerAgencyId: agency.police,
        dueDate: due,
      },
    }).finally(() => setTestClock(null));
    if (status !== 'OPEN') {
      await ok('marac.coordinator', UPDATE_ACTION, {
        i: { actionId: createAction.id, status, note: 'fixture', expectedVersion: 1 },
      });
    }
    await t.sql(
      `UPDATE action SET created_at = '2024-12-01', completed_at = $2, updated_at = $3 WHERE id = $1`,
      [createAction.id, completedAt, updatedAt ?? completedAt ?? '2024-12-01'],
    );
  };
  await action('2025-01-15', 'DONE', '2025-01-10T12:00:00Z'); // a1 completed on time
  await action('2025-03-01', 'DONE', '2025-04-01T12:00:00Z'); // a2 late: overdue at the end of Q1, not of the year
  await action('2025-06-01', 'OPEN'); // a3 overdue
  await action('2025-08-01', 'IN_PROGRESS'); // a4 overdue
  await action('2025-10-01', 'CANCELLED', null, '2025-10-05T09:00:00Z'); // a5 neither
  await action('2025-12-31', 'OPEN'); // a6 due on the last day, still open after it: overdue
  await action('2025-11-01', 'DONE', '2026-01-15T12:00:00Z'); // a7 completed, but not by the end of the year
  await action('2024-12-31', 'OPEN'); // a8 out
  await action('2026-01-01', 'OPEN'); // a9 out
  await action('2025-05-05', 'DONE', '2025-05-01T12:00:00Z'); // a10
  await action('2025-07-07', 'DONE', '2025-07-07T12:00:00Z'); // a11
}, 180_000);
afterAll(() => t.close());

describe('a year of one MARAC: every figure, exact for the coordinator', () => {
  it('matches the known answers', async () => {
    await ok('admin', SETTINGS, { i: { panelId: P, adultFemalePopulation: 3500, bamePopulationShare: 0.6 } });
    const m = await metrics('marac.coordinator', { panelId: P, ...year });
    expect(m).toEqual({
      panelId: P,
      from: '2025-01-01',
      to: '2025-12-31',
      referrals: 17, // h2..h14, h15, r1 (rejected), r2 (withdrawn), r3 (31 Dec); not h1 (2024) nor r4 (2026)
      casesHeard: 14, // h1..h14: p4's review and h1's second hearing are not counted; h15 (1 Jan 2026) is out
      repeatCases: 4, // h3, h6, h10, h13 (h14's previous case is more than 12 months earlier)
      repeatRate: 4 / 14,
      referralSources: [
        { agencyKind: 'POLICE', count: 7, share: 0.5 },
        { agencyKind: 'IDVA', count: 5, share: 5 / 14 },
        { agencyKind: 'HOUSING', count: 2, share: 2 / 14 },
      ],
      policeReferralShare: 0.5,
      bameShare: 0.5,
      lgbtShare: 0,
      disabledShare: 5 / 14,
      maleShare: 1 / 14,
      childrenInHouseholds: 20,
      medianDaysReferralToHearing: 29.5,
      actionsTotal: 9,
      actionsCompleted: 5,
      actionsOverdue: 4,
      actionCompletionRate: 5 / 9,
      repeatPerpetrators: 1, // h2/h4's perpetrator
      serialPerpetrators: 2, // h2/h4's, and h9's (whose other victim was in 2023)
      crossPanelCases: 1, // h11
      matacMeanRfgvChange: null,
      matacSustainedReductionShare: null,
      bameCases: 7,
      lgbtCases: 0,
      disabledCases: 5,
      maleCases: 1,
      rangeChecks: [
        { figure: 'casesPer10kAdultWomen', value: 40, expectedMin: 32, expectedMax: 48, withinRange: true },
        { figure: 'repeatRate', value: 4 / 14, expectedMin: 0.28, expectedMax: 0.4, withinRange: true },
        { figure: 'maleShare', value: 1 / 14, expectedMin: 0.05, expectedMax: 0.1, withinRange: true },
        { figure: 'lgbtShare', value: 0, expectedMin: 0.05, expectedMax: null, withinRange: false },
        { figure: 'disabledShare', value: 5 / 14, expectedMin: 0.16, expectedMax: null, withinRange: true },
        { figure: 'bameShare', value: 0.5, expectedMin: 0.6, expectedMax: null, withinRange: false },
      ],
      suppressedFigures: [],
      roundedTo: 1,
    });
  });

  it('boundaries: a case heard (or referred) on the last day is in, the day after is out', async () => {
    const untilThe30th = await metrics('marac.coordinator', {
      panelId: P,
      from: '2025-01-01',
      to: '2025-12-30',
    });
    expect(untilThe30th).toMatchObject({ casesHeard: 11, referrals: 16 });
    const newYear = await metrics('marac.coordinator', { panelId: P, from: '2026-01-01', to: '2026-01-01' });
    expect(newYear).toMatchObject({ casesHeard: 1, referrals: 1, actionsTotal: 1 });
  });

  it('a review hearing does not count a case again', async () => {
    // h1 was first heard in February and again in September; p4 first in December 2024 and again in May
    const q3 = await metrics('marac.coordinator', { panelId: P, from: '2025-07-01', to: '2025-09-30' });
    expect(q3.casesHeard).toBe(5);
    const may = await metrics('marac.coordinator', { panelId: P, from: '2025-05-01', to: '2025-05-31' });
    expect(may.casesHeard).toBe(3);
  });

  it('series by quarter: one grouped query, London dates (a hearing at 00:30 BST on 1 July is in Q3)', async () => {
    const s = (await ok('marac.coordinator', SERIES, { i: { panelId: P, ...year }, v: 'QUARTER' }))
      .panelMetricsSeries;
    expect(s.map((b: any) => [b.from, b.to, b.casesHeard, b.referrals])).toEqual([
      ['2025-01-01', '2025-03-31', 3, 3],
      ['2025-04-01', '2025-06-30', 3, 5],
      ['2025-07-01', '2025-09-30', 5, 3],
      ['2025-10-01', '2025-12-31', 3, 6],
    ]);
    // overdue is judged at the end of each quarter: a2 (due 1 March, done 1 April) was overdue at the end of Q1
    expect(s.map((b: any) => [b.actionsTotal, b.actionsCompleted, b.actionsOverdue])).toEqual([
      [2, 2, 1],
      [2, 1, 1],
      [2, 1, 1],
      [3, 1, 2],
    ]);
    expect(s[0].medianDaysReferralToHearing).toBe(35); // 52, 35, 21
    const months = (await ok('marac.coordinator', SERIES, { i: { panelId: P, ...year }, v: 'MONTH' }))
      .panelMetricsSeries;
    expect(months).toHaveLength(12);
    expect(months.reduce((a: number, b: any) => a + b.casesHeard, 0)).toBe(14);
    const years = (
      await ok('marac.coordinator', SERIES, {
        i: { panelId: P, from: '2024-07-01', to: '2026-06-30' },
        v: 'YEAR',
      })
    ).panelMetricsSeries;
    expect(years.map((b: any) => [b.from, b.to, b.casesHeard])).toEqual([
      ['2024-07-01', '2024-12-31', 1],
      ['2025-01-01', '2025-12-31', 14],
      ['2026-01-01', '2026-06-30', 1],
    ]);
  });

  it('overdue "as of now" follows the app clock (not the database\'s now())', async () => {
    // on 15 December 2025 (test clock) the year has not ended: overdue is judged at that moment. a7 (due 1 November,
    // done 15 January 2026) was still open then; judged at the real now it would not be (it is done)
    setTestClock('2025-12-15T12:00:00Z');
    try {
      const m = await metrics('marac.coordinator', { panelId: P, ...year });
      expect(m).toMatchObject({ actionsTotal: 9, actionsCompleted: 5, actionsOverdue: 3 }); // a3, a4, a7
    } finally {
      setTestClock(null);
    }
  });

  it('actions of a period that has not ended are overdue only when past their due date today', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
    const shift = (days: number) =>
      new Date(Date.parse(`${today}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    for (const due of [shift(-1), today, shift(5)]) {
      // agreed yesterday for the one due yesterday (a due date is never before today), then back to today's clock
      setTestClock(`${due < today ? due : today}T12:00:00Z`);
      await ok('marac.coordinator', CREATE_ACTION, {
        i: {
          caseId: ids.h1,
          description: 'Current period action',
          ownerAgencyId: agency.police,
          dueDate: due,
        },
      }).finally(() => setTestClock(null));
    }
    const m = await metrics('marac.coordinator', { panelId: P, from: shift(-3), to: shift(30) });
    expect(m).toMatchObject({
      actionsTotal: 3,
      actionsCompleted: 0,
      actionsOverdue: 1,
      actionCompletionRate: 0,
    });
  });
});

describe('MATAC: RFGV change of the nominals reviewed in the period', () => {
  it('mean change of the latest review up to the period end, and sustained reductions', async () => {
    const nominate = async (
      name: string,
      referralDate: string,
      rfgvScore: number,
      reviews: [string, number][],
    ) => {
      const c = (
        await ok('marac.coordinator', REFER, {
          input: {
            panelId: Q,
            subject: person({ gender: 'MALE' }),
            criteria: [],
            rfgvScore,
            lawfulBasis: 'Policing purposes',
            referralDate,
          },
        })
      ).createReferral;
      await ok('marac.coordinator', TRIAGE, { input: { caseId: c.id, decision: 'ACCEPT' } });
      for (const [reviewedOn, score] of reviews)
        await ok('marac.coordinator', REVIEW, { i: { caseId: c.id, reviewedOn, rfgvScore: score } });
      ids[name] = c.id;
    };
    await nominate('n1', '2025-01-10', 80, [
      ['2025-03-01', 70],
      ['2025-06-01', 60],
    ]); // -20, sustained
    await nominate('n2', '2025-02-10', 50, [['2025-04-01', 55]]); // +5, one review: not sustained
    await nominate('n3', '2024-09-01', 60, [
      ['2024-11-01', 40],
      ['2025-05-01', 65],
    ]); // +5, not sustained
    await nominate('n4', '2024-08-01', 70, [['2024-10-01', 50]]); // no review in 2025: not counted
    await nominate('n5', '2025-01-05', 90, [
      ['2025-02-01', 80],
      ['2025-07-01', 85],
      ['2026-02-01', 100],
    ]); // -5 (the 2026 review is after the period), sustained
    const m = await metrics('marac.coordinator', { panelId: Q, ...year });
    expect(m).toMatchObject({ matacMeanRfgvChange: -3.75, matacSustainedReductionShare: 0.5, casesHeard: 0 });
    expect(m.repeatRate).toBeNull(); // zero denominator
    const s = await metrics('strategic', { panelId: Q, ...year });
    // four nominals reviewed (and three nominated in 2025): suppressed for STRATEGIC
    expect(s).toMatchObject({
      referrals: null,
      matacMeanRfgvChange: null,
      matacSustainedReductionShare: null,
    });
    expect(s.suppressedFigures).toEqual(['referrals', 'matacMeanRfgvChange', 'matacSustainedReductionShare']);
    expect(s.roundedTo).toBe(5);
    const h1 = await metrics('marac.coordinator', { panelId: Q, from: '2025-01-01', to: '2025-06-30' });
    // n1 (60: -20, sustained), n2 (+5), n3 (+5), n5 (80: -10, one review so far): mean -5, 1 of 4 sustained
    expect(h1).toMatchObject({ matacMeanRfgvChange: -5, matacSustainedReductionShare: 0.25 });
  });
});

describe('who sees what', () => {
  it('STRATEGIC: every figure from 1 to 4 suppressed, with the next smallest referral source; the rest rounded to 5', async () => {
    const m = await metrics('strategic', { panelId: P, ...year });
    // the exact figures (the coordinator's, above) in comments; shares are computed from the rounded counts
    expect(m).toMatchObject({
      roundedTo: 5,
      referrals: 15, // 17
      casesHeard: 15, // 14
      repeatCases: null, // 4
      repeatRate: null,
      policeReferralShare: 5 / 15, // 7 of 14
      bameShare: 5 / 15, // 7 of 14
      bameCases: 5,
      lgbtShare: 0,
      lgbtCases: 0,
      disabledShare: 5 / 15, // 5 of 14
      disabledCases: 5,
      maleShare: null, // 1
      maleCases: null,
      childrenInHouseholds: 20,
      medianDaysReferralToHearing: 29.5,
      actionsTotal: 10, // 9
      actionsCompleted: 5,
      actionsOverdue: null, // 4
      actionCompletionRate: 5 / 10,
      repeatPerpetrators: null,
      serialPerpetrators: null,
      crossPanelCases: null,
    });
    // HOUSING (2) is suppressed; IDVA (5) too, or 14 - 7 - 5 would give it away
    expect(m.referralSources).toEqual([
      { agencyKind: 'POLICE', count: 5, share: 5 / 15 },
      { agencyKind: 'IDVA', count: null, share: null },
      { agencyKind: 'HOUSING', count: null, share: null },
    ]);
    expect(m.suppressedFigures).toEqual([
      'repeatCases',
      'repeatRate',
      'referralSources.IDVA',
      'referralSources.HOUSING',
      'maleShare',
      'actionsOverdue',
      'repeatPerpetrators',
      'serialPerpetrators',
      'crossPanelCases',
      'maleCases',
    ]);
    expect(m.rangeChecks.find((c: any) => c.figure === 'repeatRate')).toEqual({
      figure: 'repeatRate',
      value: null,
      expectedMin: 0.28,
      expectedMax: 0.4,
      withinRange: null,
    });
    // no suppressed count can be recovered from what is shown
    const shownSources = m.referralSources.reduce((a: number, s: any) => a + (s.count ?? 0), 0);
    expect(m.casesHeard - shownSources).toBe(10); // IDVA + HOUSING together (rounded), not either alone
  });

  it('STRATEGIC: a series is suppressed bucket by bucket', async () => {
    const s = (await ok('strategic', SERIES, { i: { panelId: P, ...year }, v: 'QUARTER' }))
      .panelMetricsSeries;
    expect(s.map((b: any) => b.casesHeard)).toEqual([null, null, 5, null]);
    expect(s[0].suppressedFigures).toContain('casesHeard');
    expect(s[0].medianDaysReferralToHearing).toBeNull();
  });

  it.each<DemoUser>(['marac.coordinator', 'marac.chair'])(
    '%s sees exact figures of their own panel',
    async (user) => {
      const m = await metrics(user, { panelId: await t.panelId('MARAC'), ...year });
      expect(m.suppressedFigures).toEqual([]);
    },
  );

  it.each<DemoUser>(['police.rep', 'idva.rep', 'csc.rep', 'housing.rep', 'referrer', 'admin', 'auditor'])(
    '%s may not call (FORBIDDEN)',
    async (user) => {
      expect((await t.as(user)(METRICS, { i: { panelId: P, ...year } })).code).toBe('FORBIDDEN');
      expect((await t.as(user)(SERIES, { i: { panelId: P, ...year }, v: 'MONTH' })).code).toBe('FORBIDDEN');
    },
  );

  it.each<DemoUser>(['marac.chair', 'matac.coordinator', 'hrap.chair'])(
    "%s gets NOT_FOUND for another panel's metrics",
    async (user) => {
      expect((await t.as(user)(METRICS, { i: { panelId: P, ...year } })).code).toBe('NOT_FOUND');
      expect((await t.as(user)(SERIES, { i: { panelId: P, ...year }, v: 'YEAR' })).code).toBe('NOT_FOUND');
    },
  );

  it('NOT_FOUND for a panel that does not exist, BAD_USER_INPUT for bad periods, UNAUTHENTICATED without a token', async () => {
    const none = '00000000-0000-4000-8000-000000000000';
    expect((await t.as('strategic')(METRICS, { i: { panelId: none, ...year } })).code).toBe('NOT_FOUND');
    expect((await t.as('marac.coordinator')(METRICS, { i: { panelId: none, ...year } })).code).toBe(
      'NOT_FOUND',
    );
    const backwards = await t.as('strategic')(METRICS, {
      i: { panelId: P, from: '2025-02-01', to: '2025-01-31' },
    });
    expect(backwards.code).toBe('BAD_USER_INPUT');
    expect(
      (await t.as('strategic')(METRICS, { i: { panelId: P, from: '2025-02-30', to: '2025-03-01' } })).code,
    ).toBe('BAD_USER_INPUT');
    const long = await t.as('strategic')(SERIES, {
      i: { panelId: P, from: '2000-01-01', to: '2025-12-31' },
      v: 'MONTH',
    });
    expect(long.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'interval' });
    expect((await t.gql(METRICS, { i: { panelId: P, ...year } })).code).toBe('UNAUTHENTICATED');
  });

  it('STRATEGIC sees no personal data anywhere in the API (every query tried)', async () => {
    const anyCase = ids.h1;
    const anyMeeting = (await t.sql('SELECT id FROM meeting WHERE panel_id = $1 LIMIT 1', [P]))[0].id;
    const tries: Record<string, [string, Record<string, unknown>]> = {
      me: ['{ me { id name email agency { name } memberships { role panel { id } } } }', {}],
      agencies: ['{ agencies { id name kind } }', {}],
      panels: ['{ panels { id name area settings { adultFemalePopulation } memberAgencies { name } } }', {}],
      users: ['{ users { id name } }', {}],
      case: ['query($id: ID!) { case(id: $id) { id subject { givenName } } }', { id: anyCase }],
      cases: ['{ cases { totalCount edges { node { id subject { familyName } } } } }', {}],
      caseByReference: [
        'query($r: String!) { caseByReference(reference: $r) { id subject { givenName } } }',
        { r: 'MARAC-HPL-2026-0001' },
      ],
      searchPersons: [
        'query($i: PersonSearchInput!) { searchPersons(input: $i) { person { id } } }',
        { i: { name: 'Alex' } },
      ],
      meeting: ['query($id: ID!) { meeting(id: $id) { id agenda { case { id } } } }', { id: anyMeeting }],
      meetings: ['query($p: ID!) { meetings(panelId: $p) { id } }', { p: P }],
      actions: ['{ actions { id description } }', {}],
      action: [
        'query($id: ID!) { action(id: $id) { id description } }',
        {
          id: (await t.sql('SELECT id FROM action LIMIT 1'))[0]?.id ?? '00000000-0000-0000-0000-000000000000',
        },
      ],
      failedNotifications: ['{ failedNotifications { __typename } }', {}],
      panelMetrics: [METRICS, { i: { panelId: P, ...year } }],
      panelMetricsSeries: [SERIES, { i: { panelId: P, ...year }, v: 'MONTH' }],
      safeLivesReturn: [
        `query($p: ID!) { safeLivesReturn(panelId: $p, quarter: "2025-Q3") { quarter roundedTo
          meetings { meetingDate casesDiscussed } total { meetingDate casesDiscussed maleCases } } }`,
        { p: P },
      ],
      auditEvents: ['{ auditEvents { id caseId } }', {}],
    };
    const schema = await t.as('strategic')('{ __schema { queryType { fields { name } } } }');
    const queryFields: string[] = schema.data.__schema.queryType.fields.map((f: any) => f.name);
    // every Query of the schema is tried (a new query must be added here)
    expect(queryFields.filter((f) => !(f in tries))).toEqual([]);
    const names = await t.sql<{ given_name: string; family_name: string }>(
      `SELECT DISTINCT p.given_name, p.family_name FROM person p JOIN case_person cp ON cp.person_id = p.id`,
    );
    for (const field of queryFields) {
      const [query, variables] = tries[field];
      const r = await t.as('strategic')(query, variables);
      if (r.errors) {
        expect([field, r.code]).toEqual([field, 'FORBIDDEN']);
        continue;
      }
      const text = JSON.stringify(r.data);
      for (const n of names) {
        expect(text).not.toContain(n.family_name);
      }
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T|dateOfBirth|givenName|familyName|address|phone/);
    }
  });
});

describe('panel settings', () => {
  const PANELS = `{ panels { id settings { adultFemalePopulation bamePopulationShare expectedRanges { figure min max } } } }`;

  it('ADMIN changes them; ADMIN and the panel staff read them, everyone else gets null', async () => {
    const r = await ok('admin', SETTINGS, {
      i: {
        panelId: P,
        adultFemalePopulation: 3500,
        bamePopulationShare: 0.6,
        expectedRanges: [{ figure: 'repeatRate', min: 0.25, max: 0.35 }],
      },
    });
    expect(r.updatePanelSettings.settings).toEqual({
      adultFemalePopulation: 3500,
      bamePopulationShare: 0.6,
      expectedRanges: [
        { figure: 'casesPer10kAdultWomen', min: 32, max: 48 },
        { figure: 'repeatRate', min: 0.25, max: 0.35 },
        { figure: 'maleShare', min: 0.05, max: 0.1 },
        { figure: 'lgbtShare', min: 0.05, max: null },
        { figure: 'disabledShare', min: 0.16, max: null },
        { figure: 'bameShare', min: 0.6, max: null },
      ],
    });
    const m = await metrics('marac.coordinator', { panelId: P, ...year });
    expect(m.rangeChecks.find((c: any) => c.figure === 'repeatRate')).toMatchObject({
      expectedMin: 0.25,
      expectedMax: 0.35,
      withinRange: true,
    });
    // back to the defaults for the other tests
    await ok('admin', SETTINGS, { i: { panelId: P, expectedRanges: [] } });
    const [event] = await t.sql(
      `SELECT actor_id, details FROM audit_event WHERE action = 'panel.settings' AND entity_id = $1 ORDER BY id DESC LIMIT 1`,
      [P],
    );
    expect(event.actor_id).toBe(await t.userId('admin'));

    const settingsOf = async (user: DemoUser) =>
      Object.fromEntries((await ok(user, PANELS, {})).panels.map((p: any) => [p.id, p.settings]));
    expect((await settingsOf('admin'))[P]).toMatchObject({ adultFemalePopulation: 3500 });
    const coordinator = await settingsOf('marac.coordinator');
    expect(coordinator[P]).toMatchObject({ adultFemalePopulation: 3500 });
    expect(coordinator[await t.panelId('HRAP')]).toBeNull();
    for (const user of ['strategic', 'police.rep', 'referrer', 'auditor', 'matac.chair'] as DemoUser[])
      expect((await settingsOf(user))[P]).toBeNull();
  });

  it('only ADMIN may change them (FORBIDDEN, nothing written); unknown panel NOT_FOUND; bad values BAD_USER_INPUT', async () => {
    const before = (await t.sql('SELECT settings FROM panel WHERE id = $1', [P]))[0].settings;
    for (const user of ['marac.coordinator', 'strategic', 'auditor', 'police.rep'] as DemoUser[])
      expect((await t.as(user)(SETTINGS, { i: { panelId: P, adultFemalePopulation: 1 } })).code).toBe(
        'FORBIDDEN',
      );
    expect(
      (
        await t.as('admin')(SETTINGS, {
          i: { panelId: '00000000-0000-4000-8000-000000000000', adultFemalePopulation: 1 },
        })
      ).code,
    ).toBe('NOT_FOUND');
    const bad = await t.as('admin')(SETTINGS, {
      i: { panelId: P, expectedRanges: [{ figure: 'repeatRate', min: 28, max: 40 }] },
    });
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'expectedRanges.0.min',
    });
    expect((await t.as('admin')(SETTINGS, { i: { panelId: P, bamePopulationShare: 2 } })).code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await t.sql('SELECT settings FROM panel WHERE id = $1', [P]))[0].settings).toEqual(before);
  });
});

describe('SQL: a constant number of statements whatever the number of buckets', () => {
  it('counts the statements of panelMetrics and of series of 3 and 12 months', async () => {
    const call = (query: string, variables: Record<string, unknown>) => async () => {
      const r = await t.as('strategic')(query, variables);
      if (!r.data) throw new Error(JSON.stringify(r.errors));
    };
    await call(METRICS, { i: { panelId: P, ...year } })(); // warm up (token)
    const one = await t.countStatements(call(METRICS, { i: { panelId: P, ...year } }));
    const three = await t.countStatements(
      call(SERIES, { i: { panelId: P, from: '2025-01-01', to: '2025-03-31' }, v: 'MONTH' }),
    );
    const twelve = await t.countStatements(call(SERIES, { i: { panelId: P, ...year }, v: 'MONTH' }));
    expect(three).toBe(twelve);
    expect(one).toBe(twelve);
    // authentication (session and user) + the panel + one aggregate statement
    expect(twelve).toBeLessThanOrEqual(5);

    const time = async (run: () => Promise<void>, n = 10) => {
      const start = performance.now();
      for (let i = 0; i < n; i++) await run();
      return ((performance.now() - start) / n).toFixed(1);
    };
    const yearMs = await time(call(METRICS, { i: { panelId: P, ...year } }));
    const seriesMs = await time(call(SERIES, { i: { panelId: P, ...year }, v: 'MONTH' }));
    process.stdout.write(
      `metrics statements: panelMetrics ${one}, series 3 months ${three}, 12 months ${twelve}; ` +
        `ms per call over HTTP (fixture): panelMetrics ${yearMs}, 12-month series ${seriesMs}\n`,
    );
  });
});

describe('demo data', () => {
  it('holds two years of the demo MARAC, with real-looking figures', async () => {
    const panelId = await t.panelId('MARAC');
    const year = (from: string, to: string) =>
      t.ok('marac.coordinator', METRICS, { i: { panelId, from, to } });
    for (const [from, to] of [
      ['2025-01-01', '2025-12-31'],
      ['2024-11-01', '2025-10-31'],
    ]) {
      const m = (await year(from, to)).panelMetrics;
      expect(m.casesHeard).toBeGreaterThan(80);
      expect(m.repeatRate).toBeGreaterThan(0.05);
      expect(m.repeatRate).toBeLessThan(0.5);
      expect(m.policeReferralShare).toBeGreaterThan(0.5);
      expect(m.actionsTotal).toBeGreaterThan(50);
      expect(m.actionCompletionRate).toBeGreaterThan(0.5);
      // completed on plausible dates, not at seed time: a past year is not all overdue
      expect(m.actionsOverdue / m.actionsTotal).toBeLessThan(0.5);
    }
  });
});

describe('no recovery by subtraction across fields of one response', () => {
  it('a STRATEGIC viewer gets one set of metrics per request; staff may ask for several', async () => {
    const panelId = await t.panelId('MARAC');
    const q = `query($a: MetricsInput!, $b: MetricsInput!) { a: panelMetrics(input: $a) { referrals } b: panelMetrics(input: $b) { referrals } }`;
    const vars = {
      a: { panelId, from: '2025-02-01', to: '2025-02-28' },
      b: { panelId, from: '2025-01-01', to: '2025-02-28' },
    };
    const strategic = await t.as('strategic')(q, vars);
    expect(strategic.errors?.map((e) => e.extensions.code)).toEqual(['BAD_USER_INPUT']);
    const staff = await t.ok('marac.coordinator', q, vars);
    expect(staff.b.referrals).toBeGreaterThanOrEqual(staff.a.referrals);
  });
});

describe('differencing: STRATEGIC may ask only for whole calendar months that have ended', () => {
  const londonToday = () =>
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());

  it('refuses periods that start or end within a month, or have not ended (panelMetrics and the series)', async () => {
    const today = londonToday();
    const thisMonth = { from: `${today.slice(0, 8)}01`, to: today };
    const refused: [Record<string, string>, string][] = [
      [{ from: '2025-01-01', to: '2025-11-24' }, 'to'],
      [{ from: '2025-01-02', to: '2025-11-30' }, 'from'],
      [{ from: '2025-02-01', to: '2025-02-27' }, 'to'],
      [thisMonth, 'to'], // the current month has not ended
      [{ from: '2026-01-01', to: '2027-12-31' }, 'to'],
    ];
    for (const [period, field] of refused) {
      const one = await t.as('strategic')(METRICS, { i: { panelId: P, ...period } });
      expect([period, one.errors?.[0].extensions]).toMatchObject([period, { code: 'BAD_USER_INPUT', field }]);
      const series = await t.as('strategic')(SERIES, { i: { panelId: P, ...period }, v: 'MONTH' });
      expect([period, series.errors?.[0].extensions]).toMatchObject([
        period,
        { code: 'BAD_USER_INPUT', field },
      ]);
    }
    // panel staff keep any period, exact
    const staff = await metrics('marac.coordinator', { panelId: P, from: '2025-01-01', to: '2025-11-24' });
    expect(staff).toMatchObject({ roundedTo: 1, suppressedFigures: [] });
  });

  it('the attack of issue 10: two overlapping periods cannot single out the one case heard between them', async () => {
    // one case, heard alone on 25 August 2026, with every attribute: BAME, LGBT, disabled, male, children, HOUSING
    await refer('x1', '2026-08-03', {
      ...victim({ isBame: true, lgbt: true, disabled: true, gender: 'MALE' }),
      referringAgencyId: agency.housing,
      childrenInHousehold: 3,
    });
    await hear('2026-08-25T10:00:00Z', ['x1']);
    const ask = async (from: string, to: string) => {
      const r = await t.as('strategic')(METRICS, { i: { panelId: P, from, to } });
      return r;
    };
    // the days either side of the hearing: refused
    expect((await ask('2025-01-01', '2026-08-24')).code).toBe('BAD_USER_INPUT');
    expect((await ask('2025-01-01', '2026-08-26')).code).toBe('BAD_USER_INPUT');
    // whole months that differ by the month of that hearing
    const withIt = (await ask('2025-01-01', '2026-08-31')).data!.panelMetrics;
    const without = (await ask('2025-01-01', '2026-07-31')).data!.panelMetrics;
    const exactWith = await metrics('marac.coordinator', {
      panelId: P,
      from: '2025-01-01',
      to: '2026-08-31',
    });
    const exactWithout = await metrics('marac.coordinator', {
      panelId: P,
      from: '2025-01-01',
      to: '2026-07-31',
    });
    expect(exactWith.casesHeard - exactWithout.casesHeard).toBe(1); // what the attacker wants to see
    const counts = [
      'referrals',
      'casesHeard',
      'repeatCases',
      'bameCases',
      'lgbtCases',
      'disabledCases',
      'maleCases',
      'childrenInHouseholds',
      'crossPanelCases',
    ];
    for (const f of counts) {
      // each figure is null or a multiple of 5: the difference never shows one case
      for (const m of [withIt, without]) expect([f, m[f] === null || m[f] % 5 === 0]).toEqual([f, true]);
      if (withIt[f] !== null && without[f] !== null)
        expect([f, Math.abs(withIt[f] - without[f]) % 5]).toEqual([f, 0]);
    }
    expect(withIt.casesHeard).toBe(without.casesHeard); // 16 and 15: both 15
    expect(withIt.lgbtCases).toBeNull(); // 1: suppressed, not 1 - 0
    expect(withIt.lgbtShare).toBeNull();
    // the month alone: the case is "<5" in every figure
    const august = (await ask('2026-08-01', '2026-08-31')).data!.panelMetrics;
    expect(august).toMatchObject({
      casesHeard: null,
      bameCases: null,
      lgbtCases: null,
      disabledCases: null,
      maleCases: null,
      childrenInHouseholds: null,
      bameShare: null,
      maleShare: null,
      referralSources: [{ agencyKind: 'HOUSING', count: null, share: null }],
      roundedTo: 5,
    });
    expect(august.suppressedFigures).toEqual(
      expect.arrayContaining(['casesHeard', 'referralSources.HOUSING', 'bameCases', 'childrenInHouseholds']),
    );
  });
});

describe('the read models metrics reads (published by their owners)', () => {
  it('are read-only and carry no names, dates of birth, contact or free text', async () => {
    const views = (
      await t.sql<{ table_name: string }>(
        `SELECT table_name FROM information_schema.views WHERE table_name LIKE '%\\_metrics\\_%\\_v' ORDER BY 1`,
      )
    ).map((v) => v.table_name);
    expect(views).toEqual([
      'actions_metrics_action_v',
      'cases_metrics_case_v',
      'cases_metrics_flagged_perpetrator_v',
      'cases_metrics_further_incident_v',
      'cases_metrics_rfgv_review_v',
      'cases_metrics_subject_v',
      'identity_metrics_agency_v',
      'meetings_metrics_hearing_v',
      'meetings_metrics_meeting_v',
    ]);
    const columns = await t.sql<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = ANY($1)`,
      [views],
    );
    for (const { column_name } of columns)
      expect(column_name).not.toMatch(/name|birth|address|phone|contact|note|description|summary|minutes/);
    for (const write of [
      `UPDATE identity_metrics_agency_v SET kind = kind`,
      `DELETE FROM identity_metrics_agency_v`,
      `INSERT INTO cases_metrics_rfgv_review_v (case_id, reviewed_on, rfgv_score) VALUES ($1, '2025-01-01', 1)`,
      `UPDATE actions_metrics_action_v SET status = 'DONE'`,
    ])
      await expect(t.sql(write, write.includes('$1') ? [ids.h1] : [])).rejects.toThrow(/read-only/);
  });
});

describe('only the figures asked for are computed, and they are the same as when all are asked for', () => {
  /** every field of PanelMetrics (sub-selections written out) */
  const FIELDS = [
    'panelId',
    'from',
    'to',
    'referrals',
    'casesHeard',
    'repeatCases',
    'repeatRate',
    'referralSources { agencyKind count share }',
    'policeReferralShare',
    'bameShare',
    'lgbtShare',
    'disabledShare',
    'maleShare',
    'childrenInHouseholds',
    'medianDaysReferralToHearing',
    'actionsTotal',
    'actionsCompleted',
    'actionsOverdue',
    'actionCompletionRate',
    'repeatPerpetrators',
    'serialPerpetrators',
    'crossPanelCases',
    'matacMeanRfgvChange',
    'matacSustainedReductionShare',
    'bameCases',
    'lgbtCases',
    'disabledCases',
    'maleCases',
    'meetingsHeld',
    'victimsAged16To17',
    'idvaEngagedShare',
    'furtherIncidents',
    'riskReducedShare',
    'perpetratorActionShare',
    'rangeChecks { figure value expectedMin expectedMax withinRange }',
    'suppressedFigures',
    'roundedTo',
  ];
  const ask = async (user: DemoUser, panelId: string, fields: string[], series: boolean) => {
    const sel = fields.join(' ');
    const r = series
      ? await ok(
          user,
          `query($i: MetricsInput!) { panelMetricsSeries(input: $i, interval: QUARTER) { ${sel} } }`,
          { i: { panelId, ...year } },
        )
      : await ok(user, `query($i: MetricsInput!) { panelMetrics(input: $i) { ${sel} } }`, {
          i: { panelId, ...year },
        });
    return series ? r.panelMetricsSeries : [r.panelMetrics];
  };
  const pick = (row: Record<string, unknown>, fields: string[]) =>
    Object.fromEntries(fields.map((f) => f.split(' ')[0]).map((k) => [k, row[k]]));

  it('any subset of the fields, for staff (exact) and STRATEGIC (suppressed), one period or a series', async () => {
    const viewers: [DemoUser, string][] = [
      ['marac.coordinator', P],
      ['strategic', P],
      ['strategic', Q],
    ];
    const full = new Map<string, Record<string, unknown>[]>();
    for (const [user, panel] of viewers)
      for (const series of [false, true])
        full.set(`${user} ${panel} ${series}`, await ask(user, panel, FIELDS, series));
    // the answers have figures to compare (not all zero or hidden)
    expect(full.get(`marac.coordinator ${P} false`)![0]).toMatchObject({ casesHeard: expect.any(Number) });
    expect(full.get(`marac.coordinator ${P} false`)![0].casesHeard).toBeGreaterThan(0);
    await fc.assert(
      fc.asyncProperty(
        fc.subarray(FIELDS, { minLength: 1 }),
        fc.constantFrom(...viewers),
        fc.boolean(),
        async (fields, [user, panel], series) => {
          const rows: Record<string, unknown>[] = await ask(user, panel, fields, series);
          const all = full.get(`${user} ${panel} ${series}`)!;
          expect(rows.map((r) => pick(r, fields))).toEqual(all.map((r) => pick(r, fields)));
        },
      ),
      { numRuns: 40, seed: 20261201 },
    );
  });

  it('a request for four counts runs none of the other figures’ parts of the statement', async () => {
    const sql = (
      await t.statements(
        () => ask('strategic', P, ['referrals', 'repeatCases', 'casesHeard', 'meetingsHeld'], false),
        Infinity,
      )
    ).find((s) => s.includes('case_figures'))!;
    expect(sql).toBeDefined();
    for (const join of ['referrals r', 'case_figures cf', 'held hd'])
      expect(sql).toContain(`LEFT JOIN ${join}`);
    for (const join of [
      'sources s',
      'perpetrators pp',
      'actions ac',
      'matac mt',
      'incidents fi',
      'closures cl',
    ])
      expect(sql).not.toContain(`LEFT JOIN ${join}`);
    // and rangeChecks, which depends on all the figures, brings every part in
    const every = (
      await t.statements(() => ask('strategic', P, ['rangeChecks { figure }'], false), Infinity)
    ).find((s) => s.includes('case_figures'))!;
    for (const join of ['matac mt', 'closures cl', 'sources s']) expect(every).toContain(`LEFT JOIN ${join}`);
  });
});
