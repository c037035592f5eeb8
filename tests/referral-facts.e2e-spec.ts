import { londonToday } from '@marac/core';
import { startTestApp, type DemoUser, type TestApp } from './support/harness.js';
import { acceptedCase, nhsNumber, person, referral, TRIAGE, uniq } from './support/fixtures.js';

/*
 * Issue 11, the referral's facts (DOMAIN.md "A case, from referral to closure" 1 and 7, "Repeat and cross-panel
 * flags"; POLICY.md "Fields"): the victim's voice, safeToCall, children with their relationship to the perpetrator
 * and school, the incident date and a previous MARAC (read by the repeat rule), and closure with its outcome and date
 * (read by CROSS_PANEL).
 */

let t: TestApp;
let marac: string;
let matac: string;
let hrap: string;

beforeAll(async () => {
  t = await startTestApp();
  [marac, matac, hrap] = await Promise.all([t.panelId('MARAC'), t.panelId('MATAC'), t.panelId('HRAP')]);
});
afterAll(() => t.close());

const FACTS = `id reference status referralDate incidentDate isRepeat closedOn
  victimAware victimNotAwareReason consentGiven sharedWithoutConsentReason victimViews
  previousMarac { area referralDate reference }
  outcome { riskAtClosure safetyPlanInPlace idvaEngagement victimInformed recordedAt }
  subject { contact { phone safeToCall } }
  linkedPersons { role relationshipToSubject relationshipToPerpetrator school person { givenName contact { phone safeToCall } } }
  previousCase { id }
  flags { kind explanation relatedCaseReference relatedPanelKind relatedArea }`;
const REFER = `mutation($input: CreateReferralInput!) { createReferral(input: $input) { ${FACTS} } }`;
const CASE = `query($id: ID!) { case(id: $id) { ${FACTS} } }`;
const CLOSE = `mutation($id: ID!, $r: String!, $o: CaseOutcomeInput, $on: Date) {
  closeCase(caseId: $id, reason: $r, outcome: $o, closedOn: $on) { ${FACTS} } }`;
const SCHEDULE = `mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { id } }`;
const ADD = `mutation($m: ID!, $c: ID!) { addCaseToAgenda(meetingId: $m, caseId: $c) { id } }`;
const MINUTES = `mutation($i: ID!, $t: String!) { recordMinutes(agendaItemId: $i, minutes: $t) { id } }`;
const PUBLISH = `mutation($m: ID!) { publishAgenda(meetingId: $m) { status } }`;
const CONCLUDE = `mutation($m: ID!) { concludeMeeting(meetingId: $m) { status } }`;

const OUTCOME = {
  riskAtClosure: 'REDUCED',
  safetyPlanInPlace: true,
  idvaEngagement: 'ENGAGED',
  victimInformed: true,
};
const STAFF: Record<string, DemoUser> = {
  MARAC: 'marac.coordinator',
  MATAC: 'matac.coordinator',
  HRAP: 'hrap.coordinator',
};

const view = async (id: string, user: DemoUser = 'marac.coordinator') =>
  (await t.ok(user, CASE, { id })).case;
const counts = async () =>
  (
    await t.sql(
      `SELECT (SELECT count(*)::int FROM case_record) AS cases, (SELECT count(*)::int FROM person) AS persons,
              (SELECT count(*)::int FROM case_person) AS entries`,
    )
  )[0];
const refused = (r: { code?: string; errors?: { extensions: Record<string, unknown> }[] }) => ({
  code: r.code,
  field: r.errors?.[0].extensions.field,
});

let minute = 0;
/** A meeting of the panel starting on `day` (a unique minute of it), with the cases listed; published, or heard. */
async function meeting(kind: 'MARAC' | 'MATAC' | 'HRAP', day: string, caseIds: string[], conclude: boolean) {
  const staff = STAFF[kind];
  const panelId = { MARAC: marac, MATAC: matac, HRAP: hrap }[kind];
  const startsAt = new Date(Date.parse(`${day}T09:00:00Z`) + ++minute * 60_000).toISOString();
  const m = (await t.ok(staff, SCHEDULE, { i: { panelId, startsAt, location: 'Civic Centre' } }))
    .scheduleMeeting;
  const items: string[] = [];
  for (const c of caseIds) items.push((await t.ok(staff, ADD, { m: m.id, c })).addCaseToAgenda.id);
  await t.ok(staff, PUBLISH, { m: m.id });
  if (conclude) {
    for (const i of items) await t.ok(staff, MINUTES, { i, t: 'Discussed; actions agreed.' });
    await t.ok(staff, CONCLUDE, { m: m.id });
  }
  return m.id;
}

