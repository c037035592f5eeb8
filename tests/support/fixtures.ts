import type { DemoUser, TestApp } from './harness.js';

/** Builders for valid inputs; tests override what they are about. */
let n = 0;
export const uniq = (prefix = 'x') => `${prefix}${Date.now().toString(36)}${(++n).toString(36)}`;

export const dash = (yes: number) => [...Array(yes).fill('YES'), ...Array(24 - yes).fill('NO')];

/** A valid NHS number (mod-11) made from a counter. */
export function nhsNumber(seed = ++n): string {
  for (let k = seed * 7919; ; k++) {
    const nine = String(100000000 + (k % 899999999)).slice(0, 9);
    const sum = [...nine].reduce((a, d, i) => a + Number(d) * (10 - i), 0);
    const check = 11 - (sum % 11);
    if (check === 10) continue;
    return nine + String(check === 11 ? 0 : check);
  }
}

export const person = (over: Record<string, unknown> = {}) => ({
  givenName: 'Alex',
  familyName: uniq('Testperson'),
  dateOfBirth: '1990-04-12',
  gender: 'FEMALE',
  ...over,
});

export function referral(panelId: string, over: Record<string, unknown> = {}) {
  return {
    panelId,
    subject: person(),
    criteria: ['VISIBLE_HIGH_RISK'],
    dashAnswers: dash(15),
    riskSummary: 'Escalating threats; strangulation reported.',
    childrenInHousehold: 2,
    lawfulBasis: 'Crime and Disorder Act 1998 s115; consent refused, risk overrides',
    referralDate: '2026-03-02',
    ...over,
  };
}

export const CASE_FIELDS = `id reference status referralDate isRepeat restricted version triageReason criteria
  rfgvScore riskSummary childrenInHousehold
  panel { id kind } referringAgency { id kind }
  subject { id givenName familyName nhsNumber policeNationalId contact { address phone safeContactNotes } }
  linkedPersons { role relationshipToSubject person { id givenName contact { phone } } }
  dash { score answers } flags { kind explanation relatedCaseReference relatedPanelKind raisedAt }
  previousCase { id reference } riskReviews { reviewedOn rfgvScore dashScore note }`;

export const CREATE_REFERRAL = `mutation($input: CreateReferralInput!) { createReferral(input: $input) { ${CASE_FIELDS} } }`;
export const TRIAGE = `mutation($input: TriageInput!) { triageReferral(input: $input) { id status triageReason version } }`;
export const GET_CASE = `query($id: ID!) { case(id: $id) { ${CASE_FIELDS} } }`;

export const CREATE_ACTION = `mutation($i: CreateActionInput!) { createAction(input: $i) {
  id description category dueDate status version overdue case { id } agendaItem { id } ownerAgency { id kind } assignee { id }
  updates { note status by { id } } } }`;
export const UPDATE_ACTION = `mutation($i: UpdateActionInput!) { updateAction(input: $i) {
  id status version overdue assignee { id } updates { note status at by { id } } } }`;

/** A referral made by the demo referrer and accepted by panel staff, through the API. */
export async function acceptedCase(
  t: TestApp,
  panelId: string,
  over: Record<string, unknown> = {},
  staff: DemoUser = 'marac.coordinator',
) {
  const c = (await t.ok('referrer', CREATE_REFERRAL, { input: referral(panelId, over) })).createReferral;
  await t.ok(staff, TRIAGE, { input: { caseId: c.id, decision: 'ACCEPT' } });
  return c;
}

let panels = 0;
/** A new panel of its own (so other tests' cases do not compete), with a demo user made its staff. */
export async function freshPanel(
  t: TestApp,
  kind: 'MARAC' | 'MATAC' | 'HRAP',
  staff: DemoUser,
  role: 'COORDINATOR' | 'CHAIR' = 'COORDINATOR',
  agencyKinds: string[] = ['POLICE', 'IDVA', 'PROBATION'],
): Promise<string> {
  const area = `Fresh ${uniq('area')}`;
  const agencies = await t.sql(`SELECT id FROM agency WHERE kind = ANY($1)`, [agencyKinds]);
  const code = `Z${String.fromCharCode(65 + (++panels % 26))}${String.fromCharCode(65 + ((Date.now() / 1000) % 26))}${String.fromCharCode(65 + (process.pid % 26))}`;
  const { createPanel } = await t.ok(
    'admin',
    `mutation($i: CreatePanelInput!) { createPanel(input: $i) { id } }`,
    {
      i: { kind, name: `${area} ${kind}`, area, areaCode: code, memberAgencyIds: agencies.map((r) => r.id) },
    },
  );
  await t.ok('admin', `mutation($i: AddPanelMemberInput!) { addPanelMember(input: $i) { role } }`, {
    i: { panelId: createPanel.id, userId: await t.userId(staff as DemoUser), role },
  });
  t.forget(staff);
  return createPanel.id;
}
