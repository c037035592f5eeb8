/**
 * Issue 10, the side doors of the cases library: existence probing through validation order (1), identity pulled
 * through an identifier (2), confirmPersonMatch with a person the caller may not see (5), a person left on no case
 * (6), and cursors that revealed the global case sequence (11). Each test failed before its fix.
 */
import { startTestApp, type DemoUser, type TestApp } from './support/harness.js';
import { CREATE_REFERRAL, TRIAGE, nhsNumber, person, referral, uniq } from './support/fixtures.js';

let t: TestApp;
let marac: string;
let matac: string;
let hrap: string;

beforeAll(async () => {
  t = await startTestApp();
  [marac, matac, hrap] = await Promise.all([t.panelId('MARAC'), t.panelId('MATAC'), t.panelId('HRAP')]);
});
afterAll(() => t.close());

const count = async (table: string) =>
  (await t.sql(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;
const counts = async () => ({
  cases: await count('case_record'),
  persons: await count('person'),
  entries: await count('case_person'),
  flags: await count('case_flag'),
  // business events (a refusal may be audited as such; the changes it refused may not)
  audit: (
    await t.sql(
      `SELECT count(*)::int AS n FROM audit_event WHERE action LIKE 'case.%' OR action LIKE 'person.%'`,
    )
  )[0].n as number,
});

async function refer(user: DemoUser, input: Record<string, unknown>) {
  const r = await t.as(user)(CREATE_REFERRAL, { input });
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.createReferral;
}
const hrapReferral = (over: Record<string, unknown>) =>
  referral(hrap, { criteria: [], dashAnswers: null, referralDate: '2026-05-01', ...over });

/** A person known only from a restricted MARAC case. */
async function hiddenPerson(over: Record<string, unknown> = {}) {
  const nhs = nhsNumber();
  const family = uniq('Storedfamily');
  const c = await refer(
    'marac.coordinator',
    referral(marac, {
      restricted: true,
      subject: person({
        givenName: 'Storedgiven',
        familyName: family,
        dateOfBirth: '1979-01-02',
        nhsNumber: nhs,
        policeNationalId: uniq('PNC').slice(0, 18),
        ethnicity: 'ETHNICITY-STORED',
        lgbt: true,
        ...over,
      }),
    }),
  );
  return {
    nhs,
    family,
    caseId: c.id as string,
    personId: c.subject.id as string,
    pnc: c.subject.policeNationalId,
  };
}

describe('1. validation answers the same whether an identifier is known or not', () => {
  it.each<DemoUser>(['hrap.coordinator', 'referrer'])(
    '%s: subject by NHS number only, linked person with a bad NHS number: same answer for a known and an unknown number',
    async (user) => {
      const known = await hiddenPerson();
      const before = await counts();
      const answer = async (nhs: string, linkedNhs: string) => {
        const r = await t.as(user)(CREATE_REFERRAL, {
          input: hrapReferral({
            subject: { nhsNumber: nhs },
            linkedPersons: [{ role: 'PERPETRATOR', person: person({ nhsNumber: linkedNhs }) }],
          }),
        });
        expect(r.code).toBe('BAD_USER_INPUT');
        return { field: r.errors![0].extensions.field, message: r.errors![0].message };
      };
      const knownBad = await answer(known.nhs, '1234567890');
      const unknownBad = await answer(nhsNumber(), '1234567890');
      expect(knownBad).toEqual(unknownBad);
      // and with a valid linked person: a known subject number is no way around the required names either
      const knownGood = await answer(known.nhs, nhsNumber());
      const unknownGood = await answer(nhsNumber(), nhsNumber());
      expect(knownGood).toEqual(unknownGood);
      expect(knownGood.field).toBe('subject.givenName');
      // the same by police national id
      const byPnc = await t.as(user)(CREATE_REFERRAL, {
        input: hrapReferral({ subject: { policeNationalId: known.pnc } }),
      });
      expect(byPnc.errors![0].extensions.field).toBe('subject.givenName');
      expect(await counts()).toEqual(before);
    },
  );

  it.each([
    ['only zero-width spaces', { givenName: '\u200B\u200B' }, 'subject.givenName'],
    ['zero-width and white space', { familyName: ' \u200B\uFEFF\u2060 ' }, 'subject.familyName'],
    ['a date of birth before 1900', { dateOfBirth: '1899-12-31' }, 'subject.dateOfBirth'],
  ])('refuses a subject name made of %s (BAD_USER_INPUT naming the field)', async (_n, over, field) => {
    const before = await counts();
    const r = await t.as('marac.coordinator')(CREATE_REFERRAL, {
      input: referral(marac, { subject: person(over) }),
    });
    expect(r.code).toBe('BAD_USER_INPUT');
    expect(r.errors![0].extensions.field).toBe(field);
    expect(await counts()).toEqual(before);
  });

  it.each(['0100-01-01', '1899-12-31', '1999-12-31'])(
    'refuses a referral date of %s (before 2000-01-01)',
    async (date) => {
      const r = await t.as('marac.coordinator')(CREATE_REFERRAL, {
        input: referral(marac, { referralDate: date }),
      });
      expect(r.code).toBe('BAD_USER_INPUT');
      expect(r.errors![0].extensions.field).toBe('referralDate');
    },
  );

  it('refuses a risk review dated before 2000-01-01', async () => {
    const c = await refer('marac.coordinator', referral(marac));
    await t.ok('marac.coordinator', TRIAGE, { input: { caseId: c.id, decision: 'ACCEPT' } });
    const r = await t.as('marac.coordinator')(
      `mutation($i: RiskReviewInput!) { recordRiskReview(input: $i) { id } }`,
      { i: { caseId: c.id, reviewedOn: '1999-06-01', note: 'x' } },
    );
    expect(r.code).toBe('BAD_USER_INPUT');
    expect(r.errors![0].extensions.field).toBe('reviewedOn');
  });
});

describe('2. what a caller typed is what they see, unless they may see the stored person', () => {
  const STORED = ['Storedgiven', 'ETHNICITY-STORED', '1979-01-02'];

  it('an HRAP coordinator who refers with the NHS number of a person known only from a restricted MARAC case sees what they typed; so do the HRAP reps after publication', async () => {
    const known = await hiddenPerson();
    const typed = { givenName: 'Typedgiven', familyName: 'Typedfamily', nhsNumber: known.nhs };
    const c = await refer('hrap.coordinator', hrapReferral({ subject: typed }));
    const expected = {
      givenName: 'Typedgiven',
      familyName: 'Typedfamily',
      nhsNumber: known.nhs,
      policeNationalId: null,
    };
    expect(c.subject).toMatchObject(expected);
    expect(c.subject.id).not.toBe(known.personId);
    for (const s of [...STORED, known.family, known.pnc]) expect(JSON.stringify(c)).not.toContain(s);
    const Q = `query($id: ID!) { case(id: $id) { subject { id givenName familyName dateOfBirth ethnicity lgbt policeNationalId nhsNumber } } }`;
    const again = (await t.ok('hrap.coordinator', Q, { id: c.id })).case.subject;
    expect(again).toMatchObject({ ...expected, dateOfBirth: null, ethnicity: null, lgbt: null });
    // it is the same person underneath (flags and matching work on it)
    const [entry] = await t.sql('SELECT person_id AS id FROM case_person WHERE case_id = $1 AND is_subject', [
      c.id,
    ]);
    expect(entry.id).toBe(known.personId);

    // publication: the HRAP reps see the case, and likewise only what was typed
    await t.ok('hrap.coordinator', TRIAGE, { input: { caseId: c.id, decision: 'ACCEPT' } });
    const { scheduleMeeting: m } = await t.ok(
      'hrap.coordinator',
      `mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { id } }`,
      { i: { panelId: hrap, startsAt: '2026-12-11T10:00:00Z' } },
    );
    await t.ok(
      'hrap.coordinator',
      `mutation($m: ID!, $c: ID!) { addCaseToAgenda(meetingId: $m, caseId: $c) { id } }`,
      {
        m: m.id,
        c: c.id,
      },
    );
    await t.ok('hrap.coordinator', `mutation($m: ID!) { publishAgenda(meetingId: $m) { status } }`, {
      m: m.id,
    });
    for (const rep of ['police.rep', 'idva.rep'] as DemoUser[]) {
      const seen = (await t.ok(rep, Q, { id: c.id })).case.subject;
      expect(seen).toMatchObject({ ...expected, dateOfBirth: null, ethnicity: null, lgbt: null });
      expect(seen.id).not.toBe(known.personId);
    }
    // the MARAC staff, who may see the stored person, still do on their own case
    const own = (await t.ok('marac.coordinator', Q, { id: known.caseId })).case.subject;
    expect(own).toMatchObject({
      id: known.personId,
      givenName: 'Storedgiven',
      ethnicity: 'ETHNICITY-STORED',
    });
  });

  it('by police national id as a linked person too', async () => {
    const known = await hiddenPerson();
    const c = await refer(
      'hrap.coordinator',
      hrapReferral({
        linkedPersons: [
          { role: 'PERPETRATOR', person: { givenName: 'Lt', familyName: 'Lf', policeNationalId: known.pnc } },
        ],
      }),
    );
    expect(c.linkedPersons[0].person).toMatchObject({ givenName: 'Lt' });
    for (const s of [...STORED, known.family]) expect(JSON.stringify(c)).not.toContain(s);
  });
});

const CONFIRM = `mutation($i: ConfirmPersonMatchInput!) { confirmPersonMatch(input: $i) { id subject { id givenName familyName } } }`;
const SEARCH = `query($i: PersonSearchInput!) { searchPersons(input: $i) { person { id givenName familyName } } }`;

describe('5. confirmPersonMatch with a person the caller may not see', () => {
  it('is NOT_FOUND, like an unknown id, and writes nothing', async () => {
    const known = await hiddenPerson();
    const m = await refer('matac.coordinator', {
      panelId: matac,
      subject: person({ gender: 'MALE' }),
      criteria: [],
      rfgvScore: 30,
      lawfulBasis: 'Policing',
      referralDate: '2026-04-01',
    });
    const before = await counts();
    const entries = await t.sql('SELECT id, person_id FROM case_person ORDER BY id');
    const hidden = await t.as('matac.coordinator')(CONFIRM, {
      i: { caseId: m.id, personId: m.subject.id, matchedPersonId: known.personId },
    });
    const unknown = await t.as('matac.coordinator')(CONFIRM, {
      i: { caseId: m.id, personId: m.subject.id, matchedPersonId: '00000000-0000-4000-8000-00000000beef' },
    });
    expect(hidden.code).toBe('NOT_FOUND');
    expect(unknown.code).toBe('NOT_FOUND');
    expect(hidden.errors![0].message.replace(known.personId, 'X')).toBe(
      unknown.errors![0].message.replace('00000000-0000-4000-8000-00000000beef', 'X'),
    );
    expect(JSON.stringify(hidden)).not.toContain('Storedgiven');
    expect(await counts()).toEqual(before);
    expect(await t.sql('SELECT id, person_id FROM case_person ORDER BY id')).toEqual(entries);
    // and the restricted case carries no new flag
    expect(
      (await t.sql(`SELECT count(*)::int AS n FROM case_flag WHERE case_id = $1`, [known.caseId]))[0].n,
    ).toBe(0);
  });
});

describe('6. a person is findable only through cases the caller may see', () => {
  it('re-matching the subject of a restricted case: the old person is held by that case alone, not findable by everyone', async () => {
    const family = uniq('Orphan');
    const r = await refer(
      'marac.coordinator',
      referral(marac, { restricted: true, subject: person({ givenName: 'Olive', familyName: family }) }),
    );
    const other = await refer('marac.coordinator', referral(marac));
    const done = await t.ok('marac.coordinator', CONFIRM, {
      i: { caseId: r.id, personId: r.subject.id, matchedPersonId: other.subject.id },
    });
    expect(done.confirmPersonMatch.subject.id).toBe(other.subject.id);
    expect(
      (await t.sql('SELECT count(*)::int AS n FROM case_person WHERE person_id = $1', [r.subject.id]))[0].n,
    ).toBe(0);
    // other panels' staff never find the person (before the fix: a person on no case was findable by everyone)
    for (const user of ['matac.coordinator', 'hrap.chair'] as DemoUser[]) {
      const found = await t.ok(user, SEARCH, { i: { name: `Olive ${family}` } });
      expect(found.searchPersons.map((m: any) => m.person.id)).not.toContain(r.subject.id);
    }
    // nor link them by id into their own panel's referral
    const link = await t.as('matac.coordinator')(CREATE_REFERRAL, {
      input: {
        panelId: matac,
        subject: { existingPersonId: r.subject.id },
        criteria: [],
        rfgvScore: 10,
        lawfulBasis: 'Policing',
        referralDate: '2026-02-01',
      },
    });
    expect(link.code).toBe('BAD_USER_INPUT');
    expect(link.errors![0].extensions.field).toBe('subject.existingPersonId');
    // the staff who see the restricted case still find them through it, and may undo the match
    const staff = await t.ok('marac.chair', SEARCH, { i: { name: `Olive ${family}` } });
    expect(staff.searchPersons.map((m: any) => m.person.id)).toContain(r.subject.id);
    const undone = await t.ok('marac.chair', CONFIRM, {
      i: { caseId: r.id, personId: other.subject.id, matchedPersonId: r.subject.id },
    });
    expect(undone.confirmPersonMatch.subject).toMatchObject({ id: r.subject.id, givenName: 'Olive' });
  });

  it('a person a referral matched by a typed NHS number does not become findable by matching that entry away', async () => {
    const known = await hiddenPerson();
    const c = await refer('hrap.coordinator', hrapReferral({ subject: person({ nhsNumber: known.nhs }) }));
    const mine = await refer('hrap.coordinator', hrapReferral({}));
    await t.ok('hrap.coordinator', CONFIRM, {
      i: { caseId: c.id, personId: c.subject.id, matchedPersonId: mine.subject.id },
    });
    const found = await t.ok('hrap.coordinator', SEARCH, { i: { nhsNumber: known.nhs } });
    expect(found.searchPersons).toEqual([]);
  });

  it('a person known only through a case of another panel is not found by that panel’s staff', async () => {
    const family = uniq('Otherpanel');
    const c = await refer(
      'marac.coordinator',
      referral(marac, { subject: person({ givenName: 'Opal', familyName: family }) }),
    );
    const mine = await t.ok('marac.chair', SEARCH, { i: { name: `Opal ${family}` } });
    expect(mine.searchPersons.map((m: any) => m.person.id)).toContain(c.subject.id);
    const theirs = await t.ok('matac.coordinator', SEARCH, { i: { name: `Opal ${family}` } });
    expect(theirs.searchPersons.map((m: any) => m.person.id)).not.toContain(c.subject.id);
  });
});

describe('11. cursors of cases do not reveal the case sequence', () => {
  const Q = `query($after: String) { cases(first: 2, after: $after) { pageInfo { endCursor } edges { cursor node { id } } } }`;

  it('an opaque cursor: no sequence number in it; forged and foreign cursors are refused alike', async () => {
    const page = (await t.ok('marac.coordinator', Q, {})).cases;
    const last = page.edges.at(-1);
    const [{ seq }] = await t.sql('SELECT seq::text FROM case_record WHERE id = $1', [last.node.id]);
    const decoded = Buffer.from(page.pageInfo.endCursor, 'base64url').toString();
    expect(decoded).not.toMatch(/^case:\d+$/);
    expect(decoded).not.toContain(seq);
    const next = (await t.ok('marac.coordinator', Q, { after: page.pageInfo.endCursor })).cases;
    expect(next.edges.map((e: any) => e.node.id)).not.toContain(last.node.id);
    // the old form, and a cursor naming a case the caller may not see, are refused the same way
    const restricted = await refer('marac.coordinator', referral(marac, { restricted: true }));
    const forged = Buffer.from(`c1:${restricted.id}`).toString('base64url');
    const old = await t.as('matac.coordinator')(Q, {
      after: Buffer.from(`case:${seq}`).toString('base64url'),
    });
    const foreign = await t.as('matac.coordinator')(Q, { after: forged });
    expect(old.code).toBe('BAD_USER_INPUT');
    expect(foreign.code).toBe('BAD_USER_INPUT');
    expect(foreign.errors![0].message).toBe(old.errors![0].message);
  });
});