/** A MARAC referral with the victim's voice, a safe-to-call flag and a child, accepted and on a published agenda. */
async function voiceCase() {
  const input = referral(marac, {
    subject: person({ contact: { phone: '07700 900001', safeToCall: false } }),
    incidentDate: '2026-02-27',
    victimAware: true,
    consentGiven: false,
    sharedWithoutConsentReason: 'Risk to life: sharing is necessary and proportionate',
    victimViews: 'Wants to stay in the family home',
    linkedPersons: [
      {
        person: person({ givenName: 'Robin', dateOfBirth: '2017-06-01', contact: { phone: '07700 900002' } }),
        role: 'CHILD',
        relationshipToSubject: 'son',
        relationshipToPerpetrator: 'stepson',
        school: 'Example Primary School',
      },
    ],
  });
  const created = (await t.ok('referrer', REFER, { input })).createReferral;
  await t.ok('marac.coordinator', TRIAGE, { input: { caseId: created.id, decision: 'ACCEPT' } });
  await meeting('MARAC', '2026-03-09', [created.id], false);
  return created;
}

describe("the victim's voice, safeToCall and children", () => {
  it('are stored and shown: in full to staff and police, school and contact null for housing, as submitted to the referrer', async () => {
    const created = await voiceCase();
    const voice = {
      victimAware: true,
      victimNotAwareReason: null,
      consentGiven: false,
      sharedWithoutConsentReason: 'Risk to life: sharing is necessary and proportionate',
      victimViews: 'Wants to stay in the family home',
      incidentDate: '2026-02-27',
    };
    // the referrer's answer is what they submitted: the voice, but no contact or school (the narrow view)
    expect(created).toMatchObject({ ...voice, outcome: null, closedOn: null, isRepeat: null });
    expect(created.subject.contact).toBeNull();
    expect(created.linkedPersons[0]).toMatchObject({ relationshipToPerpetrator: 'stepson', school: null });

    for (const user of ['marac.coordinator', 'police.rep'] as DemoUser[]) {
      const seen = await view(created.id, user);
      expect(seen).toMatchObject(voice);
      expect(seen.subject.contact).toEqual({ phone: '07700 900001', safeToCall: false });
      expect(seen.linkedPersons[0]).toMatchObject({
        role: 'CHILD',
        relationshipToSubject: 'son',
        relationshipToPerpetrator: 'stepson',
        school: 'Example Primary School',
        person: { contact: { phone: '07700 900002', safeToCall: null } },
      });
    }
    // the housing rep sees the case (published agenda) and the victim's voice, never contact details or the school
    const housing = await view(created.id, 'housing.rep');
    expect(housing).toMatchObject(voice);
    expect(housing.subject.contact).toBeNull();
    expect(housing.linkedPersons[0]).toMatchObject({ relationshipToPerpetrator: 'stepson', school: null });
    expect(housing.linkedPersons[0].person.contact).toBeNull();
    // stored per case entry
    const [row] = await t.sql(
      `SELECT cp.school, cp.relationship_to_perpetrator AS rel, sp.contact->>'safeToCall' AS safe
         FROM case_person cp JOIN case_person sp ON sp.case_id = cp.case_id AND sp.is_subject
        WHERE cp.case_id = $1 AND NOT cp.is_subject`,
      [created.id],
    );
    expect(row).toEqual({ school: 'Example Primary School', rel: 'stepson', safe: 'false' });
  });

  it('the incident date defaults to the referral date', async () => {
    const c = (await t.ok('referrer', REFER, { input: referral(marac, { referralDate: '2026-03-05' }) }))
      .createReferral;
    expect(c.incidentDate).toBe('2026-03-05');
    expect(
      (await t.sql('SELECT incident_date FROM case_record WHERE id = $1', [c.id]))[0].incident_date,
    ).toBe('2026-03-05');
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['victim not aware without a reason', { victimAware: false }, 'victimNotAwareReason'],
    [
      'victim not aware with a blank reason',
      { victimAware: false, victimNotAwareReason: '  ' },
      'victimNotAwareReason',
    ],
    [
      'a not-aware reason for an aware victim',
      { victimAware: true, victimNotAwareReason: 'x' },
      'victimNotAwareReason',
    ],
    ['no consent without a reason', { consentGiven: false }, 'sharedWithoutConsentReason'],
    [
      'an incident after the referral',
      { referralDate: '2026-03-02', incidentDate: '2026-03-03' },
      'incidentDate',
    ],
    [
      'a previous MARAC after the referral',
      { referralDate: '2026-03-02', previousMarac: { area: 'Leeds', referralDate: '2026-03-04' } },
      'previousMarac.referralDate',
    ],
    [
      'a school for an adult linked person',
      { linkedPersons: [{ person: person(), role: 'OTHER', school: 'Example College' }] },
      'linkedPersons.0.school',
    ],
  ])('%s: BAD_USER_INPUT naming the field, nothing written', async (_n, over, field) => {
    const before = await counts();
    const r = await t.as('referrer')(REFER, {
      input: referral(marac, { linkedPersons: [{ person: person(), role: 'PERPETRATOR' }], ...over }),
    });
    expect(refused(r)).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(await counts()).toEqual(before);
  });
});

