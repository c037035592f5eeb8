import { startTestApp, type DemoUser, type TestApp } from './support/harness.js';
import { CREATE_REFERRAL, GET_CASE, TRIAGE, nhsNumber, person, referral, uniq } from './support/fixtures.js';

let t: TestApp;
let marac: string;
let matac: string;
let hrap: string;

beforeAll(async () => {
  t = await startTestApp();
  [marac, matac, hrap] = await Promise.all([t.panelId('MARAC'), t.panelId('MATAC'), t.panelId('HRAP')]);
});
afterAll(() => t.close());

async function refer(user: DemoUser, input: Record<string, unknown>) {
  const r = await t.as(user)(CREATE_REFERRAL, { input });
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.createReferral;
}
async function triage(caseId: string, user: DemoUser, decision = 'ACCEPT') {
  const r = await t.as(user)(TRIAGE, {
    input: {
      caseId,
      decision,
      reason: decision === 'REJECT' ? 'criteria not met' : null,
      rejectionReason: decision === 'REJECT' ? 'NOT_ELIGIBLE' : null,
    },
  });
  if (!r.data) throw new Error(JSON.stringify(r.errors));
}
const view = async (id: string, user: DemoUser = 'marac.coordinator') =>
  (await t.as(user)(GET_CASE, { id })).data.case;
const maracVictim = (over: Record<string, unknown> = {}) => ({ nhsNumber: nhsNumber(), ...over });
const matacNominal = (subject: Record<string, unknown>, over: Record<string, unknown> = {}) => ({
  panelId: matac,
  subject: person({ gender: 'MALE', ...subject }),
  criteria: [],
  rfgvScore: 60,
  lawfulBasis: 'Policing purposes',
  referralDate: '2026-04-01',
  ...over,
});

describe('REPEAT', () => {
  it('a second MARAC referral of the same victim within 12 months of an accepted one is a repeat, linking it', async () => {
    const victim = person(maracVictim());
    const first = await refer('referrer', referral(marac, { subject: victim, referralDate: '2025-03-31' }));
    await triage(first.id, 'marac.coordinator');
    const second = await refer('referrer', referral(marac, { subject: victim, referralDate: '2026-03-31' }));
    const seen = await view(second.id);
    expect(seen.isRepeat).toBe(true);
    expect(seen.previousCase).toEqual({ id: first.id, reference: first.reference });
    expect(seen.flags).toEqual([
      expect.objectContaining({
        kind: 'REPEAT',
        relatedCaseReference: first.reference,
        relatedPanelKind: 'MARAC',
      }),
    ]);
    // filters on the computed status
    const q = `query($f: CaseFilter) { cases(first: 100, filter: $f) { edges { node { id } } } }`;
    const repeats = await t.as('marac.coordinator')(q, { f: { isRepeat: true } });
    expect(repeats.data.cases.edges.map((e: any) => e.node.id)).toContain(second.id);
    // ...but the referrer's view never reveals it
    expect((await view(second.id, 'referrer')).isRepeat).toBeNull(); // hidden is not false
    const theirs = await t.as('referrer')(q, { f: { isRepeat: true } });
    expect(theirs.data.cases.edges).toEqual([]);
  });

  it('12 months and a day later is not a repeat; a rejected previous referral does not count', async () => {
    const victim = person(maracVictim());
    const first = await refer('referrer', referral(marac, { subject: victim, referralDate: '2025-03-31' }));
    await triage(first.id, 'marac.coordinator');
    const late = await refer('referrer', referral(marac, { subject: victim, referralDate: '2026-04-01' }));
    expect((await view(late.id)).isRepeat).toBe(false);

    const other = person(maracVictim());
    const rejected = await refer('referrer', referral(marac, { subject: other, referralDate: '2026-01-01' }));
    await triage(rejected.id, 'marac.chair', 'REJECT');
    const next = await refer('referrer', referral(marac, { subject: other, referralDate: '2026-02-01' }));
    expect((await view(next.id)).isRepeat).toBe(false);
  });

  it('flags follow the data, not its arrival order: back-filled history makes a later case a repeat', async () => {
    const victim = person(maracVictim());
    const later = await refer(
      'marac.coordinator',
      referral(marac, { subject: victim, referralDate: '2026-05-01' }),
    );
    await triage(later.id, 'marac.coordinator');
    expect((await view(later.id)).isRepeat).toBe(false);
    const history = await refer(
      'marac.coordinator',
      referral(marac, { subject: victim, referralDate: '2025-11-15' }),
    );
    // still only submitted: does not count yet
    expect((await view(later.id)).isRepeat).toBe(false);
    await triage(history.id, 'marac.coordinator');
    const now = await view(later.id);
    expect(now.isRepeat).toBe(true);
    expect(now.previousCase.id).toBe(history.id);
    expect((await view(history.id)).isRepeat).toBe(false);
  });

  it('withdrawing the earlier case removes the repeat flag of the later one', async () => {
    const victim = person(maracVictim());
    const a = await refer(
      'marac.coordinator',
      referral(marac, { subject: victim, referralDate: '2026-01-10' }),
    );
    await triage(a.id, 'marac.coordinator');
    const b = await refer(
      'marac.coordinator',
      referral(marac, { subject: victim, referralDate: '2026-02-10' }),
    );
    expect((await view(b.id)).isRepeat).toBe(true);
    await t.as('marac.coordinator')(
      `mutation($id: ID!) { withdrawReferral(caseId: $id, reason: "Opened in error") { id } }`,
      { id: a.id },
    );
    const after = await view(b.id);
    expect(after.isRepeat).toBe(false);
    expect(after.flags.filter((f: any) => f.kind === 'REPEAT')).toEqual([]);
  });
});

