import { londonToday } from '@marac/core';
import { demoEmail } from '@marac/identity';
import { startTestApp, type DemoUser, type TestApp } from './support/harness.js';
import {
  CREATE_ACTION,
  CREATE_REFERRAL,
  TRIAGE,
  freshPanel,
  nhsNumber,
  person,
  referral,
} from './support/fixtures.js';

/**
 * The IDVA from day one (SafeLives principle 2; POLICY.md "Panel reps of an IDVA agency, on a MARAC panel"): the
 * panel's IDVA reps see its non-restricted cases from submission until rejected or withdrawn, hear of each new
 * referral by e-mail, and record the victim's engagement (`recordIdvaContact`, `Case.idvaEngagement`).
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

const CASE = `query($id: ID!) { case(id: $id) { id reference status riskSummary isRepeat idvaEngagement version
  subject { givenName contact { address phone } } agendaItems { id } actions { id } } }`;
const BY_REF = `query($r: String!) { caseByReference(reference: $r) { id } }`;
const LIST = `{ cases(first: 100) { edges { node { id } } } }`;
const RECORD = `mutation($i: IdvaContactInput!) { recordIdvaContact(input: $i) { id idvaEngagement version } }`;
const REJECT = (caseId: string) => ({
  input: { caseId, decision: 'REJECT', rejectionReason: 'OUT_OF_AREA', reason: 'Lives in another area' },
});
const WITHDRAW = `mutation($id: ID!) { withdrawReferral(caseId: $id, reason: "Referred in error") { status } }`;
const SCHEDULE = `mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { id } }`;
const ADD = `mutation($m: ID!, $c: ID!) { addCaseToAgenda(meetingId: $m, caseId: $c) { id } }`;
const PUBLISH = `mutation($m: ID!) { publishAgenda(meetingId: $m) { status } }`;
const AGENDA = `query($id: ID!) { meeting(id: $id) { id agenda { id case { id } } } }`;
const ACTIONS = `query($f: ActionFilter) { actions(first: 100, filter: $f) { id case { id } } }`;

const OTHER_REPS: DemoUser[] = ['police.rep', 'housing.rep', 'csc.rep'];

async function refer(user: DemoUser, input: Record<string, unknown>) {
  return (await t.ok(user, CREATE_REFERRAL, { input })).createReferral as { id: string; reference: string };
}
async function sees(user: DemoUser, c: { id: string; reference: string }): Promise<boolean> {
  const one = await t.as(user)(CASE, { id: c.id });
  const byRef = await t.as(user)(BY_REF, { r: c.reference });
  const list = (await t.ok(user, LIST)).cases.edges.map((e: any) => e.node.id);
  // every path agrees: case, caseByReference and the list
  expect([!!byRef.data, list.includes(c.id)]).toEqual([!!one.data, !!one.data]);
  if (!one.data) expect(one.code).toBe('NOT_FOUND');
  return !!one.data;
}
let minute = 0;
/** A meeting of the MARAC panel at a distinct future instant. */
const meeting = async () =>
  (
    await t.ok('marac.coordinator', SCHEDULE, {
      i: {
        panelId: marac,
        startsAt: new Date(Date.parse('2027-01-14T10:00:00Z') + ++minute * 60_000).toISOString(),
      },
    })
  ).scheduleMeeting.id as string;
const contacts = async (caseId: string) =>
  (await t.sql('SELECT count(*)::int AS n FROM idva_contact WHERE case_id = $1', [caseId]))[0].n as number;

