import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { AgencyKind, GlobalRole, PanelRole, type AuthUser } from '@marac/core';
import { defineAbilityFor } from './ability.factory.js';
import { HTTP_ROUTES } from './http-routes.js';
import { POLICY_TABLE, PUBLIC, SIGNED_IN, type OperationRule } from './policy.table.js';

/**
 * The permission snapshot (POLICY.md "Operations"). For each role on its own, the operations it may call, derived from
 * the policy table and the CASL rules. A change to either shows here and is reviewed as a permission change.
 */
const P = 'panel-1';
const user = (over: Partial<AuthUser>): AuthUser => ({
  id: 'u1',
  sessionId: 's1',
  agencyId: 'a1',
  agencyKind: AgencyKind.HOUSING,
  globalRoles: [],
  memberships: [],
  ...over,
});
const ROLES: Record<string, AuthUser> = {
  ADMIN: user({ globalRoles: [GlobalRole.ADMIN] }),
  STRATEGIC: user({ globalRoles: [GlobalRole.STRATEGIC] }),
  AUDITOR: user({ globalRoles: [GlobalRole.AUDITOR] }),
  REFERRER: user({ globalRoles: [GlobalRole.REFERRER] }),
  COORDINATOR: user({ memberships: [{ panelId: P, role: PanelRole.COORDINATOR, agencyIsMember: false }] }),
  CHAIR: user({ memberships: [{ panelId: P, role: PanelRole.CHAIR, agencyIsMember: true }] }),
  AGENCY_REP: user({ memberships: [{ panelId: P, role: PanelRole.AGENCY_REP, agencyIsMember: true }] }),
  IDVA_REP: user({
    agencyKind: AgencyKind.IDVA,
    memberships: [{ panelId: P, role: PanelRole.AGENCY_REP, agencyIsMember: true }],
  }),
  // an AGENCY_REP membership whose agency is not a member agency of the panel: a practitioner, not a panel rep
  REP_OF_NON_MEMBER_AGENCY: user({
    memberships: [{ panelId: P, role: PanelRole.AGENCY_REP, agencyIsMember: false }],
  }),
  NO_ROLE: user({}),
};

const ALL = Object.keys(ROLES);
const STAFF = ['COORDINATOR', 'CHAIR'];
const REPS = ['AGENCY_REP', 'IDVA_REP'];
const PRACTITIONERS = ['REFERRER', ...STAFF, ...REPS, 'REP_OF_NON_MEMBER_AGENCY'];

const EXPECTED: Record<string, string[] | 'PUBLIC'> = {
  'Mutation.login': 'PUBLIC',
  'Mutation.logout': ALL,
  'Mutation.changePassword': ALL,
  'Mutation.setPasswordWithToken': 'PUBLIC',
  'Query.me': ALL,
  'Query.agencies': ALL,
  'Query.panels': ALL,
  'Query.users': ['ADMIN', ...STAFF],
  'Mutation.createAgency': ['ADMIN'],
  'Mutation.createUser': ['ADMIN'],
  'Mutation.disableUser': ['ADMIN'],
  'Mutation.createPanel': ['ADMIN'],
  'Mutation.updatePanelSettings': ['ADMIN'],
  'Mutation.addPanelMember': ['ADMIN'],
  'Mutation.removePanelMember': ['ADMIN'],
  'Mutation.createReferral': PRACTITIONERS,
  'Query.case': PRACTITIONERS,
  'Query.cases': PRACTITIONERS,
  'Query.caseByReference': PRACTITIONERS,
  'Mutation.addLinkedPerson': STAFF,
  'Mutation.removeLinkedPerson': STAFF,
  // panel staff; panel reps who see the case in detail (row rule)
  'Mutation.recordFurtherIncident': [...STAFF, ...REPS],
  // panel staff; panel reps of an IDVA agency who see the case
  'Mutation.recordIdvaContact': [...STAFF, 'IDVA_REP'],
  'Query.searchPersons': STAFF,
  'Mutation.confirmPersonMatch': STAFF,
  'Mutation.triageReferral': STAFF,
  'Mutation.closeCase': STAFF,
  'Mutation.recordRiskReview': STAFF,
  // panel staff, or the user who made the referral (row rule: referredById)
  'Mutation.withdrawReferral': PRACTITIONERS,
  'Mutation.scheduleMeeting': STAFF,
  'Mutation.rescheduleMeeting': STAFF,
  'Mutation.cancelMeeting': STAFF,
  'Mutation.addCaseToAgenda': STAFF,
  'Mutation.proposeAgenda': STAFF,
  'Mutation.moveAgendaItem': STAFF,
  'Mutation.removeAgendaItem': STAFF,
  'Mutation.publishAgenda': STAFF,
  'Mutation.recordAttendance': STAFF,
  'Mutation.recordMinutes': STAFF,
  'Mutation.concludeMeeting': STAFF,
  'Query.meeting': [...STAFF, ...REPS],
  'Query.meetings': [...STAFF, ...REPS],
  'Mutation.submitResearch': [...STAFF, ...REPS],
  'Mutation.createAction': STAFF,
  // panel staff; panel reps of the owner agency; the assignee (any practitioner may be one)
  'Mutation.updateAction': [...STAFF, ...REPS, 'REP_OF_NON_MEMBER_AGENCY'],
  'Query.actions': PRACTITIONERS,
  'Query.action': PRACTITIONERS,
  'Query.failedNotifications': ['ADMIN'],
  'Mutation.retryNotification': ['ADMIN'],
  'Query.panelMetrics': ['STRATEGIC', ...STAFF],
  'Query.panelMetricsSeries': ['STRATEGIC', ...STAFF],
  'Query.safeLivesReturn': ['STRATEGIC', ...STAFF],
  'Query.auditEvents': ['AUDITOR'],
};

