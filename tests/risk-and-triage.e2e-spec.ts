import { startTestApp, type DemoUser, type TestApp } from './support/harness.js';
import { CREATE_REFERRAL, dash, freshPanel, nhsNumber, person, referral } from './support/fixtures.js';

/*
 * Issue 11, points 3 and 4: the risk tool of a referral (DASH, DARA, OTHER, NONE) and its grade; VISIBLE_HIGH_RISK
 * needs DASH >= 14 or a HIGH grade; a rejection needs a reason code, and a HIGH-risk referral is never rejected as
 * THRESHOLD_NOT_MET; the agenda proposal reads the risk level across tools and the children in the household.
 */

let t: TestApp;
let marac: string;

beforeAll(async () => {
  t = await startTestApp();
  marac = await t.panelId('MARAC');
});
afterAll(() => t.close());

const RISK_FIELDS = 'id status riskTool riskGrade rejectionReason triageReason dash { score } version';
const REFER = `mutation($input: CreateReferralInput!) { createReferral(input: $input) { ${RISK_FIELDS} } }`;
const TRIAGE = `mutation($input: TriageInput!) { triageReferral(input: $input) { ${RISK_FIELDS} } }`;
const CASE = `query($id: ID!) { case(id: $id) { ${RISK_FIELDS} } }`;

const counts = async () =>
  (
    await t.sql(
      `SELECT (SELECT count(*)::int FROM case_record) AS cases, (SELECT count(*)::int FROM person) AS persons,
              (SELECT count(*)::int FROM audit_event) AS audits, (SELECT count(*)::int FROM outbox) AS mails`,
    )
  )[0];

/** A DARA referral (police): no DASH answers, a grade. */
const daraOver = (grade: string, over: Record<string, unknown> = {}) => ({
  dashAnswers: null,
  riskTool: 'DARA',
  riskGrade: grade,
  ...over,
});
const dara = (grade: string, over: Record<string, unknown> = {}) => referral(marac, daraOver(grade, over));

async function refer(input: Record<string, unknown>, user: DemoUser = 'police.rep') {
  return (await t.ok(user, REFER, { input })).createReferral;
}