describe('perpetrator flags', () => {
  it('REPEAT_PERPETRATOR and SERIAL_PERPETRATOR: one perpetrator, two victims, within 12 months', async () => {
    const pnc = uniq('P').slice(0, 16);
    const perp = {
      role: 'PERPETRATOR',
      person: person({ givenName: 'Sam', gender: 'MALE', policeNationalId: pnc }),
    };
    const a = await refer(
      'police.rep',
      referral(marac, { referralDate: '2026-01-05', linkedPersons: [perp] }),
    );
    const b = await refer(
      'police.rep',
      referral(marac, { referralDate: '2026-06-05', linkedPersons: [perp] }),
    );
    // flags count accepted cases only (DOMAIN.md): nothing until the coordinator accepts them
    expect((await view(b.id)).flags).toEqual([]);
    await triage(a.id, 'marac.coordinator');
    await triage(b.id, 'marac.coordinator');
    const kinds = (c: any) => c.flags.map((f: any) => `${f.kind}:${f.relatedCaseReference}`).sort();
    expect(kinds(await view(b.id))).toEqual([
      `REPEAT_PERPETRATOR:${a.reference}`,
      `SERIAL_PERPETRATOR:${a.reference}`,
    ]);
    expect(kinds(await view(a.id))).toEqual([
      `REPEAT_PERPETRATOR:${b.reference}`,
      `SERIAL_PERPETRATOR:${b.reference}`,
    ]);
  });
});

describe('CROSS_PANEL', () => {
  it('the perpetrator of a MARAC case is nominated to MATAC: both carry the flag, naming only the kind', async () => {
    const pnc = uniq('X').slice(0, 16);
    const m = await refer(
      'police.rep',
      referral(marac, {
        referralDate: '2026-02-01',
        riskSummary: 'SECRET-MARAC-DETAIL',
        linkedPersons: [{ role: 'PERPETRATOR', person: person({ gender: 'MALE', policeNationalId: pnc }) }],
      }),
    );
    const n = await refer(
      'matac.coordinator',
      matacNominal({ policeNationalId: pnc }, { riskSummary: 'SECRET-MATAC-DETAIL' }),
    );
    await triage(m.id, 'marac.coordinator');
    await triage(n.id, 'matac.coordinator');
    const maracSide = await view(m.id, 'marac.coordinator');
    const matacSide = await view(n.id, 'matac.coordinator');
    // neither coordinator may see the other panel's case: its kind, never its reference (DOMAIN.md)
    expect(maracSide.flags).toEqual([
      expect.objectContaining({
        kind: 'CROSS_PANEL',
        relatedPanelKind: 'MATAC',
        relatedCaseReference: null,
      }),
    ]);
    expect(matacSide.flags).toEqual([
      expect.objectContaining({
        kind: 'CROSS_PANEL',
        relatedPanelKind: 'MARAC',
        relatedCaseReference: null,
      }),
    ]);
    expect(JSON.stringify(matacSide)).not.toContain('SECRET-MARAC-DETAIL');
    // the MATAC coordinator still cannot open the MARAC case itself
    expect((await t.as('matac.coordinator')(GET_CASE, { id: m.id })).code).toBe('NOT_FOUND');
  });

  it('a victim at HRAP: flagged while the HRAP case is open and 12 months after; a MARAC case 12 months before it too', async () => {
    const victim = person(maracVictim());
    const h = await refer(
      'hrap.coordinator',
      referral(hrap, { subject: victim, criteria: [], dashAnswers: null, referralDate: '2025-06-01' }),
    );
    await triage(h.id, 'hrap.coordinator');
    // an open HRAP case spans every later referral
    const later = await refer('referrer', referral(marac, { subject: victim, referralDate: '2026-11-02' }));
    expect((await view(later.id)).flags.map((f: any) => f.kind)).toEqual(['CROSS_PANEL']);
    const earlier = await refer('referrer', referral(marac, { subject: victim, referralDate: '2024-06-01' }));
    expect((await view(earlier.id)).flags.map((f: any) => f.kind)).toEqual(['CROSS_PANEL']);
    await triage(later.id, 'marac.coordinator');
    const hrapView = await view(h.id, 'hrap.coordinator');
    // the HRAP coordinator may not see the MARAC case: the flag gives its kind, not its reference
    expect(hrapView.flags.map((f: any) => [f.relatedPanelKind, f.relatedCaseReference])).toEqual([
      ['MARAC', null],
    ]);
    // (the closed-case boundaries, 12 months after closing, are in repeat-detection.spec.ts)
  });
});

