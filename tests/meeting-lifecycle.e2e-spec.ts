/**
 * A meeting lifecycle that forgives mistakes (issue 11): rescheduleMeeting and cancelMeeting (cases get their status
 * back, reps are told when the agenda had been published), no conclusion/attendance/minutes before the start, no
 * empty agenda published, no two meetings of a panel at one instant, no startsAt without a time zone, and the
 * research deadline (stored, moved with the meeting, late research marked). Instants are relative to now, so no test
 * depends on the day it runs.
 */
import { startTestApp, type DemoUser, type TestApp } from './support/harness.js';
import { acceptedCase as accepted, person } from './support/fixtures.js';

let t: TestApp;
let marac: string;

beforeAll(async () => {
  t = await startTestApp();
  marac = await t.panelId('MARAC');
});
afterAll(() => t.close());

const MEETING_FIELDS = `id status startsAt location researchDueAt cancellationReason`;
const SCHEDULE = `mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { ${MEETING_FIELDS} } }`;
const RESCHEDULE = `mutation($i: RescheduleMeetingInput!) { rescheduleMeeting(input: $i) { ${MEETING_FIELDS} } }`;
const CANCEL = `mutation($m: ID!, $r: String!) { cancelMeeting(meetingId: $m, reason: $r) { ${MEETING_FIELDS} agenda { case { id status } } } }`;
const ADD = `mutation($m: ID!, $c: ID!) { addCaseToAgenda(meetingId: $m, caseId: $c) { id case { status } } }`;
const PUBLISH = `mutation($m: ID!) { publishAgenda(meetingId: $m) { status } }`;
const CONCLUDE = `mutation($m: ID!) { concludeMeeting(meetingId: $m) { status } }`;
const MINUTES = `mutation($i: ID!, $t: String!) { recordMinutes(agendaItemId: $i, minutes: $t) { id minutes } }`;
const ATTEND = `mutation($i: AttendanceInput!) { recordAttendance(input: $i) { status } }`;
const RESEARCH = `mutation($i: ResearchInput!) { submitResearch(input: $i) { id late } }`;
const NOT_STAFF: DemoUser[] = ['police.rep', 'idva.rep', 'referrer', 'admin', 'strategic', 'auditor'];

const DAY = 86_400_000;
let slot = 0;
/** A distinct instant `days` from now (on a whole minute, one minute apart per call). */
const at = (days: number) =>
  new Date(Math.floor((Date.now() + days * DAY) / 60_000) * 60_000 + ++slot * 60_000).toISOString();

const schedule = async (over: Record<string, unknown> = {}) =>
  (
    await t.ok('marac.coordinator', SCHEDULE, {
      i: { panelId: marac, startsAt: at(20), location: 'Civic Centre', ...over },
    })
  ).scheduleMeeting;
const acceptedCase = () => accepted(t, marac, { subject: person() });
const statusOf = async (caseId: string) =>
  (await t.sql('SELECT status FROM case_record WHERE id = $1', [caseId]))[0].status;
const mails = async (kind: string) =>
  t.sql<{ subject: string; body: string }>('SELECT subject, body FROM outbox WHERE kind = $1', [kind]);
const reason = (r: { errors?: { extensions: Record<string, unknown> }[] }) => r.errors?.[0].extensions.reason;

/** A meeting with one case listed (and, when `publish`, its agenda published). */
async function listed(startsAt: string, publish: boolean) {
  const m = await schedule({ startsAt });
  const c = await acceptedCase();
  const item = (await t.ok('marac.coordinator', ADD, { m: m.id, c: c.id })).addCaseToAgenda;
  if (publish) await t.ok('marac.coordinator', PUBLISH, { m: m.id });
  return { m, c, item };
}