/** POLICY.md: imports for panel staff; each export for exactly the callers of its GraphQL twin. */
const EXPECTED_HTTP: Record<string, string[]> = {
  'POST /imports': STAFF,
  'GET /exports/cases.csv': EXPECTED['Query.cases'] as string[],
  'GET /exports/actions.csv': EXPECTED['Query.actions'] as string[],
  'GET /exports/safelives-return.csv': EXPECTED['Query.safeLivesReturn'] as string[],
};

function allowedRoles(op: string, rule: OperationRule = POLICY_TABLE[op]): string[] | 'PUBLIC' {
  if (rule === PUBLIC) return 'PUBLIC';
  return ALL.filter((role) => {
    if (rule === SIGNED_IN) return true;
    return defineAbilityFor(ROLES[role]).can(rule[0], rule[1]);
  });
}

const opsOf = (sdl: string) => {
  const schema = buildSchema(sdl);
  return ['Query', 'Mutation'].flatMap((t) =>
    Object.keys((schema.getType(t) as any)?.getFields() ?? {}).map((f) => `${t}.${f}`),
  );
};

describe('policy table', () => {
  it.each(Object.keys(EXPECTED))('%s is allowed to exactly the roles of POLICY.md', (op) => {
    const expected = EXPECTED[op];
    expect(allowedRoles(op)).toEqual(
      expected === 'PUBLIC' ? 'PUBLIC' : [...expected].sort((a, b) => ALL.indexOf(a) - ALL.indexOf(b)),
    );
  });

  it('lists exactly the operations of the snapshot', () => {
    expect(Object.keys(POLICY_TABLE).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it('covers every operation of the generated schema (an operation missing here is refused to everyone)', () => {
    const missing = opsOf(readFileSync('schema/schema.graphql', 'utf8')).filter(
      (op) => !(op in POLICY_TABLE),
    );
    expect(missing).toEqual([]);
  });

  it('covers every operation of the public contract (schema/contract.graphql)', () => {
    // (operations beyond the contract are listed too: see the snapshot above)
    const missing = opsOf(readFileSync('schema/contract.graphql', 'utf8')).filter(
      (op) => !(op in POLICY_TABLE),
    );
    expect(missing).toEqual([]);
  });

  it.each(Object.keys(EXPECTED_HTTP))(
    'HTTP route %s is allowed to exactly the roles of POLICY.md',
    (route) => {
      expect(allowedRoles(route, HTTP_ROUTES[route])).toEqual(
        [...EXPECTED_HTTP[route]].sort((a, b) => ALL.indexOf(a) - ALL.indexOf(b)),
      );
    },
  );

  it('lists exactly the HTTP routes of the snapshot', () => {
    expect(Object.keys(HTTP_ROUTES).sort()).toEqual(Object.keys(EXPECTED_HTTP).sort());
  });

  it('gives a signed-out caller nothing', () => {
    const ability = defineAbilityFor(null);
    expect(ability.rules).toEqual([]);
  });
});