describe('what an IDVA rep of a MARAC panel sees', () => {
  it('the demo has an IDVA rep on the MARAC panel with recorded contacts', async () => {
    const demo = await t.sql<{ caseId: string; engagement: string }>(
      `SELECT ic.case_id AS "caseId", ic.engagement FROM idva_contact ic JOIN app_user u ON u.id = ic.recorded_by
        WHERE u.email = $1 ORDER BY ic.recorded_at`,
      [demoEmail('idva.rep')],
    );
    expect(demo.map((d) => d.engagement)).toEqual(['ENGAGED', 'UNABLE_TO_CONTACT']);
    for (const d of demo) {
      expect((await t.ok('idva.rep', CASE, { id: d.caseId })).case.idvaEngagement).toBe(d.engagement);
    }
  });

  it('a submitted non-restricted referral, in detail with contact details, from the moment it arrives', async () => {
    const c = await refer('referrer', referral(marac));
    expect(await sees('idva.rep', c)).toBe(true);
    const seen = (await t.ok('idva.rep', CASE, { id: c.id })).case;
    expect(seen).toMatchObject({ status: 'SUBMITTED', isRepeat: false, idvaEngagement: null });
    expect(seen.riskSummary).toContain('strangulation');
    expect(seen.subject.contact).not.toBeNull();
    // the other reps of the same panel do not (need to know: a published agenda or an owned action)
    for (const rep of OTHER_REPS) expect(await sees(rep, c)).toBe(false);
  });

  it('accepted cases too, but not once rejected or withdrawn', async () => {
    const rejected = await refer('referrer', referral(marac));
    const withdrawn = await refer('referrer', referral(marac));
    const accepted = await refer('referrer', referral(marac));
    await t.ok('marac.coordinator', TRIAGE, { input: { caseId: accepted.id, decision: 'ACCEPT' } });
    for (const c of [rejected, withdrawn, accepted]) expect(await sees('idva.rep', c)).toBe(true);
    await t.ok('marac.coordinator', TRIAGE, REJECT(rejected.id));
    await t.ok('referrer', WITHDRAW, { id: withdrawn.id });
    expect(await sees('idva.rep', rejected)).toBe(false);
    expect(await sees('idva.rep', withdrawn)).toBe(false);
    expect(await sees('idva.rep', accepted)).toBe(true);
    for (const rep of OTHER_REPS) expect(await sees(rep, accepted)).toBe(false);
  });

  it('a restricted case only when on its allow-list', async () => {
    const hidden = await refer('marac.coordinator', referral(marac, { restricted: true }));
    const listed = await refer(
      'marac.coordinator',
      referral(marac, { restricted: true, restrictedToUserIds: [await t.userId('idva.rep')] }),
    );
    expect(await sees('idva.rep', hidden)).toBe(false);
    expect(await sees('idva.rep', listed)).toBe(true);
    expect(await sees('housing.rep', listed)).toBe(false);
  });

  it('no case of an HRAP panel, nor of a MATAC panel the IDVA agency sits on', async () => {
    const adult = await refer(
      'hrap.coordinator',
      referral(hrap, { criteria: [], dashAnswers: null, referralDate: '2026-05-01' }),
    );
    // the demo IDVA rep is not on the MATAC panel: make them a rep of it
    await t.sql(`INSERT INTO panel_membership (panel_id, user_id, role) VALUES ($1, $2, 'AGENCY_REP')`, [
      matac,
      await t.userId('idva.rep'),
    ]);
    t.forget('idva.rep');
    const nominal = await refer('matac.coordinator', {
      panelId: matac,
      subject: person({ gender: 'MALE' }),
      criteria: [],
      rfgvScore: 40,
      lawfulBasis: 'Policing purposes',
      referralDate: '2026-02-01',
    });
    expect(await sees('idva.rep', adult)).toBe(false);
    expect(await sees('idva.rep', nominal)).toBe(false);
  });

  it('agenda items only once published; actions on a case it sees; other reps see the case only then', async () => {
    const c = await refer('referrer', referral(marac));
    await t.ok('marac.coordinator', TRIAGE, { input: { caseId: c.id, decision: 'ACCEPT' } });
    const housing = (await t.sql(`SELECT id FROM agency WHERE kind = 'HOUSING'`))[0].id;
    const action = (
      await t.ok('marac.chair', CREATE_ACTION, {
        i: { caseId: c.id, description: 'Check tenancy', ownerAgencyId: housing, dueDate: londonToday() },
      })
    ).createAction;
    const m = await meeting();
    const item = (await t.ok('marac.coordinator', ADD, { m, c: c.id })).addCaseToAgenda.id;

    // listed on an agenda not yet published: the case, and its action, but no agenda item anywhere
    const before = (await t.ok('idva.rep', CASE, { id: c.id })).case;
    expect(before).toMatchObject({ status: 'LISTED', agendaItems: [], actions: [{ id: action.id }] });
    expect((await t.ok('idva.rep', AGENDA, { id: m })).meeting.agenda).toEqual([]);
    const f = { agencyId: housing, status: ['OPEN'] };
    expect((await t.ok('idva.rep', ACTIONS, { f })).actions.map((a: any) => a.id)).toContain(action.id);
    expect((await t.ok('police.rep', ACTIONS, { f })).actions.map((a: any) => a.id)).not.toContain(action.id);
    expect(await sees('police.rep', c)).toBe(false);

    await t.ok('marac.coordinator', PUBLISH, { m });
    expect((await t.ok('idva.rep', CASE, { id: c.id })).case.agendaItems).toEqual([{ id: item }]);
    expect((await t.ok('idva.rep', AGENDA, { id: m })).meeting.agenda).toEqual([
      { id: item, case: { id: c.id } },
    ]);
    expect(await sees('police.rep', c)).toBe(true);
  });
  it("a flag names a restricted earlier case's reference only when the IDVA rep is on its allow-list", async () => {
    const FLAGS = `query($id: ID!) { case(id: $id) { isRepeat flags { kind relatedCaseReference } } }`;
    const idvaRep = await t.userId('idva.rep');
    const pair = async (allowList: string[]) => {
      const victim = person({ nhsNumber: nhsNumber() });
      const earlier = await refer(
        'marac.coordinator',
        referral(marac, {
          subject: victim,
          referralDate: '2026-03-02',
          restricted: true,
          restrictedToUserIds: allowList,
        }),
      );
      await t.ok('marac.coordinator', TRIAGE, { input: { caseId: earlier.id, decision: 'ACCEPT' } });
      const later = await refer('referrer', referral(marac, { subject: victim, referralDate: '2026-06-01' }));
      return { earlier, later };
    };
    const named = await pair([idvaRep]);
    const hidden = await pair([]);
    const flagOf = async (user: DemoUser, id: string) =>
      (await t.ok(user, FLAGS, { id })).case.flags.find((f: any) => f.kind === 'REPEAT');
    expect(await flagOf('marac.coordinator', named.later.id)).toEqual({
      kind: 'REPEAT',
      relatedCaseReference: named.earlier.reference,
    });
    expect(await flagOf('idva.rep', named.later.id)).toEqual({
      kind: 'REPEAT',
      relatedCaseReference: named.earlier.reference,
    });
    expect((await flagOf('marac.coordinator', hidden.later.id)).relatedCaseReference).toBe(
      hidden.earlier.reference,
    );
    expect((await flagOf('idva.rep', hidden.later.id)).relatedCaseReference).toBeNull();
  });
});

