import { setTestClock } from '@marac/core';
import { startTestApp, type DemoUser, type TestApp } from './support/harness.js';
import {
  CREATE_REFERRAL,
  TRIAGE,
  freshPanel,
  nhsNumber,
  person,
  referral,
  uniq,
} from './support/fixtures.js';

/**
 * Further incidents ("flag and tag") and linked persons changed after referral (issue 11; DOMAIN.md "Repeat and
 * cross-panel flags", POLICY.md). The clock is set, so that no test depends on the day it runs: "today" is 2026-06-15.
 */
const TODAY = '2026-06-15';

let t: TestApp;
let marac: string;
let matac: string;

beforeAll(async () => {
  t = await startTestApp(); // (the template's demo data is made on the real date)
  setTestClock(`${TODAY}T11:00:00Z`);
  [marac, matac] = await Promise.all([t.panelId('MARAC'), t.panelId('MATAC')]);
  // signed in once here, so that the audit rows a test counts are only those of what it does
  const users: DemoUser[] = ['marac.coordinator', 'marac.chair', 'matac.coordinator', 'hrap.coordinator'];
  users.push('police.rep', 'csc.rep', 'housing.rep', 'idva.rep', 'referrer', 'strategic');
  for (const u of users) await t.token(u);
});
afterAll(async () => {
  setTestClock(null);
  await t.close();
});

const RECORD = `mutation($i: FurtherIncidentInput!) { recordFurtherIncident(input: $i) {
  id incidentDate kind note recordedAt agency { id kind }
  repeatReferral { id reference status criteria riskTool referralDate restricted panel { id } } } }`;
const INCIDENTS = `query($id: ID!) { case(id: $id) { id version
  furtherIncidents { id incidentDate kind note agency { kind } repeatReferral { id } } } }`;
const ADD = `mutation($c: ID!, $i: LinkedPersonInput!) { addLinkedPerson(caseId: $c, input: $i) {
  id version isRepeat flags { kind relatedCaseReference } linkedPersons { role person { id } } } }`;
const REMOVE = `mutation($c: ID!, $p: ID!) { removeLinkedPerson(caseId: $c, personId: $p) {
  id version isRepeat flags { kind relatedCaseReference } linkedPersons { role person { id } } } }`;
const FLAGS = `query($id: ID!) { case(id: $id) { id isRepeat version flags { kind relatedCaseReference }
  previousCase { id } subject { id } linkedPersons { role person { id } } } }`;

const pnc = () => uniq('PN').toUpperCase().slice(0, 20);
const perpetrator = (over: Record<string, unknown> = {}) => ({
  person: person({ givenName: 'Sam', gender: 'MALE', policeNationalId: pnc(), ...over }),
  role: 'PERPETRATOR',
  relationshipToSubject: 'ex-partner',
});

async function refer(user: DemoUser, input: Record<string, unknown>) {
  const r = await t.as(user)(CREATE_REFERRAL, { input });
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.createReferral as { id: string; reference: string; subject: { id: string } };
}
async function accept(id: string, staff: DemoUser = 'marac.coordinator') {
  await t.ok(staff, TRIAGE, { input: { caseId: id, decision: 'ACCEPT' } });
}
/** Puts an accepted case on a concluded meeting and makes it HEARD (meetings are not what these tests are about). */
async function hear(caseId: string, panelId = marac) {
  const [m] = await t.sql(
    `INSERT INTO meeting (panel_id, starts_at, status, published_at, concluded_at)
     VALUES ($1, timestamptz '2026-01-05 10:00Z' + make_interval(mins => (random() * 100000)::int), 'CONCLUDED', now(), now())
     RETURNING id`,
    [panelId],
  );
  await t.sql(
    `INSERT INTO agenda_item (meeting_id, case_id, position, status_before_listing) VALUES ($1, $2, 1, 'ACCEPTED')`,
    [m.id, caseId],
  );
  await t.sql(`UPDATE case_record SET status = 'HEARD' WHERE id = $1`, [caseId]);
}
/** A MARAC case of the demo referrer with a perpetrator, accepted and heard (so the panel's reps see it). */
async function heardCase(over: Record<string, unknown> = {}) {
  const c = await refer(
    'referrer',
    referral(marac, { referralDate: '2026-01-10', linkedPersons: [perpetrator()], ...over }),
  );
  await accept(c.id);
  await hear(c.id);
  return c;
}
const count = async (sql: string, params: unknown[] = []) =>
  Number((await t.sql(`SELECT count(*)::int AS n FROM ${sql}`, params))[0].n);