describe('rescheduleMeeting', () => {
  it('staff move a meeting; the default research deadline moves with it; the place is kept unless given', async () => {
    const m = await schedule();
    expect(Date.parse(m.researchDueAt)).toBeLessThan(Date.parse(m.startsAt));
    const to = at(40);
    const moved = (await t.ok('marac.chair', RESCHEDULE, { i: { meetingId: m.id, startsAt: to } }))
      .rescheduleMeeting;
    expect(moved).toMatchObject({ id: m.id, status: 'SCHEDULED', location: 'Civic Centre' });
    expect(Date.parse(moved.startsAt)).toBe(Date.parse(to));
    // the default of the new start: two days before (or the Friday before), at 17:00 London
    const gap = Date.parse(moved.startsAt) - Date.parse(moved.researchDueAt);
    expect(gap).toBeGreaterThan(0);
    expect(gap).toBeLessThan(5 * DAY);
    expect(Date.parse(moved.researchDueAt)).toBeGreaterThan(Date.parse(m.researchDueAt));
  });

  it('a deadline given is kept; one set by hand moves by as much as the meeting; a deadline after the start is refused', async () => {
    const start = at(30);
    const due = new Date(Date.parse(start) - 3 * DAY).toISOString();
    const m = await schedule({ startsAt: start, researchDueAt: due });
    expect(Date.parse(m.researchDueAt)).toBe(Date.parse(due));
    const later = new Date(Date.parse(start) + DAY).toISOString();
    const moved = (await t.ok('marac.coordinator', RESCHEDULE, { i: { meetingId: m.id, startsAt: later } }))
      .rescheduleMeeting;
    expect(Date.parse(moved.researchDueAt)).toBe(Date.parse(due) + DAY);
    const given = new Date(Date.parse(later) - 6 * DAY).toISOString();
    const again = (
      await t.ok('marac.coordinator', RESCHEDULE, {
        i: { meetingId: m.id, startsAt: later, location: 'Town Hall', researchDueAt: given },
      })
    ).rescheduleMeeting;
    expect(again).toMatchObject({ location: 'Town Hall' });
    expect(Date.parse(again.researchDueAt)).toBe(Date.parse(given));
    const bad = await t.as('marac.coordinator')(RESCHEDULE, {
      i: {
        meetingId: m.id,
        startsAt: later,
        researchDueAt: new Date(Date.parse(later) + 1000).toISOString(),
      },
    });
    expect(bad.code).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions.field).toBe('researchDueAt');
    const bad2 = await t.as('marac.coordinator')(SCHEDULE, {
      i: { panelId: marac, startsAt: at(30), researchDueAt: at(31) },
    });
    expect(bad2.code).toBe('BAD_USER_INPUT');
  });

  it('e-mails the reps (date and link, no reference) only when the agenda had been published', async () => {
    const before = (await mails('meeting.rescheduled')).length;
    const draft = await listed(at(21), false);
    await t.ok('marac.coordinator', RESCHEDULE, { i: { meetingId: draft.m.id, startsAt: at(22) } });
    expect((await mails('meeting.rescheduled')).length).toBe(before);
    const pub = await listed(at(23), true);
    const ref = (await t.sql('SELECT reference FROM case_record WHERE id = $1', [pub.c.id]))[0].reference;
    await t.ok('marac.coordinator', RESCHEDULE, { i: { meetingId: pub.m.id, startsAt: at(24) } });
    const sent = (await mails('meeting.rescheduled')).slice(before);
    expect(sent.length).toBeGreaterThan(0);
    for (const mail of sent) {
      expect(mail.body).toContain(`/meetings/${pub.m.id}`);
      expect(mail.subject + mail.body).not.toContain(ref);
    }
  });

  it('is refused on a concluded meeting (INVALID_TRANSITION) and to anyone but panel staff', async () => {
    const past = await listed(at(-3), true);
    await t.ok('marac.chair', MINUTES, { i: past.item.id, t: 'Safety plan agreed' });
    await t.ok('marac.chair', CONCLUDE, { m: past.m.id });
    const r = await t.as('marac.coordinator')(RESCHEDULE, { i: { meetingId: past.m.id, startsAt: at(5) } });
    expect(r.code).toBe('INVALID_TRANSITION');
    const m = await schedule();
    for (const user of NOT_STAFF)
      expect((await t.as(user)(RESCHEDULE, { i: { meetingId: m.id, startsAt: at(50) } })).code).toBe(
        'FORBIDDEN',
      );
    expect(
      (await t.as('matac.coordinator')(RESCHEDULE, { i: { meetingId: m.id, startsAt: at(50) } })).code,
    ).toBe('NOT_FOUND');
    const [row] = await t.sql('SELECT starts_at FROM meeting WHERE id = $1', [m.id]);
    expect(new Date(row.starts_at).toISOString()).toBe(new Date(m.startsAt).toISOString());
  });
});