describe('risk tools on a referral', () => {
  it('a police DARA referral graded HIGH meets VISIBLE_HIGH_RISK; tool and grade are stored and shown', async () => {
    const c = await refer(dara('HIGH', { criteria: ['VISIBLE_HIGH_RISK'] }));
    expect(c).toMatchObject({ status: 'SUBMITTED', riskTool: 'DARA', riskGrade: 'HIGH', dash: null });
    const [row] = await t.sql('SELECT risk_tool, risk_grade, dash_score FROM case_record WHERE id = $1', [
      c.id,
    ]);
    expect(row).toEqual({ risk_tool: 'DARA', risk_grade: 'HIGH', dash_score: null });
    // panel staff and the referrer (their own referral) read it alike
    expect((await t.ok('marac.coordinator', CASE, { id: c.id })).case).toMatchObject({
      riskTool: 'DARA',
      riskGrade: 'HIGH',
    });
    expect((await t.ok('police.rep', CASE, { id: c.id })).case.riskTool).toBe('DARA');
  });

  it('the tool defaults to DASH with answers, to NONE without; OTHER takes a grade', async () => {
    const withDash = await refer(referral(marac));
    expect(withDash).toMatchObject({ riskTool: 'DASH', riskGrade: null, dash: { score: 15 } });
    const none = await refer(
      referral(marac, { criteria: ['PROFESSIONAL_JUDGEMENT'], dashAnswers: null }),
      'referrer',
    );
    expect(none).toMatchObject({ riskTool: 'NONE', riskGrade: null, dash: null });
    const other = await refer(
      referral(marac, {
        criteria: ['POTENTIAL_ESCALATION'],
        dashAnswers: null,
        riskTool: 'OTHER',
        riskGrade: 'MEDIUM',
      }),
    );
    expect(other).toMatchObject({ riskTool: 'OTHER', riskGrade: 'MEDIUM' });
  });

  const refused: [string, Record<string, unknown>, string][] = [
    ['DASH answers with DARA', { riskTool: 'DARA', riskGrade: 'HIGH', dashAnswers: dash(15) }, 'dashAnswers'],
    ['DASH answers with NONE', { riskTool: 'NONE' }, 'dashAnswers'],
    ['a grade with DASH', { riskTool: 'DASH', riskGrade: 'HIGH' }, 'riskGrade'],
    ['a grade with DASH answers and no tool named', { riskGrade: 'HIGH' }, 'riskGrade'],
    ['DASH named without answers', { riskTool: 'DASH', dashAnswers: null }, 'dashAnswers'],
    ['DARA without a grade', { riskTool: 'DARA', dashAnswers: null }, 'riskGrade'],
    [
      'a grade with NONE',
      { riskTool: 'NONE', riskGrade: 'HIGH', dashAnswers: null, criteria: ['PROFESSIONAL_JUDGEMENT'] },
      'riskGrade',
    ],
    [
      'VISIBLE_HIGH_RISK with a MEDIUM DARA grade',
      { riskTool: 'DARA', riskGrade: 'MEDIUM', dashAnswers: null },
      'criteria',
    ],
    [
      'VISIBLE_HIGH_RISK with OTHER graded STANDARD',
      { riskTool: 'OTHER', riskGrade: 'STANDARD', dashAnswers: null },
      'criteria',
    ],
    ['VISIBLE_HIGH_RISK with DASH 13', { dashAnswers: dash(13) }, 'criteria'],
  ];
  it.each(refused)('refuses %s (BAD_USER_INPUT on the field, nothing written)', async (_n, over, field) => {
    const before = await counts();
    const r = await t.as('police.rep')(CREATE_REFERRAL, { input: referral(marac, over) });
    expect(r.code).toBe('BAD_USER_INPUT');
    expect(r.errors![0].extensions.field).toBe(field);
    expect(await counts()).toEqual(before);
  });

  it('the risk tool is checked with the whole input, before any identifier or panel lookup', async () => {
    // a known NHS number and an unknown one get the same answer; so does a panel that does not exist
    const known = (await t.sql('SELECT nhs_number FROM person WHERE nhs_number IS NOT NULL LIMIT 1'))[0]
      .nhs_number as string;
    const answer = async (over: Record<string, unknown>) => {
      const r = await t.as('referrer')(CREATE_REFERRAL, {
        input: dara('HIGH', { dashAnswers: dash(15), ...over }),
      });
      return { code: r.code, field: r.errors![0].extensions.field };
    };
    const expected = { code: 'BAD_USER_INPUT', field: 'dashAnswers' };
    expect(await answer({ subject: person({ nhsNumber: known }) })).toEqual(expected);
    expect(await answer({ subject: person({ nhsNumber: nhsNumber() }) })).toEqual(expected);
    expect(await answer({ panelId: '00000000-0000-4000-8000-000000000000' })).toEqual(expected);
  });

  it('is refused to roles that never refer, whatever the tool (FORBIDDEN, nothing written)', async () => {
    const before = await counts();
    for (const user of ['admin', 'strategic', 'auditor'] as DemoUser[])
      expect((await t.as(user)(CREATE_REFERRAL, { input: dara('HIGH') })).code).toBe('FORBIDDEN');
    // (their sign-ins and the refusals are audited; nothing else is written)
    expect(await counts()).toMatchObject({
      cases: before.cases,
      persons: before.persons,
      mails: before.mails,
    });
  });
});

