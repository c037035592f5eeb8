import { startTestApp, type DemoUser, type TestApp } from './support/harness.js';
import {
  CREATE_REFERRAL,
  GET_CASE,
  TRIAGE,
  dash,
  nhsNumber,
  person,
  referral,
  uniq,
} from './support/fixtures.js';

let t: TestApp;
let marac: string;
let matac: string;
let hrap: string;

beforeAll(async () => {
  t = await startTestApp();
  [marac, matac, hrap] = await Promise.all([t.panelId('MARAC'), t.panelId('MATAC'), t.panelId('HRAP')]);
});
afterAll(() => t.close());

const caseCount = async () => (await t.sql('SELECT count(*)::int AS n FROM case_record'))[0].n as number;
const auditCount = async () => (await t.sql('SELECT count(*)::int AS n FROM audit_event'))[0].n as number;

async function refer(user: DemoUser, input: Record<string, unknown>) {
  const r = await t.as(user)(CREATE_REFERRAL, { input });
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.createReferral;
}
async function accept(caseId: string, user: DemoUser = 'marac.coordinator') {
  const r = await t.as(user)(TRIAGE, { input: { caseId, decision: 'ACCEPT' } });
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.triageReferral;
}

describe('createReferral', () => {
  it.each<DemoUser>(['referrer', 'marac.coordinator', 'police.rep', 'csc.rep', 'matac.chair'])(
    '%s may refer',
    async (user) => {
      const c = await refer(user, referral(marac));
      expect(c.reference).toMatch(/^MARAC-HPL-2026-\d{4}$/);
      expect(c.status).toBe('SUBMITTED');
      const [row] = await t.sql('SELECT referred_by FROM case_record WHERE id = $1', [c.id]);
      expect(row.referred_by).toBe(await t.userId(user));
    },
  );

  it.each<DemoUser>(['admin', 'strategic', 'auditor'])(
    '%s may not (FORBIDDEN, nothing written)',
    async (user) => {
      const before = await caseCount();
      const r = await t.as(user)(CREATE_REFERRAL, { input: referral(marac) });
      expect(r.code).toBe('FORBIDDEN');
      expect(await caseCount()).toBe(before);
    },
  );

  it('is refused without a token', async () => {
    expect((await t.gql(CREATE_REFERRAL, { input: referral(marac) })).code).toBe('UNAUTHENTICATED');
  });

  it("defaults the referring agency to the referrer's, and keeps what was submitted", async () => {
    const c = await refer('referrer', referral(marac, { criteria: ['VISIBLE_HIGH_RISK', 'REPEAT'] }));
    expect(c.referringAgency.kind).toBe('HEALTH');
    expect(c.criteria).toEqual(['VISIBLE_HIGH_RISK', 'REPEAT']);
    // the REPEAT criterion is the referrer's claim, never the computed flag
    const full = await t.as('marac.coordinator')(GET_CASE, { id: c.id });
    expect(full.data.case.isRepeat).toBe(false);
    expect(full.data.case.dash.score).toBe(15);
    expect(full.data.case.childrenInHousehold).toBe(2);
  });

  const invalid: [string, Record<string, unknown>, string][] = [
    ['a panel that does not exist', { panelId: '00000000-0000-4000-8000-000000000000' }, 'panelId'],
    ['a subject without names', { subject: { dateOfBirth: '1990-01-01' } }, 'subject.givenName'],
    ['a subject without a family name', { subject: { givenName: 'A' } }, 'subject.familyName'],
    ['23 DASH answers', { dashAnswers: dash(15).slice(1) }, 'dashAnswers'],
    ['VISIBLE_HIGH_RISK under 14', { dashAnswers: dash(13) }, 'criteria'],
    ['VISIBLE_HIGH_RISK without DASH', { dashAnswers: null }, 'criteria'],
    ['a MARAC referral with no criterion', { criteria: [] }, 'criteria'],
    ['a future referral date', { referralDate: '2099-01-01' }, 'referralDate'],
    ['a negative children count', { childrenInHousehold: -1 }, 'childrenInHousehold'],
    ['a blank lawful basis', { lawfulBasis: '   ' }, 'lawfulBasis'],
    ['an over-long risk summary', { riskSummary: 'x'.repeat(10_001) }, 'riskSummary'],
    ['a bad NHS number', { subject: person({ nhsNumber: '9434765918' }) }, 'subject.nhsNumber'],
    [
      'a bad linked NHS number',
      { linkedPersons: [{ role: 'PERPETRATOR', person: person({ nhsNumber: '1234567890' }) }] },
      'linkedPersons.0.person.nhsNumber',
    ],
    [
      'an allow-listed user that does not exist',
      { restricted: true, restrictedToUserIds: ['00000000-0000-4000-8000-000000000001'] },
      'restrictedToUserIds',
    ],
    [
      'an unknown existing person',
      { subject: { existingPersonId: '00000000-0000-4000-8000-000000000002' } },
      'subject.existingPersonId',
    ],
    ['a future date of birth', { subject: person({ dateOfBirth: '2099-05-05' }) }, 'subject.dateOfBirth'],
  ];
  it.each(invalid)(
    'refuses %s with BAD_USER_INPUT naming %s, writing nothing',
    async (_name, over, field) => {
      const [before, audits, persons] = [
        await caseCount(),
        await auditCount(),
        (await t.sql('SELECT count(*)::int AS n FROM person'))[0].n,
      ];
      const r = await t.as('marac.coordinator')(CREATE_REFERRAL, { input: referral(marac, over) });
      expect(r.code).toBe('BAD_USER_INPUT');
      expect(r.errors![0].extensions.field).toBe(field);
      expect(r.errors![0].message).toContain(field);
      expect(await caseCount()).toBe(before);
      expect(await auditCount()).toBe(audits);
      expect((await t.sql('SELECT count(*)::int AS n FROM person'))[0].n).toBe(persons);
    },
  );

  it('needs an RFGV score for a MATAC nomination, and allows 0', async () => {
    const input = {
      panelId: matac,
      subject: person({ gender: 'MALE' }),
      criteria: [],
      lawfulBasis: 'Policing purposes',
      referralDate: '2026-02-01',
    };
    const missing = await t.as('matac.coordinator')(CREATE_REFERRAL, { input });
    expect(missing.code).toBe('BAD_USER_INPUT');
    expect(missing.errors![0].extensions.field).toBe('rfgvScore');
    const ok = await refer('matac.coordinator', { ...input, rfgvScore: 0 });
    expect(ok.rfgvScore).toBe(0);
    expect(ok.reference).toMatch(/^MATAC-HPL-2026-\d{4}$/);
  });

  it('gives unique references with no gaps when many referrals arrive at once', async () => {
    const input = referral(hrap, { criteria: [], dashAnswers: null, referralDate: '2025-07-07' });
    const made = await Promise.all(Array.from({ length: 12 }, () => refer('hrap.coordinator', input)));
    const numbers = made.map((c) => Number(c.reference.split('-').at(-1))).sort((a, b) => a - b);
    expect(made.every((c) => c.reference.startsWith('HRAP-HPL-2025-'))).toBe(true);
    expect(numbers).toEqual(Array.from({ length: 12 }, (_, i) => numbers[0] + i));
    expect(new Set(made.map((c) => c.reference)).size).toBe(12);
  });

  it('links a person known by NHS number or police national id instead of creating one', async () => {
    const nhs = nhsNumber();
    const a = await refer('marac.coordinator', referral(marac, { subject: person({ nhsNumber: nhs }) }));
    const b = await refer(
      'referrer',
      referral(marac, { subject: person({ givenName: 'Different', nhsNumber: nhs }) }),
    );
    // the referrer's view never shows the person's id; panel staff see that it is the same person
    expect(b.subject.id).not.toBe(a.subject.id);
    expect((await t.as('marac.coordinator')(GET_CASE, { id: b.id })).data.case.subject.id).toBe(a.subject.id);
    const pnc = uniq('PNC').slice(0, 18);
    const c = await refer(
      'marac.coordinator',
      referral(marac, {
        linkedPersons: [{ role: 'PERPETRATOR', person: person({ policeNationalId: pnc }) }],
      }),
    );
    const d = await refer('matac.coordinator', {
      panelId: matac,
      subject: person({ policeNationalId: pnc.toLowerCase() }),
      criteria: [],
      rfgvScore: 40,
      lawfulBasis: 'Policing',
      referralDate: '2026-03-01',
    });
    // the same person (the MATAC coordinator may not see the MARAC case, so is shown what they typed: side door 2)
    const [entry] = await t.sql(
      'SELECT person_id AS "personId" FROM case_person WHERE case_id = $1 AND is_subject',
      [d.id],
    );
    expect(entry.personId).toBe(c.linkedPersons[0].person.id);
    expect(d.subject.policeNationalId).toBe(pnc.toUpperCase());
  });
});