const written = () =>
  Promise.all([
    count('further_incident'),
    count('case_record'),
    count('case_person'),
    count('audit_event WHERE action NOT IN ($1, $2)', ['read', 'refused']),
  ]);

describe('recordFurtherIncident on a MARAC case heard within 12 months: a repeat referral', () => {
  it('a rep who sees the heard case records it; the repeat referral copies the case for the coordinator to triage', async () => {
    const source = await heardCase();
    const r = await t.as('police.rep')(RECORD, {
      i: {
        caseId: source.id,
        incidentDate: '2026-06-01',
        kind: 'STALKING_OR_HARASSMENT',
        note: 'Seen outside the house',
      },
    });
    expect(r.errors).toBeUndefined();
    const fi = r.data.recordFurtherIncident;
    expect(fi).toMatchObject({
      incidentDate: '2026-06-01',
      kind: 'STALKING_OR_HARASSMENT',
      note: 'Seen outside the house',
      agency: { kind: 'POLICE' },
    });
    // the recorder sees the new case as its referrer would
    expect(fi.repeatReferral).toMatchObject({
      status: 'SUBMITTED',
      criteria: ['REPEAT'],
      riskTool: 'NONE',
      referralDate: TODAY,
      restricted: false,
      panel: { id: marac },
    });
    expect(fi.repeatReferral.reference).toMatch(/^MARAC-HPL-2026-\d{4}$/);
    const mine = await t.ok('police.rep', FLAGS, { id: fi.repeatReferral.id });
    expect(mine.case.isRepeat).toBeNull(); // the referrer's narrow view
    expect(mine.case.flags).toEqual([]);

    const [row] = await t.sql(
      `SELECT c.incident_date::text AS incident, c.lawful_basis, c.referred_by, a.kind AS agency, c.children_in_household,
              c.dash_score, c.risk_summary
         FROM case_record c JOIN agency a ON a.id = c.referring_agency_id WHERE c.id = $1`,
      [fi.repeatReferral.id],
    );
    const [src] = await t.sql(`SELECT lawful_basis, children_in_household FROM case_record WHERE id = $1`, [
      source.id,
    ]);
    expect(row).toEqual({
      incident: '2026-06-01',
      lawful_basis: src.lawful_basis,
      referred_by: await t.userId('police.rep'),
      agency: 'POLICE',
      children_in_household: src.children_in_household,
      dash_score: null,
      risk_summary: null,
    });
    const persons = (id: string) =>
      t.sql(
        `SELECT person_id, role, is_subject, position FROM case_person WHERE case_id = $1 ORDER BY position`,
        [id],
      );
    expect(await persons(fi.repeatReferral.id)).toEqual(await persons(source.id));

    // the coordinator triages it: a repeat of the case the incident was recorded on
    const staff = (await t.ok('marac.coordinator', FLAGS, { id: fi.repeatReferral.id })).case;
    expect(staff.isRepeat).toBe(true);
    expect(staff.previousCase).toEqual({ id: source.id });
    expect(staff.flags).toContainEqual({ kind: 'REPEAT', relatedCaseReference: source.reference });

    const events = await t.sql(
      `SELECT action, entity_type, entity_id FROM audit_event WHERE case_id = ANY($1) AND action <> 'read' ORDER BY at, id`,
      [[source.id, fi.repeatReferral.id]],
    );
    expect(events).toEqual(
      expect.arrayContaining([
        { action: 'case.create', entity_type: 'Case', entity_id: fi.repeatReferral.id },
        { action: 'case.further_incident', entity_type: 'FurtherIncident', entity_id: fi.id },
      ]),
    );
  });

  it('a restricted case gives a restricted repeat referral with its allow-list, and the recorder on it', async () => {
    const police = await t.userId('police.rep');
    const source = await heardCase({ restricted: true, restrictedToUserIds: [police] });
    const fi = (
      await t.ok('police.rep', RECORD, {
        i: { caseId: source.id, incidentDate: '2026-05-20', kind: 'BREACH_OF_ORDER' },
      })
    ).recordFurtherIncident;
    expect(fi.repeatReferral).toMatchObject({ restricted: true, status: 'SUBMITTED' });
    const allowed = async (id: string) =>
      (await t.sql(`SELECT user_id FROM case_allowed_user WHERE case_id = $1`, [id]))
        .map((r) => r.user_id)
        .sort();
    const referrer = await t.userId('referrer');
    expect(await allowed(source.id)).toEqual([police, referrer].sort());
    expect(await allowed(fi.repeatReferral.id)).toEqual([police, referrer].sort());
    // a rep not on the allow-list sees neither case
    expect((await t.as('csc.rep')(FLAGS, { id: fi.repeatReferral.id })).code).toBe('NOT_FOUND');
    expect(
      (await t.as('csc.rep')(RECORD, { i: { caseId: source.id, incidentDate: '2026-05-21', kind: 'OTHER' } }))
        .code,
    ).toBe('NOT_FOUND');
  });

  it('at exactly 12 months after the referral it is a repeat referral; at 12 months and a day it is refused, nothing written', async () => {
    const source = await heardCase({ referralDate: '2025-06-01' });
    const before = await written();
    const late = await t.as('marac.coordinator')(RECORD, {
      i: { caseId: source.id, incidentDate: '2026-06-02', kind: 'VIOLENCE_OR_THREATS', note: 'x' },
    });
    expect(late.code).toBe('BAD_USER_INPUT');
    expect(late.errors![0].extensions.field).toBe('incidentDate');
    expect(late.errors![0].message).toContain('new referral');
    expect(await written()).toEqual(before);

    const inTime = await t.ok('marac.coordinator', RECORD, {
      i: { caseId: source.id, incidentDate: '2026-06-01', kind: 'VIOLENCE_OR_THREATS' },
    });
    expect(inTime.recordFurtherIncident.repeatReferral.status).toBe('SUBMITTED');
    // the repeat referral of a closed case too
    const closed = await heardCase({ referralDate: '2025-09-01' });
    await t.sql(`UPDATE case_record SET status = 'CLOSED', closed_on = '2026-02-01' WHERE id = $1`, [
      closed.id,
    ]);
    const again = await t.ok('marac.chair', RECORD, {
      i: { caseId: closed.id, incidentDate: '2026-06-10', kind: 'UNWANTED_CONTACT' },
    });
    expect(again.recordFurtherIncident.repeatReferral.status).toBe('SUBMITTED');
  });

  it('refuses an incident in the future or before the referral date (BAD_USER_INPUT on incidentDate), nothing written', async () => {
    const source = await heardCase({ referralDate: '2026-03-01' });
    const before = await written();
    for (const incidentDate of ['2026-06-16', '2026-02-28']) {
      const r = await t.as('marac.coordinator')(RECORD, {
        i: { caseId: source.id, incidentDate, kind: 'OTHER' },
      });
      expect([r.code, r.errors![0].extensions.field]).toEqual(['BAD_USER_INPUT', 'incidentDate']);
    }
    expect(await written()).toEqual(before);
  });
});