describe('the e-mail when a MARAC referral arrives', () => {
  const arrivals = (reference: string) =>
    t.sql<{ recipient: string; subject: string; body: string }>(
      `SELECT recipient, subject, body FROM outbox WHERE kind = 'referral.arrived' AND body LIKE $1 ORDER BY recipient`,
      [`%${reference}%`],
    );

  it("goes to the panel's IDVA reps only, in the referral's transaction, with a reference and link and no names", async () => {
    const subject = person({ givenName: 'Morwenna' });
    const c = await refer('referrer', referral(marac, { subject }));
    const rows = await arrivals(c.reference);
    expect(rows.map((r) => r.recipient)).toEqual([demoEmail('idva.rep')]);
    expect(rows[0].subject).toBe(`New MARAC referral ${c.reference}`);
    expect(rows[0].body).toContain(`/cases/${c.reference}`);
    for (const secret of ['Morwenna', subject.familyName, '1990-04-12', 'strangulation']) {
      expect(rows[0].subject + rows[0].body).not.toContain(secret);
    }
  });

  it('is not sent for a restricted referral, nor for other panel kinds, nor for a refused referral', async () => {
    const restricted = await refer('marac.coordinator', referral(marac, { restricted: true }));
    const adult = await refer(
      'hrap.coordinator',
      referral(hrap, { criteria: [], dashAnswers: null, referralDate: '2026-05-01' }),
    );
    expect(await arrivals(restricted.reference)).toEqual([]);
    expect(await arrivals(adult.reference)).toEqual([]);
    const before = (await t.sql(`SELECT count(*)::int AS n FROM outbox WHERE kind = 'referral.arrived'`))[0]
      .n;
    const refused = await t.as('referrer')(CREATE_REFERRAL, { input: referral(marac, { criteria: [] }) });
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect((await t.sql(`SELECT count(*)::int AS n FROM outbox WHERE kind = 'referral.arrived'`))[0].n).toBe(
      before,
    );
  });
});