describe('persons: search and confirmed matches', () => {
  const SEARCH = `query($i: PersonSearchInput!) { searchPersons(input: $i) { score reasons person { id givenName familyName dateOfBirth contact { phone } } } }`;
  const CONFIRM = `mutation($i: ConfirmPersonMatchInput!) { confirmPersonMatch(input: $i) { id isRepeat previousCase { id } subject { id } } }`;

  it('finds a person by fuzzy name and date of birth, with reasons, and identity fields only', async () => {
    const family = uniq('Fernandez');
    const c = await refer(
      'marac.coordinator',
      referral(marac, {
        subject: person({
          givenName: 'Maria',
          familyName: family,
          dateOfBirth: '1985-09-09',
          contact: { phone: '0770' },
        }),
      }),
    );
    const r = await t.as('marac.chair')(SEARCH, {
      i: { name: `Mariah ${family}`, dateOfBirth: '1985-09-09' },
    });
    const hit = r.data.searchPersons.find((m: any) => m.person.id === c.subject.id);
    expect(hit.reasons).toEqual(
      expect.arrayContaining(['date of birth matches', expect.stringMatching(/^name similar/)]),
    );
    expect(hit.score).toBeGreaterThan(0.5);
    expect(hit.person.contact).toBeNull();
    expect(
      (await t.sql(`SELECT count(*)::int AS n FROM audit_event WHERE cardinality(person_ids) > 0`))[0].n,
    ).toBeGreaterThan(0);
  });

  it.each<DemoUser>(['police.rep', 'referrer', 'admin', 'strategic', 'auditor'])(
    '%s may not search persons (FORBIDDEN)',
    async (user) => {
      expect((await t.as(user)(SEARCH, { i: { name: 'Maria' } })).code).toBe('FORBIDDEN');
    },
  );

  it('needs something to search by', async () => {
    expect((await t.as('marac.chair')(SEARCH, { i: {} })).code).toBe('BAD_USER_INPUT');
  });

  it('leaves out people who appear only on restricted cases the caller may not see', async () => {
    const family = uniq('Hidden');
    const c = await refer(
      'marac.coordinator',
      referral(marac, { restricted: true, subject: person({ givenName: 'Quinn', familyName: family }) }),
    );
    const mine = await t.as('marac.coordinator')(SEARCH, { i: { name: `Quinn ${family}` } });
    expect(mine.data.searchPersons.map((m: any) => m.person.id)).toContain(c.subject.id);
    const theirs = await t.as('matac.coordinator')(SEARCH, { i: { name: `Quinn ${family}` } });
    expect(theirs.data.searchPersons.map((m: any) => m.person.id)).not.toContain(c.subject.id);
  });

  it('a coordinator confirms that a new person is a known one: flags recompute; the same call reverses it', async () => {
    const family = uniq('Match');
    const a = await refer(
      'marac.coordinator',
      referral(marac, { subject: person({ familyName: family }), referralDate: '2026-01-20' }),
    );
    await triage(a.id, 'marac.coordinator');
    const b = await refer(
      'marac.coordinator',
      referral(marac, { subject: person({ familyName: family }), referralDate: '2026-03-20' }),
    );
    expect(b.subject.id).not.toBe(a.subject.id); // never merged on its own
    expect((await view(b.id)).isRepeat).toBe(false);

    const input = { caseId: b.id, personId: b.subject.id, matchedPersonId: a.subject.id };
    for (const user of ['police.rep', 'referrer', 'strategic'] as DemoUser[]) {
      expect((await t.as(user)(CONFIRM, { i: input })).code).toBe('FORBIDDEN');
    }
    expect((await t.as('matac.coordinator')(CONFIRM, { i: input })).code).toBe('NOT_FOUND');
    const done = await t.as('marac.coordinator')(CONFIRM, { i: input });
    expect(done.data.confirmPersonMatch).toMatchObject({
      isRepeat: true,
      previousCase: { id: a.id },
      subject: { id: a.subject.id },
    });
    const audit = await t.sql(
      `SELECT count(*)::int AS n FROM audit_event WHERE case_id = $1 AND action = 'case.person_match'`,
      [b.id],
    );
    expect(audit[0].n).toBe(1);

    const undone = await t.as('marac.chair')(CONFIRM, {
      i: { caseId: b.id, personId: a.subject.id, matchedPersonId: b.subject.id },
    });
    expect(undone.data.confirmPersonMatch).toMatchObject({
      isRepeat: false,
      previousCase: null,
      subject: { id: b.subject.id },
    });
    // a person not on the case
    const wrong = await t.as('marac.chair')(CONFIRM, {
      i: { caseId: b.id, personId: a.subject.id, matchedPersonId: b.subject.id },
    });
    expect(wrong.code).toBe('BAD_USER_INPUT');
  });

  it('the same person may be a victim in one case and a perpetrator in another', async () => {
    const nhs = nhsNumber();
    const a = await refer('marac.coordinator', referral(marac, { subject: person({ nhsNumber: nhs }) }));
    const b = await refer(
      'marac.coordinator',
      referral(marac, { linkedPersons: [{ role: 'PERPETRATOR', person: person({ nhsNumber: nhs }) }] }),
    );
    expect(b.linkedPersons[0].person.id).toBe(a.subject.id);
  });
});