describe('recordFurtherIncident that records only', () => {
  it('on a MARAC case not yet heard: the incident is on the case, no new case', async () => {
    const c = await refer('referrer', referral(marac, { referralDate: '2026-04-01' }));
    await accept(c.id);
    const { version } = (await t.ok('marac.coordinator', INCIDENTS, { id: c.id })).case;
    const cases = await count('case_record');
    const fi = (
      await t.ok('marac.coordinator', RECORD, {
        i: { caseId: c.id, incidentDate: '2026-05-01', kind: 'COERCIVE_CONTROL', note: 'Phone taken away' },
      })
    ).recordFurtherIncident;
    expect(fi.repeatReferral).toBeNull();
    expect(await count('case_record')).toBe(cases);
    const seen = (await t.ok('marac.coordinator', INCIDENTS, { id: c.id })).case;
    expect(seen.version).toBe(version + 1);
    expect(seen.furtherIncidents).toEqual([
      {
        id: fi.id,
        incidentDate: '2026-05-01',
        kind: 'COERCIVE_CONTROL',
        note: 'Phone taken away',
        agency: { kind: 'OTHER' },
        repeatReferral: null,
      },
    ]);
  });

  it('on a heard MATAC case, however long after the nomination', async () => {
    const n = await refer('matac.coordinator', {
      panelId: matac,
      subject: person({ gender: 'MALE' }),
      criteria: [],
      rfgvScore: 70,
      lawfulBasis: 'Policing purposes',
      referralDate: '2024-01-15',
    });
    await accept(n.id, 'matac.coordinator');
    await hear(n.id, matac);
    const cases = await count('case_record');
    const fi = (
      await t.ok('matac.coordinator', RECORD, {
        i: { caseId: n.id, incidentDate: '2026-06-01', kind: 'VIOLENCE_OR_THREATS' },
      })
    ).recordFurtherIncident;
    expect(fi.repeatReferral).toBeNull();
    expect(await count('case_record')).toBe(cases);
  });
});

