import { startTestApp, type DemoUser, type TestApp } from './support/harness.js';
import {
  CREATE_REFERRAL,
  TRIAGE,
  acceptedCase as accepted,
  freshPanel,
  dash,
  person,
  referral,
  uniq,
} from './support/fixtures.js';

let t: TestApp;
let marac: string;
let matac: string;

beforeAll(async () => {
  t = await startTestApp();
  [marac, matac] = await Promise.all([t.panelId('MARAC'), t.panelId('MATAC')]);
});
afterAll(() => t.close());

const SCHEDULE = `mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { id status capacity panel { id } agenda { id } } }`;
const ADD = `mutation($m: ID!, $c: ID!, $p: Int) { addCaseToAgenda(meetingId: $m, caseId: $c, position: $p) { id position case { id status } } }`;
const AGENDA = `query($id: ID!) { meeting(id: $id) { id status agenda { id position minutes case { id reference status } } } }`;
const PROPOSE = `mutation($m: ID!) { proposeAgenda(meetingId: $m) { agenda { position case { id } } } }`;
const MOVE = `mutation($i: ID!, $p: Int!) { moveAgendaItem(agendaItemId: $i, position: $p) { agenda { id position } } }`;
const REMOVE = `mutation($i: ID!) { removeAgendaItem(agendaItemId: $i) { agenda { id position } } }`;
const PUBLISH = `mutation($m: ID!) { publishAgenda(meetingId: $m) { status } }`;
const RESEARCH = `mutation($i: ResearchInput!) { submitResearch(input: $i) { id summary noInformationHeld agency { kind } } }`;
const ATTEND = `mutation($i: AttendanceInput!) { recordAttendance(input: $i) { status agency { kind } } }`;
const MINUTES = `mutation($i: ID!, $t: String!) { recordMinutes(agendaItemId: $i, minutes: $t) { id minutes } }`;
const CONCLUDE = `mutation($m: ID!) { concludeMeeting(meetingId: $m) { status agenda { case { status } } } }`;
const NOT_STAFF: DemoUser[] = ['police.rep', 'idva.rep', 'referrer', 'admin', 'strategic', 'auditor'];

const ok = (user: DemoUser, query: string, variables: Record<string, unknown>) =>
  t.ok(user, query, variables);
const acceptedCase = (over: Record<string, unknown> = {}, panelId = marac) => accepted(t, panelId, over);
/** A distinct instant near `iso` (two meetings of a panel may not start at the same instant). */
let slot = 0;
const distinct = (iso: string) => new Date(Date.parse(iso) + ++slot * 60_000).toISOString();
const meeting = async (over: Record<string, unknown> = {}, user: DemoUser = 'marac.coordinator') =>
  (
    await ok(user, SCHEDULE, {
      i: { panelId: marac, startsAt: distinct('2026-12-10T10:00:00Z'), location: 'Civic Centre', ...over },
    })
  ).scheduleMeeting;
const statusOf = async (caseId: string) =>
  (await t.sql('SELECT status FROM case_record WHERE id = $1', [caseId]))[0].status;

describe('scheduleMeeting', () => {
  it.each<DemoUser>(['marac.coordinator', 'marac.chair'])(
    '%s schedules (past meetings too)',
    async (user) => {
      const m = await meeting({ startsAt: distinct('2025-01-09T10:00:00Z'), capacity: 18 }, user);
      expect(m).toMatchObject({ status: 'SCHEDULED', capacity: 18, panel: { id: marac }, agenda: [] });
    },
  );
  it.each<DemoUser>(NOT_STAFF)('%s may not (FORBIDDEN)', async (user) => {
    const r = await t.as(user)(SCHEDULE, { i: { panelId: marac, startsAt: '2026-12-10T10:00:00Z' } });
    expect(r.code).toBe('FORBIDDEN');
  });
  it("another panel's staff get NOT_FOUND, and nothing is written", async () => {
    const before = (await t.sql('SELECT count(*)::int AS n FROM meeting'))[0].n;
    const r = await t.as('matac.coordinator')(SCHEDULE, {
      i: { panelId: marac, startsAt: '2026-12-10T10:00:00Z' },
    });
    expect(r.code).toBe('NOT_FOUND');
    expect((await t.sql('SELECT count(*)::int AS n FROM meeting'))[0].n).toBe(before);
  });
  it('validates capacity', async () => {
    const r = await t.as('marac.coordinator')(SCHEDULE, {
      i: { panelId: marac, startsAt: '2026-12-10T10:00:00Z', capacity: 0 },
    });
    expect(r.code).toBe('BAD_USER_INPUT');
  });
});

