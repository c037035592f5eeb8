/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment MeFields on User {\n    id\n    name\n    email\n    globalRoles\n    agency {\n      id\n      name\n      kind\n    }\n    memberships {\n      role\n      panel {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.MeFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...MeFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      user {\n        ...MeFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query AdminData {\n    agencies {\n      id\n      name\n      kind\n    }\n    panels {\n      id\n      name\n      kind\n      area\n      areaCode\n      memberAgencies {\n        id\n        name\n      }\n      settings {\n        adultFemalePopulation\n        bamePopulationShare\n        expectedRanges {\n          figure\n          min\n          max\n        }\n      }\n    }\n  }\n": typeof types.AdminDataDocument,
    "\n  query AdminUsers($after: String) {\n    users(first: 100, after: $after) {\n      id\n      name\n      email\n      disabled\n      globalRoles\n      agency {\n        id\n        name\n      }\n      memberships {\n        role\n        panel {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  query AdminFailedNotifications {\n    failedNotifications(first: 100) {\n      id\n      kind\n      recipient\n      subject\n      attempts\n      createdAt\n      failedAt\n      lastError\n    }\n  }\n": typeof types.AdminFailedNotificationsDocument,
    "\n  mutation AdminCreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.AdminCreateAgencyDocument,
    "\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n": typeof types.AdminCreateUserDocument,
    "\n  mutation AdminDisableUser($userId: ID!) {\n    disableUser(userId: $userId) {\n      id\n      disabled\n    }\n  }\n": typeof types.AdminDisableUserDocument,
    "\n  mutation AdminCreatePanel($input: CreatePanelInput!) {\n    createPanel(input: $input) {\n      id\n    }\n  }\n": typeof types.AdminCreatePanelDocument,
    "\n  mutation AdminAddPanelMember($input: AddPanelMemberInput!) {\n    addPanelMember(input: $input) {\n      role\n    }\n  }\n": typeof types.AdminAddPanelMemberDocument,
    "\n  mutation AdminRemovePanelMember($panelId: ID!, $userId: ID!) {\n    removePanelMember(panelId: $panelId, userId: $userId)\n  }\n": typeof types.AdminRemovePanelMemberDocument,
    "\n  mutation AdminUpdatePanelSettings($input: PanelSettingsInput!) {\n    updatePanelSettings(input: $input) {\n      id\n      settings {\n        adultFemalePopulation\n        bamePopulationShare\n        expectedRanges {\n          figure\n          min\n          max\n        }\n      }\n    }\n  }\n": typeof types.AdminUpdatePanelSettingsDocument,
    "\n  mutation AdminRetryNotification($id: ID!) {\n    retryNotification(id: $id) {\n      id\n    }\n  }\n": typeof types.AdminRetryNotificationDocument,
    "\n  query AuditTrail($filter: AuditFilter, $after: String, $first: Int) {\n    auditEvents(filter: $filter, after: $after, first: $first) {\n      id\n      at\n      action\n      actorId\n      entityType\n      entityId\n      caseIds\n      personIds\n      requestId\n    }\n  }\n": typeof types.AuditTrailDocument,
    "\n  fragment DashboardFigures on PanelMetrics {\n    panelId\n    from\n    to\n    roundedTo\n    suppressedFigures\n    referrals\n    casesHeard\n    repeatCases\n    repeatRate\n    policeReferralShare\n    bameCases\n    bameShare\n    lgbtCases\n    lgbtShare\n    disabledCases\n    disabledShare\n    maleCases\n    maleShare\n    victimsAged16To17\n    childrenInHouseholds\n    idvaEngagedShare\n    perpetratorActionShare\n    riskReducedShare\n    medianDaysReferralToHearing\n    meetingsHeld\n    furtherIncidents\n    repeatPerpetrators\n    serialPerpetrators\n    crossPanelCases\n    actionsTotal\n    actionsCompleted\n    actionsOverdue\n    actionCompletionRate\n    matacMeanRfgvChange\n    matacSustainedReductionShare\n    referralSources {\n      agencyKind\n      count\n      share\n    }\n    rangeChecks {\n      figure\n      value\n      expectedMin\n      expectedMax\n      withinRange\n    }\n  }\n": typeof types.DashboardFiguresFragmentDoc,
    "\n  query DashboardPanels {\n    panels {\n      id\n      name\n      kind\n      area\n    }\n  }\n": typeof types.DashboardPanelsDocument,
    "\n  query DashboardPanelMetrics($input: MetricsInput!) {\n    panelMetrics(input: $input) {\n      ...DashboardFigures\n    }\n  }\n": typeof types.DashboardPanelMetricsDocument,
    "\n  query DashboardPanelMetricsSeries($input: MetricsInput!, $interval: Interval!) {\n    panelMetricsSeries(input: $input, interval: $interval) {\n      ...DashboardFigures\n    }\n  }\n": typeof types.DashboardPanelMetricsSeriesDocument,
};
const documents: Documents = {
    "\n  fragment MeFields on User {\n    id\n    name\n    email\n    globalRoles\n    agency {\n      id\n      name\n      kind\n    }\n    memberships {\n      role\n      panel {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.MeFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...MeFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      user {\n        ...MeFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query AdminData {\n    agencies {\n      id\n      name\n      kind\n    }\n    panels {\n      id\n      name\n      kind\n      area\n      areaCode\n      memberAgencies {\n        id\n        name\n      }\n      settings {\n        adultFemalePopulation\n        bamePopulationShare\n        expectedRanges {\n          figure\n          min\n          max\n        }\n      }\n    }\n  }\n": types.AdminDataDocument,
    "\n  query AdminUsers($after: String) {\n    users(first: 100, after: $after) {\n      id\n      name\n      email\n      disabled\n      globalRoles\n      agency {\n        id\n        name\n      }\n      memberships {\n        role\n        panel {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.AdminUsersDocument,
    "\n  query AdminFailedNotifications {\n    failedNotifications(first: 100) {\n      id\n      kind\n      recipient\n      subject\n      attempts\n      createdAt\n      failedAt\n      lastError\n    }\n  }\n": types.AdminFailedNotificationsDocument,
    "\n  mutation AdminCreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      id\n      name\n      kind\n    }\n  }\n": types.AdminCreateAgencyDocument,
    "\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n": types.AdminCreateUserDocument,
    "\n  mutation AdminDisableUser($userId: ID!) {\n    disableUser(userId: $userId) {\n      id\n      disabled\n    }\n  }\n": types.AdminDisableUserDocument,
    "\n  mutation AdminCreatePanel($input: CreatePanelInput!) {\n    createPanel(input: $input) {\n      id\n    }\n  }\n": types.AdminCreatePanelDocument,
    "\n  mutation AdminAddPanelMember($input: AddPanelMemberInput!) {\n    addPanelMember(input: $input) {\n      role\n    }\n  }\n": types.AdminAddPanelMemberDocument,
    "\n  mutation AdminRemovePanelMember($panelId: ID!, $userId: ID!) {\n    removePanelMember(panelId: $panelId, userId: $userId)\n  }\n": types.AdminRemovePanelMemberDocument,
    "\n  mutation AdminUpdatePanelSettings($input: PanelSettingsInput!) {\n    updatePanelSettings(input: $input) {\n      id\n      settings {\n        adultFemalePopulation\n        bamePopulationShare\n        expectedRanges {\n          figure\n          min\n          max\n        }\n      }\n    }\n  }\n": types.AdminUpdatePanelSettingsDocument,
    "\n  mutation AdminRetryNotification($id: ID!) {\n    retryNotification(id: $id) {\n      id\n    }\n  }\n": types.AdminRetryNotificationDocument,
    "\n  query AuditTrail($filter: AuditFilter, $after: String, $first: Int) {\n    auditEvents(filter: $filter, after: $after, first: $first) {\n      id\n      at\n      action\n      actorId\n      entityType\n      entityId\n      caseIds\n      personIds\n      requestId\n    }\n  }\n": types.AuditTrailDocument,
    "\n  fragment DashboardFigures on PanelMetrics {\n    panelId\n    from\n    to\n    roundedTo\n    suppressedFigures\n    referrals\n    casesHeard\n    repeatCases\n    repeatRate\n    policeReferralShare\n    bameCases\n    bameShare\n    lgbtCases\n    lgbtShare\n    disabledCases\n    disabledShare\n    maleCases\n    maleShare\n    victimsAged16To17\n    childrenInHouseholds\n    idvaEngagedShare\n    perpetratorActionShare\n    riskReducedShare\n    medianDaysReferralToHearing\n    meetingsHeld\n    furtherIncidents\n    repeatPerpetrators\n    serialPerpetrators\n    crossPanelCases\n    actionsTotal\n    actionsCompleted\n    actionsOverdue\n    actionCompletionRate\n    matacMeanRfgvChange\n    matacSustainedReductionShare\n    referralSources {\n      agencyKind\n      count\n      share\n    }\n    rangeChecks {\n      figure\n      value\n      expectedMin\n      expectedMax\n      withinRange\n    }\n  }\n": types.DashboardFiguresFragmentDoc,
    "\n  query DashboardPanels {\n    panels {\n      id\n      name\n      kind\n      area\n    }\n  }\n": types.DashboardPanelsDocument,
    "\n  query DashboardPanelMetrics($input: MetricsInput!) {\n    panelMetrics(input: $input) {\n      ...DashboardFigures\n    }\n  }\n": types.DashboardPanelMetricsDocument,
    "\n  query DashboardPanelMetricsSeries($input: MetricsInput!, $interval: Interval!) {\n    panelMetricsSeries(input: $input, interval: $interval) {\n      ...DashboardFigures\n    }\n  }\n": types.DashboardPanelMetricsSeriesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeFields on User {\n    id\n    name\n    email\n    globalRoles\n    agency {\n      id\n      name\n      kind\n    }\n    memberships {\n      role\n      panel {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MeFields on User {\n    id\n    name\n    email\n    globalRoles\n    agency {\n      id\n      name\n      kind\n    }\n    memberships {\n      role\n      panel {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...MeFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...MeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      user {\n        ...MeFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      user {\n        ...MeFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminData {\n    agencies {\n      id\n      name\n      kind\n    }\n    panels {\n      id\n      name\n      kind\n      area\n      areaCode\n      memberAgencies {\n        id\n        name\n      }\n      settings {\n        adultFemalePopulation\n        bamePopulationShare\n        expectedRanges {\n          figure\n          min\n          max\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminData {\n    agencies {\n      id\n      name\n      kind\n    }\n    panels {\n      id\n      name\n      kind\n      area\n      areaCode\n      memberAgencies {\n        id\n        name\n      }\n      settings {\n        adultFemalePopulation\n        bamePopulationShare\n        expectedRanges {\n          figure\n          min\n          max\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers($after: String) {\n    users(first: 100, after: $after) {\n      id\n      name\n      email\n      disabled\n      globalRoles\n      agency {\n        id\n        name\n      }\n      memberships {\n        role\n        panel {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminUsers($after: String) {\n    users(first: 100, after: $after) {\n      id\n      name\n      email\n      disabled\n      globalRoles\n      agency {\n        id\n        name\n      }\n      memberships {\n        role\n        panel {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminFailedNotifications {\n    failedNotifications(first: 100) {\n      id\n      kind\n      recipient\n      subject\n      attempts\n      createdAt\n      failedAt\n      lastError\n    }\n  }\n"): (typeof documents)["\n  query AdminFailedNotifications {\n    failedNotifications(first: 100) {\n      id\n      kind\n      recipient\n      subject\n      attempts\n      createdAt\n      failedAt\n      lastError\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDisableUser($userId: ID!) {\n    disableUser(userId: $userId) {\n      id\n      disabled\n    }\n  }\n"): (typeof documents)["\n  mutation AdminDisableUser($userId: ID!) {\n    disableUser(userId: $userId) {\n      id\n      disabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreatePanel($input: CreatePanelInput!) {\n    createPanel(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreatePanel($input: CreatePanelInput!) {\n    createPanel(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminAddPanelMember($input: AddPanelMemberInput!) {\n    addPanelMember(input: $input) {\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation AdminAddPanelMember($input: AddPanelMemberInput!) {\n    addPanelMember(input: $input) {\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRemovePanelMember($panelId: ID!, $userId: ID!) {\n    removePanelMember(panelId: $panelId, userId: $userId)\n  }\n"): (typeof documents)["\n  mutation AdminRemovePanelMember($panelId: ID!, $userId: ID!) {\n    removePanelMember(panelId: $panelId, userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdatePanelSettings($input: PanelSettingsInput!) {\n    updatePanelSettings(input: $input) {\n      id\n      settings {\n        adultFemalePopulation\n        bamePopulationShare\n        expectedRanges {\n          figure\n          min\n          max\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdatePanelSettings($input: PanelSettingsInput!) {\n    updatePanelSettings(input: $input) {\n      id\n      settings {\n        adultFemalePopulation\n        bamePopulationShare\n        expectedRanges {\n          figure\n          min\n          max\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRetryNotification($id: ID!) {\n    retryNotification(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminRetryNotification($id: ID!) {\n    retryNotification(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditTrail($filter: AuditFilter, $after: String, $first: Int) {\n    auditEvents(filter: $filter, after: $after, first: $first) {\n      id\n      at\n      action\n      actorId\n      entityType\n      entityId\n      caseIds\n      personIds\n      requestId\n    }\n  }\n"): (typeof documents)["\n  query AuditTrail($filter: AuditFilter, $after: String, $first: Int) {\n    auditEvents(filter: $filter, after: $after, first: $first) {\n      id\n      at\n      action\n      actorId\n      entityType\n      entityId\n      caseIds\n      personIds\n      requestId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardFigures on PanelMetrics {\n    panelId\n    from\n    to\n    roundedTo\n    suppressedFigures\n    referrals\n    casesHeard\n    repeatCases\n    repeatRate\n    policeReferralShare\n    bameCases\n    bameShare\n    lgbtCases\n    lgbtShare\n    disabledCases\n    disabledShare\n    maleCases\n    maleShare\n    victimsAged16To17\n    childrenInHouseholds\n    idvaEngagedShare\n    perpetratorActionShare\n    riskReducedShare\n    medianDaysReferralToHearing\n    meetingsHeld\n    furtherIncidents\n    repeatPerpetrators\n    serialPerpetrators\n    crossPanelCases\n    actionsTotal\n    actionsCompleted\n    actionsOverdue\n    actionCompletionRate\n    matacMeanRfgvChange\n    matacSustainedReductionShare\n    referralSources {\n      agencyKind\n      count\n      share\n    }\n    rangeChecks {\n      figure\n      value\n      expectedMin\n      expectedMax\n      withinRange\n    }\n  }\n"): (typeof documents)["\n  fragment DashboardFigures on PanelMetrics {\n    panelId\n    from\n    to\n    roundedTo\n    suppressedFigures\n    referrals\n    casesHeard\n    repeatCases\n    repeatRate\n    policeReferralShare\n    bameCases\n    bameShare\n    lgbtCases\n    lgbtShare\n    disabledCases\n    disabledShare\n    maleCases\n    maleShare\n    victimsAged16To17\n    childrenInHouseholds\n    idvaEngagedShare\n    perpetratorActionShare\n    riskReducedShare\n    medianDaysReferralToHearing\n    meetingsHeld\n    furtherIncidents\n    repeatPerpetrators\n    serialPerpetrators\n    crossPanelCases\n    actionsTotal\n    actionsCompleted\n    actionsOverdue\n    actionCompletionRate\n    matacMeanRfgvChange\n    matacSustainedReductionShare\n    referralSources {\n      agencyKind\n      count\n      share\n    }\n    rangeChecks {\n      figure\n      value\n      expectedMin\n      expectedMax\n      withinRange\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardPanels {\n    panels {\n      id\n      name\n      kind\n      area\n    }\n  }\n"): (typeof documents)["\n  query DashboardPanels {\n    panels {\n      id\n      name\n      kind\n      area\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardPanelMetrics($input: MetricsInput!) {\n    panelMetrics(input: $input) {\n      ...DashboardFigures\n    }\n  }\n"): (typeof documents)["\n  query DashboardPanelMetrics($input: MetricsInput!) {\n    panelMetrics(input: $input) {\n      ...DashboardFigures\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardPanelMetricsSeries($input: MetricsInput!, $interval: Interval!) {\n    panelMetricsSeries(input: $input, interval: $interval) {\n      ...DashboardFigures\n    }\n  }\n"): (typeof documents)["\n  query DashboardPanelMetricsSeries($input: MetricsInput!, $interval: Interval!) {\n    panelMetricsSeries(input: $input, interval: $interval) {\n      ...DashboardFigures\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;