describe('who records and who reads further incidents', () => {
  it('the referrer cannot record (FORBIDDEN); a housing rep who does not see the case gets NOT_FOUND, as for none; nothing written', async () => {
    const heard = await heardCase();
    const notListed = await refer('referrer', referral(marac, { referralDate: '2026-04-01' }));
    await accept(notListed.id);
    const before = await written();
    const i = (caseId: string) => ({ i: { caseId, incidentDate: '2026-05-01', kind: 'OTHER' } });
    expect((await t.as('referrer')(RECORD, i(heard.id))).code).toBe('FORBIDDEN');
    expect((await t.as('strategic')(RECORD, i(heard.id))).code).toBe('FORBIDDEN');
    expect((await t.as('housing.rep')(RECORD, i(notListed.id))).code).toBe('NOT_FOUND');
    expect((await t.as('housing.rep')(RECORD, i('00000000-0000-4000-8000-000000000000'))).code).toBe(
      'NOT_FOUND',
    );
    expect((await t.as('hrap.coordinator')(RECORD, i(heard.id))).code).toBe('NOT_FOUND');
    expect(await written()).toEqual(before);
  });

  it("a practitioner who sees only the referrer's view of their own referral cannot record on it (FORBIDDEN)", async () => {
    const own = await refer('police.rep', referral(marac, { referralDate: '2026-04-01' }));
    await accept(own.id);
    const before = await written();
    const r = await t.as('police.rep')(RECORD, {
      i: { caseId: own.id, incidentDate: '2026-05-01', kind: 'OTHER' },
    });
    expect(r.code).toBe('FORBIDDEN');
    expect(await written()).toEqual(before);
  });

  it('dates and kinds to everyone who sees the case in detail; the note to panel staff and the recording agency only', async () => {
    const c = await heardCase();
    const fi = (
      await t.ok('police.rep', RECORD, {
        i: { caseId: c.id, incidentDate: '2026-05-05', kind: 'SEXUAL_ABUSE', note: 'Disclosed to officer' },
      })
    ).recordFurtherIncident;
    const incidents = async (user: DemoUser) =>
      (await t.ok(user, INCIDENTS, { id: c.id })).case.furtherIncidents;
    for (const user of ['police.rep', 'marac.coordinator', 'marac.chair'] as DemoUser[]) {
      expect((await incidents(user))[0].note).toBe('Disclosed to officer');
    }
    const other = await incidents('csc.rep');
    expect(other).toEqual([
      {
        id: fi.id,
        incidentDate: '2026-05-05',
        kind: 'SEXUAL_ABUSE',
        note: null,
        agency: { kind: 'POLICE' },
        repeatReferral: null, // the repeat referral is not a case csc.rep sees
      },
    ]);
    expect((await incidents('marac.coordinator'))[0].repeatReferral).toEqual({ id: fi.repeatReferral.id });
    // the referrer's narrow view of their own referral carries none
    expect(await incidents('referrer')).toEqual([]);
    // the housing rep, who also sees it (published agenda), reads the kind but not the note
    expect((await incidents('housing.rep'))[0]).toMatchObject({ kind: 'SEXUAL_ABUSE', note: null });
  });

  it('the cases list reads further incidents in a constant number of SQL statements', async () => {
    const panel = await freshPanel(t, 'MARAC', 'marac.coordinator');
    for (let k = 0; k < 6; k++) {
      const c = await refer('marac.coordinator', referral(panel, { referralDate: '2026-03-01' }));
      await accept(c.id);
      await t.ok('marac.coordinator', RECORD, {
        i: { caseId: c.id, incidentDate: '2026-04-01', kind: 'OTHER', note: `n${k}` },
      });
    }
    const LIST = `query($p: ID!, $n: Int) { cases(first: $n, filter: { panelId: $p }) { edges { node { id
      furtherIncidents { id kind note agency { id } repeatReferral { id } } } } } }`;
    await t.token('marac.coordinator');
    const run = (n: number) =>
      t.countStatements(async () => {
        const r = await t.ok('marac.coordinator', LIST, { p: panel, n });
        expect(r.cases.edges).toHaveLength(n);
        expect(r.cases.edges.every((e: any) => e.node.furtherIncidents.length === 1)).toBe(true);
      });
    const [six, two] = [await run(6), await run(2)];
    expect(six).toBe(two);
  });
});

