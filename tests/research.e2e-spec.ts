/**
 * Research is the agency's preparation (POLICY.md, "Research"; DOMAIN.md point 4): panel staff read all of it, the
 * users of the agency that submitted it read theirs, other agencies' reps read none; `outstandingResearch` lists, for
 * panel staff only, the member agencies that have not returned research (for a restricted case only agencies with a
 * rep on its allow-list); the reps of outstanding agencies get one e-mail the day before the research deadline.
 * Everything runs on a panel of its own (police, IDVA, health, housing) so that the demo data does not interfere.
 */
import { setTestClock } from '@marac/core';
import { ResearchReminderService } from '@marac/meetings';
import { startTestApp, type DemoUser, type TestApp } from './support/harness.js';
import { acceptedCase, freshPanel, uniq } from './support/fixtures.js';

let t: TestApp;
let panel: string;
let healthRep: string;
const HEALTH_PASSWORD = 'health-rep-password-1';
const agencyIds: Record<string, string> = {};

const SCHEDULE = `mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { id researchDueAt } }`;
const ADD = `mutation($m: ID!, $c: ID!) { addCaseToAgenda(meetingId: $m, caseId: $c) { id } }`;
const PUBLISH = `mutation($m: ID!) { publishAgenda(meetingId: $m) { status } }`;
const RESEARCH = `mutation($i: ResearchInput!) { submitResearch(input: $i) { id agency { kind } } }`;
const ITEMS = `query($id: ID!) { meeting(id: $id) { agenda { id research { summary agency { kind } } outstandingResearch { kind name } } } }`;

const DAY = 86_400_000;
let slot = 0;
/** An instant `days` ahead at 10:00 UTC (each call a distinct minute: one panel's meetings never share a start). */
const ahead = (days: number) => {
  const d = new Date(Date.now() + days * DAY);
  d.setUTCHours(10, ++slot, 0, 0);
  return d.toISOString();
};

/** Runs as a demo user or as the health rep made for this file. */
const as = (user: DemoUser | 'health.rep') =>
  user === 'health.rep'
    ? async (query: string, variables: Record<string, unknown> = {}) =>
        t.gql(query, variables, await t.token(healthRep, HEALTH_PASSWORD))
    : t.as(user);
const ok = async (user: DemoUser | 'health.rep', query: string, variables: Record<string, unknown> = {}) => {
  const r = await as(user)(query, variables);
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data;
};

/** A published meeting of the panel with one item per case; returns the meeting and the item ids in order. */
async function publishedMeeting(cases: { id: string }[], over: Record<string, unknown> = {}) {
  const m = (await ok('marac.coordinator', SCHEDULE, { i: { panelId: panel, startsAt: ahead(10), ...over } }))
    .scheduleMeeting;
  const items: string[] = [];
  for (const c of cases)
    items.push((await ok('marac.coordinator', ADD, { m: m.id, c: c.id })).addCaseToAgenda.id);
  await ok('marac.coordinator', PUBLISH, { m: m.id });
  return { meeting: m, items };
}
const newCase = (over: Record<string, unknown> = {}) => acceptedCase(t, panel, over);
const itemOf = async (user: DemoUser | 'health.rep', meetingId: string, itemId: string) =>
  (await ok(user, ITEMS, { id: meetingId })).meeting.agenda.find((i: any) => i.id === itemId);