describe('cancelMeeting', () => {
  it('gives the cases back their status, keeps the reason, and e-mails the reps of a published agenda', async () => {
    const before = (await mails('meeting.cancelled')).length;
    const { m, c } = await listed(at(25), true);
    expect(await statusOf(c.id)).toBe('LISTED');
    const ref = (await t.sql('SELECT reference FROM case_record WHERE id = $1', [c.id]))[0].reference;
    const done = (await t.ok('marac.coordinator', CANCEL, { m: m.id, r: 'Entered twice by mistake' }))
      .cancelMeeting;
    expect(done).toMatchObject({ status: 'CANCELLED', cancellationReason: 'Entered twice by mistake' });
    expect(await statusOf(c.id)).toBe('ACCEPTED');
    // the items (and their research) stay with the cancelled meeting
    expect(
      (await t.sql('SELECT count(*)::int AS n FROM agenda_item WHERE meeting_id = $1', [m.id]))[0].n,
    ).toBe(1);
    const sent = (await mails('meeting.cancelled')).slice(before);
    expect(sent.length).toBeGreaterThan(0);
    for (const mail of sent) {
      expect(mail.body).toContain(`/meetings/${m.id}`);
      expect(mail.subject + mail.body).not.toContain(ref);
      expect(mail.body).not.toContain('by mistake');
    }
    // final: no second cancel, no reschedule, no publication
    expect((await t.as('marac.coordinator')(CANCEL, { m: m.id, r: 'again' })).code).toBe(
      'INVALID_TRANSITION',
    );
    expect(
      (await t.as('marac.coordinator')(RESCHEDULE, { i: { meetingId: m.id, startsAt: at(26) } })).code,
    ).toBe('INVALID_TRANSITION');
    // the case can be listed again elsewhere
    const next = await schedule();
    expect((await t.ok('marac.coordinator', ADD, { m: next.id, c: c.id })).addCaseToAgenda.case.status).toBe(
      'LISTED',
    );
  });

  it('a heard case listed for review goes back to HEARD; an unpublished meeting sends no e-mail', async () => {
    const past = await listed(at(-4), true);
    await t.ok('marac.chair', MINUTES, { i: past.item.id, t: 'Heard' });
    await t.ok('marac.chair', CONCLUDE, { m: past.m.id });
    expect(await statusOf(past.c.id)).toBe('HEARD');
    const review = await schedule();
    await t.ok('marac.coordinator', ADD, { m: review.id, c: past.c.id });
    const before = (await mails('meeting.cancelled')).length;
    await t.ok('marac.chair', CANCEL, { m: review.id, r: 'Panel quorum not reached' });
    expect(await statusOf(past.c.id)).toBe('HEARD');
    expect((await mails('meeting.cancelled')).length).toBe(before);
    // a concluded meeting cannot be cancelled
    expect((await t.as('marac.chair')(CANCEL, { m: past.m.id, r: 'late' })).code).toBe('INVALID_TRANSITION');
  });

  it('needs a reason, and is for panel staff only; nothing is written on a refusal', async () => {
    const { m, c } = await listed(at(27), false);
    const empty = await t.as('marac.coordinator')(CANCEL, { m: m.id, r: '   ' });
    expect(empty.code).toBe('BAD_USER_INPUT');
    expect(empty.errors![0].extensions.field).toBe('reason');
    for (const user of NOT_STAFF)
      expect((await t.as(user)(CANCEL, { m: m.id, r: 'x' })).code).toBe('FORBIDDEN');
    expect((await t.as('matac.coordinator')(CANCEL, { m: m.id, r: 'x' })).code).toBe('NOT_FOUND');
    const [row] = await t.sql('SELECT status, cancellation_reason FROM meeting WHERE id = $1', [m.id]);
    expect(row).toEqual({ status: 'SCHEDULED', cancellation_reason: null });
    expect(await statusOf(c.id)).toBe('LISTED');
  });
});

describe('two meetings of a panel cannot start at the same instant', () => {
  it('CONFLICT (SAME_START) on schedule and reschedule; a cancelled meeting frees its instant', async () => {
    const start = at(60);
    const first = await schedule({ startsAt: start });
    const twin = await t.as('marac.chair')(SCHEDULE, { i: { panelId: marac, startsAt: start } });
    expect(twin.code).toBe('CONFLICT');
    expect(reason(twin)).toBe('SAME_START');
    // the same instant written with another offset is the same instant
    const d = new Date(Date.parse(start) + 3_600_000).toISOString().slice(0, 19);
    const sameInstant = await t.as('marac.chair')(SCHEDULE, {
      i: { panelId: marac, startsAt: `${d}+01:00` },
    });
    expect(reason(sameInstant)).toBe('SAME_START');
    const other = await schedule({ startsAt: at(61) });
    const move = await t.as('marac.coordinator')(RESCHEDULE, { i: { meetingId: other.id, startsAt: start } });
    expect(move.code).toBe('CONFLICT');
    expect(reason(move)).toBe('SAME_START');
    // rescheduling a meeting to its own start is no conflict
    await t.ok('marac.coordinator', RESCHEDULE, { i: { meetingId: first.id, startsAt: start } });
    await t.ok('marac.coordinator', CANCEL, { m: first.id, r: 'Duplicate' });
    expect((await schedule({ startsAt: start })).status).toBe('SCHEDULED');
    const count = await t.sql(
      `SELECT count(*)::int AS n FROM meeting WHERE panel_id = $1 AND starts_at = $2 AND status <> 'CANCELLED'`,
      [marac, start],
    );
    expect(count[0].n).toBe(1);
  });

  it('a startsAt without a time zone offset is refused (BAD_USER_INPUT on startsAt)', async () => {
    for (const startsAt of ['2027-03-04T10:00:00', '2027-03-04 10:00']) {
      const r = await t.as('marac.coordinator')(SCHEDULE, { i: { panelId: marac, startsAt } });
      expect(r.code).toBe('BAD_USER_INPUT');
      expect(String(r.errors![0].extensions.field)).toMatch(/startsAt$/);
    }
  });
});

