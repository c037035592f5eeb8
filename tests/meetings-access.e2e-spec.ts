/**
 * Meetings after the data-layer redesign (issue 10): CONFLICTs a client can tell apart (extensions.reason), the
 * `meetings` list in pages that are never cut silently, the startsAt window, and research and attendance read only by
 * those who see the agenda item / the meeting, whatever the path to them.
 */
import { startTestApp, type DemoUser, type TestApp } from './support/harness.js';
import { acceptedCase as accepted, freshPanel, person } from './support/fixtures.js';

let t: TestApp;
let marac: string;

beforeAll(async () => {
  t = await startTestApp();
  marac = await t.panelId('MARAC');
});
afterAll(() => t.close());

const SCHEDULE = `mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { id startsAt } }`;
const ADD = `mutation($m: ID!, $c: ID!) { addCaseToAgenda(meetingId: $m, caseId: $c) { id } }`;
const PUBLISH = `mutation($m: ID!) { publishAgenda(meetingId: $m) { status } }`;
const RESEARCH = `mutation($i: ResearchInput!) { submitResearch(input: $i) { id } }`;
const LIST = `query($p: ID!, $first: Int, $after: String) { meetings(panelId: $p, first: $first, after: $after) { id startsAt } }`;

const acceptedCase = (over: Record<string, unknown> = {}) => accepted(t, marac, over);
const schedule = async (over: Record<string, unknown> = {}) =>
  (
    await t.ok('marac.coordinator', SCHEDULE, {
      i: { panelId: marac, startsAt: '2026-12-15T10:00:00Z', ...over },
    })
  ).scheduleMeeting;
const statusOf = async (caseId: string) =>
  (await t.sql('SELECT status FROM case_record WHERE id = $1', [caseId]))[0].status;

describe('CONFLICT with a reason a client can act on', () => {
  it('ALREADY_LISTED for a case already on the agenda, AGENDA_FULL at capacity; nothing written', async () => {
    const m = await schedule({ capacity: 1 });
    const [a, b] = [await acceptedCase(), await acceptedCase()];
    await t.ok('marac.coordinator', ADD, { m: m.id, c: a.id });
    const again = await t.as('marac.coordinator')(ADD, { m: m.id, c: a.id });
    expect(again.code).toBe('CONFLICT');
    expect(again.errors![0].extensions.reason).toBe('ALREADY_LISTED');
    const full = await t.as('marac.coordinator')(ADD, { m: m.id, c: b.id });
    expect(full.code).toBe('CONFLICT');
    expect(full.errors![0].extensions.reason).toBe('AGENDA_FULL');
    expect(await statusOf(b.id)).toBe('ACCEPTED');
    const items = await t.sql('SELECT case_id FROM agenda_item WHERE meeting_id = $1', [m.id]);
    expect(items.map((r) => r.case_id)).toEqual([a.id]);
  });
});

describe('meetings(panelId, first, after) pages', () => {
  let panel: string;
  let all: string[];

  beforeAll(async () => {
    panel = await freshPanel(t, 'MARAC', 'marac.coordinator', 'COORDINATOR', ['POLICE']);
    // 501 meetings, one a day, so that one page of the most (500) cannot hold them all
    await t.sql(
      `INSERT INTO meeting (panel_id, starts_at)
       SELECT $1, timestamptz '2024-01-01 10:00Z' + make_interval(days => d) FROM generate_series(0, 500) d`,
      [panel],
    );
    all = (await t.sql('SELECT id FROM meeting WHERE panel_id = $1 ORDER BY starts_at, id', [panel])).map(
      (r) => r.id,
    );
    t.forget('marac.coordinator');
  });

  const page = async (first?: number, after?: string) =>
    (await t.ok('marac.coordinator', LIST, { p: panel, first, after })).meetings.map((m: any) => m.id);

  it('gives 100 by default and at most 500, in order of startsAt', async () => {
    expect(await page()).toEqual(all.slice(0, 100));
    expect(await page(500)).toEqual(all.slice(0, 500));
  });

  it('walks every meeting with `after` (the last id): nothing cut, nothing twice', async () => {
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const ids = await page(200, after);
      seen.push(...ids);
      if (ids.length < 200) break;
      after = ids[ids.length - 1];
    }
    expect(seen).toEqual(all);
    expect(await page(500, all[499])).toEqual([all[500]]);
    expect(await page(5, all[500])).toEqual([]);
  });

  it('refuses first outside 1..500 and an after that is not one of this list (BAD_USER_INPUT)', async () => {
    for (const first of [0, -1, 501]) {
      const r = await t.as('marac.coordinator')(LIST, { p: panel, first });
      expect(r.code).toBe('BAD_USER_INPUT');
      expect(r.errors![0].extensions.field).toBe('first');
    }
    const otherPanels = (await t.sql('SELECT id FROM meeting WHERE panel_id = $1 LIMIT 1', [marac]))[0].id;
    for (const after of ['not-an-id', '00000000-0000-4000-8000-000000000000', otherPanels]) {
      const r = await t.as('marac.coordinator')(LIST, { p: panel, after });
      expect(r.code).toBe('BAD_USER_INPUT');
      expect(r.errors![0].extensions.field).toBe('after');
    }
  });

  it("another panel's staff still get NOT_FOUND", async () => {
    expect((await t.as('matac.coordinator')(LIST, { p: panel, first: 5 })).code).toBe('NOT_FOUND');
  });
});

