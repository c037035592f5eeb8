/**
 * Shared by the authorization matrix, the IDOR, the personal-data walk and the fuzz (docs/security-testing.md):
 * a world of real records on the MARAC panel (the "right panel") built through the API, the users of every role,
 * a call with valid-shaped arguments for every Query and Mutation of the schema, and a fingerprint of the business
 * tables (to prove that a refusal wrote nothing).
 */
import { readFileSync } from 'node:fs';
import { buildSchema, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { londonToday } from '@marac/core';
import type { DemoUser, TestApp } from './harness.js';
import { CREATE_ACTION, acceptedCase, person, referral, uniq } from './fixtures.js';

export const PASSWORD = 'Quiet-Harbour-Lantern-2026';
export const UNKNOWN_ID = '7c1e4b2a-9d3f-4e8a-b6c5-0f1a2b3c4d5e';

/** Every root operation of the generated schema, read at test time (`Query.case`, `Mutation.login`...). */
export function schemaOperations(schema: GraphQLSchema = generatedSchema()): string[] {
  return (['Query', 'Mutation'] as const).flatMap((t) =>
    Object.keys((schema.getType(t) as GraphQLObjectType).getFields()).map((f) => `${t}.${f}`),
  );
}
export const generatedSchema = () => buildSchema(readFileSync('schema/schema.graphql', 'utf8'));

export interface World {
  marac: string;
  matac: string;
  hrap: string;
  agencies: { police: string; idva: string; housing: string; health: string; csc: string };
  /** MARAC, SUBMITTED, referred by the demo referrer */
  submitted: { id: string; reference: string };
  toWithdraw: string;
  /** MARAC, ACCEPTED, with a perpetrator and another linked person */
  accepted: { id: string; reference: string };
  perpetratorId: string;
  otherLinkedId: string;
  /** a person on another MARAC case (a match candidate) */
  knownPersonId: string;
  /** MARAC, ACCEPTED, not on any agenda */
  agendaCandidate: string;
  /** MARAC, HEARD (demo history) */
  heard: string;
  /** MARAC, SCHEDULED, with two items */
  scheduled: string;
  item: string;
  removableItem: string;
  cancellable: string;
  /** MARAC, AGENDA_PUBLISHED, with an item of `publishedCase` and one of the restricted case */
  published: string;
  publishedItem: string;
  publishedCase: string;
  /** an action on publishedCase, owned by the housing agency */
  action: string;
  /** MARAC, RESTRICTED, ACCEPTED, on the published agenda, with an action owned by the police and one by IDVA */
  restricted: { id: string; reference: string };
  restrictedItem: string;
  restrictedAction: string;
  restrictedPersonId: string;
  users: { disableTarget: string; memberTarget: string; noRole: string; otherRep: string };
  emails: { noRole: string; otherRep: string };
}

const ACCEPTED_FIELDS = `mutation($input: CreateReferralInput!) { createReferral(input: $input) { id reference
  subject { id } linkedPersons { person { id } } } }`;
const TRIAGE = `mutation($input: TriageInput!) { triageReferral(input: $input) { id } }`;
const SCHEDULE = `mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { id } }`;
const ADD = `mutation($m: ID!, $c: ID!) { addCaseToAgenda(meetingId: $m, caseId: $c) { id } }`;

let slot = 0;
/** A distinct meeting start (two meetings of a panel may not start at the same instant). */
export const meetingSlot = () =>
  new Date(Date.parse('2026-12-14T09:00:00Z') + ++slot * 7 * 60_000 + process.pid * 1000).toISOString();
export const inDays = (days: number) => {
  const d = new Date(`${londonToday()}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

async function userOf(t: TestApp, input: Record<string, unknown>): Promise<{ id: string; email: string }> {
  const email = `${uniq('authz')}@test.marac.local`;
  const r = await t.ok('admin', `mutation($i: CreateUserInput!) { createUser(input: $i) { id email } }`, {
    i: { name: 'Authz Testuser', email, password: PASSWORD, ...input },
  });
  return r.createUser;
}

/** Builds the world through the API (a few seconds). */
export async function buildWorld(t: TestApp): Promise<World> {
  const [marac, matac, hrap] = await Promise.all([t.panelId('MARAC'), t.panelId('MATAC'), t.panelId('HRAP')]);
  const agencyOf = async (user: DemoUser) =>
    (await t.sql('SELECT agency_id FROM app_user WHERE id = $1', [await t.userId(user)]))[0]
      .agency_id as string;
  const agencies = {
    police: await agencyOf('police.rep'),
    idva: await agencyOf('idva.rep'),
    housing: await agencyOf('housing.rep'),
    health: await agencyOf('referrer'),
    csc: await agencyOf('csc.rep'),
  };
  const ok = (user: DemoUser, q: string, v: Record<string, unknown>) => t.ok(user, q, v);

  const submitted = (await ok('referrer', ACCEPTED_FIELDS, { input: referral(marac) })).createReferral;
  const toWithdraw = (await ok('referrer', ACCEPTED_FIELDS, { input: referral(marac) })).createReferral;
  const accepted = (
    await ok('marac.coordinator', ACCEPTED_FIELDS, {
      input: referral(marac, {
        linkedPersons: [
          { role: 'PERPETRATOR', person: person({ givenName: 'Perpetrator', gender: 'MALE' }) },
          { role: 'OTHER', person: person({ givenName: 'Neighbour' }) },
        ],
      }),
    })
  ).createReferral;
  await ok('marac.coordinator', TRIAGE, { input: { caseId: accepted.id, decision: 'ACCEPT' } });
  const known = await acceptedCase(t, marac);
  const agendaCandidate = await acceptedCase(t, marac);
  const itemCase = await acceptedCase(t, marac);
  const removableCase = await acceptedCase(t, marac);
  const publishedCase = await acceptedCase(t, marac);
  const restricted = (
    await ok('marac.coordinator', ACCEPTED_FIELDS, { input: referral(marac, { restricted: true }) })
  ).createReferral;
  await ok('marac.coordinator', TRIAGE, { input: { caseId: restricted.id, decision: 'ACCEPT' } });

  const [heard] = await t.sql(
    `SELECT id FROM case_record WHERE panel_id = $1 AND status = 'HEARD' AND NOT restricted ORDER BY seq DESC LIMIT 1`,
    [marac],
  );
  const schedule = async () =>
    (await ok('marac.coordinator', SCHEDULE, { i: { panelId: marac, startsAt: meetingSlot() } }))
      .scheduleMeeting.id as string;
  const scheduled = await schedule();
  const item = (await ok('marac.coordinator', ADD, { m: scheduled, c: itemCase.id })).addCaseToAgenda.id;
  const removableItem = (await ok('marac.coordinator', ADD, { m: scheduled, c: removableCase.id }))
    .addCaseToAgenda.id;
  const cancellable = await schedule();
  const published = await schedule();
  const publishedItem = (await ok('marac.coordinator', ADD, { m: published, c: publishedCase.id }))
    .addCaseToAgenda.id;
  const restrictedItem = (await ok('marac.coordinator', ADD, { m: published, c: restricted.id }))
    .addCaseToAgenda.id;
  await ok('marac.coordinator', `mutation($m: ID!) { publishAgenda(meetingId: $m) { id } }`, {
    m: published,
  });
  const action = async (caseId: string, ownerAgencyId: string) =>
    (
      await ok('marac.coordinator', CREATE_ACTION, {
        i: { caseId, description: 'Safety plan review', dueDate: inDays(30), ownerAgencyId },
      })
    ).createAction.id as string;

  const memberTarget = await userOf(t, { agencyId: agencies.housing });
  await ok('admin', `mutation($i: AddPanelMemberInput!) { addPanelMember(input: $i) { role } }`, {
    i: { panelId: hrap, userId: memberTarget.id, role: 'AGENCY_REP' },
  });
  // an AGENCY_REP of another panel only (HRAP, whose member agencies include housing)
  const otherRep = await userOf(t, { agencyId: agencies.housing });
  await ok('admin', `mutation($i: AddPanelMemberInput!) { addPanelMember(input: $i) { role } }`, {
    i: { panelId: hrap, userId: otherRep.id, role: 'AGENCY_REP' },
  });
  const noRole = await userOf(t, { agencyId: agencies.health });
  const disableTarget = await userOf(t, { agencyId: agencies.health });

  return {
    marac,
    matac,
    hrap,
    agencies,
    submitted: { id: submitted.id, reference: submitted.reference },
    toWithdraw: toWithdraw.id,
    accepted: { id: accepted.id, reference: accepted.reference },
    perpetratorId: accepted.linkedPersons[0].person.id,
    otherLinkedId: accepted.linkedPersons[1].person.id,
    knownPersonId: known.subject.id,
    agendaCandidate: agendaCandidate.id,
    heard: heard.id,
    scheduled,
    item,
    removableItem,
    cancellable,
    published,
    publishedItem,
    publishedCase: publishedCase.id,
    action: await action(publishedCase.id, agencies.housing),
    restricted: { id: restricted.id, reference: restricted.reference },
    restrictedItem,
    restrictedAction: await action(restricted.id, agencies.police),
    restrictedPersonId: restricted.subject.id,
    users: {
      disableTarget: disableTarget.id,
      memberTarget: memberTarget.id,
      noRole: noRole.id,
      otherRep: otherRep.id,
    },
    emails: { noRole: noRole.email, otherRep: otherRep.email },
  };
}

/** One call of an operation: its document and variables (built per call, so that names stay unique). */
export interface Call {
  query: string;
  variables: Record<string, unknown>;
}
export interface OperationSpec {
  /** the document; its variables are built by `vars` */
  query: string;
  vars: (w: World) => Record<string, unknown>;
  /** logout ends the session it is called with: each call gets a session of its own */
  ownSession?: true;
}

const M = (s: string) => `mutation${s}`;
const Q = (s: string) => `query${s}`;

/**
 * Valid-shaped arguments for every operation, on the world's MARAC records. A new operation of the schema without a
 * row here fails the matrix.
 */
export const OPERATIONS: Record<string, OperationSpec> = {
  // --- identity ---
  'Mutation.login': {
    query: M('($i: LoginInput!) { login(input: $i) { expiresAt } }'),
    vars: () => ({ i: { email: 'referrer@demo.marac.local', password: 'demo-password-2026' } }),
  },
  'Mutation.logout': { query: 'mutation { logout }', vars: () => ({}), ownSession: true },
  'Mutation.changePassword': {
    query: M('($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }'),
    vars: () => ({ c: 'not-the-current-password', n: PASSWORD }),
  },
  'Mutation.setPasswordWithToken': {
    query: M('($t: String!, $n: String!) { setPasswordWithToken(token: $t, newPassword: $n) }'),
    vars: () => ({ t: 'x'.repeat(43), n: PASSWORD }),
  },
  'Query.me': { query: '{ me { id } }', vars: () => ({}) },
  'Query.agencies': { query: '{ agencies { id } }', vars: () => ({}) },
  'Query.panels': { query: '{ panels { id } }', vars: () => ({}) },
  'Query.users': { query: Q('($f: Int) { users(first: $f) { id } }'), vars: () => ({ f: 5 }) },
  'Mutation.createAgency': {
    query: M('($i: CreateAgencyInput!) { createAgency(input: $i) { id } }'),
    vars: () => ({ i: { name: uniq('Authz agency '), kind: 'OTHER' } }),
  },
  'Mutation.createUser': {
    query: M('($i: CreateUserInput!) { createUser(input: $i) { id } }'),
    vars: (w) => ({
      i: {
        name: 'Authz Created',
        email: `${uniq('created')}@test.marac.local`,
        agencyId: w.agencies.health,
        password: PASSWORD,
      },
    }),
  },
  'Mutation.disableUser': {
    query: M('($u: ID!) { disableUser(userId: $u) { id } }'),
    vars: (w) => ({ u: w.users.disableTarget }),
  },
  'Mutation.createPanel': {
    query: M('($i: CreatePanelInput!) { createPanel(input: $i) { id } }'),
    vars: () => ({ i: { kind: 'HRAP', name: uniq('Authz panel '), area: uniq('Area ') } }),
  },
  'Mutation.updatePanelSettings': {
    query: M('($i: PanelSettingsInput!) { updatePanelSettings(input: $i) { id } }'),
    vars: (w) => ({ i: { panelId: w.marac, adultFemalePopulation: 3500 } }),
  },
  'Mutation.addPanelMember': {
    query: M('($i: AddPanelMemberInput!) { addPanelMember(input: $i) { role } }'),
    vars: (w) => ({ i: { panelId: w.marac, userId: w.users.memberTarget, role: 'AGENCY_REP' } }),
  },
  'Mutation.removePanelMember': {
    query: M('($p: ID!, $u: ID!) { removePanelMember(panelId: $p, userId: $u) }'),
    vars: (w) => ({ p: w.hrap, u: w.users.memberTarget }),
  },
  // --- referrals and cases ---
  'Mutation.createReferral': {
    query: M('($i: CreateReferralInput!) { createReferral(input: $i) { id } }'),
    vars: (w) => ({ i: referral(w.marac) }),
  },
  'Query.case': { query: Q('($id: ID!) { case(id: $id) { id } }'), vars: (w) => ({ id: w.accepted.id }) },
  'Query.cases': { query: Q('($f: Int) { cases(first: $f) { totalCount } }'), vars: () => ({ f: 5 }) },
  'Query.caseByReference': {
    query: Q('($r: String!) { caseByReference(reference: $r) { id } }'),
    vars: (w) => ({ r: w.accepted.reference }),
  },
  'Mutation.addLinkedPerson': {
    query: M('($c: ID!, $i: LinkedPersonInput!) { addLinkedPerson(caseId: $c, input: $i) { id } }'),
    vars: (w) => ({ c: w.accepted.id, i: { role: 'OTHER', person: person({ givenName: 'Added' }) } }),
  },
  'Mutation.removeLinkedPerson': {
    query: M('($c: ID!, $p: ID!) { removeLinkedPerson(caseId: $c, personId: $p) { id } }'),
    vars: (w) => ({ c: w.accepted.id, p: w.otherLinkedId }),
  },
  'Mutation.recordFurtherIncident': {
    query: M('($i: FurtherIncidentInput!) { recordFurtherIncident(input: $i) { id } }'),
    vars: (w) => ({ i: { caseId: w.publishedCase, incidentDate: inDays(0), kind: 'UNWANTED_CONTACT' } }),
  },
  'Mutation.recordIdvaContact': {
    query: M('($i: IdvaContactInput!) { recordIdvaContact(input: $i) { id } }'),
    vars: (w) => ({ i: { caseId: w.accepted.id, engagement: 'ENGAGED', note: 'Spoke by phone' } }),
  },
  'Query.searchPersons': {
    query: Q('($i: PersonSearchInput!) { searchPersons(input: $i) { score } }'),
    vars: () => ({ i: { name: 'Alex Testperson' } }),
  },
  'Mutation.confirmPersonMatch': {
    query: M('($i: ConfirmPersonMatchInput!) { confirmPersonMatch(input: $i) { id } }'),
    vars: (w) => ({
      i: { caseId: w.accepted.id, personId: w.perpetratorId, matchedPersonId: w.knownPersonId },
    }),
  },
  'Mutation.triageReferral': {
    query: M('($i: TriageInput!) { triageReferral(input: $i) { id } }'),
    vars: (w) => ({ i: { caseId: w.submitted.id, decision: 'ACCEPT' } }),
  },
  'Mutation.closeCase': {
    query: M(
      '($c: ID!, $r: String!, $o: CaseOutcomeInput) { closeCase(caseId: $c, reason: $r, outcome: $o) { id } }',
    ),
    vars: (w) => ({
      c: w.heard,
      r: 'Plan completed',
      o: { riskAtClosure: 'REDUCED', safetyPlanInPlace: true },
    }),
  },
  'Mutation.recordRiskReview': {
    query: M('($i: RiskReviewInput!) { recordRiskReview(input: $i) { id } }'),
    vars: (w) => ({
      i: {
        caseId: w.accepted.id,
        reviewedOn: inDays(0),
        dashAnswers: Array(24).fill('NO'),
        note: 'Reviewed',
      },
    }),
  },
  'Mutation.withdrawReferral': {
    query: M('($c: ID!, $r: String!) { withdrawReferral(caseId: $c, reason: $r) { id } }'),
    vars: (w) => ({ c: w.toWithdraw, r: 'Sent in error' }),
  },
  // --- meetings ---
  'Mutation.scheduleMeeting': {
    query: M('($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { id } }'),
    vars: (w) => ({ i: { panelId: w.marac, startsAt: meetingSlot(), location: 'Civic Centre' } }),
  },
  'Mutation.rescheduleMeeting': {
    query: M('($i: RescheduleMeetingInput!) { rescheduleMeeting(input: $i) { id } }'),
    vars: (w) => ({ i: { meetingId: w.scheduled, startsAt: meetingSlot() } }),
  },
  'Mutation.cancelMeeting': {
    query: M('($m: ID!, $r: String!) { cancelMeeting(meetingId: $m, reason: $r) { id } }'),
    vars: (w) => ({ m: w.cancellable, r: 'Room unavailable' }),
  },
  'Mutation.addCaseToAgenda': {
    query: M('($m: ID!, $c: ID!) { addCaseToAgenda(meetingId: $m, caseId: $c) { id } }'),
    vars: (w) => ({ m: w.scheduled, c: w.agendaCandidate }),
  },
  'Mutation.proposeAgenda': {
    query: M('($m: ID!) { proposeAgenda(meetingId: $m) { id } }'),
    vars: (w) => ({ m: w.scheduled }),
  },
  'Mutation.moveAgendaItem': {
    query: M('($i: ID!, $p: Int!) { moveAgendaItem(agendaItemId: $i, position: $p) { id } }'),
    vars: (w) => ({ i: w.item, p: 1 }),
  },
  'Mutation.removeAgendaItem': {
    query: M('($i: ID!) { removeAgendaItem(agendaItemId: $i) { id } }'),
    vars: (w) => ({ i: w.removableItem }),
  },
  'Mutation.publishAgenda': {
    query: M('($m: ID!) { publishAgenda(meetingId: $m) { id } }'),
    vars: (w) => ({ m: w.scheduled }),
  },
  'Mutation.recordAttendance': {
    query: M('($i: AttendanceInput!) { recordAttendance(input: $i) { status } }'),
    vars: (w) => ({ i: { meetingId: w.published, agencyId: w.agencies.police, status: 'PRESENT' } }),
  },
  'Mutation.recordMinutes': {
    query: M('($i: ID!, $t: String!) { recordMinutes(agendaItemId: $i, minutes: $t) { id } }'),
    vars: (w) => ({ i: w.publishedItem, t: 'Safety plan agreed.' }),
  },
  'Mutation.concludeMeeting': {
    query: M('($m: ID!) { concludeMeeting(meetingId: $m) { id } }'),
    vars: (w) => ({ m: w.published }),
  },
  'Query.meeting': { query: Q('($id: ID!) { meeting(id: $id) { id } }'), vars: (w) => ({ id: w.published }) },
  'Query.meetings': {
    query: Q('($p: ID!) { meetings(panelId: $p, first: 5) { id } }'),
    vars: (w) => ({ p: w.marac }),
  },
  'Mutation.submitResearch': {
    query: M('($i: ResearchInput!) { submitResearch(input: $i) { id } }'),
    vars: (w) => ({ i: { agendaItemId: w.publishedItem, summary: 'Known to the service since 2024.' } }),
  },
  // --- actions ---
  'Mutation.createAction': {
    query: M('($i: CreateActionInput!) { createAction(input: $i) { id } }'),
    vars: (w) => ({
      i: {
        caseId: w.publishedCase,
        description: 'Fit door locks',
        dueDate: inDays(20),
        ownerAgencyId: w.agencies.housing,
      },
    }),
  },
  'Mutation.updateAction': {
    query: M('($i: UpdateActionInput!) { updateAction(input: $i) { id } }'),
    vars: (w) => ({ i: { actionId: w.action, expectedVersion: 1, note: 'Started', status: 'IN_PROGRESS' } }),
  },
  'Query.actions': { query: Q('($f: Int) { actions(first: $f) { id } }'), vars: () => ({ f: 5 }) },
  'Query.action': { query: Q('($id: ID!) { action(id: $id) { id } }'), vars: (w) => ({ id: w.action }) },
  // --- notifications, metrics, audit ---
  'Query.failedNotifications': { query: '{ failedNotifications(first: 5) { id } }', vars: () => ({}) },
  'Mutation.retryNotification': {
    query: M('($id: ID!) { retryNotification(id: $id) { id } }'),
    vars: () => ({ id: UNKNOWN_ID }),
  },
  'Query.panelMetrics': {
    query: Q('($i: MetricsInput!) { panelMetrics(input: $i) { referrals } }'),
    vars: (w) => ({ i: { panelId: w.marac, from: '2025-01-01', to: '2025-12-31' } }),
  },
  'Query.panelMetricsSeries': {
    query: Q(
      '($i: MetricsInput!, $v: Interval!) { panelMetricsSeries(input: $i, interval: $v) { referrals } }',
    ),
    vars: (w) => ({ i: { panelId: w.marac, from: '2025-01-01', to: '2025-06-30' }, v: 'QUARTER' }),
  },
  'Query.safeLivesReturn': {
    query: Q('($p: ID!) { safeLivesReturn(panelId: $p, quarter: "2025-Q3") { quarter } }'),
    vars: (w) => ({ p: w.marac }),
  },
  'Query.auditEvents': { query: '{ auditEvents(first: 5) { id } }', vars: () => ({}) },
};

/**
 * The business tables (every table a domain writes), fingerprinted: row count and a hash of every row. Sessions,
 * throttle and rate-limit counters are left out (a refusal may count), and of the audit trail only the business
 * events (POLICY.md: a refusal is itself audited, as `refused`, and sign-in refusals as `auth.login_failed`,
 * `auth.login_locked`, `auth.login_backoff`; a read as `read`).
 */
const FINGERPRINTED = [
  'agency',
  'app_user',
  'panel',
  'panel_member_agency',
  'panel_membership',
  'password_token',
  'case_record',
  'case_person',
  'person',
  'case_flag',
  'case_allowed_user',
  'case_reference_counter',
  'risk_review',
  'further_incident',
  'idva_contact',
  'meeting',
  'agenda_item',
  'research',
  'attendance',
  'action',
  'action_update',
  'outbox',
];
export type Fingerprint = Record<string, string>;
export async function fingerprint(t: TestApp): Promise<Fingerprint> {
  const parts = FINGERPRINTED.map(
    (table) =>
      `SELECT '${table}' AS t, count(*) || ':' || md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS f FROM ${table} x`,
  );
  parts.push(
    `SELECT 'audit_event(business)' AS t, count(*)::text AS f FROM audit_event
      WHERE action NOT IN ('refused', 'read', 'auth.login_failed', 'auth.login_locked', 'auth.login_backoff')`,
  );
  const rows = await t.sql<{ t: string; f: string }>(parts.join(' UNION ALL '));
  return Object.fromEntries(rows.map((r) => [r.t, r.f]));
}
/** The tables whose fingerprint differs. */
export const changedTables = (a: Fingerprint, b: Fingerprint) => Object.keys(a).filter((k) => a[k] !== b[k]);

/** Runs `jobs` with at most `n` at a time. */
export async function pool<T>(n: number, jobs: (() => Promise<T>)[]): Promise<T[]> {
  const out: T[] = new Array(jobs.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(n, jobs.length) }, async () => {
      while (next < jobs.length) {
        const i = next++;
        out[i] = await jobs[i]();
      }
    }),
  );
  return out;
}