describe('recordIdvaContact', () => {
  it('an IDVA rep and panel staff record contacts: history kept, the latest is the case engagement, audited', async () => {
    const c = await refer('referrer', referral(marac));
    const first = (await t.ok('idva.rep', RECORD, { i: { caseId: c.id, engagement: 'UNABLE_TO_CONTACT' } }))
      .recordIdvaContact;
    expect(first).toMatchObject({ id: c.id, idvaEngagement: 'UNABLE_TO_CONTACT', version: 2 });
    const second = (
      await t.ok('marac.coordinator', RECORD, {
        i: { caseId: c.id, engagement: 'ENGAGED', note: '  Spoke on the safe number; safety plan started  ' },
      })
    ).recordIdvaContact;
    expect(second).toMatchObject({ idvaEngagement: 'ENGAGED', version: 3 });
    const rows = await t.sql(
      `SELECT ic.engagement, ic.note, a.kind, ic.recorded_by FROM idva_contact ic JOIN agency a ON a.id = ic.agency_id
        WHERE ic.case_id = $1 ORDER BY ic.recorded_at`,
      [c.id],
    );
    expect(rows).toEqual([
      { engagement: 'UNABLE_TO_CONTACT', note: null, kind: 'IDVA', recorded_by: await t.userId('idva.rep') },
      {
        engagement: 'ENGAGED',
        note: 'Spoke on the safe number; safety plan started',
        kind: 'OTHER',
        recorded_by: await t.userId('marac.coordinator'),
      },
    ]);
    const audit = await t.sql(
      `SELECT details FROM audit_event WHERE action = 'case.idva_contact' AND case_id = $1 ORDER BY at, id`,
      [c.id],
    );
    expect(audit.map((a) => a.details.engagement)).toEqual(['UNABLE_TO_CONTACT', 'ENGAGED']);
    expect(JSON.stringify(audit)).not.toContain('safe number'); // no free text in the trail
  });

  it.each<[DemoUser, string]>([
    ['housing.rep', 'FORBIDDEN'],
    ['police.rep', 'FORBIDDEN'],
    ['referrer', 'FORBIDDEN'],
    ['strategic', 'FORBIDDEN'],
    ['admin', 'FORBIDDEN'],
    ['matac.coordinator', 'NOT_FOUND'],
  ])('%s is refused (%s) and nothing is written', async (user, code) => {
    const c = await refer('referrer', referral(marac));
    // housing and police see the case (a published agenda) but are not the IDVA service
    await t.ok('marac.coordinator', TRIAGE, { input: { caseId: c.id, decision: 'ACCEPT' } });
    const m = await meeting();
    await t.ok('marac.coordinator', ADD, { m, c: c.id });
    await t.ok('marac.coordinator', PUBLISH, { m });
    const r = await t.as(user)(RECORD, { i: { caseId: c.id, engagement: 'ENGAGED' } });
    expect(r.code).toBe(code);
    expect(await contacts(c.id)).toBe(0);
    const [row] = await t.sql('SELECT idva_engagement, version FROM case_record WHERE id = $1', [c.id]);
    expect(row.idva_engagement).toBeNull();
  });

  it('is NOT_FOUND for an IDVA rep on a case they may not see, exactly as for an unknown id', async () => {
    const hidden = await refer('marac.coordinator', referral(marac, { restricted: true }));
    const r = await t.as('idva.rep')(RECORD, { i: { caseId: hidden.id, engagement: 'ENGAGED' } });
    const unknown = await t.as('idva.rep')(RECORD, {
      i: { caseId: '00000000-0000-4000-8000-00000000abcd', engagement: 'ENGAGED' },
    });
    expect(r.code).toBe('NOT_FOUND');
    expect(r.errors![0].message).toBe(unknown.errors![0].message);
    expect(await contacts(hidden.id)).toBe(0);
    // on the allow-list, they may
    await t.sql('INSERT INTO case_allowed_user (case_id, user_id) VALUES ($1, $2)', [
      hidden.id,
      await t.userId('idva.rep'),
    ]);
    await t.ok('idva.rep', RECORD, { i: { caseId: hidden.id, engagement: 'DECLINED' } });
    expect(await contacts(hidden.id)).toBe(1);
  });

  it('is refused on a rejected or withdrawn case (BAD_USER_INPUT on caseId for staff), nothing written', async () => {
    const rejected = await refer('referrer', referral(marac));
    await t.ok('marac.coordinator', TRIAGE, REJECT(rejected.id));
    const withdrawn = await refer('referrer', referral(marac));
    await t.ok('referrer', WITHDRAW, { id: withdrawn.id });
    for (const c of [rejected, withdrawn]) {
      const staff = await t.as('marac.chair')(RECORD, { i: { caseId: c.id, engagement: 'ENGAGED' } });
      expect(staff.code).toBe('BAD_USER_INPUT');
      expect(staff.errors![0].extensions.field).toBe('caseId');
      expect((await t.as('idva.rep')(RECORD, { i: { caseId: c.id, engagement: 'ENGAGED' } })).code).toBe(
        'NOT_FOUND',
      );
      expect(await contacts(c.id)).toBe(0);
    }
  });

  it('validates its input and needs a token', async () => {
    const c = await refer('referrer', referral(marac));
    const bad = await t.as('idva.rep')(RECORD, { i: { caseId: c.id, engagement: 'SOMETIMES' } });
    expect(bad.code).toBe('BAD_USER_INPUT');
    const long = await t.as('idva.rep')(RECORD, {
      i: { caseId: c.id, engagement: 'ENGAGED', note: 'x'.repeat(2001) },
    });
    expect(long.code).toBe('BAD_USER_INPUT');
    expect((await t.gql(RECORD, { i: { caseId: c.id, engagement: 'ENGAGED' } })).code).toBe(
      'UNAUTHENTICATED',
    );
    expect(await contacts(c.id)).toBe(0);
  });
});