describe('the repeat rule reads the incident date and a previous MARAC', () => {
  it('an incident inside the 12 months referred outside them is a REPEAT; the referral date alone is not', async () => {
    const victim = person({ nhsNumber: nhsNumber() });
    const first = await acceptedCase(t, marac, { subject: victim, referralDate: '2025-01-10' });
    const late = (
      await t.ok('referrer', REFER, {
        input: referral(marac, { subject: victim, referralDate: '2026-02-01', incidentDate: '2025-12-20' }),
      })
    ).createReferral;
    const seen = await view(late.id);
    expect(seen.isRepeat).toBe(true);
    expect(seen.previousCase).toEqual({ id: first.id });
    expect(seen.flags).toEqual([
      expect.objectContaining({ kind: 'REPEAT', relatedCaseReference: first.reference, relatedArea: null }),
    ]);
    // the same referral whose incident is its own date (13 months on) is not a repeat
    const other = person({ nhsNumber: nhsNumber() });
    await acceptedCase(t, marac, { subject: other, referralDate: '2025-01-10' });
    const plain = (
      await t.ok('referrer', REFER, {
        input: referral(marac, { subject: other, referralDate: '2026-02-01' }),
      })
    ).createReferral;
    expect((await view(plain.id)).isRepeat).toBe(false);
  });

  it('a previous MARAC elsewhere within 12 months of the incident is a REPEAT naming the area; older is not', async () => {
    const c = (
      await t.ok('referrer', REFER, {
        input: referral(marac, {
          referralDate: '2026-03-02',
          incidentDate: '2026-02-20',
          previousMarac: { area: 'Leeds', referralDate: '2025-02-20', reference: 'LDS-2025-77' },
        }),
      })
    ).createReferral;
    expect(c.previousMarac).toEqual({ area: 'Leeds', referralDate: '2025-02-20', reference: 'LDS-2025-77' });
    const seen = await view(c.id);
    expect(seen.isRepeat).toBe(true);
    expect(seen.previousCase).toBeNull();
    expect(seen.flags).toEqual([
      expect.objectContaining({ kind: 'REPEAT', relatedArea: 'Leeds', relatedCaseReference: null }),
    ]);
    expect(seen.flags[0].explanation).toContain('Leeds');
    const [flag] = await t.sql('SELECT related_area FROM case_flag WHERE case_id = $1', [c.id]);
    expect(flag.related_area).toBe('Leeds');

    const older = (
      await t.ok('referrer', REFER, {
        input: referral(marac, {
          referralDate: '2026-03-02',
          previousMarac: { area: 'York', referralDate: '2025-03-01' },
        }),
      })
    ).createReferral;
    const olderSeen = await view(older.id);
    expect(olderSeen.isRepeat).toBe(false);
    expect(olderSeen.flags).toEqual([]);
  });
});

