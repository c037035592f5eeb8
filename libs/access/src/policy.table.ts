/**
 * Every Query and Mutation of the API, with what the caller must be allowed to do (POLICY.md "Operations").
 * The global guard reads this table: an operation that is not listed is refused (deny by default).
 * A test derives the roles allowed for each operation from these entries and the CASL rules, and compares them with
 * POLICY.md; a change here is a permission change and is reviewed as one.
 *
 * - PUBLIC: no token needed.
 * - SIGNED_IN: any valid session.
 * - [action, subject]: the caller's ability must allow the action on that subject type (any of its rules, conditional
 *   ones included). Which rows are then visible is decided by the same rules in SQL (NOT_FOUND for the rest).
 */
export const PUBLIC = 'PUBLIC' as const;
export const SIGNED_IN = 'SIGNED_IN' as const;
export type OperationRule = typeof PUBLIC | typeof SIGNED_IN | readonly [action: string, subject: string];

export const POLICY_TABLE: Readonly<Record<string, OperationRule>> = {
  // identity
  'Mutation.login': PUBLIC,
  'Mutation.logout': SIGNED_IN,
  'Mutation.changePassword': SIGNED_IN,
  // the one-time token of an invitation e-mail is the credential
  'Mutation.setPasswordWithToken': PUBLIC,
  'Query.me': SIGNED_IN,
  'Query.agencies': SIGNED_IN,
  'Query.panels': SIGNED_IN,
  'Query.users': ['list', 'User'],
  'Mutation.createAgency': ['create', 'Agency'],
  'Mutation.createUser': ['create', 'User'],
  'Mutation.disableUser': ['disable', 'User'],
  'Mutation.createPanel': ['create', 'Panel'],
  'Mutation.updatePanelSettings': ['update', 'Panel'],
  'Mutation.addPanelMember': ['manageMembers', 'Panel'],
  'Mutation.removePanelMember': ['manageMembers', 'Panel'],
  // referrals and cases
  'Mutation.createReferral': ['create', 'Case'],
  'Query.case': ['read', 'Case'],
  'Query.cases': ['read', 'Case'],
  'Query.caseByReference': ['read', 'Case'],
  'Mutation.addLinkedPerson': ['editPersons', 'Case'],
  'Mutation.removeLinkedPerson': ['editPersons', 'Case'],
  'Mutation.recordFurtherIncident': ['recordIncident', 'Case'],
  'Mutation.recordIdvaContact': ['recordIdvaContact', 'Case'],
  'Query.searchPersons': ['search', 'Person'],
  'Mutation.confirmPersonMatch': ['confirmMatch', 'Case'],
  'Mutation.triageReferral': ['triage', 'Case'],
  'Mutation.closeCase': ['close', 'Case'],
  'Mutation.recordRiskReview': ['reviewRisk', 'Case'],
  'Mutation.withdrawReferral': ['withdraw', 'Case'],
  // meetings
  'Mutation.scheduleMeeting': ['run', 'Meeting'],
  'Mutation.rescheduleMeeting': ['run', 'Meeting'],
  'Mutation.cancelMeeting': ['run', 'Meeting'],
  'Mutation.addCaseToAgenda': ['run', 'Meeting'],
  'Mutation.proposeAgenda': ['run', 'Meeting'],
  'Mutation.moveAgendaItem': ['run', 'Meeting'],
  'Mutation.removeAgendaItem': ['run', 'Meeting'],
  'Mutation.publishAgenda': ['run', 'Meeting'],
  'Mutation.recordAttendance': ['run', 'Meeting'],
  'Mutation.recordMinutes': ['run', 'Meeting'],
  'Mutation.concludeMeeting': ['run', 'Meeting'],
  'Query.meeting': ['read', 'Meeting'],
  'Query.meetings': ['read', 'Meeting'],
  'Mutation.submitResearch': ['submit', 'Research'],
  // actions
  'Mutation.createAction': ['create', 'Action'],
  'Mutation.updateAction': ['update', 'Action'],
  'Query.actions': ['read', 'Action'],
  'Query.action': ['read', 'Action'],
  // notifications (ADMIN: e-mails that failed every retry)
  'Query.failedNotifications': ['read', 'Notification'],
  'Mutation.retryNotification': ['retry', 'Notification'],
  // metrics and audit
  'Query.panelMetrics': ['read', 'Metrics'],
  'Query.panelMetricsSeries': ['read', 'Metrics'],
  'Query.safeLivesReturn': ['read', 'Metrics'],
  'Query.auditEvents': ['read', 'AuditEvent'],
};
