/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AddPanelMemberInput = {
  /** The panel */
  panelId: string | number;
  /** COORDINATOR, CHAIR or AGENCY_REP */
  role: PanelRole;
  /** The user given the role */
  userId: string | number;
};

export type AgencyKind =
  | 'ADULT_SOCIAL_CARE'
  | 'CHILDRENS_SOCIAL_CARE'
  | 'EDUCATION'
  | 'HEALTH'
  | 'HOUSING'
  | 'IDVA'
  | 'MENTAL_HEALTH'
  | 'OTHER'
  | 'POLICE'
  | 'PROBATION'
  | 'SPECIALIST_DA_SERVICE'
  | 'SUBSTANCE_MISUSE';

export type AuditFilter = {
  /** Events of this user */
  actorId?: string | number | null | undefined;
  /** Matches any of an event's caseIds */
  caseId?: string | number | null | undefined;
  /** Events at or after this instant */
  from?: string | null | undefined;
  /** Events at or before this instant */
  to?: string | null | undefined;
};

export type CreateAgencyInput = {
  /** What kind of agency it is (decides e.g. who sees contact details) */
  kind: AgencyKind;
  /** The agency's name, e.g. "Hartlepool Police" */
  name: string;
};

export type CreatePanelInput = {
  /** The area it serves, e.g. "Hartlepool" */
  area: string;
  /** Two to six capital letters; derived from the area when omitted */
  areaCode?: string | null | undefined;
  /** MARAC, MATAC or HRAP */
  kind: PanelKind;
  /** The agencies that sit on the panel (at most 100) */
  memberAgencyIds?: Array<string | number> | null | undefined;
  /** The panel's name, e.g. "Hartlepool MARAC" */
  name: string;
};

export type CreateUserInput = {
  /** The agency the user works for */
  agencyId: string | number;
  /** Sign-in e-mail address (unique) */
  email: string;
  /** Roles that are not tied to a panel (ADMIN, STRATEGIC, AUDITOR, REFERRER); panel roles come with addPanelMember */
  globalRoles?: Array<GlobalRole> | null | undefined;
  /** Full name, as colleagues know it */
  name: string;
  /** Without a password the user gets an invitation e-mail with a one-time link to set one (setPasswordWithToken) */
  password?: string | null | undefined;
};

export type ExpectedRangeInput = {
  /** The PanelMetrics figure, e.g. repeatRate */
  figure: string;
  /** Highest expected value; null: no upper bound */
  max?: number | null | undefined;
  /** Lowest expected value; null: no lower bound */
  min?: number | null | undefined;
};

export type GlobalRole =
  | 'ADMIN'
  | 'AUDITOR'
  | 'REFERRER'
  | 'STRATEGIC';

export type Interval =
  | 'MONTH'
  | 'QUARTER'
  | 'YEAR';

export type LoginInput = {
  /** The e-mail address the account was created with */
  email: string;
  /** The password */
  password: string;
};

/** One panel and a period of calendar dates, both ends inclusive */
export type MetricsInput = {
  /** First day of the period (STRATEGIC: the first day of a month) */
  from: string;
  /** The panel */
  panelId: string | number;
  /** Last day of the period (STRATEGIC: the last day of a month that has ended) */
  to: string;
};

export type PanelKind =
  | 'HRAP'
  | 'MARAC'
  | 'MATAC';

export type PanelRole =
  | 'AGENCY_REP'
  | 'CHAIR'
  | 'COORDINATOR';

/** A field left out is kept, null clears it; expectedRanges replaces the earlier overrides (a figure left out takes its default) */
export type PanelSettingsInput = {
  /** Women aged 16+ in the area (for cases per 10,000) */
  adultFemalePopulation?: number | null | undefined;
  /** Share (0..1) of the area's population that is BAME */
  bamePopulationShare?: number | null | undefined;
  /** Overrides of the SafeLives expected ranges */
  expectedRanges?: Array<ExpectedRangeInput> | null | undefined;
  /** The panel */
  panelId: string | number;
};