describe('addLinkedPerson and removeLinkedPerson', () => {
  it('a perpetrator identified later turns a POSSIBLE_REPEAT into a REPEAT; removing them turns it back', async () => {
    const victim = person({ nhsNumber: nhsNumber() });
    const known = perpetrator();
    const first = await refer(
      'referrer',
      referral(marac, { subject: victim, referralDate: '2026-01-10', linkedPersons: [known] }),
    );
    await accept(first.id);
    // the same victim (by NHS number), with a perpetrator entered as someone else: only a hint
    const second = await refer(
      'referrer',
      referral(marac, { subject: victim, referralDate: '2026-03-01', linkedPersons: [perpetrator()] }),
    );
    await accept(second.id);
    const now = (await t.ok('marac.coordinator', FLAGS, { id: second.id })).case;
    expect(now.isRepeat).toBe(false);
    expect(now.flags.map((f: any) => f.kind)).toContain('POSSIBLE_REPEAT');
    const version = now.version;

    // police identify the perpetrator: the known police national id is that person
    const added = (
      await t.ok('marac.coordinator', ADD, {
        c: second.id,
        i: {
          person: { ...known.person, givenName: 'Samuel' },
          role: 'PERPETRATOR',
          relationshipToSubject: 'partner',
        },
      })
    ).addLinkedPerson;
    expect(added.isRepeat).toBe(true);
    expect(added.version).toBe(version + 1);
    expect(added.flags).toContainEqual({ kind: 'REPEAT', relatedCaseReference: first.reference });
    expect(added.flags.map((f: any) => f.kind)).not.toContain('POSSIBLE_REPEAT');
    const [entry] = await t.sql(
      `SELECT cp.person_id FROM case_person cp WHERE cp.case_id = $1 AND cp.position = 3`,
      [second.id],
    );
    const [knownEntry] = await t.sql(
      `SELECT person_id FROM case_person WHERE case_id = $1 AND role = 'PERPETRATOR'`,
      [first.id],
    );
    expect(entry.person_id).toBe(knownEntry.person_id);
    // the case that shares the perpetrator is recomputed too
    const firstFlags = (await t.ok('marac.coordinator', FLAGS, { id: first.id })).case.flags;
    expect(firstFlags).toContainEqual({ kind: 'REPEAT_PERPETRATOR', relatedCaseReference: second.reference });

    // removed again (by the id under which the coordinator sees them): the hint is back, on both cases
    const seenAdded = added.linkedPersons.filter((l: any) => l.role === 'PERPETRATOR').at(-1).person.id;
    const removed = (await t.ok('marac.coordinator', REMOVE, { c: second.id, p: seenAdded }))
      .removeLinkedPerson;
    expect(removed.isRepeat).toBe(false);
    expect(removed.version).toBe(version + 2);
    expect(removed.flags.map((f: any) => f.kind)).toContain('POSSIBLE_REPEAT');
    expect(removed.linkedPersons).toHaveLength(1);
    const firstAfter = (await t.ok('marac.coordinator', FLAGS, { id: first.id })).case.flags;
    expect(firstAfter.map((f: any) => f.kind)).not.toContain('REPEAT_PERPETRATOR');

    const events = await t.sql(
      `SELECT action FROM audit_event WHERE case_id = $1 AND action LIKE 'case.person_%' ORDER BY at, id`,
      [second.id],
    );
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining(['case.person_add', 'case.person_remove']),
    );
  });

  it('refuses to remove the subject (BAD_USER_INPUT) and a person not on the case (NOT_FOUND); nothing written', async () => {
    const c = await refer('referrer', referral(marac, { linkedPersons: [perpetrator()] }));
    await accept(c.id);
    const other = await refer('referrer', referral(marac));
    const elsewhere = (await t.ok('marac.coordinator', FLAGS, { id: other.id })).case.subject.id;
    const seen = (await t.ok('marac.coordinator', FLAGS, { id: c.id })).case;
    const before = await written();
    const subject = await t.as('marac.coordinator')(REMOVE, { c: c.id, p: seen.subject.id });
    expect([subject.code, subject.errors![0].extensions.field]).toEqual(['BAD_USER_INPUT', 'personId']);
    expect((await t.as('marac.coordinator')(REMOVE, { c: c.id, p: elsewhere })).code).toBe('NOT_FOUND');
    expect(
      (await t.as('marac.coordinator')(REMOVE, { c: c.id, p: '00000000-0000-4000-8000-000000000000' })).code,
    ).toBe('NOT_FOUND');
    expect(await written()).toEqual(before);
    expect((await t.ok('marac.coordinator', FLAGS, { id: c.id })).case.version).toBe(seen.version);
  });

  it("is for panel staff: reps and the referrer FORBIDDEN, another panel's staff NOT_FOUND; nothing written", async () => {
    const c = await heardCase();
    const seen = (await t.ok('marac.coordinator', FLAGS, { id: c.id })).case;
    const linked = seen.linkedPersons[0].person.id;
    const before = await written();
    const add = (user: DemoUser) => t.as(user)(ADD, { c: c.id, i: perpetrator() });
    const remove = (user: DemoUser) => t.as(user)(REMOVE, { c: c.id, p: linked });
    for (const user of ['police.rep', 'referrer', 'strategic'] as DemoUser[]) {
      expect((await add(user)).code).toBe('FORBIDDEN');
      expect((await remove(user)).code).toBe('FORBIDDEN');
    }
    expect((await add('hrap.coordinator')).code).toBe('NOT_FOUND');
    expect((await remove('hrap.coordinator')).code).toBe('NOT_FOUND');
    expect(await written()).toEqual(before);
  });

  it('checks the whole person before any identifier is looked up (BAD_USER_INPUT naming the field), nothing written', async () => {
    const c = await refer('referrer', referral(marac));
    const before = await written();
    const r = await t.as('marac.chair')(ADD, {
      c: c.id,
      i: { person: { familyName: 'Nameless', policeNationalId: pnc() }, role: 'PERPETRATOR' },
    });
    expect([r.code, r.errors![0].extensions.field]).toEqual(['BAD_USER_INPUT', 'person.givenName']);
    expect(await written()).toEqual(before);
  });

  it('takes a school for a CHILD only, as createReferral does (BAD_USER_INPUT on school), nothing written', async () => {
    const c = await refer('referrer', referral(marac));
    await accept(c.id);
    const before = await written();
    const adult = { person: { givenName: 'Grown', familyName: 'Up' }, role: 'OTHER', school: 'Demo School' };
    const r = await t.as('marac.chair')(ADD, { c: c.id, i: adult });
    expect([r.code, r.errors![0].extensions.field]).toEqual(['BAD_USER_INPUT', 'school']);
    expect(await written()).toEqual(before);
    // a child's school is taken
    const child = { ...adult, role: 'CHILD', person: { givenName: 'Young', familyName: 'One' } };
    expect((await t.ok('marac.chair', ADD, { c: c.id, i: child })).addLinkedPerson.linkedPersons).toEqual([
      expect.objectContaining({ role: 'CHILD' }),
    ]);
  });

  it('links a known person by existingPersonId only when the caller may see them (else BAD_USER_INPUT, nothing written)', async () => {
    const hrap = await t.panelId('HRAP');
    const theirs = await refer('hrap.coordinator', {
      panelId: hrap,
      subject: person(),
      criteria: [],
      lawfulBasis: 'Care Act 2014 s42',
      referralDate: '2026-04-01',
    });
    const hidden = (await t.ok('hrap.coordinator', FLAGS, { id: theirs.id })).case.subject.id;
    const c = await refer('referrer', referral(marac));
    await accept(c.id);
    const before = await written();
    const r = await t.as('marac.coordinator')(ADD, {
      c: c.id,
      i: { person: { existingPersonId: hidden }, role: 'PERPETRATOR' },
    });
    expect([r.code, r.errors![0].extensions.field]).toEqual(['BAD_USER_INPUT', 'person.existingPersonId']);
    expect(await written()).toEqual(before);
    // a person the coordinator sees (on another MARAC case) is linked as that person
    const other = await refer('referrer', referral(marac, { linkedPersons: [perpetrator()] }));
    const known = (await t.ok('marac.coordinator', FLAGS, { id: other.id })).case.linkedPersons[0].person.id;
    const added = (
      await t.ok('marac.coordinator', ADD, {
        c: c.id,
        i: { person: { existingPersonId: known }, role: 'PERPETRATOR' },
      })
    ).addLinkedPerson;
    expect(added.linkedPersons.map((l: any) => [l.role, l.person.id])).toEqual([['PERPETRATOR', known]]);
    const again = await t.as('marac.coordinator')(ADD, {
      c: c.id,
      i: { person: { existingPersonId: known }, role: 'PERPETRATOR' },
    });
    expect([again.code, again.errors![0].extensions.field]).toEqual(['BAD_USER_INPUT', 'person']);
  });
});