describe('demo data', () => {
  it('holds cases that show each flag', async () => {
    const kinds = await t.sql(
      `SELECT DISTINCT f.kind FROM case_flag f JOIN case_record c ON c.id = f.case_id
        JOIN case_person sp ON sp.case_id = c.id AND sp.is_subject JOIN person p ON p.id = sp.person_id
       WHERE p.family_name LIKE 'Demo-%' ORDER BY 1`,
    );
    expect(kinds.map((k) => k.kind)).toEqual([
      'CROSS_PANEL',
      'POSSIBLE_REPEAT',
      'REPEAT',
      'REPEAT_PERPETRATOR',
      'SERIAL_PERPETRATOR',
    ]);
  });
});

describe('a flag names the other case only to a viewer who may see it (issue 11, DOMAIN.md)', () => {
  it('not restricted, but of another panel: the reference is null and the explanation gives only the kind', async () => {
    const pnc = uniq('Y').slice(0, 16);
    const m = await refer(
      'police.rep',
      referral(marac, {
        referralDate: '2026-02-01',
        linkedPersons: [{ role: 'PERPETRATOR', person: person({ gender: 'MALE', policeNationalId: pnc }) }],
      }),
    );
    const n = await refer('matac.coordinator', matacNominal({ policeNationalId: pnc }));
    await triage(m.id, 'marac.coordinator');
    await triage(n.id, 'matac.coordinator');
    // neither coordinator may open the other panel's case, so neither is told its reference
    for (const [own, user, other] of [
      [m, 'marac.coordinator', n],
      [n, 'matac.coordinator', m],
    ] as const) {
      expect((await t.as(user)(GET_CASE, { id: other.id })).code).toBe('NOT_FOUND');
      const flags = (await view(own.id, user)).flags;
      expect(flags).toEqual([expect.objectContaining({ kind: 'CROSS_PANEL', relatedCaseReference: null })]);
      expect(JSON.stringify(flags)).not.toContain(other.reference);
    }
  });
});

describe('flags never name a restricted case to someone who may not see it', () => {
  it('the REPEAT flag of a visible case hides the reference of a restricted previous case', async () => {
    const victim = person({ nhsNumber: nhsNumber() });
    const hidden = await refer(
      'marac.coordinator',
      referral(marac, { subject: victim, restricted: true, referralDate: '2026-01-05' }),
    );
    await triage(hidden.id, 'marac.coordinator');
    const visible = await refer(
      'marac.coordinator',
      referral(marac, { subject: victim, referralDate: '2026-03-05' }),
    );
    await triage(visible.id, 'marac.coordinator');
    const housing = (await t.sql(`SELECT id FROM agency WHERE kind = 'HOUSING'`))[0].id;
    await t.ok('marac.chair', `mutation($i: CreateActionInput!) { createAction(input: $i) { id } }`, {
      i: { caseId: visible.id, description: 'x', ownerAgencyId: housing, dueDate: '2027-01-01' },
    });
    const rep = (await view(visible.id, 'housing.rep')).flags;
    expect(rep).toEqual([
      expect.objectContaining({ kind: 'REPEAT', relatedCaseReference: null, relatedPanelKind: 'MARAC' }),
    ]);
    expect(JSON.stringify(rep)).not.toContain(hidden.reference);
    const staff = (await view(visible.id, 'marac.coordinator')).flags;
    expect(staff).toEqual([
      expect.objectContaining({ kind: 'REPEAT', relatedCaseReference: hidden.reference }),
    ]);
  });
});