describe('startsAt is kept to 2000-01-01 .. two years ahead', () => {
  const inYears = (years: number) => {
    const d = new Date();
    d.setUTCFullYear(d.getUTCFullYear() + years);
    return d.toISOString();
  };
  it.each([
    ['before 2000', '1999-12-31T23:59:59Z'],
    ['year 100', '0100-01-01T10:00:00Z'],
    ['three years ahead', inYears(3)],
    ['year 275760', '+275760-09-13T00:00:00Z'],
  ])('%s: BAD_USER_INPUT on startsAt, nothing written', async (_label, startsAt) => {
    const before = (await t.sql('SELECT count(*)::int AS n FROM meeting'))[0].n;
    const r = await t.as('marac.coordinator')(SCHEDULE, { i: { panelId: marac, startsAt } });
    expect(r.code).toBe('BAD_USER_INPUT');
    expect(String(r.errors![0].extensions.field)).toMatch(/startsAt$/);
    expect((await t.sql('SELECT count(*)::int AS n FROM meeting'))[0].n).toBe(before);
  });
  it('accepts the edges of the window: 2000-01-01 and just under two years ahead', async () => {
    expect((await schedule({ startsAt: '2000-01-01T00:00:00Z' })).startsAt).toBe('2000-01-01T00:00:00.000Z');
    const soon = new Date(Date.now() + 2 * 365 * 86_400_000 - 86_400_000).toISOString();
    expect((await schedule({ startsAt: soon })).id).toBeTruthy();
  });
});

