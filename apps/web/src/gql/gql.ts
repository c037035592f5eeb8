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
    "\n  query Actions($filter: ActionFilter) {\n    actions(first: 100, filter: $filter) {\n      id\n      description\n      dueDate\n      status\n      overdue\n      category\n      ownerAgency {\n        id\n        name\n      }\n      case {\n        id\n        reference\n      }\n    }\n  }\n": typeof types.ActionsDocument,
    "\n  query ActionPage($id: ID!) {\n    action(id: $id) {\n      id\n      description\n      dueDate\n      status\n      overdue\n      category\n      version\n      ownerAgency {\n        id\n        name\n      }\n      assignee {\n        id\n        name\n      }\n      case {\n        id\n        reference\n      }\n      agendaItem {\n        id\n        meeting {\n          id\n          startsAt\n        }\n      }\n      updates {\n        at\n        note\n        status\n        by {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ActionPageDocument,
    "\n  mutation UpdateAction($input: UpdateActionInput!) {\n    updateAction(input: $input) {\n      id\n      status\n      version\n      overdue\n      updates {\n        at\n        note\n        status\n        by {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.UpdateActionDocument,
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
    "\n  query Cases($filter: CaseFilter, $after: String) {\n    cases(first: 25, filter: $filter, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CaseRow\n        }\n      }\n    }\n  }\n": typeof types.CasesDocument,
    "\n  query CasePage($reference: String!) {\n    caseByReference(reference: $reference) {\n      id\n      reference\n      status\n      version\n      referralDate\n      incidentDate\n      closedOn\n      isRepeat\n      restricted\n      criteria\n      riskTool\n      riskGrade\n      riskSummary\n      rfgvScore\n      childrenInHousehold\n      victimAware\n      victimViews\n      consentGiven\n      triageReason\n      rejectionReason\n      idvaEngagement\n      dash {\n        score\n      }\n      panel {\n        id\n        name\n        kind\n      }\n      referringAgency {\n        id\n        name\n      }\n      subject {\n        ...PersonFields\n      }\n      linkedPersons {\n        role\n        relationshipToSubject\n        school\n        person {\n          ...PersonFields\n        }\n      }\n      flags {\n        kind\n        explanation\n        raisedAt\n        relatedCaseReference\n      }\n      riskReviews {\n        reviewedOn\n        dashScore\n        riskGrade\n        rfgvScore\n        note\n      }\n      agendaItems {\n        id\n        minutes\n        meeting {\n          id\n          startsAt\n          status\n        }\n      }\n      actions {\n        id\n        description\n        dueDate\n        status\n        overdue\n        ownerAgency {\n          id\n          name\n        }\n      }\n      furtherIncidents {\n        id\n        incidentDate\n        kind\n        note\n        agency {\n          id\n          name\n        }\n        repeatReferral {\n          id\n          reference\n        }\n      }\n      outcome {\n        riskAtClosure\n        safetyPlanInPlace\n        victimInformed\n        idvaEngagement\n        recordedAt\n      }\n    }\n  }\n": typeof types.CasePageDocument,
    "\n  fragment PersonFields on Person {\n    id\n    givenName\n    familyName\n    dateOfBirth\n    gender\n    contact {\n      phone\n      address\n      safeToCall\n      safeContactNotes\n    }\n  }\n": typeof types.PersonFieldsFragmentDoc,
    "\n  mutation RecordFurtherIncident($input: FurtherIncidentInput!) {\n    recordFurtherIncident(input: $input) {\n      id\n      repeatReferral {\n        id\n        reference\n      }\n    }\n  }\n": typeof types.RecordFurtherIncidentDocument,
    "\n  mutation RecordIdvaContact($input: IdvaContactInput!) {\n    recordIdvaContact(input: $input) {\n      id\n      idvaEngagement\n    }\n  }\n": typeof types.RecordIdvaContactDocument,
    "\n  mutation CloseCase($caseId: ID!, $reason: String!, $closedOn: Date, $outcome: CaseOutcomeInput) {\n    closeCase(caseId: $caseId, reason: $reason, closedOn: $closedOn, outcome: $outcome) {\n      id\n      status\n      closedOn\n    }\n  }\n": typeof types.CloseCaseDocument,
    "\n  mutation WithdrawReferral($caseId: ID!, $reason: String!) {\n    withdrawReferral(caseId: $caseId, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.WithdrawReferralDocument,
    "\n  fragment DashboardFigures on PanelMetrics {\n    panelId\n    from\n    to\n    roundedTo\n    suppressedFigures\n    referrals\n    casesHeard\n    repeatCases\n    repeatRate\n    policeReferralShare\n    bameCases\n    bameShare\n    lgbtCases\n    lgbtShare\n    disabledCases\n    disabledShare\n    maleCases\n    maleShare\n    victimsAged16To17\n    childrenInHouseholds\n    idvaEngagedShare\n    perpetratorActionShare\n    riskReducedShare\n    medianDaysReferralToHearing\n    meetingsHeld\n    furtherIncidents\n    repeatPerpetrators\n    serialPerpetrators\n    crossPanelCases\n    actionsTotal\n    actionsCompleted\n    actionsOverdue\n    actionCompletionRate\n    matacMeanRfgvChange\n    matacSustainedReductionShare\n    referralSources {\n      agencyKind\n      count\n      share\n    }\n    rangeChecks {\n      figure\n      value\n      expectedMin\n      expectedMax\n      withinRange\n    }\n  }\n": typeof types.DashboardFiguresFragmentDoc,
    "\n  query DashboardPanels {\n    panels {\n      id\n      name\n      kind\n      area\n    }\n  }\n": typeof types.DashboardPanelsDocument,
    "\n  query DashboardPanelMetrics($input: MetricsInput!) {\n    panelMetrics(input: $input) {\n      ...DashboardFigures\n    }\n  }\n": typeof types.DashboardPanelMetricsDocument,
    "\n  query DashboardPanelMetricsSeries($input: MetricsInput!, $interval: Interval!) {\n    panelMetricsSeries(input: $input, interval: $interval) {\n      ...DashboardFigures\n    }\n  }\n": typeof types.DashboardPanelMetricsSeriesDocument,
    "\n  query Meetings($panelId: ID!) {\n    meetings(panelId: $panelId, first: 100) {\n      id\n      startsAt\n      status\n      location\n      capacity\n      researchDueAt\n    }\n  }\n": typeof types.MeetingsDocument,
    "\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      id\n      startsAt\n      status\n    }\n  }\n": typeof types.ScheduleMeetingDocument,
    "\n  query MeetingPage($id: ID!) {\n    meeting(id: $id) {\n      id\n      status\n      startsAt\n      location\n      capacity\n      researchDueAt\n      cancellationReason\n      panel {\n        id\n        name\n        kind\n        memberAgencies {\n          id\n          name\n          kind\n        }\n      }\n      attendance {\n        status\n        agency {\n          id\n        }\n      }\n      agenda {\n        id\n        position\n        minutes\n        outstandingResearch {\n          id\n          name\n        }\n        research {\n          id\n          summary\n          noInformationHeld\n          late\n          submittedAt\n          agency {\n            id\n            name\n          }\n        }\n        actions {\n          id\n          description\n          dueDate\n          status\n          ownerAgency {\n            id\n            name\n          }\n        }\n        case {\n          id\n          reference\n          status\n          riskTool\n          riskGrade\n          childrenInHousehold\n          dash {\n            score\n          }\n          subject {\n            id\n            givenName\n            familyName\n          }\n        }\n      }\n    }\n  }\n": typeof types.MeetingPageDocument,
    "\n  query AgendaCandidates($panelId: ID!) {\n    cases(first: 50, filter: { panelId: $panelId, status: [ACCEPTED] }) {\n      edges {\n        node {\n          id\n          reference\n          riskTool\n          riskGrade\n          dash {\n            score\n          }\n        }\n      }\n    }\n  }\n": typeof types.AgendaCandidatesDocument,
    "\n  mutation ProposeAgenda($meetingId: ID!) {\n    proposeAgenda(meetingId: $meetingId) {\n      id\n    }\n  }\n": typeof types.ProposeAgendaDocument,
    "\n  mutation AddCaseToAgenda($meetingId: ID!, $caseId: ID!) {\n    addCaseToAgenda(meetingId: $meetingId, caseId: $caseId) {\n      id\n    }\n  }\n": typeof types.AddCaseToAgendaDocument,
    "\n  mutation MoveAgendaItem($agendaItemId: ID!, $position: Int!) {\n    moveAgendaItem(agendaItemId: $agendaItemId, position: $position) {\n      id\n    }\n  }\n": typeof types.MoveAgendaItemDocument,
    "\n  mutation RemoveAgendaItem($agendaItemId: ID!) {\n    removeAgendaItem(agendaItemId: $agendaItemId) {\n      id\n    }\n  }\n": typeof types.RemoveAgendaItemDocument,
    "\n  mutation PublishAgenda($meetingId: ID!) {\n    publishAgenda(meetingId: $meetingId) {\n      id\n      status\n    }\n  }\n": typeof types.PublishAgendaDocument,
    "\n  mutation ConcludeMeeting($meetingId: ID!) {\n    concludeMeeting(meetingId: $meetingId) {\n      id\n      status\n    }\n  }\n": typeof types.ConcludeMeetingDocument,
    "\n  mutation RecordAttendance($input: AttendanceInput!) {\n    recordAttendance(input: $input) {\n      status\n    }\n  }\n": typeof types.RecordAttendanceDocument,
    "\n  mutation RecordMinutes($agendaItemId: ID!, $minutes: String!) {\n    recordMinutes(agendaItemId: $agendaItemId, minutes: $minutes) {\n      id\n      minutes\n    }\n  }\n": typeof types.RecordMinutesDocument,
    "\n  mutation SubmitResearch($input: ResearchInput!) {\n    submitResearch(input: $input) {\n      id\n      late\n    }\n  }\n": typeof types.SubmitResearchDocument,
    "\n  mutation CreateAction($input: CreateActionInput!) {\n    createAction(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateActionDocument,
    "\n  query ReferralPanels {\n    panels {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.ReferralPanelsDocument,
    "\n  mutation CreateReferral($input: CreateReferralInput!) {\n    createReferral(input: $input) {\n      id\n      reference\n      status\n      dash {\n        score\n      }\n    }\n  }\n": typeof types.CreateReferralDocument,
    "\n  fragment CaseRow on Case {\n    id\n    reference\n    status\n    referralDate\n    isRepeat\n    restricted\n    riskTool\n    riskGrade\n    dash {\n      score\n    }\n    panel {\n      id\n      name\n    }\n    referringAgency {\n      id\n      name\n    }\n    subject {\n      id\n      givenName\n      familyName\n    }\n    flags {\n      kind\n    }\n  }\n": typeof types.CaseRowFragmentDoc,
    "\n  query MyReferrals {\n    cases(first: 50) {\n      totalCount\n      edges {\n        node {\n          ...CaseRow\n          rejectionReason\n        }\n      }\n    }\n  }\n": typeof types.MyReferralsDocument,
    "\n  query ReferralsInbox {\n    cases(first: 50, filter: { status: [SUBMITTED] }) {\n      totalCount\n      edges {\n        node {\n          ...CaseRow\n        }\n      }\n    }\n  }\n": typeof types.ReferralsInboxDocument,
    "\n  mutation TriageReferral($input: TriageInput!) {\n    triageReferral(input: $input) {\n      id\n      status\n      rejectionReason\n      triageReason\n      version\n    }\n  }\n": typeof types.TriageReferralDocument,
};
const documents: Documents = {
    "\n  fragment MeFields on User {\n    id\n    name\n    email\n    globalRoles\n    agency {\n      id\n      name\n      kind\n    }\n    memberships {\n      role\n      panel {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.MeFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...MeFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      user {\n        ...MeFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Actions($filter: ActionFilter) {\n    actions(first: 100, filter: $filter) {\n      id\n      description\n      dueDate\n      status\n      overdue\n      category\n      ownerAgency {\n        id\n        name\n      }\n      case {\n        id\n        reference\n      }\n    }\n  }\n": types.ActionsDocument,
    "\n  query ActionPage($id: ID!) {\n    action(id: $id) {\n      id\n      description\n      dueDate\n      status\n      overdue\n      category\n      version\n      ownerAgency {\n        id\n        name\n      }\n      assignee {\n        id\n        name\n      }\n      case {\n        id\n        reference\n      }\n      agendaItem {\n        id\n        meeting {\n          id\n          startsAt\n        }\n      }\n      updates {\n        at\n        note\n        status\n        by {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ActionPageDocument,
    "\n  mutation UpdateAction($input: UpdateActionInput!) {\n    updateAction(input: $input) {\n      id\n      status\n      version\n      overdue\n      updates {\n        at\n        note\n        status\n        by {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.UpdateActionDocument,
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
    "\n  query Cases($filter: CaseFilter, $after: String) {\n    cases(first: 25, filter: $filter, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CaseRow\n        }\n      }\n    }\n  }\n": types.CasesDocument,
    "\n  query CasePage($reference: String!) {\n    caseByReference(reference: $reference) {\n      id\n      reference\n      status\n      version\n      referralDate\n      incidentDate\n      closedOn\n      isRepeat\n      restricted\n      criteria\n      riskTool\n      riskGrade\n      riskSummary\n      rfgvScore\n      childrenInHousehold\n      victimAware\n      victimViews\n      consentGiven\n      triageReason\n      rejectionReason\n      idvaEngagement\n      dash {\n        score\n      }\n      panel {\n        id\n        name\n        kind\n      }\n      referringAgency {\n        id\n        name\n      }\n      subject {\n        ...PersonFields\n      }\n      linkedPersons {\n        role\n        relationshipToSubject\n        school\n        person {\n          ...PersonFields\n        }\n      }\n      flags {\n        kind\n        explanation\n        raisedAt\n        relatedCaseReference\n      }\n      riskReviews {\n        reviewedOn\n        dashScore\n        riskGrade\n        rfgvScore\n        note\n      }\n      agendaItems {\n        id\n        minutes\n        meeting {\n          id\n          startsAt\n          status\n        }\n      }\n      actions {\n        id\n        description\n        dueDate\n        status\n        overdue\n        ownerAgency {\n          id\n          name\n        }\n      }\n      furtherIncidents {\n        id\n        incidentDate\n        kind\n        note\n        agency {\n          id\n          name\n        }\n        repeatReferral {\n          id\n          reference\n        }\n      }\n      outcome {\n        riskAtClosure\n        safetyPlanInPlace\n        victimInformed\n        idvaEngagement\n        recordedAt\n      }\n    }\n  }\n": types.CasePageDocument,
    "\n  fragment PersonFields on Person {\n    id\n    givenName\n    familyName\n    dateOfBirth\n    gender\n    contact {\n      phone\n      address\n      safeToCall\n      safeContactNotes\n    }\n  }\n": types.PersonFieldsFragmentDoc,
    "\n  mutation RecordFurtherIncident($input: FurtherIncidentInput!) {\n    recordFurtherIncident(input: $input) {\n      id\n      repeatReferral {\n        id\n        reference\n      }\n    }\n  }\n": types.RecordFurtherIncidentDocument,
    "\n  mutation RecordIdvaContact($input: IdvaContactInput!) {\n    recordIdvaContact(input: $input) {\n      id\n      idvaEngagement\n    }\n  }\n": types.RecordIdvaContactDocument,
    "\n  mutation CloseCase($caseId: ID!, $reason: String!, $closedOn: Date, $outcome: CaseOutcomeInput) {\n    closeCase(caseId: $caseId, reason: $reason, closedOn: $closedOn, outcome: $outcome) {\n      id\n      status\n      closedOn\n    }\n  }\n": types.CloseCaseDocument,
    "\n  mutation WithdrawReferral($caseId: ID!, $reason: String!) {\n    withdrawReferral(caseId: $caseId, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.WithdrawReferralDocument,
    "\n  fragment DashboardFigures on PanelMetrics {\n    panelId\n    from\n    to\n    roundedTo\n    suppressedFigures\n    referrals\n    casesHeard\n    repeatCases\n    repeatRate\n    policeReferralShare\n    bameCases\n    bameShare\n    lgbtCases\n    lgbtShare\n    disabledCases\n    disabledShare\n    maleCases\n    maleShare\n    victimsAged16To17\n    childrenInHouseholds\n    idvaEngagedShare\n    perpetratorActionShare\n    riskReducedShare\n    medianDaysReferralToHearing\n    meetingsHeld\n    furtherIncidents\n    repeatPerpetrators\n    serialPerpetrators\n    crossPanelCases\n    actionsTotal\n    actionsCompleted\n    actionsOverdue\n    actionCompletionRate\n    matacMeanRfgvChange\n    matacSustainedReductionShare\n    referralSources {\n      agencyKind\n      count\n      share\n    }\n    rangeChecks {\n      figure\n      value\n      expectedMin\n      expectedMax\n      withinRange\n    }\n  }\n": types.DashboardFiguresFragmentDoc,
    "\n  query DashboardPanels {\n    panels {\n      id\n      name\n      kind\n      area\n    }\n  }\n": types.DashboardPanelsDocument,
    "\n  query DashboardPanelMetrics($input: MetricsInput!) {\n    panelMetrics(input: $input) {\n      ...DashboardFigures\n    }\n  }\n": types.DashboardPanelMetricsDocument,
    "\n  query DashboardPanelMetricsSeries($input: MetricsInput!, $interval: Interval!) {\n    panelMetricsSeries(input: $input, interval: $interval) {\n      ...DashboardFigures\n    }\n  }\n": types.DashboardPanelMetricsSeriesDocument,
    "\n  query Meetings($panelId: ID!) {\n    meetings(panelId: $panelId, first: 100) {\n      id\n      startsAt\n      status\n      location\n      capacity\n      researchDueAt\n    }\n  }\n": types.MeetingsDocument,
    "\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      id\n      startsAt\n      status\n    }\n  }\n": types.ScheduleMeetingDocument,
    "\n  query MeetingPage($id: ID!) {\n    meeting(id: $id) {\n      id\n      status\n      startsAt\n      location\n      capacity\n      researchDueAt\n      cancellationReason\n      panel {\n        id\n        name\n        kind\n        memberAgencies {\n          id\n          name\n          kind\n        }\n      }\n      attendance {\n        status\n        agency {\n          id\n        }\n      }\n      agenda {\n        id\n        position\n        minutes\n        outstandingResearch {\n          id\n          name\n        }\n        research {\n          id\n          summary\n          noInformationHeld\n          late\n          submittedAt\n          agency {\n            id\n            name\n          }\n        }\n        actions {\n          id\n          description\n          dueDate\n          status\n          ownerAgency {\n            id\n            name\n          }\n        }\n        case {\n          id\n          reference\n          status\n          riskTool\n          riskGrade\n          childrenInHousehold\n          dash {\n            score\n          }\n          subject {\n            id\n            givenName\n            familyName\n          }\n        }\n      }\n    }\n  }\n": types.MeetingPageDocument,
    "\n  query AgendaCandidates($panelId: ID!) {\n    cases(first: 50, filter: { panelId: $panelId, status: [ACCEPTED] }) {\n      edges {\n        node {\n          id\n          reference\n          riskTool\n          riskGrade\n          dash {\n            score\n          }\n        }\n      }\n    }\n  }\n": types.AgendaCandidatesDocument,
    "\n  mutation ProposeAgenda($meetingId: ID!) {\n    proposeAgenda(meetingId: $meetingId) {\n      id\n    }\n  }\n": types.ProposeAgendaDocument,
    "\n  mutation AddCaseToAgenda($meetingId: ID!, $caseId: ID!) {\n    addCaseToAgenda(meetingId: $meetingId, caseId: $caseId) {\n      id\n    }\n  }\n": types.AddCaseToAgendaDocument,
    "\n  mutation MoveAgendaItem($agendaItemId: ID!, $position: Int!) {\n    moveAgendaItem(agendaItemId: $agendaItemId, position: $position) {\n      id\n    }\n  }\n": types.MoveAgendaItemDocument,
    "\n  mutation RemoveAgendaItem($agendaItemId: ID!) {\n    removeAgendaItem(agendaItemId: $agendaItemId) {\n      id\n    }\n  }\n": types.RemoveAgendaItemDocument,
    "\n  mutation PublishAgenda($meetingId: ID!) {\n    publishAgenda(meetingId: $meetingId) {\n      id\n      status\n    }\n  }\n": types.PublishAgendaDocument,
    "\n  mutation ConcludeMeeting($meetingId: ID!) {\n    concludeMeeting(meetingId: $meetingId) {\n      id\n      status\n    }\n  }\n": types.ConcludeMeetingDocument,
    "\n  mutation RecordAttendance($input: AttendanceInput!) {\n    recordAttendance(input: $input) {\n      status\n    }\n  }\n": types.RecordAttendanceDocument,
    "\n  mutation RecordMinutes($agendaItemId: ID!, $minutes: String!) {\n    recordMinutes(agendaItemId: $agendaItemId, minutes: $minutes) {\n      id\n      minutes\n    }\n  }\n": types.RecordMinutesDocument,
    "\n  mutation SubmitResearch($input: ResearchInput!) {\n    submitResearch(input: $input) {\n      id\n      late\n    }\n  }\n": types.SubmitResearchDocument,
    "\n  mutation CreateAction($input: CreateActionInput!) {\n    createAction(input: $input) {\n      id\n    }\n  }\n": types.CreateActionDocument,
    "\n  query ReferralPanels {\n    panels {\n      id\n      name\n      kind\n    }\n  }\n": types.ReferralPanelsDocument,
    "\n  mutation CreateReferral($input: CreateReferralInput!) {\n    createReferral(input: $input) {\n      id\n      reference\n      status\n      dash {\n        score\n      }\n    }\n  }\n": types.CreateReferralDocument,
    "\n  fragment CaseRow on Case {\n    id\n    reference\n    status\n    referralDate\n    isRepeat\n    restricted\n    riskTool\n    riskGrade\n    dash {\n      score\n    }\n    panel {\n      id\n      name\n    }\n    referringAgency {\n      id\n      name\n    }\n    subject {\n      id\n      givenName\n      familyName\n    }\n    flags {\n      kind\n    }\n  }\n": types.CaseRowFragmentDoc,
    "\n  query MyReferrals {\n    cases(first: 50) {\n      totalCount\n      edges {\n        node {\n          ...CaseRow\n          rejectionReason\n        }\n      }\n    }\n  }\n": types.MyReferralsDocument,
    "\n  query ReferralsInbox {\n    cases(first: 50, filter: { status: [SUBMITTED] }) {\n      totalCount\n      edges {\n        node {\n          ...CaseRow\n        }\n      }\n    }\n  }\n": types.ReferralsInboxDocument,
    "\n  mutation TriageReferral($input: TriageInput!) {\n    triageReferral(input: $input) {\n      id\n      status\n      rejectionReason\n      triageReason\n      version\n    }\n  }\n": types.TriageReferralDocument,
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
export function graphql(source: "\n  query Actions($filter: ActionFilter) {\n    actions(first: 100, filter: $filter) {\n      id\n      description\n      dueDate\n      status\n      overdue\n      category\n      ownerAgency {\n        id\n        name\n      }\n      case {\n        id\n        reference\n      }\n    }\n  }\n"): (typeof documents)["\n  query Actions($filter: ActionFilter) {\n    actions(first: 100, filter: $filter) {\n      id\n      description\n      dueDate\n      status\n      overdue\n      category\n      ownerAgency {\n        id\n        name\n      }\n      case {\n        id\n        reference\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionPage($id: ID!) {\n    action(id: $id) {\n      id\n      description\n      dueDate\n      status\n      overdue\n      category\n      version\n      ownerAgency {\n        id\n        name\n      }\n      assignee {\n        id\n        name\n      }\n      case {\n        id\n        reference\n      }\n      agendaItem {\n        id\n        meeting {\n          id\n          startsAt\n        }\n      }\n      updates {\n        at\n        note\n        status\n        by {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActionPage($id: ID!) {\n    action(id: $id) {\n      id\n      description\n      dueDate\n      status\n      overdue\n      category\n      version\n      ownerAgency {\n        id\n        name\n      }\n      assignee {\n        id\n        name\n      }\n      case {\n        id\n        reference\n      }\n      agendaItem {\n        id\n        meeting {\n          id\n          startsAt\n        }\n      }\n      updates {\n        at\n        note\n        status\n        by {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAction($input: UpdateActionInput!) {\n    updateAction(input: $input) {\n      id\n      status\n      version\n      overdue\n      updates {\n        at\n        note\n        status\n        by {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAction($input: UpdateActionInput!) {\n    updateAction(input: $input) {\n      id\n      status\n      version\n      overdue\n      updates {\n        at\n        note\n        status\n        by {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query Cases($filter: CaseFilter, $after: String) {\n    cases(first: 25, filter: $filter, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CaseRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Cases($filter: CaseFilter, $after: String) {\n    cases(first: 25, filter: $filter, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CaseRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasePage($reference: String!) {\n    caseByReference(reference: $reference) {\n      id\n      reference\n      status\n      version\n      referralDate\n      incidentDate\n      closedOn\n      isRepeat\n      restricted\n      criteria\n      riskTool\n      riskGrade\n      riskSummary\n      rfgvScore\n      childrenInHousehold\n      victimAware\n      victimViews\n      consentGiven\n      triageReason\n      rejectionReason\n      idvaEngagement\n      dash {\n        score\n      }\n      panel {\n        id\n        name\n        kind\n      }\n      referringAgency {\n        id\n        name\n      }\n      subject {\n        ...PersonFields\n      }\n      linkedPersons {\n        role\n        relationshipToSubject\n        school\n        person {\n          ...PersonFields\n        }\n      }\n      flags {\n        kind\n        explanation\n        raisedAt\n        relatedCaseReference\n      }\n      riskReviews {\n        reviewedOn\n        dashScore\n        riskGrade\n        rfgvScore\n        note\n      }\n      agendaItems {\n        id\n        minutes\n        meeting {\n          id\n          startsAt\n          status\n        }\n      }\n      actions {\n        id\n        description\n        dueDate\n        status\n        overdue\n        ownerAgency {\n          id\n          name\n        }\n      }\n      furtherIncidents {\n        id\n        incidentDate\n        kind\n        note\n        agency {\n          id\n          name\n        }\n        repeatReferral {\n          id\n          reference\n        }\n      }\n      outcome {\n        riskAtClosure\n        safetyPlanInPlace\n        victimInformed\n        idvaEngagement\n        recordedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query CasePage($reference: String!) {\n    caseByReference(reference: $reference) {\n      id\n      reference\n      status\n      version\n      referralDate\n      incidentDate\n      closedOn\n      isRepeat\n      restricted\n      criteria\n      riskTool\n      riskGrade\n      riskSummary\n      rfgvScore\n      childrenInHousehold\n      victimAware\n      victimViews\n      consentGiven\n      triageReason\n      rejectionReason\n      idvaEngagement\n      dash {\n        score\n      }\n      panel {\n        id\n        name\n        kind\n      }\n      referringAgency {\n        id\n        name\n      }\n      subject {\n        ...PersonFields\n      }\n      linkedPersons {\n        role\n        relationshipToSubject\n        school\n        person {\n          ...PersonFields\n        }\n      }\n      flags {\n        kind\n        explanation\n        raisedAt\n        relatedCaseReference\n      }\n      riskReviews {\n        reviewedOn\n        dashScore\n        riskGrade\n        rfgvScore\n        note\n      }\n      agendaItems {\n        id\n        minutes\n        meeting {\n          id\n          startsAt\n          status\n        }\n      }\n      actions {\n        id\n        description\n        dueDate\n        status\n        overdue\n        ownerAgency {\n          id\n          name\n        }\n      }\n      furtherIncidents {\n        id\n        incidentDate\n        kind\n        note\n        agency {\n          id\n          name\n        }\n        repeatReferral {\n          id\n          reference\n        }\n      }\n      outcome {\n        riskAtClosure\n        safetyPlanInPlace\n        victimInformed\n        idvaEngagement\n        recordedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonFields on Person {\n    id\n    givenName\n    familyName\n    dateOfBirth\n    gender\n    contact {\n      phone\n      address\n      safeToCall\n      safeContactNotes\n    }\n  }\n"): (typeof documents)["\n  fragment PersonFields on Person {\n    id\n    givenName\n    familyName\n    dateOfBirth\n    gender\n    contact {\n      phone\n      address\n      safeToCall\n      safeContactNotes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordFurtherIncident($input: FurtherIncidentInput!) {\n    recordFurtherIncident(input: $input) {\n      id\n      repeatReferral {\n        id\n        reference\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordFurtherIncident($input: FurtherIncidentInput!) {\n    recordFurtherIncident(input: $input) {\n      id\n      repeatReferral {\n        id\n        reference\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordIdvaContact($input: IdvaContactInput!) {\n    recordIdvaContact(input: $input) {\n      id\n      idvaEngagement\n    }\n  }\n"): (typeof documents)["\n  mutation RecordIdvaContact($input: IdvaContactInput!) {\n    recordIdvaContact(input: $input) {\n      id\n      idvaEngagement\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseCase($caseId: ID!, $reason: String!, $closedOn: Date, $outcome: CaseOutcomeInput) {\n    closeCase(caseId: $caseId, reason: $reason, closedOn: $closedOn, outcome: $outcome) {\n      id\n      status\n      closedOn\n    }\n  }\n"): (typeof documents)["\n  mutation CloseCase($caseId: ID!, $reason: String!, $closedOn: Date, $outcome: CaseOutcomeInput) {\n    closeCase(caseId: $caseId, reason: $reason, closedOn: $closedOn, outcome: $outcome) {\n      id\n      status\n      closedOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawReferral($caseId: ID!, $reason: String!) {\n    withdrawReferral(caseId: $caseId, reason: $reason) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawReferral($caseId: ID!, $reason: String!) {\n    withdrawReferral(caseId: $caseId, reason: $reason) {\n      id\n      status\n    }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Meetings($panelId: ID!) {\n    meetings(panelId: $panelId, first: 100) {\n      id\n      startsAt\n      status\n      location\n      capacity\n      researchDueAt\n    }\n  }\n"): (typeof documents)["\n  query Meetings($panelId: ID!) {\n    meetings(panelId: $panelId, first: 100) {\n      id\n      startsAt\n      status\n      location\n      capacity\n      researchDueAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      id\n      startsAt\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      id\n      startsAt\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingPage($id: ID!) {\n    meeting(id: $id) {\n      id\n      status\n      startsAt\n      location\n      capacity\n      researchDueAt\n      cancellationReason\n      panel {\n        id\n        name\n        kind\n        memberAgencies {\n          id\n          name\n          kind\n        }\n      }\n      attendance {\n        status\n        agency {\n          id\n        }\n      }\n      agenda {\n        id\n        position\n        minutes\n        outstandingResearch {\n          id\n          name\n        }\n        research {\n          id\n          summary\n          noInformationHeld\n          late\n          submittedAt\n          agency {\n            id\n            name\n          }\n        }\n        actions {\n          id\n          description\n          dueDate\n          status\n          ownerAgency {\n            id\n            name\n          }\n        }\n        case {\n          id\n          reference\n          status\n          riskTool\n          riskGrade\n          childrenInHousehold\n          dash {\n            score\n          }\n          subject {\n            id\n            givenName\n            familyName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingPage($id: ID!) {\n    meeting(id: $id) {\n      id\n      status\n      startsAt\n      location\n      capacity\n      researchDueAt\n      cancellationReason\n      panel {\n        id\n        name\n        kind\n        memberAgencies {\n          id\n          name\n          kind\n        }\n      }\n      attendance {\n        status\n        agency {\n          id\n        }\n      }\n      agenda {\n        id\n        position\n        minutes\n        outstandingResearch {\n          id\n          name\n        }\n        research {\n          id\n          summary\n          noInformationHeld\n          late\n          submittedAt\n          agency {\n            id\n            name\n          }\n        }\n        actions {\n          id\n          description\n          dueDate\n          status\n          ownerAgency {\n            id\n            name\n          }\n        }\n        case {\n          id\n          reference\n          status\n          riskTool\n          riskGrade\n          childrenInHousehold\n          dash {\n            score\n          }\n          subject {\n            id\n            givenName\n            familyName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgendaCandidates($panelId: ID!) {\n    cases(first: 50, filter: { panelId: $panelId, status: [ACCEPTED] }) {\n      edges {\n        node {\n          id\n          reference\n          riskTool\n          riskGrade\n          dash {\n            score\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgendaCandidates($panelId: ID!) {\n    cases(first: 50, filter: { panelId: $panelId, status: [ACCEPTED] }) {\n      edges {\n        node {\n          id\n          reference\n          riskTool\n          riskGrade\n          dash {\n            score\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeAgenda($meetingId: ID!) {\n    proposeAgenda(meetingId: $meetingId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeAgenda($meetingId: ID!) {\n    proposeAgenda(meetingId: $meetingId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCaseToAgenda($meetingId: ID!, $caseId: ID!) {\n    addCaseToAgenda(meetingId: $meetingId, caseId: $caseId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddCaseToAgenda($meetingId: ID!, $caseId: ID!) {\n    addCaseToAgenda(meetingId: $meetingId, caseId: $caseId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveAgendaItem($agendaItemId: ID!, $position: Int!) {\n    moveAgendaItem(agendaItemId: $agendaItemId, position: $position) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MoveAgendaItem($agendaItemId: ID!, $position: Int!) {\n    moveAgendaItem(agendaItemId: $agendaItemId, position: $position) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveAgendaItem($agendaItemId: ID!) {\n    removeAgendaItem(agendaItemId: $agendaItemId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveAgendaItem($agendaItemId: ID!) {\n    removeAgendaItem(agendaItemId: $agendaItemId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishAgenda($meetingId: ID!) {\n    publishAgenda(meetingId: $meetingId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PublishAgenda($meetingId: ID!) {\n    publishAgenda(meetingId: $meetingId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConcludeMeeting($meetingId: ID!) {\n    concludeMeeting(meetingId: $meetingId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ConcludeMeeting($meetingId: ID!) {\n    concludeMeeting(meetingId: $meetingId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAttendance($input: AttendanceInput!) {\n    recordAttendance(input: $input) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RecordAttendance($input: AttendanceInput!) {\n    recordAttendance(input: $input) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMinutes($agendaItemId: ID!, $minutes: String!) {\n    recordMinutes(agendaItemId: $agendaItemId, minutes: $minutes) {\n      id\n      minutes\n    }\n  }\n"): (typeof documents)["\n  mutation RecordMinutes($agendaItemId: ID!, $minutes: String!) {\n    recordMinutes(agendaItemId: $agendaItemId, minutes: $minutes) {\n      id\n      minutes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitResearch($input: ResearchInput!) {\n    submitResearch(input: $input) {\n      id\n      late\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitResearch($input: ResearchInput!) {\n    submitResearch(input: $input) {\n      id\n      late\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAction($input: CreateActionInput!) {\n    createAction(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAction($input: CreateActionInput!) {\n    createAction(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralPanels {\n    panels {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query ReferralPanels {\n    panels {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateReferral($input: CreateReferralInput!) {\n    createReferral(input: $input) {\n      id\n      reference\n      status\n      dash {\n        score\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateReferral($input: CreateReferralInput!) {\n    createReferral(input: $input) {\n      id\n      reference\n      status\n      dash {\n        score\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseRow on Case {\n    id\n    reference\n    status\n    referralDate\n    isRepeat\n    restricted\n    riskTool\n    riskGrade\n    dash {\n      score\n    }\n    panel {\n      id\n      name\n    }\n    referringAgency {\n      id\n      name\n    }\n    subject {\n      id\n      givenName\n      familyName\n    }\n    flags {\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment CaseRow on Case {\n    id\n    reference\n    status\n    referralDate\n    isRepeat\n    restricted\n    riskTool\n    riskGrade\n    dash {\n      score\n    }\n    panel {\n      id\n      name\n    }\n    referringAgency {\n      id\n      name\n    }\n    subject {\n      id\n      givenName\n      familyName\n    }\n    flags {\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyReferrals {\n    cases(first: 50) {\n      totalCount\n      edges {\n        node {\n          ...CaseRow\n          rejectionReason\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyReferrals {\n    cases(first: 50) {\n      totalCount\n      edges {\n        node {\n          ...CaseRow\n          rejectionReason\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralsInbox {\n    cases(first: 50, filter: { status: [SUBMITTED] }) {\n      totalCount\n      edges {\n        node {\n          ...CaseRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReferralsInbox {\n    cases(first: 50, filter: { status: [SUBMITTED] }) {\n      totalCount\n      edges {\n        node {\n          ...CaseRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TriageReferral($input: TriageInput!) {\n    triageReferral(input: $input) {\n      id\n      status\n      rejectionReason\n      triageReason\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation TriageReferral($input: TriageInput!) {\n    triageReferral(input: $input) {\n      id\n      status\n      rejectionReason\n      triageReason\n      version\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;