describe('building the agenda', () => {
  it('adds accepted cases (LISTED), keeps positions 1..n, refuses duplicates, full agendas and unaccepted cases', async () => {
    const m = await meeting({ capacity: 3 });
    const [a, b, c, d] = [
      await acceptedCase(),
      await acceptedCase(),
      await acceptedCase(),
      await acceptedCase(),
    ];
    const first = (await ok('marac.coordinator', ADD, { m: m.id, c: a.id })).addCaseToAgenda;
    expect(first).toMatchObject({ position: 1, case: { id: a.id, status: 'LISTED' } });
    await ok('marac.chair', ADD, { m: m.id, c: b.id });
    const front = (await ok('marac.coordinator', ADD, { m: m.id, c: c.id, p: 1 })).addCaseToAgenda;
    expect(front.position).toBe(1);
    const agenda = (await ok('marac.coordinator', AGENDA, { id: m.id })).meeting.agenda;
    expect(agenda.map((i: any) => [i.position, i.case.id])).toEqual([
      [1, c.id],
      [2, a.id],
      [3, b.id],
    ]);

    expect((await t.as('marac.coordinator')(ADD, { m: m.id, c: a.id })).code).toBe('CONFLICT');
    expect((await t.as('marac.coordinator')(ADD, { m: m.id, c: d.id })).code).toBe('CONFLICT'); // full
    expect(await statusOf(d.id)).toBe('ACCEPTED');

    const m2 = await meeting();
    const submitted = (await ok('referrer', CREATE_REFERRAL, { input: referral(marac) })).createReferral;
    expect((await t.as('marac.coordinator')(ADD, { m: m2.id, c: submitted.id })).code).toBe(
      'INVALID_TRANSITION',
    );
    expect((await t.as('marac.coordinator')(ADD, { m: m2.id, c: a.id })).code).toBe('INVALID_TRANSITION'); // listed elsewhere
    expect((await t.as('marac.coordinator')(ADD, { m: m2.id, c: d.id, p: 5 })).code).toBe('BAD_USER_INPUT');
  });

  it('is FORBIDDEN to roles that never run meetings and NOT_FOUND to another panel', async () => {
    const m = await meeting();
    const c = await acceptedCase();
    for (const user of NOT_STAFF)
      expect((await t.as(user)(ADD, { m: m.id, c: c.id })).code).toBe('FORBIDDEN');
    expect((await t.as('matac.chair')(ADD, { m: m.id, c: c.id })).code).toBe('NOT_FOUND');
    expect(await statusOf(c.id)).toBe('ACCEPTED');
  });

  it('moves and removes items with positions kept 1..n; a removed case gets its status back', async () => {
    const m = await meeting();
    const cs = [await acceptedCase(), await acceptedCase(), await acceptedCase(), await acceptedCase()];
    const items = [];
    for (const c of cs)
      items.push((await ok('marac.coordinator', ADD, { m: m.id, c: c.id })).addCaseToAgenda);
    const moved = (await ok('marac.chair', MOVE, { i: items[3].id, p: 1 })).moveAgendaItem.agenda;
    expect(moved.map((i: any) => i.id)).toEqual([items[3].id, items[0].id, items[1].id, items[2].id]);
    expect(moved.map((i: any) => i.position)).toEqual([1, 2, 3, 4]);
    const back = (await ok('marac.chair', MOVE, { i: items[3].id, p: 4 })).moveAgendaItem.agenda;
    expect(back.map((i: any) => i.id)).toEqual(items.map((i) => i.id));
    expect((await t.as('marac.chair')(MOVE, { i: items[0].id, p: 9 })).code).toBe('BAD_USER_INPUT');
    const removed = (await ok('marac.coordinator', REMOVE, { i: items[1].id })).removeAgendaItem.agenda;
    expect(removed.map((i: any) => i.position)).toEqual([1, 2, 3]);
    expect(removed.map((i: any) => i.id)).toEqual([items[0].id, items[2].id, items[3].id]);
    expect(await statusOf(cs[1].id)).toBe('ACCEPTED');
    for (const user of NOT_STAFF) {
      expect((await t.as(user)(MOVE, { i: items[0].id, p: 1 })).code).toBe('FORBIDDEN');
      expect((await t.as(user)(REMOVE, { i: items[0].id })).code).toBe('FORBIDDEN');
    }
    expect((await t.as('matac.coordinator')(REMOVE, { i: items[0].id })).code).toBe('NOT_FOUND');
  });
});

