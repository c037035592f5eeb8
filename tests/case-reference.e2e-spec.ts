/**
 * Issue 11, smaller things a new user tripped over: `caseByReference` (e-mails carry only the reference) and
 * `isRepeat` null, not false, in the referrer's narrow view (hidden is not false).
 */
import { startTestApp, type TestApp } from './support/harness.js';
import { acceptedCase, nhsNumber, person } from './support/fixtures.js';

let t: TestApp;
let marac: string;
let first: any, repeat: any;
beforeAll(async () => {
  t = await startTestApp();
  marac = await t.panelId('MARAC');
  const victim = person({ nhsNumber: nhsNumber() });
  first = await acceptedCase(t, marac, { subject: victim, referralDate: '2026-02-01' });
  repeat = await acceptedCase(t, marac, { subject: victim, referralDate: '2026-05-01' });
});
afterAll(() => t.close());

const BY_REF = `query($r: String!) { caseByReference(reference: $r) { id reference isRepeat } }`;

describe('caseByReference', () => {
  it('finds a case the caller may see by its reference, whatever the case and spacing typed', async () => {
    const r = await t.ok('marac.coordinator', BY_REF, { r: ` ${repeat.reference.toLowerCase()} ` });
    expect(r.caseByReference).toEqual({ id: repeat.id, reference: repeat.reference, isRepeat: true });
  });

  it('is NOT_FOUND for another panel’s staff exactly as for a reference that does not exist', async () => {
    const hidden = await t.as('hrap.coordinator')(BY_REF, { r: repeat.reference });
    const unknown = await t.as('hrap.coordinator')(BY_REF, { r: 'MARAC-HPL-1999-9999' });
    expect(hidden.code).toBe('NOT_FOUND');
    expect(unknown.code).toBe('NOT_FOUND');
    expect(hidden.errors![0].message).toBe(unknown.errors![0].message);
    expect(hidden.errors![0].extensions).toEqual(unknown.errors![0].extensions);
  });

  it('is FORBIDDEN to a STRATEGIC, ADMIN or AUDITOR user, and UNAUTHENTICATED without a token', async () => {
    for (const user of ['strategic', 'admin', 'auditor'] as const) {
      expect((await t.as(user)(BY_REF, { r: repeat.reference })).code).toBe('FORBIDDEN');
    }
    expect((await t.gql(BY_REF, { r: repeat.reference })).code).toBe('UNAUTHENTICATED');
  });

  it('a rep who may not see the case yet gets NOT_FOUND', async () => {
    expect((await t.as('housing.rep')(BY_REF, { r: first.reference })).code).toBe('NOT_FOUND');
  });
});

describe('isRepeat in the referrer’s narrow view', () => {
  it('is null, not false, for the referrer of a repeat case; staff read true', async () => {
    const mine = await t.ok('referrer', BY_REF, { r: repeat.reference });
    expect(mine.caseByReference.isRepeat).toBeNull();
    const staff = await t.ok('marac.chair', BY_REF, { r: repeat.reference });
    expect(staff.caseByReference.isRepeat).toBe(true);
  });
});