beforeAll(async () => {
  t = await startTestApp();
  panel = await freshPanel(t, 'MARAC', 'marac.coordinator', 'COORDINATOR', [
    'POLICE',
    'IDVA',
    'HEALTH',
    'HOUSING',
  ]);
  for (const kind of ['POLICE', 'IDVA', 'HEALTH', 'HOUSING'])
    agencyIds[kind] = (await t.sql(`SELECT id FROM agency WHERE kind = $1`, [kind]))[0].id;
  healthRep = `${uniq('health')}@example.test`;
  const u = (
    await t.ok('admin', `mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, {
      i: { email: healthRep, name: 'Health Rep', agencyId: agencyIds.HEALTH, password: HEALTH_PASSWORD },
    })
  ).createUser;
  const ADD_MEMBER = `mutation($i: AddPanelMemberInput!) { addPanelMember(input: $i) { role } }`;
  for (const userId of [
    u.id,
    ...(await Promise.all(['police.rep', 'idva.rep', 'housing.rep'].map((r) => t.userId(r as DemoUser)))),
  ])
    await t.ok('admin', ADD_MEMBER, { i: { panelId: panel, userId, role: 'AGENCY_REP' } });
  for (const rep of ['police.rep', 'idva.rep', 'housing.rep'] as DemoUser[]) t.forget(rep);
});
afterEach(() => setTestClock(null));
afterAll(async () => {
  setTestClock(null);
  await t.close();
});

describe('who reads research', () => {
  let meetingId: string;
  let item: string;
  let caseId: string;

  beforeAll(async () => {
    const c = await newCase();
    caseId = c.id;
    const { meeting, items } = await publishedMeeting([c]);
    meetingId = meeting.id;
    item = items[0];
    await ok('police.rep', RESEARCH, { i: { agendaItemId: item, summary: 'Police: 3 call-outs' } });
    await ok('health.rep', RESEARCH, { i: { agendaItemId: item, summary: 'Health: A&E attendance' } });
  });

  it("a police rep reads the police research and not health's; the health rep reads health's only", async () => {
    expect((await itemOf('police.rep', meetingId, item)).research).toEqual([
      { summary: 'Police: 3 call-outs', agency: { kind: 'POLICE' } },
    ]);
    expect((await itemOf('health.rep', meetingId, item)).research).toEqual([
      { summary: 'Health: A&E attendance', agency: { kind: 'HEALTH' } },
    ]);
  });

  it('a rep of an agency that returned none reads none, by every path', async () => {
    expect((await itemOf('housing.rep', meetingId, item)).research).toEqual([]);
    const viaCase = await ok(
      'housing.rep',
      `query($id: ID!) { case(id: $id) { agendaItems { research { summary } meeting { agenda { research { summary } } } } } }`,
      { id: caseId },
    );
    expect(JSON.stringify(viaCase)).not.toContain('Police:');
    expect(JSON.stringify(viaCase)).not.toContain('Health:');
  });

  it('panel staff read every agency’s research', async () => {
    const staff = await itemOf('marac.coordinator', meetingId, item);
    expect(staff.research.map((r: any) => r.agency.kind).sort()).toEqual(['HEALTH', 'POLICE']);
  });
});

describe('outstandingResearch', () => {
  it('lists exactly the member agencies that have not returned research, by name; null for reps', async () => {
    const { meeting, items } = await publishedMeeting([await newCase()]);
    const before = await itemOf('marac.coordinator', meeting.id, items[0]);
    // by name: Cleveland Police, Harbour IDVA, Hartlepool Housing, North Tees (health)
    expect(before.outstandingResearch.map((a: any) => a.kind)).toEqual([
      'POLICE',
      'IDVA',
      'HOUSING',
      'HEALTH',
    ]);
    await ok('police.rep', RESEARCH, { i: { agendaItemId: items[0], summary: 'Known to police' } });
    await ok('housing.rep', RESEARCH, { i: { agendaItemId: items[0], noInformationHeld: true } });
    const after = await itemOf('marac.coordinator', meeting.id, items[0]);
    expect(after.outstandingResearch).toEqual([
      { kind: 'IDVA', name: NAMES.IDVA },
      { kind: 'HEALTH', name: NAMES.HEALTH },
    ]);
    for (const rep of ['police.rep', 'idva.rep', 'housing.rep', 'health.rep'] as const)
      expect((await itemOf(rep, meeting.id, items[0])).outstandingResearch).toBeNull();
    // once all have returned research: an empty list for staff (not null)
    await ok('idva.rep', RESEARCH, { i: { agendaItemId: items[0], noInformationHeld: true } });
    await ok('health.rep', RESEARCH, { i: { agendaItemId: items[0], noInformationHeld: true } });
    expect((await itemOf('marac.coordinator', meeting.id, items[0])).outstandingResearch).toEqual([]);
  });

  it('for a restricted case only agencies with a rep on the allow-list are outstanding', async () => {
    const restricted = await newCase({ restricted: true, restrictedToUserIds: [await t.userId('idva.rep')] });
    const { meeting, items } = await publishedMeeting([restricted]);
    expect((await itemOf('marac.coordinator', meeting.id, items[0])).outstandingResearch).toEqual([
      { kind: 'IDVA', name: NAMES.IDVA },
    ]);
    // the police rep, not on the allow-list, sees neither the item nor its research
    expect((await ok('police.rep', ITEMS, { id: meeting.id })).meeting.agenda).toEqual([]);
    await ok('idva.rep', RESEARCH, { i: { agendaItemId: items[0], summary: 'IDVA: engaged' } });
    expect((await itemOf('marac.coordinator', meeting.id, items[0])).outstandingResearch).toEqual([]);
  });

  it('is batched: the agenda costs the same number of statements for 2 items as for 6', async () => {
    const two = await publishedMeeting(await Promise.all([1, 2].map(() => newCase())));
    const six = await publishedMeeting(await Promise.all([1, 2, 3, 4, 5, 6].map(() => newCase())));
    // research on one item of each, so that both load the same kinds of rows (agencies of research included)
    await ok('police.rep', RESEARCH, { i: { agendaItemId: two.items[1], summary: 'x' } });
    await ok('police.rep', RESEARCH, { i: { agendaItemId: six.items[2], summary: 'x' } });
    const Q = `query($id: ID!) { meeting(id: $id) { agenda { id research { id agency { name } } outstandingResearch { id name } } } }`;
    const cost = async (id: string, n: number) => {
      await ok('marac.coordinator', Q, { id }); // sign-in and caches out of the count
      return t.statements(async () => {
        expect((await ok('marac.coordinator', Q, { id })).meeting.agenda).toHaveLength(n);
      });
    };
    const [small, large] = [await cost(two.meeting.id, 2), await cost(six.meeting.id, 6)];
    console.log(
      `agenda with research and outstandingResearch: 2 items ${small.length} statements, 6 items ${large.length}`,
    );
    // the same statements whatever the number of items; the agencies of `research` and of `outstandingResearch` are
    // looked up after two different queries answer, so they land in one loader batch or in two, depending only on
    // whether both answers arrive in the same turn of the event loop (never on the number of items)
    const agencyLookup = (sql: string) => sql.startsWith('SELECT a.id, a.name, a.kind');
    expect(large.filter((q) => !agencyLookup(q))).toEqual(small.filter((q) => !agencyLookup(q)));
    for (const run of [small, large]) expect(run.filter(agencyLookup).length).toBeLessThanOrEqual(2);
  });
});

describe('the research reminder, the day before the deadline', () => {
  const reminders = () => t.app.get(ResearchReminderService);
  const sentFor = (meetingId: string) =>
    t.sql<{ recipient: string; subject: string; body: string }>(
      `SELECT recipient, subject, body FROM outbox WHERE dedupe_key LIKE $1 ORDER BY recipient`,
      [`research-reminder:${meetingId}:%`],
    );
  const emailOf = async (user: DemoUser) =>
    (await t.sql(`SELECT email FROM app_user WHERE id = $1`, [await t.userId(user)]))[0].email;

  it('goes once, the day before, only to the reps of outstanding agencies who may see the case, with no personal data', async () => {
    const open = await newCase({
      subject: {
        givenName: 'Zelda',
        familyName: uniq('Quixote'),
        dateOfBirth: '1990-04-12',
        gender: 'FEMALE',
      },
    });
    const restricted = await newCase({ restricted: true, restrictedToUserIds: [await t.userId('idva.rep')] });
    const startsAt = ahead(10);
    const dueAt = new Date(Date.parse(startsAt) - 2 * DAY + 7 * 3_600_000).toISOString(); // two days before, 17:00
    const { meeting, items } = await publishedMeeting([open, restricted], { startsAt, researchDueAt: dueAt });
    await ok('police.rep', RESEARCH, { i: { agendaItemId: items[0], summary: 'Police research' } });
    await ok('housing.rep', RESEARCH, { i: { agendaItemId: items[0], noInformationHeld: true } });
    // outstanding: IDVA and health on the open case; IDVA on the restricted one

    // two days before: not yet
    setTestClock(new Date(Date.parse(dueAt) - 53 * 3_600_000));
    await reminders().run();
    expect(await sentFor(meeting.id)).toEqual([]);

    // the day before: once, even with two workers at the same time
    setTestClock(new Date(Date.parse(dueAt) - 29 * 3_600_000));
    await Promise.all([reminders().run(), reminders().run()]);
    const sent = await sentFor(meeting.id);
    expect(sent.map((s) => s.recipient).sort()).toEqual([await emailOf('idva.rep'), healthRep].sort());
    const [row] = await t.sql(`SELECT research_reminder_sent_at FROM meeting WHERE id = $1`, [meeting.id]);
    expect(row.research_reminder_sent_at).not.toBeNull();
    await reminders().run();
    expect(await sentFor(meeting.id)).toHaveLength(2);

    // no personal data: no name, no reference, nothing from a case; the meeting, the deadline and a link
    for (const s of sent) {
      const text = `${s.subject}\n${s.body}`;
      expect(text).not.toContain('Zelda');
      expect(text).not.toContain(open.subject.familyName);
      expect(text).not.toContain(open.reference);
      expect(text).not.toContain(restricted.reference);
      expect(text).not.toContain('Police research');
      expect(s.body).toContain(`/meetings/${meeting.id}`);
      expect(s.body).toMatch(/Research is due by \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    }
  });

  it('uses the default deadline when none is stored; not for an unpublished agenda, nor once the deadline has passed', async () => {
    const { meeting } = await publishedMeeting([await newCase()]);
    await t.sql(`UPDATE meeting SET research_due_at = NULL WHERE id = $1`, [meeting.id]);
    const due = Date.parse(
      (
        await ok('marac.coordinator', `query($id: ID!) { meeting(id: $id) { researchDueAt } }`, {
          id: meeting.id,
        })
      ).meeting.researchDueAt,
    );
    setTestClock(new Date(due - 29 * 3_600_000));
    await reminders().run();
    expect((await sentFor(meeting.id)).length).toBe(4); // no research yet: every member agency's rep

    // an agenda not yet published (reps cannot submit research yet): nothing
    const unpublished = (
      await ok('marac.coordinator', SCHEDULE, { i: { panelId: panel, startsAt: ahead(10) } })
    ).scheduleMeeting;
    await ok('marac.coordinator', ADD, { m: unpublished.id, c: (await newCase()).id });
    setTestClock(new Date(Date.parse(unpublished.researchDueAt) - 29 * 3_600_000));
    await reminders().run();
    expect(await sentFor(unpublished.id)).toEqual([]);

    const late = await publishedMeeting([await newCase()]);
    const lateDue = Date.parse(late.meeting.researchDueAt);
    setTestClock(new Date(lateDue + 60_000));
    await reminders().run();
    expect(await sentFor(late.meeting.id)).toEqual([]);
  });
});

const NAMES: Record<string, string> = {
  POLICE: 'Cleveland Police (Hartlepool)',
  IDVA: 'Harbour IDVA Service',
  HEALTH: 'North Tees and Hartlepool NHS Trust',
  HOUSING: 'Hartlepool Housing',
};