describe('nothing happens before the meeting starts', () => {
  it('conclusion, minutes and attendance: INVALID_TRANSITION (NOT_STARTED), nothing written', async () => {
    const { m, item } = await listed(at(9), true);
    const minutes = await t.as('marac.chair')(MINUTES, { i: item.id, t: 'Too early' });
    expect(minutes.code).toBe('INVALID_TRANSITION');
    expect(reason(minutes)).toBe('NOT_STARTED');
    const police = (await t.sql(`SELECT id FROM agency WHERE kind = 'POLICE'`))[0].id;
    const attend = await t.as('marac.chair')(ATTEND, {
      i: { meetingId: m.id, agencyId: police, status: 'PRESENT' },
    });
    expect(attend.code).toBe('INVALID_TRANSITION');
    expect(reason(attend)).toBe('NOT_STARTED');
    const conclude = await t.as('marac.chair')(CONCLUDE, { m: m.id });
    expect(conclude.code).toBe('INVALID_TRANSITION');
    expect(reason(conclude)).toBe('NOT_STARTED');
    const [row] = await t.sql(
      `SELECT m.status, ai.minutes, (SELECT count(*)::int FROM attendance a WHERE a.meeting_id = m.id) AS attended
         FROM meeting m JOIN agenda_item ai ON ai.meeting_id = m.id WHERE m.id = $1`,
      [m.id],
    );
    expect(row).toEqual({ status: 'AGENDA_PUBLISHED', minutes: null, attended: 0 });
  });

  it('from the start they are allowed (a meeting in the past: its history)', async () => {
    const { m, item, c } = await listed(at(-1), true);
    const police = (await t.sql(`SELECT id FROM agency WHERE kind = 'POLICE'`))[0].id;
    await t.ok('marac.chair', ATTEND, { i: { meetingId: m.id, agencyId: police, status: 'PRESENT' } });
    await t.ok('marac.chair', MINUTES, { i: item.id, t: 'Safety plan agreed' });
    expect((await t.ok('marac.chair', CONCLUDE, { m: m.id })).concludeMeeting.status).toBe('CONCLUDED');
    expect(await statusOf(c.id)).toBe('HEARD');
  });
});

describe('an empty agenda cannot be published', () => {
  it('INVALID_TRANSITION (EMPTY_AGENDA), no e-mail; staff only', async () => {
    const m = await schedule();
    for (const user of NOT_STAFF) expect((await t.as(user)(PUBLISH, { m: m.id })).code).toBe('FORBIDDEN');
    const before = (await mails('agenda.published')).length;
    const r = await t.as('marac.coordinator')(PUBLISH, { m: m.id });
    expect(r.code).toBe('INVALID_TRANSITION');
    expect(reason(r)).toBe('EMPTY_AGENDA');
    expect((await mails('agenda.published')).length).toBe(before);
    expect((await t.sql('SELECT status FROM meeting WHERE id = $1', [m.id]))[0].status).toBe('SCHEDULED');
  });
});

describe('research deadline', () => {
  it('research after the deadline is accepted until conclusion and marked late; on time is not late', async () => {
    const start = at(10);
    const late = await schedule({
      startsAt: start,
      researchDueAt: new Date(Date.now() - 3_600_000).toISOString(),
    });
    const onTime = await schedule({ startsAt: at(10) });
    const items: string[] = [];
    for (const m of [late, onTime]) {
      const c = await acceptedCase();
      items.push((await t.ok('marac.coordinator', ADD, { m: m.id, c: c.id })).addCaseToAgenda.id);
      await t.ok('marac.coordinator', PUBLISH, { m: m.id });
    }
    expect(
      (await t.ok('police.rep', RESEARCH, { i: { agendaItemId: items[0], summary: 'Known' } })).submitResearch
        .late,
    ).toBe(true);
    expect(
      (await t.ok('police.rep', RESEARCH, { i: { agendaItemId: items[1], noInformationHeld: true } }))
        .submitResearch.late,
    ).toBe(false);
    // staff read it as late too
    const read = await t.ok(
      'marac.chair',
      `query($id: ID!) { meeting(id: $id) { researchDueAt agenda { research { late agency { kind } } } } }`,
      { id: late.id },
    );
    expect(read.meeting.agenda[0].research).toEqual([{ late: true, agency: { kind: 'POLICE' } }]);
  });
});