describe('case and cases: rows and fields', () => {
  let open: any;
  let restricted: any;
  let secondReferrerToken: string;

  beforeAll(async () => {
    open = await refer(
      'referrer',
      referral(marac, {
        subject: person({
          contact: { address: '1 Safe Street', phone: '07700 900001', safeContactNotes: 'After 6pm only' },
        }),
        linkedPersons: [
          {
            role: 'PERPETRATOR',
            relationshipToSubject: 'ex-partner',
            person: person({ givenName: 'Perp', contact: { phone: '07700 900002' } }),
          },
        ],
      }),
    );
    restricted = await refer(
      'marac.coordinator',
      referral(marac, { restricted: true, restrictedToUserIds: [await t.userId('police.rep')] }),
    );
    const agencyId = (await t.sql(`SELECT id FROM agency WHERE kind = 'HEALTH'`))[0].id;
    const email = `${uniq('ref')}@example.test`;
    const created = await t.as('admin')(`mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, {
      i: {
        email,
        name: 'Second Referrer',
        agencyId,
        password: 'another-long-password',
        globalRoles: ['REFERRER'],
      },
    });
    expect(created.data).toBeTruthy();
    secondReferrerToken = await t.token(email, 'another-long-password');
  });

  it.each<DemoUser>(['marac.coordinator', 'marac.chair'])(
    '%s (panel staff) sees the full case with contact details',
    async (user) => {
      const r = await t.as(user)(GET_CASE, { id: open.id });
      expect(r.data.case.subject.contact).toEqual({
        address: '1 Safe Street',
        phone: '07700 900001',
        safeContactNotes: 'After 6pm only',
      });
      expect(r.data.case.linkedPersons[0]).toMatchObject({
        role: 'PERPETRATOR',
        relationshipToSubject: 'ex-partner',
        person: { contact: { phone: '07700 900002' } },
      });
      expect(r.data.case.riskSummary).toContain('strangulation');
    },
  );

  // the IDVA rep sees a MARAC referral from submission (SafeLives principle 2): tests/idva.e2e-spec.ts
  it.each<DemoUser>(['matac.coordinator', 'hrap.chair', 'police.rep', 'csc.rep'])(
    '%s cannot see it yet: NOT_FOUND, exactly as an unknown id',
    async (user) => {
      const seen = await t.as(user)(GET_CASE, { id: open.id });
      const unknown = await t.as(user)(GET_CASE, { id: '00000000-0000-4000-8000-00000000abcd' });
      expect(seen.code).toBe('NOT_FOUND');
      expect(seen.errors![0].message).toBe(unknown.errors![0].message);
      const list = await t.as(user)(`{ cases(first: 100) { totalCount edges { node { id } } } }`);
      expect(list.data.cases.edges.map((e: any) => e.node.id)).not.toContain(open.id);
    },
  );

  it.each<DemoUser>(['admin', 'strategic', 'auditor'])(
    '%s may never call case or cases (FORBIDDEN)',
    async (user) => {
      expect((await t.as(user)(GET_CASE, { id: open.id })).code).toBe('FORBIDDEN');
      expect((await t.as(user)(`{ cases { totalCount } }`)).code).toBe('FORBIDDEN');
    },
  );

  it('gives the referrer the narrow view of their own referral: no flags, previous case, contact or repeat status', async () => {
    const r = await t.as('referrer')(GET_CASE, { id: open.id });
    expect(r.data.case).toMatchObject({
      reference: open.reference,
      status: 'SUBMITTED',
      flags: [],
      previousCase: null,
      riskReviews: [],
      isRepeat: null,
    });
    expect(r.data.case.subject.givenName).toBe('Alex');
    expect(r.data.case.subject.contact).toBeNull();
    expect(r.data.case.linkedPersons[0].person.contact).toBeNull();
  });

  it("another referrer does not see someone else's referral", async () => {
    const r = await t.gql(GET_CASE, { id: open.id }, secondReferrerToken);
    expect(r.code).toBe('NOT_FOUND');
    const list = await t.gql(`{ cases { totalCount } }`, {}, secondReferrerToken);
    expect(list.data.cases.totalCount).toBe(0);
  });

  it('a restricted case is seen by panel staff, and not by an allow-listed rep without a need to know', async () => {
    expect((await t.as('marac.chair')(GET_CASE, { id: restricted.id })).data.case.restricted).toBe(true);
    expect((await t.as('police.rep')(GET_CASE, { id: restricted.id })).code).toBe('NOT_FOUND');
    expect((await t.as('matac.coordinator')(GET_CASE, { id: restricted.id })).code).toBe('NOT_FOUND');
  });

  it('cases: capped Relay pages with opaque cursors, a stable order and a totalCount', async () => {
    const q = `query($first: Int, $after: String, $f: CaseFilter) { cases(first: $first, after: $after, filter: $f) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id panel { id } } } } }`;
    const coord = t.as('marac.coordinator');
    const all = await coord(q, { first: 100, f: { panelId: marac, status: ['SUBMITTED'] } });
    const total = all.data.cases.totalCount;
    expect(total).toBeGreaterThan(5);
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await coord(q, { first: 3, after, f: { panelId: marac, status: ['SUBMITTED'] } });
      expect(page.data.cases.totalCount).toBe(total);
      ids.push(...page.data.cases.edges.map((e: any) => e.node.id));
      after = page.data.cases.pageInfo.hasNextPage ? page.data.cases.pageInfo.endCursor : null;
    } while (after);
    expect(ids).toEqual(all.data.cases.edges.map((e: any) => e.node.id));
    expect(new Set(ids).size).toBe(total);
    expect((await coord(q, { first: 101 })).code).toBe('BAD_USER_INPUT');
    expect((await coord(q, { first: 0 })).code).toBe('BAD_USER_INPUT');
    expect((await coord(q, { first: 5, after: 'not-a-cursor' })).code).toBe('BAD_USER_INPUT');
    // staff see only their panel's cases
    const matacView = await t.as('matac.coordinator')(q, { first: 100 });
    expect(matacView.data.cases.edges.every((e: any) => e.node.panel.id === matac)).toBe(true);
  });

  it('audits every read of a case', async () => {
    await t.as('marac.chair')(GET_CASE, { id: open.id });
    const chair = await t.userId('marac.chair');
    const rows = await t.sql(
      `SELECT action FROM audit_event WHERE case_ids @> ARRAY[$1::uuid] AND actor_id = $2 AND action = 'read'`,
      [open.id, chair],
    );
    expect(rows.length).toBeGreaterThan(0);
  });
});

describe('triage, withdrawal, closure and the lifecycle', () => {
  it.each<DemoUser>(['marac.coordinator', 'marac.chair'])(
    '%s accepts and rejects (a reason is required to reject)',
    async (user) => {
      const a = await refer('referrer', referral(marac));
      const accepted = await accept(a.id, user);
      expect(accepted).toMatchObject({ status: 'ACCEPTED', version: 2 });
      const b = await refer(
        'referrer',
        referral(marac, { criteria: ['PROFESSIONAL_JUDGEMENT'], dashAnswers: dash(9) }),
      );
      const noReason = await t.as(user)(TRIAGE, {
        input: { caseId: b.id, decision: 'REJECT', rejectionReason: 'THRESHOLD_NOT_MET' },
      });
      expect(noReason.code).toBe('BAD_USER_INPUT');
      expect(noReason.errors![0].extensions.field).toBe('reason');
      const rejected = await t.as(user)(TRIAGE, {
        input: {
          caseId: b.id,
          decision: 'REJECT',
          rejectionReason: 'THRESHOLD_NOT_MET',
          reason: 'Below threshold; refer to IDVA',
        },
      });
      expect(rejected.data.triageReferral).toMatchObject({
        status: 'REJECTED',
        triageReason: 'Below threshold; refer to IDVA',
      });
      // the referrer sees the triage reason
      expect((await t.as('referrer')(GET_CASE, { id: b.id })).data.case.triageReason).toBe(
        'Below threshold; refer to IDVA',
      );
    },
  );

  it("is NOT_FOUND for another panel's staff and FORBIDDEN for roles that never triage", async () => {
    const a = await refer('referrer', referral(marac));
    expect(
      (await t.as('matac.coordinator')(TRIAGE, { input: { caseId: a.id, decision: 'ACCEPT' } })).code,
    ).toBe('NOT_FOUND');
    for (const user of ['police.rep', 'referrer', 'admin', 'strategic', 'auditor'] as DemoUser[]) {
      expect((await t.as(user)(TRIAGE, { input: { caseId: a.id, decision: 'ACCEPT' } })).code).toBe(
        'FORBIDDEN',
      );
    }
    expect((await t.sql('SELECT status FROM case_record WHERE id = $1', [a.id]))[0].status).toBe('SUBMITTED');
  });

  it('refuses invalid transitions with INVALID_TRANSITION and changes nothing', async () => {
    const a = await refer('referrer', referral(marac));
    await accept(a.id);
    const again = await t.as('marac.coordinator')(TRIAGE, {
      input: { caseId: a.id, decision: 'REJECT', rejectionReason: 'OTHER', reason: 'late' },
    });
    expect(again.code).toBe('INVALID_TRANSITION');
    const close = await t.as('marac.coordinator')(
      `mutation($id: ID!) { closeCase(caseId: $id, reason: "done") { status } }`,
      { id: a.id },
    );
    expect(close.code).toBe('INVALID_TRANSITION');
    const [row] = await t.sql('SELECT status, version FROM case_record WHERE id = $1', [a.id]);
    expect(row).toEqual({ status: 'ACCEPTED', version: 2 });
  });

  it('two coordinators triaging at once: exactly one wins', async () => {
    const a = await refer('referrer', referral(marac));
    const results = await Promise.all([
      t.as('marac.coordinator')(TRIAGE, { input: { caseId: a.id, decision: 'ACCEPT' } }),
      t.as('marac.chair')(TRIAGE, {
        input: { caseId: a.id, decision: 'REJECT', rejectionReason: 'DUPLICATE', reason: 'duplicate' },
      }),
    ]);
    const ok = results.filter((r) => r.data);
    const refused = results.filter((r) => !r.data);
    expect(ok).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(['INVALID_TRANSITION', 'CONFLICT']).toContain(refused[0].code);
    const audits = await t.sql(
      `SELECT count(*)::int AS n FROM audit_event WHERE case_id = $1 AND action = 'case.triage'`,
      [a.id],
    );
    expect(audits[0].n).toBe(1);
  });

  const WITHDRAW = `mutation($id: ID!, $reason: String!) { withdrawReferral(caseId: $id, reason: $reason) { status } }`;
  it('the referrer withdraws their own referral; panel staff may too; others may not', async () => {
    const a = await refer('referrer', referral(marac));
    expect((await t.as('police.rep')(WITHDRAW, { id: a.id, reason: 'x' })).code).toBe('NOT_FOUND');
    expect((await t.as('strategic')(WITHDRAW, { id: a.id, reason: 'x' })).code).toBe('FORBIDDEN');
    expect((await t.as('referrer')(WITHDRAW, { id: a.id, reason: '  ' })).code).toBe('BAD_USER_INPUT');
    expect(
      (await t.as('referrer')(WITHDRAW, { id: a.id, reason: 'Victim moved out of area' })).data
        .withdrawReferral.status,
    ).toBe('WITHDRAWN');
    expect((await t.as('marac.coordinator')(WITHDRAW, { id: a.id, reason: 'again' })).code).toBe(
      'INVALID_TRANSITION',
    );
    const b = await refer('referrer', referral(marac));
    await accept(b.id);
    expect(
      (await t.as('marac.chair')(WITHDRAW, { id: b.id, reason: 'Consent withdrawn' })).data.withdrawReferral
        .status,
    ).toBe('WITHDRAWN');
  });

  it('closes a heard case with a reason (panel staff only)', async () => {
    const a = await refer('referrer', referral(marac));
    await accept(a.id);
    // hearing comes with meetings; here the case is put in HEARD directly
    await t.sql(`UPDATE case_record SET status = 'HEARD' WHERE id = $1`, [a.id]);
    // a MARAC closure records the outcome (issue 11; tests/referral-facts.e2e-spec.ts has its rules)
    const CLOSE = `mutation($id: ID!, $r: String!) {
      closeCase(caseId: $id, reason: $r, outcome: { riskAtClosure: SAME, safetyPlanInPlace: true }) { status } }`;
    expect((await t.as('referrer')(CLOSE, { id: a.id, r: 'done' })).code).toBe('FORBIDDEN');
    expect((await t.as('hrap.coordinator')(CLOSE, { id: a.id, r: 'done' })).code).toBe('NOT_FOUND');
    expect((await t.as('marac.chair')(CLOSE, { id: a.id, r: '' })).code).toBe('BAD_USER_INPUT');
    expect(
      (await t.as('marac.chair')(CLOSE, { id: a.id, r: 'All actions complete' })).data.closeCase.status,
    ).toBe('CLOSED');
  });

  it('records risk reviews over time (MATAC RFGV)', async () => {
    const REVIEW = `mutation($i: RiskReviewInput!) { recordRiskReview(input: $i) { rfgvScore riskReviews { reviewedOn rfgvScore note } } }`;
    const n = await refer('matac.coordinator', {
      panelId: matac,
      subject: person({ gender: 'MALE' }),
      criteria: [],
      rfgvScore: 80,
      lawfulBasis: 'Policing',
      referralDate: '2026-01-05',
    });
    expect(
      (
        await t.as('matac.coordinator')(REVIEW, {
          i: { caseId: n.id, reviewedOn: '2026-02-01', rfgvScore: 60 },
        })
      ).code,
    ).toBe('BAD_USER_INPUT'); // not accepted yet
    await accept(n.id, 'matac.coordinator');
    expect((await t.as('matac.chair')(REVIEW, { i: { caseId: n.id, reviewedOn: '2026-02-01' } })).code).toBe(
      'BAD_USER_INPUT',
    );
    await t.as('matac.chair')(REVIEW, {
      i: { caseId: n.id, reviewedOn: '2026-03-01', rfgvScore: 55, note: 'Bail conditions' },
    });
    const r = await t.as('matac.coordinator')(REVIEW, {
      i: { caseId: n.id, reviewedOn: '2026-02-01', rfgvScore: 70 },
    });
    expect(r.data.recordRiskReview.rfgvScore).toBe(80);
    expect(r.data.recordRiskReview.riskReviews).toEqual([
      { reviewedOn: '2026-02-01', rfgvScore: 70, note: null },
      { reviewedOn: '2026-03-01', rfgvScore: 55, note: 'Bail conditions' },
    ]);
    expect(
      (
        await t.as('marac.coordinator')(REVIEW, {
          i: { caseId: n.id, reviewedOn: '2026-02-01', rfgvScore: 1 },
        })
      ).code,
    ).toBe('NOT_FOUND');
    expect(
      (await t.as('police.rep')(REVIEW, { i: { caseId: n.id, reviewedOn: '2026-02-01', rfgvScore: 1 } }))
        .code,
    ).toBe('FORBIDDEN');
  });
});

describe('what a referral may do to known people (security review)', () => {
  it("a referrer who gives a known person's NHS number sees only what they submitted, and changes nothing of that person", async () => {
    const nhs = nhsNumber();
    const original = await refer(
      'marac.coordinator',
      referral(marac, {
        subject: person({
          givenName: 'Real',
          familyName: 'Storedname',
          nhsNumber: nhs,
          policeNationalId: 'PNC77Z',
          contact: { address: '1 True Road', phone: '0111' },
        }),
      }),
    );
    const probe = await refer(
      'referrer',
      referral(marac, {
        subject: {
          givenName: 'Zz',
          familyName: 'Zz',
          nhsNumber: nhs,
          contact: { address: 'ATTACKER ADDR', phone: '0999' },
        },
      }),
    );
    expect(probe.subject).toMatchObject({
      givenName: 'Zz',
      familyName: 'Zz',
      policeNationalId: null,
      contact: null,
    });
    expect(probe.subject.id).not.toBe(original.subject.id); // the referrer is not told it is a known person
    expect((await t.as('marac.coordinator')(GET_CASE, { id: probe.id })).data.case.subject.id).toBe(
      original.subject.id,
    );
    // the known person's record is untouched: the coordinator still sees the original contact on the original case
    const seen = await t.as('marac.coordinator')(GET_CASE, { id: original.id });
    expect(seen.data.case.subject).toMatchObject({
      givenName: 'Real',
      contact: { address: '1 True Road', phone: '0111' },
    });
    // and the contact given with the new referral stays with that referral
    const other = await t.as('marac.coordinator')(GET_CASE, { id: probe.id });
    expect(other.data.case.subject).toMatchObject({
      givenName: 'Real',
      contact: { address: 'ATTACKER ADDR', phone: '0999' },
    });
  });

  it('only panel coordinators and chairs link a known person by id', async () => {
    const known = await refer('marac.coordinator', referral(marac));
    const r = await t.as('referrer')(CREATE_REFERRAL, {
      input: referral(marac, { subject: { existingPersonId: known.subject.id } }),
    });
    expect(r.code).toBe('FORBIDDEN');
    const ok = await refer(
      'marac.chair',
      referral(marac, { subject: { existingPersonId: known.subject.id } }),
    );
    expect(ok.subject.id).toBe(known.subject.id);
  });

  it('a referrer follows their own restricted referral (they are put on its allow-list)', async () => {
    const c = await refer('referrer', referral(marac, { restricted: true }));
    expect(c.restricted).toBe(true);
    expect((await t.as('referrer')(GET_CASE, { id: c.id })).data.case.status).toBe('SUBMITTED');
  });

  it('only panel staff refer on behalf of another agency', async () => {
    const police = (await t.sql(`SELECT id FROM agency WHERE kind = 'POLICE'`))[0].id;
    const r = await t.as('referrer')(CREATE_REFERRAL, {
      input: referral(marac, { referringAgencyId: police }),
    });
    expect(r.code).toBe('BAD_USER_INPUT');
    expect(r.errors![0].extensions.field).toBe('referringAgencyId');
    expect(
      (await refer('marac.coordinator', referral(marac, { referringAgencyId: police }))).referringAgency.kind,
    ).toBe('POLICE');
  });
});

describe('second security review', () => {
  it("existingPersonId: only the target panel's staff, and only a person they could find", async () => {
    const hidden = await refer(
      'marac.coordinator',
      referral(marac, { restricted: true, subject: person({ givenName: 'Hidden' }) }),
    );
    // staff of another panel cannot link people into the MARAC
    const other = await t.as('hrap.coordinator')(CREATE_REFERRAL, {
      input: referral(marac, { subject: { existingPersonId: hidden.subject.id } }),
    });
    expect(other.code).toBe('FORBIDDEN');
    // on their own panel, they cannot link a person who appears only on a restricted case they may not see
    const matac = await t.panelId('MATAC');
    const own = await t.as('matac.coordinator')(CREATE_REFERRAL, {
      input: {
        panelId: matac,
        subject: { existingPersonId: hidden.subject.id },
        criteria: [],
        rfgvScore: 10,
        lawfulBasis: 'Policing',
        referralDate: '2026-02-01',
      },
    });
    expect(own.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(own)).not.toContain('Hidden');
  });

  it("contact details given in confidence on a restricted case never show on the same person's other cases", async () => {
    const nhs = nhsNumber();
    await refer(
      'marac.coordinator',
      referral(marac, {
        restricted: true,
        subject: person({ nhsNumber: nhs, contact: { address: 'Refuge 7, Secret Road' } }),
      }),
    );
    const open = await refer(
      'referrer',
      referral(marac, { subject: { givenName: 'A', familyName: 'B', nhsNumber: nhs } }),
    );
    const seen = await t.as('marac.chair')(GET_CASE, { id: open.id });
    expect(seen.data.case.subject.contact).toEqual({ address: null, phone: null, safeContactNotes: null });
    expect(JSON.stringify(seen.data)).not.toContain('Refuge 7');
  });
});