describe('research and attendance are read only by those who see the item / the meeting', () => {
  let m: any;
  let open: any;
  let restricted: any;
  let items: Record<string, string>;

  beforeAll(async () => {
    m = await schedule({ startsAt: '2026-11-17T10:00:00Z' }); // in the past: attendance is recorded from the start
    open = await acceptedCase({ subject: person() });
    restricted = await acceptedCase({ restricted: true, restrictedToUserIds: [await t.userId('idva.rep')] });
    items = {
      open: (await t.ok('marac.coordinator', ADD, { m: m.id, c: open.id })).addCaseToAgenda.id,
      restricted: (await t.ok('marac.coordinator', ADD, { m: m.id, c: restricted.id })).addCaseToAgenda.id,
    };
    await t.ok('marac.coordinator', PUBLISH, { m: m.id });
    await t.ok('idva.rep', RESEARCH, { i: { agendaItemId: items.restricted, summary: 'IDVA: known to us' } });
    await t.ok('police.rep', RESEARCH, { i: { agendaItemId: items.open, summary: 'Police: 2 call-outs' } });
    const police = (await t.sql(`SELECT id FROM agency WHERE kind = 'POLICE'`))[0].id;
    await t.ok(
      'marac.coordinator',
      `mutation($i: AttendanceInput!) { recordAttendance(input: $i) { status } }`,
      { i: { meetingId: m.id, agencyId: police, status: 'PRESENT' } },
    );
  });

  const RESEARCH_VIA_AGENDA = `query($id: ID!) { meeting(id: $id) { attendance { status agency { kind } } agenda { id research { summary } } } }`;

  it('a rep on the allow-list reads the restricted item and its research; staff read all', async () => {
    const idva = (await t.ok('idva.rep', RESEARCH_VIA_AGENDA, { id: m.id })).meeting.agenda;
    expect(idva.find((i: any) => i.id === items.restricted).research).toEqual([
      { summary: 'IDVA: known to us' },
    ]);
    const staff = (await t.ok('marac.chair', RESEARCH_VIA_AGENDA, { id: m.id })).meeting;
    expect(staff.agenda.flatMap((i: any) => i.research.map((r: any) => r.summary)).sort()).toEqual([
      'IDVA: known to us',
      'Police: 2 call-outs',
    ]);
    expect(staff.attendance).toEqual([{ status: 'PRESENT', agency: { kind: 'POLICE' } }]);
  });

  it('a rep not on the allow-list reaches the restricted research by no path', async () => {
    const viaAgenda = (await t.ok('police.rep', RESEARCH_VIA_AGENDA, { id: m.id })).meeting;
    expect(viaAgenda.agenda.map((i: any) => i.id)).toEqual([items.open]);
    expect(JSON.stringify(viaAgenda)).not.toContain('IDVA: known to us');
    const viaCase = await t.as('police.rep')(
      `query($id: ID!) { case(id: $id) { agendaItems { research { summary } } } }`,
      { id: restricted.id },
    );
    expect(viaCase.code).toBe('NOT_FOUND');
    const viaOpenCase = await t.ok(
      'police.rep',
      `query($id: ID!) { case(id: $id) { agendaItems { id meeting { agenda { id research { summary } } } } } }`,
      { id: open.id },
    );
    expect(JSON.stringify(viaOpenCase)).not.toContain('IDVA: known to us');
    expect(JSON.stringify(viaOpenCase)).not.toContain(items.restricted);
  });

  it("attendance is the meeting's: another panel's staff and non-members read none of it", async () => {
    for (const user of ['matac.coordinator', 'hrap.chair'] as DemoUser[]) {
      const r = await t.as(user)(RESEARCH_VIA_AGENDA, { id: m.id });
      expect(r.data).toBeNull();
      expect(r.code).toBe('NOT_FOUND');
    }
    for (const user of ['referrer', 'admin', 'strategic', 'auditor'] as DemoUser[]) {
      const r = await t.as(user)(RESEARCH_VIA_AGENDA, { id: m.id });
      expect(r.data).toBeNull();
      expect(r.code).toBe('FORBIDDEN');
    }
  });
});

describe('reading meetings many times over writes no flood of audit rows', () => {
  it('30 aliases of meetings(panelId) with their agendas: at most one audit row, and no more statements than one alias', async () => {
    const m = await schedule({ startsAt: '2026-12-18T10:00:00Z' });
    for (let i = 0; i < 3; i++)
      await t.ok('marac.coordinator', ADD, { m: m.id, c: (await acceptedCase()).id });
    await t.ok('marac.coordinator', PUBLISH, { m: m.id });
    const aliased = (n: number) =>
      `query($p: ID!) { ${Array.from(
        { length: n },
        (_, i) => `m${i}: meetings(panelId: $p) { id agenda { id case { id reference } } }`,
      ).join(' ')} }`;
    const rows = async () => (await t.sql('SELECT count(*)::int AS n FROM audit_event'))[0].n;
    await t.ok('police.rep', aliased(1), { p: marac }); // warm up (sign-in)
    const before = await rows();
    let data: any;
    const many = await t.countStatements(async () => {
      data = await t.ok('police.rep', aliased(30), { p: marac });
    });
    // the request's read audit is one event (written from the request's read log), never one row per alias and item
    expect((await rows()) - before).toBeLessThanOrEqual(1);
    expect(data.m29.find((x: any) => x.id === m.id).agenda).toHaveLength(3);
    const one = await t.countStatements(() => t.ok('police.rep', aliased(1), { p: marac }));
    expect(many).toBe(one);
  });
});