describe('Case.idvaEngagement', () => {
  it("is seen beyond the referrer's narrow view; the referrer reads null", async () => {
    const c = await refer('referrer', referral(marac));
    await t.ok('idva.rep', RECORD, { i: { caseId: c.id, engagement: 'ENGAGED' } });
    await t.ok('marac.coordinator', TRIAGE, { input: { caseId: c.id, decision: 'ACCEPT' } });
    const m = await meeting();
    await t.ok('marac.coordinator', ADD, { m, c: c.id });
    await t.ok('marac.coordinator', PUBLISH, { m });
    for (const user of [
      'idva.rep',
      'marac.coordinator',
      'marac.chair',
      'police.rep',
      'housing.rep',
    ] as DemoUser[]) {
      expect((await t.ok(user, CASE, { id: c.id })).case.idvaEngagement).toBe('ENGAGED');
    }
    const own = (
      await t.ok('referrer', `query($id: ID!) { case(id: $id) { id idvaEngagement isRepeat } }`, { id: c.id })
    ).case;
    expect(own).toEqual({ id: c.id, idvaEngagement: null, isRepeat: null });
    // in the list as well
    const listed = (
      await t.ok('referrer', `{ cases(first: 100) { edges { node { id idvaEngagement } } } }`)
    ).cases.edges.find((e: any) => e.node.id === c.id).node;
    expect(listed.idvaEngagement).toBeNull();
  });
});

describe('searchPersons (staff of another panel who are also an IDVA rep of the MARAC panel)', () => {
  it('finds people on the MARAC cases the rule lets them see, not on rejected ones', async () => {
    const SEARCH = `query($i: PersonSearchInput!) { searchPersons(input: $i) { person { id familyName } } }`;
    await freshPanel(t, 'HRAP', 'idva.rep');
    const open = person({ givenName: 'Philippa', familyName: 'Quennell-Open' });
    const refused = person({ givenName: 'Bartholomew', familyName: 'Zukowski-Rejected' });
    await refer('referrer', referral(marac, { subject: open }));
    const rejected = await refer('referrer', referral(marac, { subject: refused }));
    await t.ok('marac.coordinator', TRIAGE, REJECT(rejected.id));
    const found = async (p: { givenName: string; familyName: string }) =>
      (await t.ok('idva.rep', SEARCH, { i: { name: `${p.givenName} ${p.familyName}` } })).searchPersons.map(
        (m: any) => m.person.familyName,
      );
    expect(await found(open)).toContain(open.familyName);
    expect(await found(refused)).not.toContain(refused.familyName);
    // the MARAC staff find both
    const staff = await t.ok('marac.coordinator', SEARCH, { i: { name: 'Bartholomew Zukowski-Rejected' } });
    expect(staff.searchPersons.map((m: any) => m.person.familyName)).toContain(refused.familyName);
  });
});