describe('proposeAgenda', () => {
  it('fills to capacity: repeat first, then highest DASH, then oldest; a second call changes nothing', async () => {
    // a fresh panel so that only these cases compete
    const panel = {
      id: await freshPanel(t, 'MARAC', 'marac.coordinator', 'COORDINATOR', ['POLICE', 'IDVA']),
    };
    const victim = person({ nhsNumber: '4010232137' });
    const old = await acceptedCase({ dashAnswers: dash(15), referralDate: '2026-01-05' }, panel.id);
    const high = await acceptedCase({ dashAnswers: dash(22), referralDate: '2026-03-05' }, panel.id);
    const low = await acceptedCase({ dashAnswers: dash(14), referralDate: '2026-02-05' }, panel.id);
    const same = await acceptedCase({ dashAnswers: dash(15), referralDate: '2026-02-05' }, panel.id);
    const earlier = await acceptedCase(
      { subject: victim, dashAnswers: dash(14), referralDate: '2025-12-01' },
      panel.id,
    );
    // the repeat referral comes in later and has the lowest score; the earlier one is listed already elsewhere
    const m0 = (
      await ok('marac.coordinator', SCHEDULE, {
        i: { panelId: panel.id, startsAt: '2026-06-01T10:00:00Z', capacity: 1 },
      })
    ).scheduleMeeting;
    await ok('marac.coordinator', ADD, { m: m0.id, c: earlier.id });
    const repeat = await acceptedCase(
      { subject: victim, dashAnswers: dash(14), referralDate: '2026-04-01' },
      panel.id,
    );
    await ok('referrer', CREATE_REFERRAL, { input: referral(panel.id) }); // submitted only: never proposed

    const m = (
      await ok('marac.coordinator', SCHEDULE, {
        i: { panelId: panel.id, startsAt: '2026-06-10T10:00:00Z', capacity: 4 },
      })
    ).scheduleMeeting;
    const proposed = (await ok('marac.coordinator', PROPOSE, { m: m.id })).proposeAgenda.agenda;
    expect(proposed.map((i: any) => i.case.id)).toEqual([repeat.id, high.id, old.id, same.id]);
    expect(proposed.map((i: any) => i.position)).toEqual([1, 2, 3, 4]);
    const again = (await ok('marac.coordinator', PROPOSE, { m: m.id })).proposeAgenda.agenda;
    expect(again).toEqual(proposed);
    expect(await statusOf(low.id)).toBe('ACCEPTED');
    for (const user of NOT_STAFF) expect((await t.as(user)(PROPOSE, { m: m.id })).code).toBe('FORBIDDEN');
    expect((await t.as('matac.coordinator')(PROPOSE, { m: m.id })).code).toBe('NOT_FOUND');
  });
});