export type MeFieldsFragment = { id: string, name: string, email: string, globalRoles: Array<GlobalRole>, agency: { id: string, name: string, kind: AgencyKind }, memberships: Array<{ role: PanelRole, panel: { id: string, name: string, kind: PanelKind } }> };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, name: string, email: string, globalRoles: Array<GlobalRole>, agency: { id: string, name: string, kind: AgencyKind }, memberships: Array<{ role: PanelRole, panel: { id: string, name: string, kind: PanelKind } }> } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { accessToken: string, expiresAt: string, user: { id: string, name: string, email: string, globalRoles: Array<GlobalRole>, agency: { id: string, name: string, kind: AgencyKind }, memberships: Array<{ role: PanelRole, panel: { id: string, name: string, kind: PanelKind } }> } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type AdminDataQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminDataQuery = { agencies: Array<{ id: string, name: string, kind: AgencyKind }>, panels: Array<{ id: string, name: string, kind: PanelKind, area: string, areaCode: string, memberAgencies: Array<{ id: string, name: string }>, settings: { adultFemalePopulation: number | null, bamePopulationShare: number | null, expectedRanges: Array<{ figure: string, min: number | null, max: number | null }> } | null }> };

export type AdminUsersQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type AdminUsersQuery = { users: Array<{ id: string, name: string, email: string, disabled: boolean, globalRoles: Array<GlobalRole>, agency: { id: string, name: string }, memberships: Array<{ role: PanelRole, panel: { id: string, name: string } }> }> };

export type AdminFailedNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminFailedNotificationsQuery = { failedNotifications: Array<{ id: string, kind: string, recipient: string, subject: string, attempts: number, createdAt: string, failedAt: string | null, lastError: string | null }> };

export type AdminCreateAgencyMutationVariables = Exact<{
  input: CreateAgencyInput;
}>;


export type AdminCreateAgencyMutation = { createAgency: { id: string, name: string, kind: AgencyKind } };

export type AdminCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type AdminCreateUserMutation = { createUser: { id: string } };

export type AdminDisableUserMutationVariables = Exact<{
  userId: string | number;
}>;


export type AdminDisableUserMutation = { disableUser: { id: string, disabled: boolean } };

export type AdminCreatePanelMutationVariables = Exact<{
  input: CreatePanelInput;
}>;


export type AdminCreatePanelMutation = { createPanel: { id: string } };

export type AdminAddPanelMemberMutationVariables = Exact<{
  input: AddPanelMemberInput;
}>;


export type AdminAddPanelMemberMutation = { addPanelMember: { role: PanelRole } };

export type AdminRemovePanelMemberMutationVariables = Exact<{
  panelId: string | number;
  userId: string | number;
}>;


export type AdminRemovePanelMemberMutation = { removePanelMember: boolean };

export type AdminUpdatePanelSettingsMutationVariables = Exact<{
  input: PanelSettingsInput;
}>;


export type AdminUpdatePanelSettingsMutation = { updatePanelSettings: { id: string, settings: { adultFemalePopulation: number | null, bamePopulationShare: number | null, expectedRanges: Array<{ figure: string, min: number | null, max: number | null }> } | null } };

export type AdminRetryNotificationMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminRetryNotificationMutation = { retryNotification: { id: string } };

export type AuditTrailQueryVariables = Exact<{
  filter?: AuditFilter | null | undefined;
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type AuditTrailQuery = { auditEvents: Array<{ id: string, at: string, action: string, actorId: string | null, entityType: string, entityId: string | null, caseIds: Array<string>, personIds: Array<string>, requestId: string | null }> };

export type DashboardFiguresFragment = { panelId: string, from: string, to: string, roundedTo: number, suppressedFigures: Array<string>, referrals: number | null, casesHeard: number | null, repeatCases: number | null, repeatRate: number | null, policeReferralShare: number | null, bameCases: number | null, bameShare: number | null, lgbtCases: number | null, lgbtShare: number | null, disabledCases: number | null, disabledShare: number | null, maleCases: number | null, maleShare: number | null, victimsAged16To17: number | null, childrenInHouseholds: number | null, idvaEngagedShare: number | null, perpetratorActionShare: number | null, riskReducedShare: number | null, medianDaysReferralToHearing: number | null, meetingsHeld: number | null, furtherIncidents: number | null, repeatPerpetrators: number | null, serialPerpetrators: number | null, crossPanelCases: number | null, actionsTotal: number | null, actionsCompleted: number | null, actionsOverdue: number | null, actionCompletionRate: number | null, matacMeanRfgvChange: number | null, matacSustainedReductionShare: number | null, referralSources: Array<{ agencyKind: AgencyKind, count: number | null, share: number | null }>, rangeChecks: Array<{ figure: string, value: number | null, expectedMin: number | null, expectedMax: number | null, withinRange: boolean | null }> };

export type DashboardPanelsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardPanelsQuery = { panels: Array<{ id: string, name: string, kind: PanelKind, area: string }> };

export type DashboardPanelMetricsQueryVariables = Exact<{
  input: MetricsInput;
}>;


export type DashboardPanelMetricsQuery = { panelMetrics: { panelId: string, from: string, to: string, roundedTo: number, suppressedFigures: Array<string>, referrals: number | null, casesHeard: number | null, repeatCases: number | null, repeatRate: number | null, policeReferralShare: number | null, bameCases: number | null, bameShare: number | null, lgbtCases: number | null, lgbtShare: number | null, disabledCases: number | null, disabledShare: number | null, maleCases: number | null, maleShare: number | null, victimsAged16To17: number | null, childrenInHouseholds: number | null, idvaEngagedShare: number | null, perpetratorActionShare: number | null, riskReducedShare: number | null, medianDaysReferralToHearing: number | null, meetingsHeld: number | null, furtherIncidents: number | null, repeatPerpetrators: number | null, serialPerpetrators: number | null, crossPanelCases: number | null, actionsTotal: number | null, actionsCompleted: number | null, actionsOverdue: number | null, actionCompletionRate: number | null, matacMeanRfgvChange: number | null, matacSustainedReductionShare: number | null, referralSources: Array<{ agencyKind: AgencyKind, count: number | null, share: number | null }>, rangeChecks: Array<{ figure: string, value: number | null, expectedMin: number | null, expectedMax: number | null, withinRange: boolean | null }> } };

export type DashboardPanelMetricsSeriesQueryVariables = Exact<{
  input: MetricsInput;
  interval: Interval;
}>;


export type DashboardPanelMetricsSeriesQuery = { panelMetricsSeries: Array<{ panelId: string, from: string, to: string, roundedTo: number, suppressedFigures: Array<string>, referrals: number | null, casesHeard: number | null, repeatCases: number | null, repeatRate: number | null, policeReferralShare: number | null, bameCases: number | null, bameShare: number | null, lgbtCases: number | null, lgbtShare: number | null, disabledCases: number | null, disabledShare: number | null, maleCases: number | null, maleShare: number | null, victimsAged16To17: number | null, childrenInHouseholds: number | null, idvaEngagedShare: number | null, perpetratorActionShare: number | null, riskReducedShare: number | null, medianDaysReferralToHearing: number | null, meetingsHeld: number | null, furtherIncidents: number | null, repeatPerpetrators: number | null, serialPerpetrators: number | null, crossPanelCases: number | null, actionsTotal: number | null, actionsCompleted: number | null, actionsOverdue: number | null, actionCompletionRate: number | null, matacMeanRfgvChange: number | null, matacSustainedReductionShare: number | null, referralSources: Array<{ agencyKind: AgencyKind, count: number | null, share: number | null }>, rangeChecks: Array<{ figure: string, value: number | null, expectedMin: number | null, expectedMax: number | null, withinRange: boolean | null }> }> };

export const MeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"globalRoles"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"panel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<MeFieldsFragment, unknown>;
export const DashboardFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PanelMetrics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"panelId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"roundedTo"}},{"kind":"Field","name":{"kind":"Name","value":"suppressedFigures"}},{"kind":"Field","name":{"kind":"Name","value":"referrals"}},{"kind":"Field","name":{"kind":"Name","value":"casesHeard"}},{"kind":"Field","name":{"kind":"Name","value":"repeatCases"}},{"kind":"Field","name":{"kind":"Name","value":"repeatRate"}},{"kind":"Field","name":{"kind":"Name","value":"policeReferralShare"}},{"kind":"Field","name":{"kind":"Name","value":"bameCases"}},{"kind":"Field","name":{"kind":"Name","value":"bameShare"}},{"kind":"Field","name":{"kind":"Name","value":"lgbtCases"}},{"kind":"Field","name":{"kind":"Name","value":"lgbtShare"}},{"kind":"Field","name":{"kind":"Name","value":"disabledCases"}},{"kind":"Field","name":{"kind":"Name","value":"disabledShare"}},{"kind":"Field","name":{"kind":"Name","value":"maleCases"}},{"kind":"Field","name":{"kind":"Name","value":"maleShare"}},{"kind":"Field","name":{"kind":"Name","value":"victimsAged16To17"}},{"kind":"Field","name":{"kind":"Name","value":"childrenInHouseholds"}},{"kind":"Field","name":{"kind":"Name","value":"idvaEngagedShare"}},{"kind":"Field","name":{"kind":"Name","value":"perpetratorActionShare"}},{"kind":"Field","name":{"kind":"Name","value":"riskReducedShare"}},{"kind":"Field","name":{"kind":"Name","value":"medianDaysReferralToHearing"}},{"kind":"Field","name":{"kind":"Name","value":"meetingsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"furtherIncidents"}},{"kind":"Field","name":{"kind":"Name","value":"repeatPerpetrators"}},{"kind":"Field","name":{"kind":"Name","value":"serialPerpetrators"}},{"kind":"Field","name":{"kind":"Name","value":"crossPanelCases"}},{"kind":"Field","name":{"kind":"Name","value":"actionsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"actionsCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"actionsOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"actionCompletionRate"}},{"kind":"Field","name":{"kind":"Name","value":"matacMeanRfgvChange"}},{"kind":"Field","name":{"kind":"Name","value":"matacSustainedReductionShare"}},{"kind":"Field","name":{"kind":"Name","value":"referralSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyKind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rangeChecks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"expectedMin"}},{"kind":"Field","name":{"kind":"Name","value":"expectedMax"}},{"kind":"Field","name":{"kind":"Name","value":"withinRange"}}]}}]}}]} as unknown as DocumentNode<DashboardFiguresFragment, unknown>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"globalRoles"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"panel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"globalRoles"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"panel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const AdminDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"panels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"memberAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adultFemalePopulation"}},{"kind":"Field","name":{"kind":"Name","value":"bamePopulationShare"}},{"kind":"Field","name":{"kind":"Name","value":"expectedRanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminDataQuery, AdminDataQueryVariables>;
export const AdminUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"globalRoles"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"panel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminUsersQuery, AdminUsersQueryVariables>;
export const AdminFailedNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminFailedNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failedNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"failedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}}]}}]}}]} as unknown as DocumentNode<AdminFailedNotificationsQuery, AdminFailedNotificationsQueryVariables>;
export const AdminCreateAgencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateAgency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAgencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAgency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<AdminCreateAgencyMutation, AdminCreateAgencyMutationVariables>;
export const AdminCreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AdminCreateUserMutation, AdminCreateUserMutationVariables>;
export const AdminDisableUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminDisableUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}}]}}]} as unknown as DocumentNode<AdminDisableUserMutation, AdminDisableUserMutationVariables>;
export const AdminCreatePanelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreatePanel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePanelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPanel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AdminCreatePanelMutation, AdminCreatePanelMutationVariables>;
export const AdminAddPanelMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminAddPanelMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddPanelMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPanelMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<AdminAddPanelMemberMutation, AdminAddPanelMemberMutationVariables>;
export const AdminRemovePanelMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminRemovePanelMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"panelId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removePanelMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"panelId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"panelId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}]}]}}]} as unknown as DocumentNode<AdminRemovePanelMemberMutation, AdminRemovePanelMemberMutationVariables>;
export const AdminUpdatePanelSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdatePanelSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PanelSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePanelSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adultFemalePopulation"}},{"kind":"Field","name":{"kind":"Name","value":"bamePopulationShare"}},{"kind":"Field","name":{"kind":"Name","value":"expectedRanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminUpdatePanelSettingsMutation, AdminUpdatePanelSettingsMutationVariables>;
export const AdminRetryNotificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminRetryNotification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryNotification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AdminRetryNotificationMutation, AdminRetryNotificationMutationVariables>;
export const AuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"caseIds"}},{"kind":"Field","name":{"kind":"Name","value":"personIds"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<AuditTrailQuery, AuditTrailQueryVariables>;
export const DashboardPanelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardPanels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"panels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"area"}}]}}]}}]} as unknown as DocumentNode<DashboardPanelsQuery, DashboardPanelsQueryVariables>;
export const DashboardPanelMetricsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardPanelMetrics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MetricsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"panelMetrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardFigures"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PanelMetrics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"panelId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"roundedTo"}},{"kind":"Field","name":{"kind":"Name","value":"suppressedFigures"}},{"kind":"Field","name":{"kind":"Name","value":"referrals"}},{"kind":"Field","name":{"kind":"Name","value":"casesHeard"}},{"kind":"Field","name":{"kind":"Name","value":"repeatCases"}},{"kind":"Field","name":{"kind":"Name","value":"repeatRate"}},{"kind":"Field","name":{"kind":"Name","value":"policeReferralShare"}},{"kind":"Field","name":{"kind":"Name","value":"bameCases"}},{"kind":"Field","name":{"kind":"Name","value":"bameShare"}},{"kind":"Field","name":{"kind":"Name","value":"lgbtCases"}},{"kind":"Field","name":{"kind":"Name","value":"lgbtShare"}},{"kind":"Field","name":{"kind":"Name","value":"disabledCases"}},{"kind":"Field","name":{"kind":"Name","value":"disabledShare"}},{"kind":"Field","name":{"kind":"Name","value":"maleCases"}},{"kind":"Field","name":{"kind":"Name","value":"maleShare"}},{"kind":"Field","name":{"kind":"Name","value":"victimsAged16To17"}},{"kind":"Field","name":{"kind":"Name","value":"childrenInHouseholds"}},{"kind":"Field","name":{"kind":"Name","value":"idvaEngagedShare"}},{"kind":"Field","name":{"kind":"Name","value":"perpetratorActionShare"}},{"kind":"Field","name":{"kind":"Name","value":"riskReducedShare"}},{"kind":"Field","name":{"kind":"Name","value":"medianDaysReferralToHearing"}},{"kind":"Field","name":{"kind":"Name","value":"meetingsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"furtherIncidents"}},{"kind":"Field","name":{"kind":"Name","value":"repeatPerpetrators"}},{"kind":"Field","name":{"kind":"Name","value":"serialPerpetrators"}},{"kind":"Field","name":{"kind":"Name","value":"crossPanelCases"}},{"kind":"Field","name":{"kind":"Name","value":"actionsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"actionsCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"actionsOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"actionCompletionRate"}},{"kind":"Field","name":{"kind":"Name","value":"matacMeanRfgvChange"}},{"kind":"Field","name":{"kind":"Name","value":"matacSustainedReductionShare"}},{"kind":"Field","name":{"kind":"Name","value":"referralSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyKind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rangeChecks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"expectedMin"}},{"kind":"Field","name":{"kind":"Name","value":"expectedMax"}},{"kind":"Field","name":{"kind":"Name","value":"withinRange"}}]}}]}}]} as unknown as DocumentNode<DashboardPanelMetricsQuery, DashboardPanelMetricsQueryVariables>;
export const DashboardPanelMetricsSeriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardPanelMetricsSeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MetricsInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"interval"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Interval"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"panelMetricsSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"interval"},"value":{"kind":"Variable","name":{"kind":"Name","value":"interval"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardFigures"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PanelMetrics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"panelId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"roundedTo"}},{"kind":"Field","name":{"kind":"Name","value":"suppressedFigures"}},{"kind":"Field","name":{"kind":"Name","value":"referrals"}},{"kind":"Field","name":{"kind":"Name","value":"casesHeard"}},{"kind":"Field","name":{"kind":"Name","value":"repeatCases"}},{"kind":"Field","name":{"kind":"Name","value":"repeatRate"}},{"kind":"Field","name":{"kind":"Name","value":"policeReferralShare"}},{"kind":"Field","name":{"kind":"Name","value":"bameCases"}},{"kind":"Field","name":{"kind":"Name","value":"bameShare"}},{"kind":"Field","name":{"kind":"Name","value":"lgbtCases"}},{"kind":"Field","name":{"kind":"Name","value":"lgbtShare"}},{"kind":"Field","name":{"kind":"Name","value":"disabledCases"}},{"kind":"Field","name":{"kind":"Name","value":"disabledShare"}},{"kind":"Field","name":{"kind":"Name","value":"maleCases"}},{"kind":"Field","name":{"kind":"Name","value":"maleShare"}},{"kind":"Field","name":{"kind":"Name","value":"victimsAged16To17"}},{"kind":"Field","name":{"kind":"Name","value":"childrenInHouseholds"}},{"kind":"Field","name":{"kind":"Name","value":"idvaEngagedShare"}},{"kind":"Field","name":{"kind":"Name","value":"perpetratorActionShare"}},{"kind":"Field","name":{"kind":"Name","value":"riskReducedShare"}},{"kind":"Field","name":{"kind":"Name","value":"medianDaysReferralToHearing"}},{"kind":"Field","name":{"kind":"Name","value":"meetingsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"furtherIncidents"}},{"kind":"Field","name":{"kind":"Name","value":"repeatPerpetrators"}},{"kind":"Field","name":{"kind":"Name","value":"serialPerpetrators"}},{"kind":"Field","name":{"kind":"Name","value":"crossPanelCases"}},{"kind":"Field","name":{"kind":"Name","value":"actionsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"actionsCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"actionsOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"actionCompletionRate"}},{"kind":"Field","name":{"kind":"Name","value":"matacMeanRfgvChange"}},{"kind":"Field","name":{"kind":"Name","value":"matacSustainedReductionShare"}},{"kind":"Field","name":{"kind":"Name","value":"referralSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyKind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rangeChecks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"expectedMin"}},{"kind":"Field","name":{"kind":"Name","value":"expectedMax"}},{"kind":"Field","name":{"kind":"Name","value":"withinRange"}}]}}]}}]} as unknown as DocumentNode<DashboardPanelMetricsSeriesQuery, DashboardPanelMetricsSeriesQueryVariables>;