describe('triage: a rejection needs a reason code; a HIGH-risk referral is never below the threshold', () => {
  const reject = (caseId: string, over: Record<string, unknown> = {}, user: DemoUser = 'marac.coordinator') =>
    t.as(user)(TRIAGE, {
      input: { caseId, decision: 'REJECT', reason: 'Does not meet the criteria', ...over },
    });
  const unchanged = async (id: string) =>
    (
      await t.sql('SELECT status, rejection_reason, triage_reason, version FROM case_record WHERE id = $1', [
        id,
      ])
    )[0];

  it('refuses a rejection without rejectionReason or without reason (BAD_USER_INPUT, nothing written)', async () => {
    const c = await refer(dara('MEDIUM', { criteria: ['PROFESSIONAL_JUDGEMENT'] }));
    const before = await counts();
    const noCode = await reject(c.id);
    expect(noCode.code).toBe('BAD_USER_INPUT');
    expect(noCode.errors![0].extensions.field).toBe('rejectionReason');
    const noText = await reject(c.id, { reason: '  ', rejectionReason: 'OUT_OF_AREA' });
    expect(noText.code).toBe('BAD_USER_INPUT');
    expect(noText.errors![0].extensions.field).toBe('reason');
    expect(await unchanged(c.id)).toEqual({
      status: 'SUBMITTED',
      rejection_reason: null,
      triage_reason: null,
      version: 1,
    });
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['DASH 15', {}],
    ['DASH 14 under professional judgement', { criteria: ['PROFESSIONAL_JUDGEMENT'], dashAnswers: dash(14) }],
    ['DARA HIGH', daraOver('HIGH')],
    ['OTHER graded HIGH', { dashAnswers: null, riskTool: 'OTHER', riskGrade: 'HIGH' }],
  ])(
    'a %s referral cannot be rejected as THRESHOLD_NOT_MET (BAD_USER_INPUT on rejectionReason)',
    async (_n, input) => {
      const c = await refer(referral(marac, input));
      const before = await counts();
      const r = await reject(c.id, { rejectionReason: 'THRESHOLD_NOT_MET' });
      expect(r.code).toBe('BAD_USER_INPUT');
      expect(r.errors![0].extensions.field).toBe('rejectionReason');
      expect(await unchanged(c.id)).toMatchObject({ status: 'SUBMITTED', rejection_reason: null });
      expect(await counts()).toEqual(before);
      // another reason code is a decision the coordinator may make
      const dup = await reject(c.id, { rejectionReason: 'DUPLICATE', reason: 'Referred twice' });
      expect(dup.data.triageReferral).toMatchObject({ status: 'REJECTED', rejectionReason: 'DUPLICATE' });
    },
  );

  it.each([
    ['DASH 13', { criteria: ['PROFESSIONAL_JUDGEMENT'], dashAnswers: dash(13) }],
    ['DARA MEDIUM', daraOver('MEDIUM', { criteria: ['PROFESSIONAL_JUDGEMENT'] })],
    ['no risk tool', { criteria: ['PROFESSIONAL_JUDGEMENT'], dashAnswers: null }],
  ])(
    'a %s referral may be rejected as THRESHOLD_NOT_MET; code and text are stored and shown to the referrer',
    async (_n, input) => {
      const c = await refer(referral(marac, input));
      const r = await t.ok('marac.chair', TRIAGE, {
        input: {
          caseId: c.id,
          decision: 'REJECT',
          rejectionReason: 'THRESHOLD_NOT_MET',
          reason: 'Below threshold; refer to the IDVA service',
        },
      });
      expect(r.triageReferral).toMatchObject({
        status: 'REJECTED',
        rejectionReason: 'THRESHOLD_NOT_MET',
        triageReason: 'Below threshold; refer to the IDVA service',
      });
      expect(await unchanged(c.id)).toMatchObject({
        status: 'REJECTED',
        rejection_reason: 'THRESHOLD_NOT_MET',
      });
      expect((await t.ok('police.rep', CASE, { id: c.id })).case.rejectionReason).toBe('THRESHOLD_NOT_MET');
    },
  );

  it('refuses a reason code on an acceptance; an accepted case has none', async () => {
    const c = await refer(referral(marac));
    const r = await t.as('marac.coordinator')(TRIAGE, {
      input: { caseId: c.id, decision: 'ACCEPT', rejectionReason: 'OTHER' },
    });
    expect(r.code).toBe('BAD_USER_INPUT');
    expect(r.errors![0].extensions.field).toBe('rejectionReason');
    const ok = await t.ok('marac.coordinator', TRIAGE, { input: { caseId: c.id, decision: 'ACCEPT' } });
    expect(ok.triageReferral).toMatchObject({ status: 'ACCEPTED', rejectionReason: null });
  });

  it('denied: FORBIDDEN to roles that never triage, NOT_FOUND to another panel; the input is checked first', async () => {
    const c = await refer(dara('MEDIUM', { criteria: ['PROFESSIONAL_JUDGEMENT'] }));
    const before = await counts();
    for (const user of ['police.rep', 'referrer', 'admin', 'strategic', 'auditor'] as DemoUser[])
      expect((await reject(c.id, { rejectionReason: 'OTHER' }, user)).code).toBe('FORBIDDEN');
    expect((await reject(c.id, { rejectionReason: 'OTHER' }, 'matac.coordinator')).code).toBe('NOT_FOUND');
    // a missing reason code answers the same for a case that exists and one that does not
    const unknown = await reject('00000000-0000-4000-8000-000000000009', {}, 'matac.coordinator');
    const hidden = await reject(c.id, {}, 'matac.coordinator');
    expect(unknown.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rejectionReason' });
    expect(hidden.errors![0].extensions).toEqual(unknown.errors![0].extensions);
    expect(await unchanged(c.id)).toMatchObject({ status: 'SUBMITTED', version: 1 });
    // refusals are audited as such; nothing else is written
    const { audits: _a, ...rest } = await counts();
    const { audits: _b, ...restBefore } = before;
    expect(rest).toEqual(restBefore);
    expect(
      await t.sql(`SELECT action FROM audit_event WHERE case_id = $1 AND action = 'case.triage'`, [c.id]),
    ).toEqual([]);
  });
});

describe('the agenda proposal reads the risk level across tools and the children (through CaseMeetingsPort)', () => {
  const SCHEDULE = `mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { id } }`;
  const PROPOSE = `mutation($m: ID!) { proposeAgenda(meetingId: $m) { agenda { position case { id } } } }`;

  it('a HIGH DARA case no longer sinks below two later DASH 14s and off a full agenda; children first', async () => {
    const panel = await freshPanel(t, 'MARAC', 'marac.coordinator', 'COORDINATOR', ['POLICE', 'IDVA']);
    const accepted = async (over: Record<string, unknown>) => {
      const c = await refer(referral(panel, { childrenInHousehold: 0, ...over }));
      await t.ok('marac.coordinator', TRIAGE, { input: { caseId: c.id, decision: 'ACCEPT' } });
      return c.id as string;
    };
    const daraHigh = await accepted({
      dashAnswers: null,
      riskTool: 'DARA',
      riskGrade: 'HIGH',
      referralDate: '2026-01-10',
    });
    await accepted({ dashAnswers: dash(14), referralDate: '2026-02-10' });
    await accepted({ dashAnswers: dash(14), referralDate: '2026-02-11' });
    // adults only at STANDARD risk, but a child is a linked person: listed first
    const withChild = await accepted({
      criteria: ['PROFESSIONAL_JUDGEMENT'],
      dashAnswers: null,
      riskTool: 'DARA',
      riskGrade: 'STANDARD',
      referralDate: '2026-03-01',
      linkedPersons: [{ role: 'CHILD', person: person({ dateOfBirth: '2019-05-01' }) }],
    });
    const m = (
      await t.ok('marac.coordinator', SCHEDULE, {
        i: { panelId: panel, startsAt: '2026-12-14T10:00:00Z', capacity: 2 },
      })
    ).scheduleMeeting;
    const agenda = (await t.ok('marac.coordinator', PROPOSE, { m: m.id })).proposeAgenda.agenda;
    expect(agenda.map((i: any) => i.case.id)).toEqual([withChild, daraHigh]);
    // denied: a rep may not propose
    expect((await t.as('police.rep')(PROPOSE, { m: m.id })).code).toBe('FORBIDDEN');
  });
});

describe('a risk review records the grade of a graded tool', () => {
  const REVIEW = `mutation($i: RiskReviewInput!) { recordRiskReview(input: $i) { riskReviews { reviewedOn dashScore riskGrade note } } }`;

  it('stores and shows the grade; refuses a grade with DASH answers; denied to reps and to other panels', async () => {
    const c = await refer(dara('HIGH'));
    await t.ok('marac.coordinator', TRIAGE, { input: { caseId: c.id, decision: 'ACCEPT' } });
    const r = await t.ok('marac.coordinator', REVIEW, {
      i: { caseId: c.id, reviewedOn: '2026-04-01', riskGrade: 'MEDIUM' },
    });
    expect(r.recordRiskReview.riskReviews).toEqual([
      { reviewedOn: '2026-04-01', dashScore: null, riskGrade: 'MEDIUM', note: null },
    ]);
    const before = await t.sql('SELECT count(*)::int AS n FROM risk_review WHERE case_id = $1', [c.id]);
    const both = await t.as('marac.coordinator')(REVIEW, {
      i: { caseId: c.id, reviewedOn: '2026-04-02', riskGrade: 'HIGH', dashAnswers: dash(15) },
    });
    expect(both.code).toBe('BAD_USER_INPUT');
    expect(both.errors![0].extensions.field).toBe('riskGrade');
    expect(
      (await t.as('police.rep')(REVIEW, { i: { caseId: c.id, reviewedOn: '2026-04-02', riskGrade: 'HIGH' } }))
        .code,
    ).toBe('FORBIDDEN');
    expect(
      (
        await t.as('matac.coordinator')(REVIEW, {
          i: { caseId: c.id, reviewedOn: '2026-04-02', riskGrade: 'HIGH' },
        })
      ).code,
    ).toBe('NOT_FOUND');
    expect(await t.sql('SELECT count(*)::int AS n FROM risk_review WHERE case_id = $1', [c.id])).toEqual(
      before,
    );
  });
});