describe('proposeAgenda for MATAC', () => {
  it('puts the open review cases first, then the highest RFGV', async () => {
    const panel = { id: await freshPanel(t, 'MATAC', 'matac.chair', 'CHAIR', ['POLICE', 'PROBATION']) };
    const nominate = async (rfgv: number) => {
      const c = (
        await ok('matac.chair', CREATE_REFERRAL, {
          input: {
            panelId: panel.id,
            subject: person({ gender: 'MALE' }),
            criteria: [],
            rfgvScore: rfgv,
            lawfulBasis: 'Policing',
            referralDate: '2026-02-01',
          },
        })
      ).createReferral;
      await ok('matac.chair', TRIAGE, { input: { caseId: c.id, decision: 'ACCEPT' } });
      return c;
    };
    const reviewed = await nominate(20);
    const first = (
      await ok('matac.chair', SCHEDULE, { i: { panelId: panel.id, startsAt: '2026-03-01T10:00:00Z' } })
    ).scheduleMeeting;
    const item = (await ok('matac.chair', ADD, { m: first.id, c: reviewed.id })).addCaseToAgenda;
    await ok('matac.chair', PUBLISH, { m: first.id });
    await ok('matac.chair', MINUTES, { i: item.id, t: 'Disruption plan agreed' });
    await ok('matac.chair', CONCLUDE, { m: first.id });
    const high = await nominate(90);
    const low = await nominate(40);
    const next = (
      await ok('matac.chair', SCHEDULE, { i: { panelId: panel.id, startsAt: '2026-04-01T10:00:00Z' } })
    ).scheduleMeeting;
    const proposed = (await ok('matac.chair', PROPOSE, { m: next.id })).proposeAgenda.agenda;
    expect(proposed.map((i: any) => i.case.id)).toEqual([reviewed.id, high.id, low.id]);
    expect(await statusOf(reviewed.id)).toBe('LISTED');
  });
});

