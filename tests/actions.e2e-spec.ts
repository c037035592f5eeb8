import { londonToday, setTestClock } from '@marac/core';
import { startTestApp, type DemoUser, type TestApp } from './support/harness.js';
import {
  CREATE_ACTION,
  CREATE_REFERRAL,
  UPDATE_ACTION,
  acceptedCase as accepted,
  person,
  referral,
} from './support/fixtures.js';

let t: TestApp;
let marac: string;
let police: string;
let housing: string;
let csp: string;

beforeAll(async () => {
  t = await startTestApp();
  marac = await t.panelId('MARAC');
  const agency = async (where: string) =>
    (await t.sql(`SELECT id FROM agency WHERE ${where}`))[0].id as string;
  [police, housing, csp] = await Promise.all([
    agency(`kind = 'POLICE'`),
    agency(`kind = 'HOUSING'`),
    agency(`name = 'Safer Hartlepool Partnership'`),
  ]);
});
afterEach(() => setTestClock(null));
afterAll(() => {
  setTestClock(null);
  return t.close();
});

/** A London calendar date `days` after today (the platform clock's today: reset after every test). */
const inDays = (days: number, from = londonToday()) =>
  new Date(Date.parse(`${from}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const DUE = inDays(45);

const ok = (user: DemoUser, query: string, variables: Record<string, unknown>) =>
  t.ok(user, query, variables);
const acceptedCase = (over: Record<string, unknown> = {}) => accepted(t, marac, over);
const counts = async () =>
  (
    await t.sql(`SELECT (SELECT count(*) FROM action)::int AS actions, (SELECT count(*) FROM action_update)::int AS updates,
                       (SELECT count(*) FROM outbox)::int AS outbox`)
  )[0];
/** Every action the user may see that matches the filter, page by page (pages of 500, the most one may ask for). */
const allActions = async (user: DemoUser, filter: Record<string, unknown> = {}, fields = 'id') => {
  const Q = `query($f: ActionFilter, $after: String) { actions(filter: $f, first: 500, after: $after) { ${fields} } }`;
  const all: any[] = [];
  for (let after: string | null = null; ;) {
    const page = (await ok(user, Q, { f: filter, after })).actions as any[];
    all.push(...page);
    if (page.length < 500) return all;
    after = page.at(-1).id;
  }
};
const action = (caseId: string, over: Record<string, unknown> = {}) => ({
  caseId,
  description: 'Housing to expedite a move to safe accommodation',
  ownerAgencyId: housing,
  dueDate: DUE,
  ...over,
});

describe('createAction', () => {
  it.each<DemoUser>(['marac.coordinator', 'marac.chair'])(
    '%s creates an action for a member agency, with an assignee of it',
    async (user) => {
      const c = await acceptedCase();
      const assignee = await t.userId('housing.rep');
      const a = (await ok(user, CREATE_ACTION, { i: action(c.id, { assigneeId: assignee }) })).createAction;
      expect(a).toMatchObject({
        status: 'OPEN',
        version: 1,
        overdue: false,
        dueDate: DUE,
        category: 'OTHER',
        case: { id: c.id },
        ownerAgency: { kind: 'HOUSING' },
        assignee: { id: assignee },
        updates: [],
      });
    },
  );

  it.each<DemoUser>(['police.rep', 'housing.rep', 'referrer', 'admin', 'strategic', 'auditor'])(
    '%s may not (FORBIDDEN, nothing written)',
    async (user) => {
      const c = await acceptedCase();
      const before = await counts();
      expect((await t.as(user)(CREATE_ACTION, { i: action(c.id) })).code).toBe('FORBIDDEN');
      expect(await counts()).toEqual(before);
    },
  );

  it("another panel's staff get NOT_FOUND", async () => {
    const c = await acceptedCase();
    expect((await t.as('matac.coordinator')(CREATE_ACTION, { i: action(c.id) })).code).toBe('NOT_FOUND');
  });

  it.each([
    ['an owner agency that does not sit on the panel', () => ({ ownerAgencyId: csp }), 'ownerAgencyId'],
    [
      'an assignee from another agency',
      async () => ({ assigneeId: await t.userId('police.rep') }),
      'assigneeId',
    ],
    ['a blank description', () => ({ description: '  ' }), 'description'],
  ] as [string, () => unknown, string][])(
    'refuses %s with BAD_USER_INPUT, writing nothing',
    async (_n, over, field) => {
      const c = await acceptedCase();
      const before = await counts();
      const r = await t.as('marac.coordinator')(CREATE_ACTION, {
        i: action(c.id, (await over()) as Record<string, unknown>),
      });
      expect(r.code).toBe('BAD_USER_INPUT');
      expect(r.errors![0].extensions.field).toBe(field);
      expect(await counts()).toEqual(before);
    },
  );

  it('refuses an agenda item of another case, and a case that is not open', async () => {
    const c = await acceptedCase();
    const other = await acceptedCase();
    const m = (
      await ok(
        'marac.coordinator',
        `mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { id } }`,
        { i: { panelId: marac, startsAt: '2026-12-17T10:00:00Z' } },
      )
    ).scheduleMeeting;
    const item = (
      await ok(
        'marac.coordinator',
        `mutation($m: ID!, $c: ID!) { addCaseToAgenda(meetingId: $m, caseId: $c) { id } }`,
        { m: m.id, c: other.id },
      )
    ).addCaseToAgenda;
    expect(
      (await t.as('marac.coordinator')(CREATE_ACTION, { i: action(c.id, { agendaItemId: item.id }) })).code,
    ).toBe('BAD_USER_INPUT');
    const tied = (
      await ok('marac.coordinator', CREATE_ACTION, { i: action(other.id, { agendaItemId: item.id }) })
    ).createAction;
    expect(tied.agendaItem).toEqual({ id: item.id });
    const submitted = (await ok('referrer', CREATE_REFERRAL, { input: referral(marac) })).createReferral;
    expect((await t.as('marac.coordinator')(CREATE_ACTION, { i: action(submitted.id) })).code).toBe(
      'BAD_USER_INPUT',
    );
  });
});

describe('action category (principle 6: the plan addresses victim, children and perpetrator)', () => {
  it('stores the category given, OTHER when omitted, and reads it back on the case', async () => {
    const c = await acceptedCase();
    const categories = ['VICTIM_SAFETY', 'CHILDREN', 'ADULT_AT_RISK', 'PERPETRATOR', 'OTHER'];
    for (const category of categories)
      expect(
        (await ok('marac.coordinator', CREATE_ACTION, { i: action(c.id, { category }) })).createAction,
      ).toMatchObject({ category });
    const plain = (await ok('marac.chair', CREATE_ACTION, { i: action(c.id) })).createAction;
    expect(plain.category).toBe('OTHER');
    const rows = await t.sql('SELECT category FROM action WHERE case_id = $1 ORDER BY created_at', [c.id]);
    expect(rows.map((r: any) => r.category)).toEqual([...categories, 'OTHER']);
    const Q = `query($id: ID!) { case(id: $id) { actions { category } } }`;
    const seen = await ok('housing.rep', Q, { id: c.id });
    expect(seen.case.actions.map((a: any) => a.category).sort()).toEqual([...categories, 'OTHER'].sort());
  });

  it('refuses an unknown category, and a category does not let a non-staff user create (nothing written)', async () => {
    const c = await acceptedCase();
    const before = await counts();
    const bad = await t.as('marac.coordinator')(CREATE_ACTION, { i: action(c.id, { category: 'FRIENDS' }) });
    expect(bad.errors?.length).toBeGreaterThan(0);
    expect(
      (await t.as('housing.rep')(CREATE_ACTION, { i: action(c.id, { category: 'PERPETRATOR' }) })).code,
    ).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
  });
});

describe('an action is due today at the earliest (Europe/London, the platform clock)', () => {
  it('accepts today, refuses yesterday with BAD_USER_INPUT on dueDate, and writes nothing', async () => {
    const c = await acceptedCase();
    expect(
      (await ok('marac.coordinator', CREATE_ACTION, { i: action(c.id, { dueDate: inDays(0) }) }))
        .createAction,
    ).toMatchObject({ dueDate: inDays(0), overdue: false });
    const before = await counts();
    const r = await t.as('marac.coordinator')(CREATE_ACTION, { i: action(c.id, { dueDate: inDays(-1) }) });
    expect(r.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].extensions.field).toMatch(/dueDate$/);
    expect(await counts()).toEqual(before);
  });

  it('judges "today" by the clock: after the clock moves on, the old date is refused and the action is overdue', async () => {
    const c = await acceptedCase();
    const [in3, in4] = [inDays(3), inDays(4)]; // from the real today, before the clock moves
    const a = (await ok('marac.coordinator', CREATE_ACTION, { i: action(c.id, { dueDate: in3 }) }))
      .createAction;
    setTestClock(`${in4}T12:00:00Z`);
    const r = await t.as('marac.chair')(CREATE_ACTION, { i: action(c.id, { dueDate: in3 }) });
    expect(r.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].extensions.field).toMatch(/dueDate$/);
    const Q = `query($id: ID!) { case(id: $id) { actions { id overdue } } }`;
    expect((await ok('marac.coordinator', Q, { id: c.id })).case.actions).toEqual([
      { id: a.id, overdue: true },
    ]);
    // London's date, not UTC's: 23:30 UTC on a summer evening is already tomorrow in London
    setTestClock('2031-07-01T23:30:00Z');
    expect(
      (await t.as('marac.chair')(CREATE_ACTION, { i: action(c.id, { dueDate: '2031-07-01' }) })).code,
    ).toBe('BAD_USER_INPUT');
  });

  it('a refused date still needs the right to create: others get FORBIDDEN', async () => {
    const c = await acceptedCase();
    expect((await t.as('police.rep')(CREATE_ACTION, { i: action(c.id, { dueDate: inDays(-1) }) })).code).toBe(
      'FORBIDDEN',
    );
    expect((await t.gql(CREATE_ACTION, { i: action(c.id, { dueDate: inDays(-1) }) })).code).toBe(
      'UNAUTHENTICATED',
    );
  });
});

describe('owning an action: need to know, and restriction wins', () => {
  it("lets the owner agency's panel reps see the case, and nobody else's reps", async () => {
    const c = await acceptedCase({ subject: person({ contact: { phone: '07700 900555' } }) });
    const CASE = `query($id: ID!) { case(id: $id) { id subject { contact { phone } } actions { id } } }`;
    expect((await t.as('housing.rep')(CASE, { id: c.id })).code).toBe('NOT_FOUND');
    const a = (await ok('marac.coordinator', CREATE_ACTION, { i: action(c.id) })).createAction;
    const seen = (await ok('housing.rep', CASE, { id: c.id })).case;
    expect(seen.actions.map((x: any) => x.id)).toEqual([a.id]);
    expect(seen.subject.contact).toBeNull(); // housing is not police or IDVA
    expect((await t.as('csc.rep')(CASE, { id: c.id })).code).toBe('NOT_FOUND');
    const mine = (await allActions('housing.rep')).map((x: any) => x.id);
    expect(mine).toContain(a.id);
    const theirs = (await allActions('csc.rep')).map((x: any) => x.id);
    expect(theirs).not.toContain(a.id);
  });

  it('a RESTRICTED case stays hidden from the owner agency unless allow-listed', async () => {
    const c = await acceptedCase({ restricted: true });
    const a = (await ok('marac.coordinator', CREATE_ACTION, { i: action(c.id) })).createAction;
    expect((await t.as('housing.rep')(`query($id: ID!) { case(id: $id) { id } }`, { id: c.id })).code).toBe(
      'NOT_FOUND',
    );
    expect((await allActions('housing.rep')).map((x: any) => x.id)).not.toContain(a.id);
    const upd = await t.as('housing.rep')(UPDATE_ACTION, {
      i: { actionId: a.id, status: 'DONE', note: 'done', expectedVersion: 1 },
    });
    expect(upd.code).toBe('NOT_FOUND');
    const allowed = await acceptedCase({
      restricted: true,
      restrictedToUserIds: [await t.userId('housing.rep')],
    });
    await ok('marac.coordinator', CREATE_ACTION, { i: action(allowed.id) });
    expect(
      (await ok('housing.rep', `query($id: ID!) { case(id: $id) { id } }`, { id: allowed.id })).case.id,
    ).toBe(allowed.id);
  });
});

describe('updateAction', () => {
  it('owner agency reps, the assignee and panel staff update with a note; history is kept; versions advance', async () => {
    const c = await acceptedCase();
    const assignee = await t.userId('housing.rep');
    const a = (await ok('marac.coordinator', CREATE_ACTION, { i: action(c.id) })).createAction;
    const one = (
      await ok('housing.rep', UPDATE_ACTION, {
        i: {
          actionId: a.id,
          status: 'IN_PROGRESS',
          note: 'Referral to refuge sent',
          expectedVersion: 1,
          assigneeId: assignee,
        },
      })
    ).updateAction;
    expect(one).toMatchObject({ status: 'IN_PROGRESS', version: 2, assignee: { id: assignee } });
    const two = (
      await ok('marac.chair', UPDATE_ACTION, {
        i: { actionId: a.id, status: 'DONE', note: 'Moved', expectedVersion: 2 },
      })
    ).updateAction;
    expect(two.version).toBe(3);
    expect(two.updates.map((u: any) => [u.status, u.note, u.by.id])).toEqual([
      ['IN_PROGRESS', 'Referral to refuge sent', assignee],
      ['DONE', 'Moved', await t.userId('marac.chair')],
    ]);
  });

  it('a stale version is CONFLICT and writes nothing; concurrent updates: one wins', async () => {
    const c = await acceptedCase();
    const a = (await ok('marac.coordinator', CREATE_ACTION, { i: action(c.id) })).createAction;
    await ok('housing.rep', UPDATE_ACTION, {
      i: { actionId: a.id, status: 'IN_PROGRESS', note: 'started', expectedVersion: 1 },
    });
    const before = await counts();
    const stale = await t.as('marac.chair')(UPDATE_ACTION, {
      i: { actionId: a.id, status: 'CANCELLED', note: 'stale', expectedVersion: 1 },
    });
    expect(stale.code).toBe('CONFLICT');
    expect(await counts()).toEqual(before);
    const race = await Promise.all([
      t.as('housing.rep')(UPDATE_ACTION, {
        i: { actionId: a.id, status: 'DONE', note: 'a', expectedVersion: 2 },
      }),
      t.as('marac.coordinator')(UPDATE_ACTION, {
        i: { actionId: a.id, status: 'CANCELLED', note: 'b', expectedVersion: 2 },
      }),
    ]);
    expect(race.filter((r) => r.data).length).toBe(1);
    expect(race.filter((r) => r.code === 'CONFLICT').length).toBe(1);
    expect(
      (await t.sql('SELECT count(*)::int AS n FROM action_update WHERE action_id = $1', [a.id]))[0].n,
    ).toBe(2);
  });

  it('refuses other agencies, bad reassignments and blank notes', async () => {
    const c = await acceptedCase();
    const a = (await ok('marac.coordinator', CREATE_ACTION, { i: action(c.id, { ownerAgencyId: police }) }))
      .createAction;
    // housing.rep does not see this case (the police own the action); police.rep does
    expect(
      (
        await t.as('housing.rep')(UPDATE_ACTION, {
          i: { actionId: a.id, status: 'DONE', note: 'x', expectedVersion: 1 },
        })
      ).code,
    ).toBe('NOT_FOUND');
    const reassign = await t.as('police.rep')(UPDATE_ACTION, {
      i: {
        actionId: a.id,
        status: 'OPEN',
        note: 'x',
        expectedVersion: 1,
        assigneeId: await t.userId('housing.rep'),
      },
    });
    expect(reassign.code).toBe('BAD_USER_INPUT');
    expect(
      (
        await t.as('police.rep')(UPDATE_ACTION, {
          i: { actionId: a.id, status: 'OPEN', note: ' ', expectedVersion: 1 },
        })
      ).code,
    ).toBe('BAD_USER_INPUT');
    for (const user of ['admin', 'strategic', 'auditor'] as DemoUser[]) {
      expect(
        (
          await t.as(user)(UPDATE_ACTION, {
            i: { actionId: a.id, status: 'DONE', note: 'x', expectedVersion: 1 },
          })
        ).code,
      ).toBe('FORBIDDEN');
    }
    // police.rep sees the case through its agency's action, but the housing action is not theirs to update
    const h = (await ok('marac.coordinator', CREATE_ACTION, { i: action(c.id) })).createAction;
    expect(
      (
        await t.as('police.rep')(UPDATE_ACTION, {
          i: { actionId: h.id, status: 'DONE', note: 'x', expectedVersion: 1 },
        })
      ).code,
    ).toBe('FORBIDDEN');
  });
});

describe('actions query and overdue', () => {
  it('computes overdue and filters by agency, status, overdue and panel', async () => {
    const c = await acceptedCase();
    // due today and tomorrow (a due date is never in the past), then the clock moves on a week
    const late = (await ok('marac.coordinator', CREATE_ACTION, { i: action(c.id, { dueDate: inDays(0) }) }))
      .createAction;
    expect(late.overdue).toBe(false); // due today is not overdue
    const doneLate = (
      await ok('marac.coordinator', CREATE_ACTION, { i: action(c.id, { dueDate: inDays(1) }) })
    ).createAction;
    await ok('marac.coordinator', UPDATE_ACTION, {
      i: { actionId: doneLate.id, status: 'DONE', note: 'done', expectedVersion: 1 },
    });
    const future = (
      await ok('marac.coordinator', CREATE_ACTION, {
        i: action(c.id, { dueDate: inDays(150), ownerAgencyId: police }),
      })
    ).createAction;
    setTestClock(`${inDays(7)}T12:00:00Z`);
    const Q = `query($f: ActionFilter) { actions(filter: $f) { id overdue status ownerAgency { kind } case { id } } }`;
    const F = 'id overdue status ownerAgency { kind } case { id }';
    const overdue = await allActions('marac.coordinator', { overdue: true, panelId: marac }, F);
    expect(overdue.map((a: any) => a.id)).toContain(late.id);
    expect(overdue.map((a: any) => a.id)).not.toContain(doneLate.id);
    expect(overdue.every((a: any) => a.overdue)).toBe(true);
    const police_ = await allActions('marac.coordinator', { agencyId: police }, F);
    expect(police_.map((a: any) => a.id)).toContain(future.id);
    expect(police_.every((a: any) => a.ownerAgency.kind === 'POLICE')).toBe(true);
    const done = await allActions('marac.chair', { status: ['DONE'] }, F);
    expect(done.map((a: any) => a.id)).toEqual(expect.arrayContaining([doneLate.id]));
    expect(done.every((a: any) => a.status === 'DONE')).toBe(true);
    expect((await allActions('matac.coordinator')).map((a: any) => a.id)).not.toContain(late.id);
    expect((await ok('referrer', Q, { f: {} })).actions).toEqual([]);
    for (const user of ['admin', 'strategic', 'auditor'] as DemoUser[])
      expect((await t.as(user)(Q, { f: {} })).code).toBe('FORBIDDEN');
    expect((await t.gql(Q, { f: {} })).code).toBe('UNAUTHENTICATED');
  });

  it('the demo data holds open, done and overdue actions', async () => {
    const rows = await t.sql(
      `SELECT bool_or(status = 'OPEN') AS open, bool_or(status = 'DONE') AS done,
              bool_or(status NOT IN ('DONE', 'CANCELLED') AND due_date < $1::date) AS overdue
         FROM action a JOIN case_person sp ON sp.case_id = a.case_id AND sp.is_subject JOIN person p ON p.id = sp.person_id
        WHERE p.family_name LIKE 'Demo-%'`,
      [londonToday()],
    );
    expect(rows[0]).toEqual({ open: true, done: true, overdue: true });
    // completed on plausible past dates: a finished demo action was finished after it was agreed, not at seed time
    const [dates] = await t.sql(
      `SELECT count(*) FILTER (WHERE completed_at < created_at)::int AS before_agreed,
              count(*) FILTER (WHERE completed_at::date <= due_date)::int AS on_time,
              count(*) FILTER (WHERE completed_at IS NOT NULL)::int AS finished,
              count(*) FILTER (WHERE completed_at > now() - interval '1 day' AND due_date < $1::date)::int AS at_seed
         FROM action`,
      [inDays(-1)],
    );
    expect(dates.before_agreed).toBe(0);
    expect(dates.at_seed).toBe(0);
    expect(dates.on_time / dates.finished).toBeGreaterThan(0.7);
  });
});

describe('actions pages (first/after), and nothing is cut silently', () => {
  const IDS = `query($f: ActionFilter, $first: Int, $after: String) { actions(filter: $f, first: $first, after: $after) { id } }`;

  it('returns every action through pages of `first` after the last id, with no hidden cap', async () => {
    const c = await acceptedCase();
    const coordinator = await t.userId('marac.coordinator');
    // more than the old hidden cap of 500, in one statement
    const inserted = await t.sql<{ id: string }>(
      `INSERT INTO action (case_id, panel_id, description, owner_agency_id, due_date, created_by)
       SELECT $1, $2, 'bulk ' || g, $3, DATE '2030-01-01' + (g % 40), $4 FROM generate_series(1, 520) g RETURNING id`,
      [c.id, marac, housing, coordinator],
    );
    const f = { agencyId: housing };
    expect((await ok('marac.coordinator', IDS, { f })).actions).toHaveLength(100); // the default page
    const all = (await allActions('marac.coordinator', f)).map((a) => a.id as string);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toEqual(expect.arrayContaining(inserted.map((r) => r.id)));
    // smaller pages give the same list, in the same order; a page shorter than `first` is the last
    const first = Math.ceil(all.length / 3) + 1;
    const paged: string[] = [];
    const sizes: number[] = [];
    for (let after: string | null = null; ;) {
      const page: string[] = (await ok('marac.coordinator', IDS, { f, first, after })).actions.map(
        (a: any) => a.id,
      );
      paged.push(...page);
      sizes.push(page.length);
      if (page.length < first) break;
      after = page.at(-1)!;
    }
    expect(paged).toEqual(all);
    expect(sizes.slice(0, -1).every((n) => n === first)).toBe(true);
    expect(sizes.at(-1)!).toBeLessThan(first);
  });

  it('refuses a page size outside 1..500 and a cursor the caller may not see', async () => {
    for (const first of [0, -1, 501]) {
      const r = await t.as('marac.coordinator')(IDS, { first });
      expect(r.code).toBe('BAD_USER_INPUT');
    }
    expect((await t.as('marac.coordinator')(IDS, { after: 'action:1' })).code).toBe('BAD_USER_INPUT');
    // an action on a restricted case the housing rep is not allowed to see: the same answer as an unknown id
    const c = await acceptedCase({ restricted: true });
    const hidden = (await ok('marac.coordinator', CREATE_ACTION, { i: action(c.id) })).createAction;
    const probe = await t.as('housing.rep')(IDS, { after: hidden.id });
    const unknown = await t.as('housing.rep')(IDS, { after: '00000000-0000-4000-8000-000000000000' });
    expect(probe.code).toBe('BAD_USER_INPUT');
    expect(unknown.code).toBe('BAD_USER_INPUT');
    expect(probe.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
    expect((await t.as('marac.coordinator')(IDS, { first: 1, after: hidden.id })).code).toBeUndefined();
  });

  it('costs the same number of statements for a page of 10 and of 100, nested fields included', async () => {
    const Q = `query($first: Int) { actions(first: $first) { id overdue updates { note by { id } } case { id reference }
      ownerAgency { id } assignee { id } agendaItem { id } } }`;
    await ok('marac.coordinator', Q, { first: 1 }); // the session is signed in before counting
    const cost = async (first: number) => {
      let n = 0;
      const count = await t.countStatements(async () => {
        n = (await ok('marac.coordinator', Q, { first })).actions.length;
      });
      expect(n).toBe(first);
      return count;
    };
    const [ten, hundred] = [await cost(10), await cost(100)];
    console.log(`actions statements: page of 10 ${ten}, page of 100 ${hundred}`);
    expect(hundred).toBe(ten);
  });
});