describe('closeCase: outcome and closing date', () => {
  it('MARAC: the outcome is required, closedOn is not in the future nor before the last hearing; nothing written on a refusal', async () => {
    const c = await acceptedCase(t, marac, { subject: person(), referralDate: '2026-01-05' });
    await meeting('MARAC', '2026-02-02', [c.id], true);
    const close = (vars: Record<string, unknown>) =>
      t.as('marac.chair')(CLOSE, { id: c.id, r: 'Plan complete', ...vars });
    const tomorrow = new Date(Date.parse(`${londonToday()}T12:00:00Z`) + 86_400_000)
      .toISOString()
      .slice(0, 10);
    expect(refused(await close({}))).toEqual({ code: 'BAD_USER_INPUT', field: 'outcome' });
    expect(refused(await close({ o: OUTCOME, on: tomorrow }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'closedOn',
    });
    expect(refused(await close({ o: OUTCOME, on: '2026-02-01' }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'closedOn',
    });
    const [untouched] = await t.sql(
      'SELECT status, closed_on, outcome_risk_at_closure, idva_engagement FROM case_record WHERE id = $1',
      [c.id],
    );
    expect(untouched).toEqual({
      status: 'HEARD',
      closed_on: null,
      outcome_risk_at_closure: null,
      idva_engagement: null,
    });

    // on the day of the hearing, entering history
    const closed = (await close({ o: OUTCOME, on: '2026-02-02' })).data.closeCase;
    expect(closed).toMatchObject({
      status: 'CLOSED',
      closedOn: '2026-02-02',
      outcome: {
        riskAtClosure: 'REDUCED',
        safetyPlanInPlace: true,
        idvaEngagement: 'ENGAGED',
        victimInformed: true,
      },
    });
    expect(typeof closed.outcome.recordedAt).toBe('string');
    const [row] = await t.sql(
      `SELECT closed_on, outcome_risk_at_closure AS risk, outcome_safety_plan_in_place AS plan,
              outcome_idva_engagement AS oidva, outcome_victim_informed AS told, idva_engagement AS idva
         FROM case_record WHERE id = $1`,
      [c.id],
    );
    expect(row).toEqual({
      closed_on: '2026-02-02',
      risk: 'REDUCED',
      plan: true,
      oidva: 'ENGAGED',
      told: true,
      idva: 'ENGAGED',
    });
    // the referrer sees the closing date, not the outcome
    const theirs = await view(c.id, 'referrer');
    expect(theirs).toMatchObject({ status: 'CLOSED', closedOn: '2026-02-02', outcome: null });
  });

  it('a case heard before hearings were recorded is never closed before its referral date', async () => {
    const c = await acceptedCase(t, marac, { subject: person(), referralDate: '2026-01-07' });
    await t.sql(`UPDATE case_record SET status = 'HEARD' WHERE id = $1`, [c.id]);
    const close = (on: string) => t.as('marac.coordinator')(CLOSE, { id: c.id, r: 'Done', o: OUTCOME, on });
    expect(refused(await close('2026-01-06'))).toEqual({ code: 'BAD_USER_INPUT', field: 'closedOn' });
    expect((await close('2026-01-07')).data.closeCase.closedOn).toBe('2026-01-07');
  });

  it('closedOn defaults to today; MATAC and HRAP close without an outcome', async () => {
    for (const [kind, panelId] of [
      ['MATAC', matac],
      ['HRAP', hrap],
    ] as const) {
      const input =
        kind === 'MATAC'
          ? {
              panelId,
              subject: person({ gender: 'MALE' }),
              criteria: [],
              rfgvScore: 50,
              lawfulBasis: 'Policing',
              referralDate: '2026-01-05',
            }
          : {
              panelId,
              subject: person(),
              criteria: [],
              lawfulBasis: 'Care Act 2014 s42',
              referralDate: '2026-01-05',
            };
      const c = (await t.ok(STAFF[kind], REFER, { input })).createReferral;
      await t.ok(STAFF[kind], TRIAGE, { input: { caseId: c.id, decision: 'ACCEPT' } });
      await meeting(kind, '2026-02-03', [c.id], true);
      const closed = (await t.ok(STAFF[kind], CLOSE, { id: c.id, r: 'Review complete' })).closeCase;
      expect(closed).toMatchObject({ status: 'CLOSED', closedOn: londonToday(), outcome: null });
    }
  });

  it('only panel staff close: FORBIDDEN for a rep who sees the case and for the referrer, NOT_FOUND for another panel', async () => {
    const c = await acceptedCase(t, marac, { subject: person(), referralDate: '2026-01-06' });
    await meeting('MARAC', '2026-02-04', [c.id], true);
    for (const user of ['police.rep', 'housing.rep', 'referrer', 'strategic'] as DemoUser[]) {
      expect((await t.as(user)(CLOSE, { id: c.id, r: 'x', o: OUTCOME })).code).toBe('FORBIDDEN');
    }
    expect((await t.as('matac.coordinator')(CLOSE, { id: c.id, r: 'x', o: OUTCOME })).code).toBe('NOT_FOUND');
    expect((await t.sql('SELECT status FROM case_record WHERE id = $1', [c.id]))[0].status).toBe('HEARD');
  });
});

describe('CROSS_PANEL reads the closing date', () => {
  /** A MATAC nominal (the perpetrator), accepted; heard and closed on `closedOn` when given. */
  async function nominal(pnc: string, closedOn: string | null) {
    const c = (
      await t.ok('matac.coordinator', REFER, {
        input: {
          panelId: matac,
          subject: person({ gender: 'MALE', policeNationalId: pnc }),
          criteria: [],
          rfgvScore: 70,
          lawfulBasis: 'Policing purposes',
          referralDate: '2024-01-10',
        },
      })
    ).createReferral;
    await t.ok('matac.coordinator', TRIAGE, { input: { caseId: c.id, decision: 'ACCEPT' } });
    if (closedOn) {
      await meeting('MATAC', '2024-02-01', [c.id], true);
      await t.ok('matac.coordinator', CLOSE, { id: c.id, r: 'Deselected', on: closedOn });
    }
    return c;
  }
  const maracWith = async (pnc: string, referralDate: string) =>
    (
      await t.ok('referrer', REFER, {
        input: referral(marac, {
          referralDate,
          linkedPersons: [{ person: person({ gender: 'MALE', policeNationalId: pnc }), role: 'PERPETRATOR' }],
        }),
      })
    ).createReferral;
  const crossPanel = async (id: string) =>
    (await view(id)).flags.filter((f: { kind: string }) => f.kind === 'CROSS_PANEL');

  it('a closed MATAC case: flagged up to closedOn + 12 months, not after; an open one: flagged however old', async () => {
    const closedPnc = `24/${uniq('').slice(-6)}C`;
    await nominal(closedPnc, '2024-03-01');
    expect(await crossPanel((await maracWith(closedPnc, '2025-03-02')).id)).toEqual([]);
    expect(await crossPanel((await maracWith(closedPnc, '2025-03-01')).id)).toEqual([
      expect.objectContaining({ relatedPanelKind: 'MATAC' }),
    ]);

    const openPnc = `24/${uniq('').slice(-6)}O`;
    await nominal(openPnc, null);
    expect(await crossPanel((await maracWith(openPnc, '2026-03-02')).id)).toEqual([
      expect.objectContaining({ relatedPanelKind: 'MATAC' }),
    ]);
  });

  it('closing the MATAC case recomputes the flags of the cases it shares a person with', async () => {
    const pnc = `24/${uniq('').slice(-6)}R`;
    const n = await nominal(pnc, null);
    const m = await maracWith(pnc, '2025-06-02');
    expect(await crossPanel(m.id)).toHaveLength(1); // open: open-ended
    await meeting('MATAC', '2024-02-05', [n.id], true);
    await t.ok('matac.coordinator', CLOSE, { id: n.id, r: 'Deselected', on: '2024-03-01' });
    expect(await crossPanel(m.id)).toEqual([]); // 2025-06-02 is after 2024-03-01 + 12 months
  });
});

describe('demo data', () => {
  it('police referrals grade with DARA; the demo victims have their voice, incident dates and a previous MARAC', async () => {
    const rows = await t.sql<{
      id: string;
      family: string;
      tool: string;
      grade: string | null;
      agency: string;
    }>(
      `SELECT c.id, p.family_name AS family, c.risk_tool AS tool, c.risk_grade AS grade, a.kind AS agency
         FROM case_record c JOIN case_person sp ON sp.case_id = c.id AND sp.is_subject
         JOIN person p ON p.id = sp.person_id JOIN agency a ON a.id = c.referring_agency_id
        WHERE p.family_name IN ('Demo-Victim', 'Demo-Second') ORDER BY c.referral_date`,
    );
    expect(rows.map((r) => [r.family, r.agency, r.tool, r.grade])).toEqual([
      ['Demo-Victim', 'POLICE', 'DARA', 'HIGH'],
      ['Demo-Second', 'POLICE', 'DARA', 'MEDIUM'],
      ['Demo-Victim', 'POLICE', 'DARA', 'HIGH'],
    ]);
    const kim = await view(rows[1].id);
    expect(kim).toMatchObject({ consentGiven: false, incidentDate: '2026-06-18', isRepeat: true });
    expect(kim.flags).toContainEqual(
      expect.objectContaining({ kind: 'REPEAT', relatedArea: 'Middlesbrough' }),
    );
    const jane = await view(rows[2].id);
    expect(jane).toMatchObject({ victimAware: true, consentGiven: true, isRepeat: true });
    expect(jane.linkedPersons.filter((l: { role: string }) => l.role === 'CHILD')).toEqual([
      expect.objectContaining({
        relationshipToPerpetrator: 'son',
        school: 'Demo Primary School, Hartlepool',
      }),
      expect.objectContaining({
        relationshipToPerpetrator: 'stepdaughter',
        school: 'Demo Academy, Hartlepool',
      }),
    ]);
  });
});