describe('publishing, research, attendance, minutes and conclusion', () => {
  let m: any;
  let open: any;
  let restricted: any;
  let items: Record<string, string>;
  let outsider: string;

  beforeAll(async () => {
    m = await meeting({ startsAt: '2026-11-05T10:00:00Z' });
    open = await acceptedCase({ subject: person({ contact: { phone: '07700 900777' } }) });
    restricted = await acceptedCase({ restricted: true, restrictedToUserIds: [await t.userId('idva.rep')] });
    items = {
      open: (await ok('marac.coordinator', ADD, { m: m.id, c: open.id })).addCaseToAgenda.id,
      restricted: (await ok('marac.coordinator', ADD, { m: m.id, c: restricted.id })).addCaseToAgenda.id,
    };
    // an AGENCY_REP on the MARAC whose agency is NOT one of its member agencies
    const csp = (await t.sql(`SELECT id FROM agency WHERE name = 'Safer Hartlepool Partnership'`))[0].id;
    outsider = `${uniq('outsider')}@example.test`;
    const u = (
      await ok('admin', `mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, {
        i: { email: outsider, name: 'Outsider Rep', agencyId: csp, password: 'outsider-password-1' },
      })
    ).createUser;
    await ok('admin', `mutation($i: AddPanelMemberInput!) { addPanelMember(input: $i) { role } }`, {
      i: { panelId: marac, userId: u.id, role: 'AGENCY_REP' },
    });
    await t.token(outsider, 'outsider-password-1');
  });

  it('before publication, reps see the meeting but no agenda; no research yet', async () => {
    const r = await ok('police.rep', AGENDA, { id: m.id });
    expect(r.meeting.agenda).toEqual([]);
    expect((await t.as('police.rep')(RESEARCH, { i: { agendaItemId: items.open, summary: 'x' } })).code).toBe(
      'NOT_FOUND',
    );
  });

  it('only panel staff publish', async () => {
    for (const user of NOT_STAFF) expect((await t.as(user)(PUBLISH, { m: m.id })).code).toBe('FORBIDDEN');
    expect((await t.as('matac.coordinator')(PUBLISH, { m: m.id })).code).toBe('NOT_FOUND');
    expect((await ok('marac.chair', PUBLISH, { m: m.id })).publishAgenda.status).toBe('AGENDA_PUBLISHED');
    expect((await t.as('marac.chair')(PUBLISH, { m: m.id })).code).toBe('INVALID_TRANSITION');
  });

  it('after publication, panel reps see the listed cases; restriction and contact rules still apply', async () => {
    const police = (
      await ok(
        'police.rep',
        `query($id: ID!) { meeting(id: $id) { agenda { case { id subject { contact { phone } } } } } }`,
        { id: m.id },
      )
    ).meeting.agenda;
    expect(police.map((i: any) => i.case.id)).toEqual([open.id]); // restricted: police.rep is not on the allow-list
    expect(police[0].case.subject.contact).toEqual({ phone: '07700 900777' }); // police see contact details
    const csc = (
      await ok('csc.rep', `query($id: ID!) { case(id: $id) { id subject { contact { phone } } } }`, {
        id: open.id,
      })
    ).case;
    expect(csc.subject.contact).toBeNull(); // children's social care does not
    const idva = (await ok('idva.rep', AGENDA, { id: m.id })).meeting.agenda;
    expect(idva.map((i: any) => i.case.id).sort()).toEqual([open.id, restricted.id].sort()); // on the allow-list
  });

  it('an agency rep of a non-member agency sees nothing of a published agenda', async () => {
    const token = await t.token(outsider, 'outsider-password-1');
    const r = await t.gql(AGENDA, { id: m.id }, token);
    expect(r.data).toBeNull();
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(r.code);
    expect((await t.gql(`query($id: ID!) { case(id: $id) { id } }`, { id: open.id }, token)).code).toBe(
      'NOT_FOUND',
    );
    expect((await t.gql(RESEARCH, { i: { agendaItemId: items.open, summary: 'x' } }, token)).data).toBeNull();
  });

  it('agency reps and staff submit research for their own agency; a resubmission replaces it; both are audited', async () => {
    const first = (
      await ok('police.rep', RESEARCH, { i: { agendaItemId: items.open, summary: '3 call-outs in 2026' } })
    ).submitResearch;
    expect(first.agency.kind).toBe('POLICE');
    const second = (
      await ok('police.rep', RESEARCH, { i: { agendaItemId: items.open, summary: '4 call-outs in 2026' } })
    ).submitResearch;
    expect(second.id).toBe(first.id);
    expect(
      (await ok('housing.rep', RESEARCH, { i: { agendaItemId: items.open, noInformationHeld: true } }))
        .submitResearch,
    ).toMatchObject({ noInformationHeld: true, summary: '' });
    expect((await t.as('csc.rep')(RESEARCH, { i: { agendaItemId: items.open } })).code).toBe(
      'BAD_USER_INPUT',
    );
    await ok('marac.coordinator', RESEARCH, { i: { agendaItemId: items.open, summary: 'Coordinator note' } });
    const research = (
      await ok(
        'marac.chair',
        `query($id: ID!) { meeting(id: $id) { agenda { id research { summary agency { kind } } } } }`,
        { id: m.id },
      )
    ).meeting.agenda.find((i: any) => i.id === items.open).research;
    expect(research.map((r: any) => r.summary).sort()).toEqual([
      '',
      '4 call-outs in 2026',
      'Coordinator note',
    ]);
    const audits = await t.sql(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'research.submit' AND entity_id = $1`,
      [first.id],
    );
    expect(audits[0].n).toBe(2);
    // restricted case: a rep not on the allow-list cannot research it
    expect(
      (await t.as('police.rep')(RESEARCH, { i: { agendaItemId: items.restricted, summary: 'x' } })).code,
    ).toBe('NOT_FOUND');
    for (const user of ['referrer', 'admin', 'strategic', 'auditor'] as DemoUser[]) {
      expect((await t.as(user)(RESEARCH, { i: { agendaItemId: items.open, summary: 'x' } })).code).toBe(
        'FORBIDDEN',
      );
    }
    expect(
      (await t.as('matac.coordinator')(RESEARCH, { i: { agendaItemId: items.open, summary: 'x' } })).code,
    ).toBe('NOT_FOUND');
  });

  it('records attendance per member agency (panel staff only)', async () => {
    const police = (await t.sql(`SELECT id FROM agency WHERE kind = 'POLICE'`))[0].id;
    const csp = (await t.sql(`SELECT id FROM agency WHERE name = 'Safer Hartlepool Partnership'`))[0].id;
    expect(
      (
        await ok('marac.coordinator', ATTEND, {
          i: { meetingId: m.id, agencyId: police, status: 'APOLOGIES' },
        })
      ).recordAttendance,
    ).toEqual({ status: 'APOLOGIES', agency: { kind: 'POLICE' } });
    await ok('marac.chair', ATTEND, { i: { meetingId: m.id, agencyId: police, status: 'PRESENT' } });
    expect(
      (await t.sql('SELECT status FROM attendance WHERE meeting_id = $1', [m.id])).map((r) => r.status),
    ).toEqual(['PRESENT']);
    expect(
      (await t.as('marac.chair')(ATTEND, { i: { meetingId: m.id, agencyId: csp, status: 'PRESENT' } })).code,
    ).toBe('BAD_USER_INPUT');
    for (const user of NOT_STAFF)
      expect(
        (await t.as(user)(ATTEND, { i: { meetingId: m.id, agencyId: police, status: 'PRESENT' } })).code,
      ).toBe('FORBIDDEN');
  });

  it('concluding needs minutes on every item, then turns listed cases into HEARD; reps keep seeing them', async () => {
    const missing = await t.as('marac.chair')(CONCLUDE, { m: m.id });
    expect(missing.code).toBe('BAD_USER_INPUT');
    expect(missing.errors![0].extensions.agendaItemIds).toEqual([items.open, items.restricted]);
    for (const user of NOT_STAFF)
      expect((await t.as(user)(MINUTES, { i: items.open, t: 'x' })).code).toBe('FORBIDDEN');
    expect((await t.as('marac.chair')(MINUTES, { i: items.open, t: '   ' })).code).toBe('BAD_USER_INPUT');
    await ok('marac.chair', MINUTES, { i: items.open, t: 'Safety plan agreed; IDVA to contact' });
    await ok('marac.coordinator', MINUTES, { i: items.restricted, t: 'Handled by chair only' });
    for (const user of NOT_STAFF) expect((await t.as(user)(CONCLUDE, { m: m.id })).code).toBe('FORBIDDEN');
    const done = (await ok('marac.chair', CONCLUDE, { m: m.id })).concludeMeeting;
    expect(done.status).toBe('CONCLUDED');
    expect(done.agenda.map((i: any) => i.case.status)).toEqual(['HEARD', 'HEARD']);
    expect((await t.as('marac.chair')(CONCLUDE, { m: m.id })).code).toBe('INVALID_TRANSITION');
    expect((await t.as('marac.chair')(MINUTES, { i: items.open, t: 'late edit' })).code).toBe(
      'INVALID_TRANSITION',
    );
    expect((await ok('police.rep', AGENDA, { id: m.id })).meeting.agenda.map((i: any) => i.case.id)).toEqual([
      open.id,
    ]);
  });

  it('a heard case can be listed again for review and goes back to HEARD when removed', async () => {
    const review = await meeting({ startsAt: '2026-12-03T10:00:00Z' });
    const item = (await ok('marac.coordinator', ADD, { m: review.id, c: open.id })).addCaseToAgenda;
    expect(item.case.status).toBe('LISTED');
    await ok('marac.coordinator', REMOVE, { i: item.id });
    expect(await statusOf(open.id)).toBe('HEARD');
  });

  it('an unpublished meeting cannot be concluded', async () => {
    const fresh = await meeting();
    expect((await t.as('marac.chair')(CONCLUDE, { m: fresh.id })).code).toBe('INVALID_TRANSITION');
  });
});

describe('hidden items leave no trace', () => {
  it('positions are numbered among the items a rep may see, so a restricted case leaves no gap', async () => {
    const m = await meeting({ startsAt: '2026-12-20T10:00:00Z' });
    const hidden = await acceptedCase({ restricted: true });
    const open = await acceptedCase();
    await ok('marac.coordinator', ADD, { m: m.id, c: hidden.id });
    await ok('marac.coordinator', ADD, { m: m.id, c: open.id });
    await ok('marac.coordinator', PUBLISH, { m: m.id });
    const rep = (await ok('police.rep', AGENDA, { id: m.id })).meeting.agenda;
    expect(rep.map((i: any) => [i.position, i.case.id])).toEqual([[1, open.id]]);
    const viaCase = (
      await ok('police.rep', `query($id: ID!) { case(id: $id) { agendaItems { position } } }`, {
        id: open.id,
      })
    ).case.agendaItems;
    expect(viaCase).toEqual([{ position: 1 }]);
    const staff = (await ok('marac.chair', AGENDA, { id: m.id })).meeting.agenda;
    expect(staff.map((i: any) => i.position)).toEqual([1, 2]);
  });
});

describe('meeting and meetings visibility', () => {
  const LIST = `query($p: ID!, $from: DateTime) { meetings(panelId: $p, from: $from) { id panel { id } } }`;
  it.each<DemoUser>(['marac.coordinator', 'marac.chair', 'police.rep', 'csc.rep'])(
    '%s lists the MARAC meetings',
    async (user) => {
      const r = await ok(user, LIST, { p: marac });
      expect(r.meetings.length).toBeGreaterThan(0);
      expect(r.meetings.every((x: any) => x.panel.id === marac)).toBe(true);
    },
  );
  it.each<DemoUser>(['matac.coordinator', 'hrap.chair'])(
    "%s gets NOT_FOUND for another panel's meetings",
    async (user) => {
      expect((await t.as(user)(LIST, { p: marac })).code).toBe('NOT_FOUND');
      const any = (await t.sql('SELECT id FROM meeting WHERE panel_id = $1 LIMIT 1', [marac]))[0].id;
      expect((await t.as(user)(AGENDA, { id: any })).code).toBe('NOT_FOUND');
    },
  );
  it.each<DemoUser>(['referrer', 'admin', 'strategic', 'auditor'])(
    '%s may not read meetings (FORBIDDEN)',
    async (user) => {
      expect((await t.as(user)(LIST, { p: marac })).code).toBe('FORBIDDEN');
    },
  );
  it('filters by date', async () => {
    const r = await ok('marac.coordinator', LIST, { p: marac, from: '2026-12-01T00:00:00Z' });
    expect(r.meetings.length).toBeGreaterThan(0);
    const all = await ok('marac.coordinator', LIST, { p: marac });
    expect(r.meetings.length).toBeLessThan(all.meetings.length);
  });
  it('a MATAC meeting is separate', async () => {
    const m = (
      await ok('matac.coordinator', SCHEDULE, { i: { panelId: matac, startsAt: '2026-12-11T10:00:00Z' } })
    ).scheduleMeeting;
    expect((await t.as('marac.coordinator')(AGENDA, { id: m.id })).code).toBe('NOT_FOUND');
  });
});

describe('no N+1: the full agenda costs the same number of statements for 5 and 25 items', () => {
  const FULL = `query($id: ID!) { meeting(id: $id) { id status panel { name memberAgencies { name } } attendance { status agency { name } }
    agenda { id position minutes research { summary agency { name } } meeting { id }
      case { id reference status isRepeat referringAgency { name } panel { name }
        subject { givenName familyName contact { phone } }
        linkedPersons { role person { givenName contact { phone } } }
        flags { kind relatedCaseReference } previousCase { reference } riskReviews { rfgvScore } agendaItems { id } } } } }`;

  async function agendaOf(size: number) {
    const m = await meeting({ capacity: size, startsAt: distinct('2027-01-05T10:00:00Z') });
    for (let i = 0; i < size; i++) {
      const c = await acceptedCase({ linkedPersons: [{ role: 'PERPETRATOR', person: person() }] });
      await ok('marac.coordinator', ADD, { m: m.id, c: c.id });
    }
    await ok('marac.coordinator', PUBLISH, { m: m.id });
    return m.id;
  }

  it('counts equal statements', async () => {
    const five = await agendaOf(5);
    const twentyFive = await agendaOf(25);
    for (const id of [five, twentyFive]) await ok('police.rep', FULL, { id }); // warm up
    const small = await t.countStatements(async () =>
      expect((await ok('police.rep', FULL, { id: five })).meeting.agenda).toHaveLength(5),
    );
    const large = await t.countStatements(async () =>
      expect((await ok('police.rep', FULL, { id: twentyFive })).meeting.agenda).toHaveLength(25),
    );
    expect(large).toBe(small);
    expect(small).toBeLessThan(25);
  });
});

describe('demo data', () => {
  it('holds a published meeting with research and minutes', async () => {
    const [row] = await t.sql(
      `SELECT m.status, (SELECT count(*)::int FROM research r JOIN agenda_item ai ON ai.id = r.agenda_item_id WHERE ai.meeting_id = m.id) AS research,
              (SELECT count(*)::int FROM agenda_item ai WHERE ai.meeting_id = m.id AND ai.minutes IS NOT NULL) AS minuted
         FROM meeting m WHERE m.location LIKE 'Hartlepool Civic Centre%'`,
    );
    expect(row.status).toBe('AGENDA_PUBLISHED');
    expect(row.research).toBeGreaterThan(0);
    expect(row.minuted).toBeGreaterThan(0);
  });
});
