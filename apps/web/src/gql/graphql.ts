/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Whom an action protects or addresses (the victim, children, an adult at risk, the perpetrator) */
export type ActionCategory =
  | 'ADULT_AT_RISK'
  | 'CHILDREN'
  | 'OTHER'
  | 'PERPETRATOR'
  | 'VICTIM_SAFETY';

export type ActionFilter = {
  /** Actions owned by this agency */
  agencyId?: string | null | undefined;
  /** true: only overdue actions (not DONE or CANCELLED, past their due date); false: only the others */
  overdue?: boolean | null | undefined;
  /** Actions on cases of this panel */
  panelId?: string | null | undefined;
  /** Actions in any of these statuses */
  status?: Array<ActionStatus> | null | undefined;
};

export type ActionStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'OPEN';

export type AddPanelMemberInput = {
  /** The panel */
  panelId: string;
  /** COORDINATOR, CHAIR or AGENCY_REP */
  role: PanelRole;
  /** The user given the role */
  userId: string;
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

export type AttendanceInput = {
  /** A member agency of the panel */
  agencyId: string;
  /** The meeting (from its start) */
  meetingId: string;
  /** Whether the agency attended */
  status: AttendanceStatus;
};

export type AttendanceStatus =
  | 'ABSENT'
  | 'APOLOGIES'
  | 'PRESENT';

export type AuditFilter = {
  /** Events of this user */
  actorId?: string | null | undefined;
  /** Matches any of an event's caseIds */
  caseId?: string | null | undefined;
  /** Events at or after this instant */
  from?: string | null | undefined;
  /** Events at or before this instant */
  to?: string | null | undefined;
};

export type CaseFilter = {
  /** true: only repeat cases; false: only the others (as the caller sees repeat status) */
  isRepeat?: boolean | null | undefined;
  /** Cases of this panel */
  panelId?: string | null | undefined;
  /** Referred on or after this day */
  referredFrom?: string | null | undefined;
  /** Referred on or before this day */
  referredTo?: string | null | undefined;
  /** Cases in any of these statuses */
  status?: Array<CaseStatus> | null | undefined;
};

/** The outcome of a case at closure (required to close a MARAC case) */
export type CaseOutcomeInput = {
  /** The victim's engagement with the IDVA service; also becomes the case's idvaEngagement */
  idvaEngagement?: IdvaEngagement | null | undefined;
  /** Risk at closure compared with the referral */
  riskAtClosure: RiskChange;
  /** Whether a safety plan is in place */
  safetyPlanInPlace: boolean;
  /** Whether the victim was told the outcome */
  victimInformed?: boolean | null | undefined;
};

export type CaseStatus =
  | 'ACCEPTED'
  | 'CLOSED'
  | 'HEARD'
  | 'LISTED'
  | 'REJECTED'
  | 'SUBMITTED'
  | 'WITHDRAWN';

export type ContactDetailsInput = {
  /** Postal address, as given with this referral */
  address?: string | null | undefined;
  /** Telephone number */
  phone?: string | null | undefined;
  /** When and how it is safe to make contact */
  safeContactNotes?: string | null | undefined;
  /** Whether the contact number is safe to call (SafeLives referral form) */
  safeToCall?: boolean | null | undefined;
};

export type CreateActionInput = {
  /** The agenda item where it was agreed (an item of this case) */
  agendaItemId?: string | null | undefined;
  /** A user of the owner agency who carries it out */
  assigneeId?: string | null | undefined;
  /** The case the action is for */
  caseId: string;
  /** Whom the action protects or addresses (principle 6); OTHER when omitted */
  category?: ActionCategory | null | undefined;
  /** What is to be done (no more than needed: agencies outside the case may not read it) */
  description: string;
  /** Not before today (Europe/London) */
  dueDate: string;
  /** The agency that owns the action (its reps may update it) */
  ownerAgencyId: string;
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
  memberAgencyIds?: Array<string> | null | undefined;
  /** The panel's name, e.g. "Hartlepool MARAC" */
  name: string;
};

export type CreateReferralInput = {
  /** How many children live in the household (0 to 30) */
  childrenInHousehold?: number | null | undefined;
  /** Whether the victim consented to the referral */
  consentGiven?: boolean | null | undefined;
  /** The referral criteria (at least one; VISIBLE_HIGH_RISK needs DASH 14+ or a HIGH grade) */
  criteria: Array<ReferralCriterion>;
  /** Exactly 24 when given */
  dashAnswers?: Array<DashAnswer> | null | undefined;
  /** The incident that prompted the referral (the repeat rule reads it): defaults to referralDate, never after it */
  incidentDate?: string | null | undefined;
  /** The lawful basis for sharing (consent, or why not) */
  lawfulBasis: string;
  /** Others on the case: perpetrators, children (CHILD, with date of birth), victims */
  linkedPersons?: Array<LinkedPersonInput> | null | undefined;
  /** The panel referred to */
  panelId: string;
  /** The victim was referred to a MARAC outside the platform: it counts for the repeat rule */
  previousMarac?: PreviousMaracInput | null | undefined;
  /** Defaults to today (Europe/London) */
  referralDate?: string | null | undefined;
  /** Defaults to the referrer's agency */
  referringAgencyId?: string | null | undefined;
  /** Restricted: only panel staff and the allow-list see it (e.g. a person works for a partner agency) */
  restricted?: boolean | null | undefined;
  /** The allow-list of a restricted case (users who may see it besides panel staff) */
  restrictedToUserIds?: Array<string> | null | undefined;
  /** MATAC: the RFGV score at nomination (0 to 1000) */
  rfgvScore?: number | null | undefined;
  /** The grade of a graded tool: required for DARA and OTHER, refused with DASH and NONE */
  riskGrade?: RiskGrade | null | undefined;
  /** The risk in the referrer's words */
  riskSummary?: string | null | undefined;
  /** The risk tool: DASH (SafeLives DASH RIC, give dashAnswers), DARA (College of Policing) or OTHER (give riskGrade), or NONE. Defaults to DASH when dashAnswers are given, else NONE */
  riskTool?: RiskTool | null | undefined;
  /** Why information is shared without consent: required when consentGiven is false (and only then) */
  sharedWithoutConsentReason?: string | null | undefined;
  /** The subject: the victim (MARAC), the perpetrator (MATAC) or the adult at risk (HRAP) */
  subject: PersonInput;
  /** Whether the victim knows of the referral */
  victimAware?: boolean | null | undefined;
  /** Required when victimAware is false (and only then) */
  victimNotAwareReason?: string | null | undefined;
  /** What the victim wants from the MARAC, in their words */
  victimViews?: string | null | undefined;
};

export type CreateUserInput = {
  /** The agency the user works for */
  agencyId: string;
  /** Sign-in e-mail address (unique) */
  email: string;
  /** Roles that are not tied to a panel (ADMIN, STRATEGIC, AUDITOR, REFERRER); panel roles come with addPanelMember */
  globalRoles?: Array<GlobalRole> | null | undefined;
  /** Full name, as colleagues know it */
  name: string;
  /** Without a password the user gets an invitation e-mail with a one-time link to set one (setPasswordWithToken) */
  password?: string | null | undefined;
};

export type DashAnswer =
  | 'NO'
  | 'NOT_KNOWN'
  | 'YES';

export type ExpectedRangeInput = {
  /** The PanelMetrics figure, e.g. repeatRate */
  figure: string;
  /** Highest expected value; null: no upper bound */
  max?: number | null | undefined;
  /** Lowest expected value; null: no lower bound */
  min?: number | null | undefined;
};

export type FlagKind =
  | 'CROSS_PANEL'
  | 'POSSIBLE_REPEAT'
  | 'REPEAT'
  | 'REPEAT_PERPETRATOR'
  | 'SERIAL_PERPETRATOR';

/** A further incident on a case ("flag and tag") */
export type FurtherIncidentInput = {
  /** The case; the caller must see it in detail (panel staff, or a panel rep) */
  caseId: string;
  /** The day of the incident: not in the future, not before the case's referral date; on a MARAC case at most 12 months after its referral date (a later incident needs a new referral) */
  incidentDate: string;
  /** What happened */
  kind: FurtherIncidentKind;
  /** Free text; read by panel staff and the recording agency only */
  note?: string | null | undefined;
};

export type FurtherIncidentKind =
  | 'BREACH_OF_ORDER'
  | 'COERCIVE_CONTROL'
  | 'OTHER'
  | 'SEXUAL_ABUSE'
  | 'STALKING_OR_HARASSMENT'
  | 'UNWANTED_CONTACT'
  | 'VIOLENCE_OR_THREATS';

export type Gender =
  | 'FEMALE'
  | 'MALE'
  | 'NON_BINARY'
  | 'NOT_KNOWN'
  | 'OTHER';

export type GlobalRole =
  | 'ADMIN'
  | 'AUDITOR'
  | 'REFERRER'
  | 'STRATEGIC';

export type IdvaContactInput = {
  /** The case (panel staff, or an IDVA rep who sees it) */
  caseId: string;
  /** The victim's engagement after this contact; it becomes the case's idvaEngagement */
  engagement: IdvaEngagement;
  /** A note on the contact (kept with the contact history) */
  note?: string | null | undefined;
};

export type IdvaEngagement =
  | 'DECLINED'
  | 'ENGAGED'
  | 'NOT_OFFERED'
  | 'NOT_YET_CONTACTED'
  | 'UNABLE_TO_CONTACT';

export type Interval =
  | 'MONTH'
  | 'QUARTER'
  | 'YEAR';

export type LinkedPersonInput = {
  /** Who */
  person: PersonInput;
  /** A child's (or other linked person's) relationship to the perpetrator, e.g. 'son', 'stepdaughter' */
  relationshipToPerpetrator?: string | null | undefined;
  /** How they are related to the subject, e.g. ex-partner */
  relationshipToSubject?: string | null | undefined;
  /** Their role on the case (VICTIM, PERPETRATOR, CHILD, ADULT_AT_RISK, OTHER) */
  role: PersonRole;
  /** A child's school (CHILD linked persons only); seen like contact details: panel staff, POLICE and IDVA users */
  school?: string | null | undefined;
};

export type LoginInput = {
  /** The e-mail address the account was created with */
  email: string;
  /** The password */
  password: string;
};

export type MeetingStatus =
  | 'AGENDA_PUBLISHED'
  | 'CANCELLED'
  | 'CONCLUDED'
  | 'SCHEDULED';

/** One panel and a period of calendar dates, both ends inclusive */
export type MetricsInput = {
  /** First day of the period (STRATEGIC: the first day of a month) */
  from: string;
  /** The panel */
  panelId: string;
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
  panelId: string;
};

export type PersonInput = {
  /** Contact details given with this referral (shown per case, to those who may see contact) */
  contact?: ContactDetailsInput | null | undefined;
  /** Date of birth, when known */
  dateOfBirth?: string | null | undefined;
  /** Has a disability (for the diversity figures) */
  disabled?: boolean | null | undefined;
  /** Ethnicity as the person describes it, when known */
  ethnicity?: string | null | undefined;
  /** Link to a known person instead of creating one */
  existingPersonId?: string | null | undefined;
  /** Family name (required unless existingPersonId) */
  familyName?: string | null | undefined;
  /** Gender, when known */
  gender?: Gender | null | undefined;
  /** Given name (required unless existingPersonId) */
  givenName?: string | null | undefined;
  /** Black, Asian or minority ethnic (for the diversity figures) */
  isBame?: boolean | null | undefined;
  /** Lesbian, gay, bisexual or trans (for the diversity figures) */
  lgbt?: boolean | null | undefined;
  /** NHS number (10 digits, checked): a known number is that person */
  nhsNumber?: string | null | undefined;
  /** Police national computer id: a known id is that person */
  policeNationalId?: string | null | undefined;
};

export type PersonRole =
  | 'ADULT_AT_RISK'
  | 'CHILD'
  | 'OTHER'
  | 'PERPETRATOR'
  | 'VICTIM';

/** A referral of the victim to a MARAC outside the platform (another area) */
export type PreviousMaracInput = {
  /** The area of that MARAC, e.g. "Middlesbrough" */
  area: string;
  /** That MARAC's reference, when known */
  reference?: string | null | undefined;
  /** Its referral date: not after this referral date */
  referralDate: string;
};

export type ReferralCriterion =
  | 'POTENTIAL_ESCALATION'
  | 'PROFESSIONAL_JUDGEMENT'
  | 'REPEAT'
  | 'VISIBLE_HIGH_RISK';

export type RejectionReason =
  | 'DUPLICATE'
  | 'NOT_DOMESTIC_ABUSE'
  | 'NOT_ELIGIBLE'
  | 'OTHER'
  | 'OUT_OF_AREA'
  | 'THRESHOLD_NOT_MET';

/** summary is required unless noInformationHeld */
export type ResearchInput = {
  /** The listed case the research is about */
  agendaItemId: string;
  /** The agency holds no information on the persons */
  noInformationHeld?: boolean | null | undefined;
  /** What the agency knows about the case (read by panel staff and the agency's own users) */
  summary?: string | null | undefined;
};

export type RiskChange =
  | 'INCREASED'
  | 'NOT_KNOWN'
  | 'REDUCED'
  | 'SAME';

export type RiskGrade =
  | 'HIGH'
  | 'MEDIUM'
  | 'STANDARD';

/** DASH: SafeLives DASH RIC; DARA: College of Policing */
export type RiskTool =
  | 'DARA'
  | 'DASH'
  | 'NONE'
  | 'OTHER';

export type ScheduleMeetingInput = {
  /** How many cases the agenda may hold (1 to 100); no limit when omitted */
  capacity?: number | null | undefined;
  /** Where (a room, or "online") */
  location?: string | null | undefined;
  /** The panel that meets */
  panelId: string;
  /** When research is due; before startsAt. Default: two days before the start at 17:00 Europe/London, the Friday before when that is a weekend */
  researchDueAt?: string | null | undefined;
  /** The start, with a time zone offset (Z or +hh:mm); from 2000-01-01 (history) to two years ahead; not the start of another meeting of the panel */
  startsAt: string;
};

export type TriageDecision =
  | 'ACCEPT'
  | 'REJECT';

export type TriageInput = {
  /** The SUBMITTED referral */
  caseId: string;
  /** ACCEPT or REJECT */
  decision: TriageDecision;
  /** Required to reject (with rejectionReason) */
  reason?: string | null | undefined;
  /** Required to reject (with reason); a HIGH-risk referral (DASH 14 or more, or a HIGH grade) cannot be rejected as THRESHOLD_NOT_MET */
  rejectionReason?: RejectionReason | null | undefined;
};

export type UpdateActionInput = {
  /** The action */
  actionId: string;
  /** A new assignee (a user of the owner agency) */
  assigneeId?: string | null | undefined;
  /** The version read; CONFLICT when someone else changed the action since (read it again) */
  expectedVersion: number;
  /** What was done (kept in the action's updates) */
  note: string;
  /** The new status */
  status: ActionStatus;
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

export type ActionsQueryVariables = Exact<{
  filter?: ActionFilter | null | undefined;
}>;


export type ActionsQuery = { actions: Array<{ id: string, description: string, dueDate: string, status: ActionStatus, overdue: boolean, category: ActionCategory | null, ownerAgency: { id: string, name: string }, case: { id: string, reference: string } }> };

export type ActionPageQueryVariables = Exact<{
  id: string;
}>;


export type ActionPageQuery = { action: { id: string, description: string, dueDate: string, status: ActionStatus, overdue: boolean, category: ActionCategory | null, version: number, ownerAgency: { id: string, name: string }, assignee: { id: string, name: string } | null, case: { id: string, reference: string }, agendaItem: { id: string, meeting: { id: string, startsAt: string } } | null, updates: Array<{ at: string, note: string, status: ActionStatus, by: { id: string, name: string } }> } };

export type UpdateActionMutationVariables = Exact<{
  input: UpdateActionInput;
}>;


export type UpdateActionMutation = { updateAction: { id: string, status: ActionStatus, version: number, overdue: boolean, updates: Array<{ at: string, note: string, status: ActionStatus, by: { id: string, name: string } }> } };

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
  userId: string;
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
  panelId: string;
  userId: string;
}>;


export type AdminRemovePanelMemberMutation = { removePanelMember: boolean };

export type AdminUpdatePanelSettingsMutationVariables = Exact<{
  input: PanelSettingsInput;
}>;


export type AdminUpdatePanelSettingsMutation = { updatePanelSettings: { id: string, settings: { adultFemalePopulation: number | null, bamePopulationShare: number | null, expectedRanges: Array<{ figure: string, min: number | null, max: number | null }> } | null } };

export type AdminRetryNotificationMutationVariables = Exact<{
  id: string;
}>;


export type AdminRetryNotificationMutation = { retryNotification: { id: string } };

export type AuditTrailQueryVariables = Exact<{
  filter?: AuditFilter | null | undefined;
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type AuditTrailQuery = { auditEvents: Array<{ id: string, at: string, action: string, actorId: string | null, entityType: string, entityId: string | null, caseIds: Array<string>, personIds: Array<string>, requestId: string | null }> };

export type CasesQueryVariables = Exact<{
  filter?: CaseFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type CasesQuery = { cases: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, reference: string, status: CaseStatus, referralDate: string, isRepeat: boolean | null, restricted: boolean, riskTool: RiskTool | null, riskGrade: RiskGrade | null, dash: { score: number } | null, panel: { id: string, name: string }, referringAgency: { id: string, name: string }, subject: { id: string, givenName: string, familyName: string }, flags: Array<{ kind: FlagKind }> } }> } };

export type CasePageQueryVariables = Exact<{
  reference: string;
}>;


export type CasePageQuery = { caseByReference: { id: string, reference: string, status: CaseStatus, version: number, referralDate: string, incidentDate: string | null, closedOn: string | null, isRepeat: boolean | null, restricted: boolean, criteria: Array<ReferralCriterion>, riskTool: RiskTool | null, riskGrade: RiskGrade | null, riskSummary: string | null, rfgvScore: number | null, childrenInHousehold: number, victimAware: boolean | null, victimViews: string | null, consentGiven: boolean | null, triageReason: string | null, rejectionReason: RejectionReason | null, idvaEngagement: IdvaEngagement | null, dash: { score: number } | null, panel: { id: string, name: string, kind: PanelKind }, referringAgency: { id: string, name: string }, subject: { id: string, givenName: string, familyName: string, dateOfBirth: string | null, gender: Gender | null, contact: { phone: string | null, address: string | null, safeToCall: boolean | null, safeContactNotes: string | null } | null }, linkedPersons: Array<{ role: PersonRole, relationshipToSubject: string | null, school: string | null, person: { id: string, givenName: string, familyName: string, dateOfBirth: string | null, gender: Gender | null, contact: { phone: string | null, address: string | null, safeToCall: boolean | null, safeContactNotes: string | null } | null } }>, flags: Array<{ kind: FlagKind, explanation: string, raisedAt: string, relatedCaseReference: string | null }>, riskReviews: Array<{ reviewedOn: string, dashScore: number | null, riskGrade: RiskGrade | null, rfgvScore: number | null, note: string | null }>, agendaItems: Array<{ id: string, minutes: string | null, meeting: { id: string, startsAt: string, status: MeetingStatus } }>, actions: Array<{ id: string, description: string, dueDate: string, status: ActionStatus, overdue: boolean, ownerAgency: { id: string, name: string } }>, furtherIncidents: Array<{ id: string, incidentDate: string, kind: FurtherIncidentKind, note: string | null, agency: { id: string, name: string }, repeatReferral: { id: string, reference: string } | null }>, outcome: { riskAtClosure: RiskChange, safetyPlanInPlace: boolean, victimInformed: boolean | null, idvaEngagement: IdvaEngagement | null, recordedAt: string } | null } };

export type PersonFieldsFragment = { id: string, givenName: string, familyName: string, dateOfBirth: string | null, gender: Gender | null, contact: { phone: string | null, address: string | null, safeToCall: boolean | null, safeContactNotes: string | null } | null };

export type RecordFurtherIncidentMutationVariables = Exact<{
  input: FurtherIncidentInput;
}>;


export type RecordFurtherIncidentMutation = { recordFurtherIncident: { id: string, repeatReferral: { id: string, reference: string } | null } };

export type RecordIdvaContactMutationVariables = Exact<{
  input: IdvaContactInput;
}>;


export type RecordIdvaContactMutation = { recordIdvaContact: { id: string, idvaEngagement: IdvaEngagement | null } };

export type CloseCaseMutationVariables = Exact<{
  caseId: string;
  reason: string;
  closedOn?: string | null | undefined;
  outcome?: CaseOutcomeInput | null | undefined;
}>;


export type CloseCaseMutation = { closeCase: { id: string, status: CaseStatus, closedOn: string | null } };

export type WithdrawReferralMutationVariables = Exact<{
  caseId: string;
  reason: string;
}>;


export type WithdrawReferralMutation = { withdrawReferral: { id: string, status: CaseStatus } };

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

export type MeetingsQueryVariables = Exact<{
  panelId: string;
}>;


export type MeetingsQuery = { meetings: Array<{ id: string, startsAt: string, status: MeetingStatus, location: string | null, capacity: number | null, researchDueAt: string | null }> };

export type ScheduleMeetingMutationVariables = Exact<{
  input: ScheduleMeetingInput;
}>;


export type ScheduleMeetingMutation = { scheduleMeeting: { id: string, startsAt: string, status: MeetingStatus } };

export type MeetingPageQueryVariables = Exact<{
  id: string;
}>;


export type MeetingPageQuery = { meeting: { id: string, status: MeetingStatus, startsAt: string, location: string | null, capacity: number | null, researchDueAt: string | null, cancellationReason: string | null, panel: { id: string, name: string, kind: PanelKind, memberAgencies: Array<{ id: string, name: string, kind: AgencyKind }> }, attendance: Array<{ status: AttendanceStatus, agency: { id: string } }>, agenda: Array<{ id: string, position: number, minutes: string | null, outstandingResearch: Array<{ id: string, name: string }> | null, research: Array<{ id: string, summary: string, noInformationHeld: boolean, late: boolean | null, submittedAt: string, agency: { id: string, name: string } }>, actions: Array<{ id: string, description: string, dueDate: string, status: ActionStatus, ownerAgency: { id: string, name: string } }>, case: { id: string, reference: string, status: CaseStatus, riskTool: RiskTool | null, riskGrade: RiskGrade | null, childrenInHousehold: number, dash: { score: number } | null, subject: { id: string, givenName: string, familyName: string } } }> } };

export type AgendaCandidatesQueryVariables = Exact<{
  panelId: string;
}>;


export type AgendaCandidatesQuery = { cases: { edges: Array<{ node: { id: string, reference: string, riskTool: RiskTool | null, riskGrade: RiskGrade | null, dash: { score: number } | null } }> } };

export type ProposeAgendaMutationVariables = Exact<{
  meetingId: string;
}>;


export type ProposeAgendaMutation = { proposeAgenda: { id: string } };

export type AddCaseToAgendaMutationVariables = Exact<{
  meetingId: string;
  caseId: string;
}>;


export type AddCaseToAgendaMutation = { addCaseToAgenda: { id: string } };

export type MoveAgendaItemMutationVariables = Exact<{
  agendaItemId: string;
  position: number;
}>;


export type MoveAgendaItemMutation = { moveAgendaItem: { id: string } };

export type RemoveAgendaItemMutationVariables = Exact<{
  agendaItemId: string;
}>;


export type RemoveAgendaItemMutation = { removeAgendaItem: { id: string } };

export type PublishAgendaMutationVariables = Exact<{
  meetingId: string;
}>;


export type PublishAgendaMutation = { publishAgenda: { id: string, status: MeetingStatus } };

export type ConcludeMeetingMutationVariables = Exact<{
  meetingId: string;
}>;


export type ConcludeMeetingMutation = { concludeMeeting: { id: string, status: MeetingStatus } };

export type RecordAttendanceMutationVariables = Exact<{
  input: AttendanceInput;
}>;


export type RecordAttendanceMutation = { recordAttendance: { status: AttendanceStatus } };

export type RecordMinutesMutationVariables = Exact<{
  agendaItemId: string;
  minutes: string;
}>;


export type RecordMinutesMutation = { recordMinutes: { id: string, minutes: string | null } };

export type SubmitResearchMutationVariables = Exact<{
  input: ResearchInput;
}>;


export type SubmitResearchMutation = { submitResearch: { id: string, late: boolean | null } };

export type CreateActionMutationVariables = Exact<{
  input: CreateActionInput;
}>;


export type CreateActionMutation = { createAction: { id: string } };

export type ReferralPanelsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReferralPanelsQuery = { panels: Array<{ id: string, name: string, kind: PanelKind }> };

export type CreateReferralMutationVariables = Exact<{
  input: CreateReferralInput;
}>;


export type CreateReferralMutation = { createReferral: { id: string, reference: string, status: CaseStatus, dash: { score: number } | null } };

export type CaseRowFragment = { id: string, reference: string, status: CaseStatus, referralDate: string, isRepeat: boolean | null, restricted: boolean, riskTool: RiskTool | null, riskGrade: RiskGrade | null, dash: { score: number } | null, panel: { id: string, name: string }, referringAgency: { id: string, name: string }, subject: { id: string, givenName: string, familyName: string }, flags: Array<{ kind: FlagKind }> };

export type MyReferralsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyReferralsQuery = { cases: { totalCount: number, edges: Array<{ node: { rejectionReason: RejectionReason | null, id: string, reference: string, status: CaseStatus, referralDate: string, isRepeat: boolean | null, restricted: boolean, riskTool: RiskTool | null, riskGrade: RiskGrade | null, dash: { score: number } | null, panel: { id: string, name: string }, referringAgency: { id: string, name: string }, subject: { id: string, givenName: string, familyName: string }, flags: Array<{ kind: FlagKind }> } }> } };

export type ReferralsInboxQueryVariables = Exact<{ [key: string]: never; }>;


export type ReferralsInboxQuery = { cases: { totalCount: number, edges: Array<{ node: { id: string, reference: string, status: CaseStatus, referralDate: string, isRepeat: boolean | null, restricted: boolean, riskTool: RiskTool | null, riskGrade: RiskGrade | null, dash: { score: number } | null, panel: { id: string, name: string }, referringAgency: { id: string, name: string }, subject: { id: string, givenName: string, familyName: string }, flags: Array<{ kind: FlagKind }> } }> } };

export type TriageReferralMutationVariables = Exact<{
  input: TriageInput;
}>;


export type TriageReferralMutation = { triageReferral: { id: string, status: CaseStatus, rejectionReason: RejectionReason | null, triageReason: string | null, version: number } };

export const MeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"globalRoles"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"panel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<MeFieldsFragment, unknown>;
export const PersonFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"safeToCall"}},{"kind":"Field","name":{"kind":"Name","value":"safeContactNotes"}}]}}]}}]} as unknown as DocumentNode<PersonFieldsFragment, unknown>;
export const DashboardFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PanelMetrics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"panelId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"roundedTo"}},{"kind":"Field","name":{"kind":"Name","value":"suppressedFigures"}},{"kind":"Field","name":{"kind":"Name","value":"referrals"}},{"kind":"Field","name":{"kind":"Name","value":"casesHeard"}},{"kind":"Field","name":{"kind":"Name","value":"repeatCases"}},{"kind":"Field","name":{"kind":"Name","value":"repeatRate"}},{"kind":"Field","name":{"kind":"Name","value":"policeReferralShare"}},{"kind":"Field","name":{"kind":"Name","value":"bameCases"}},{"kind":"Field","name":{"kind":"Name","value":"bameShare"}},{"kind":"Field","name":{"kind":"Name","value":"lgbtCases"}},{"kind":"Field","name":{"kind":"Name","value":"lgbtShare"}},{"kind":"Field","name":{"kind":"Name","value":"disabledCases"}},{"kind":"Field","name":{"kind":"Name","value":"disabledShare"}},{"kind":"Field","name":{"kind":"Name","value":"maleCases"}},{"kind":"Field","name":{"kind":"Name","value":"maleShare"}},{"kind":"Field","name":{"kind":"Name","value":"victimsAged16To17"}},{"kind":"Field","name":{"kind":"Name","value":"childrenInHouseholds"}},{"kind":"Field","name":{"kind":"Name","value":"idvaEngagedShare"}},{"kind":"Field","name":{"kind":"Name","value":"perpetratorActionShare"}},{"kind":"Field","name":{"kind":"Name","value":"riskReducedShare"}},{"kind":"Field","name":{"kind":"Name","value":"medianDaysReferralToHearing"}},{"kind":"Field","name":{"kind":"Name","value":"meetingsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"furtherIncidents"}},{"kind":"Field","name":{"kind":"Name","value":"repeatPerpetrators"}},{"kind":"Field","name":{"kind":"Name","value":"serialPerpetrators"}},{"kind":"Field","name":{"kind":"Name","value":"crossPanelCases"}},{"kind":"Field","name":{"kind":"Name","value":"actionsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"actionsCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"actionsOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"actionCompletionRate"}},{"kind":"Field","name":{"kind":"Name","value":"matacMeanRfgvChange"}},{"kind":"Field","name":{"kind":"Name","value":"matacSustainedReductionShare"}},{"kind":"Field","name":{"kind":"Name","value":"referralSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyKind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rangeChecks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"expectedMin"}},{"kind":"Field","name":{"kind":"Name","value":"expectedMax"}},{"kind":"Field","name":{"kind":"Name","value":"withinRange"}}]}}]}}]} as unknown as DocumentNode<DashboardFiguresFragment, unknown>;
export const CaseRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"referralDate"}},{"kind":"Field","name":{"kind":"Name","value":"isRepeat"}},{"kind":"Field","name":{"kind":"Name","value":"restricted"}},{"kind":"Field","name":{"kind":"Name","value":"riskTool"}},{"kind":"Field","name":{"kind":"Name","value":"riskGrade"}},{"kind":"Field","name":{"kind":"Name","value":"dash"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"panel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referringAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<CaseRowFragment, unknown>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"globalRoles"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"panel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"globalRoles"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"panel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const ActionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Actions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ActionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]}}]} as unknown as DocumentNode<ActionsQuery, ActionsQueryVariables>;
export const ActionPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActionPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agendaItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"updates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActionPageQuery, ActionPageQueryVariables>;
export const UpdateActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"updates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateActionMutation, UpdateActionMutationVariables>;
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
export const CasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Cases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"referralDate"}},{"kind":"Field","name":{"kind":"Name","value":"isRepeat"}},{"kind":"Field","name":{"kind":"Name","value":"restricted"}},{"kind":"Field","name":{"kind":"Name","value":"riskTool"}},{"kind":"Field","name":{"kind":"Name","value":"riskGrade"}},{"kind":"Field","name":{"kind":"Name","value":"dash"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"panel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referringAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<CasesQuery, CasesQueryVariables>;
export const CasePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CasePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseByReference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reference"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"referralDate"}},{"kind":"Field","name":{"kind":"Name","value":"incidentDate"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"isRepeat"}},{"kind":"Field","name":{"kind":"Name","value":"restricted"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"}},{"kind":"Field","name":{"kind":"Name","value":"riskTool"}},{"kind":"Field","name":{"kind":"Name","value":"riskGrade"}},{"kind":"Field","name":{"kind":"Name","value":"riskSummary"}},{"kind":"Field","name":{"kind":"Name","value":"rfgvScore"}},{"kind":"Field","name":{"kind":"Name","value":"childrenInHousehold"}},{"kind":"Field","name":{"kind":"Name","value":"victimAware"}},{"kind":"Field","name":{"kind":"Name","value":"victimViews"}},{"kind":"Field","name":{"kind":"Name","value":"consentGiven"}},{"kind":"Field","name":{"kind":"Name","value":"triageReason"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"idvaEngagement"}},{"kind":"Field","name":{"kind":"Name","value":"dash"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"panel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referringAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedPersons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"relationshipToSubject"}},{"kind":"Field","name":{"kind":"Name","value":"school"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"relatedCaseReference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dashScore"}},{"kind":"Field","name":{"kind":"Name","value":"riskGrade"}},{"kind":"Field","name":{"kind":"Name","value":"rfgvScore"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agendaItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"furtherIncidents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"incidentDate"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repeatReferral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskAtClosure"}},{"kind":"Field","name":{"kind":"Name","value":"safetyPlanInPlace"}},{"kind":"Field","name":{"kind":"Name","value":"victimInformed"}},{"kind":"Field","name":{"kind":"Name","value":"idvaEngagement"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"safeToCall"}},{"kind":"Field","name":{"kind":"Name","value":"safeContactNotes"}}]}}]}}]} as unknown as DocumentNode<CasePageQuery, CasePageQueryVariables>;
export const RecordFurtherIncidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordFurtherIncident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FurtherIncidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordFurtherIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"repeatReferral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]}}]} as unknown as DocumentNode<RecordFurtherIncidentMutation, RecordFurtherIncidentMutationVariables>;
export const RecordIdvaContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordIdvaContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IdvaContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordIdvaContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"idvaEngagement"}}]}}]}}]} as unknown as DocumentNode<RecordIdvaContactMutation, RecordIdvaContactMutationVariables>;
export const CloseCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"closedOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseOutcomeInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"closedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"closedOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}}]}}]}}]} as unknown as DocumentNode<CloseCaseMutation, CloseCaseMutationVariables>;
export const WithdrawReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WithdrawReferralMutation, WithdrawReferralMutationVariables>;
export const DashboardPanelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardPanels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"panels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"area"}}]}}]}}]} as unknown as DocumentNode<DashboardPanelsQuery, DashboardPanelsQueryVariables>;
export const DashboardPanelMetricsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardPanelMetrics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MetricsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"panelMetrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardFigures"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PanelMetrics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"panelId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"roundedTo"}},{"kind":"Field","name":{"kind":"Name","value":"suppressedFigures"}},{"kind":"Field","name":{"kind":"Name","value":"referrals"}},{"kind":"Field","name":{"kind":"Name","value":"casesHeard"}},{"kind":"Field","name":{"kind":"Name","value":"repeatCases"}},{"kind":"Field","name":{"kind":"Name","value":"repeatRate"}},{"kind":"Field","name":{"kind":"Name","value":"policeReferralShare"}},{"kind":"Field","name":{"kind":"Name","value":"bameCases"}},{"kind":"Field","name":{"kind":"Name","value":"bameShare"}},{"kind":"Field","name":{"kind":"Name","value":"lgbtCases"}},{"kind":"Field","name":{"kind":"Name","value":"lgbtShare"}},{"kind":"Field","name":{"kind":"Name","value":"disabledCases"}},{"kind":"Field","name":{"kind":"Name","value":"disabledShare"}},{"kind":"Field","name":{"kind":"Name","value":"maleCases"}},{"kind":"Field","name":{"kind":"Name","value":"maleShare"}},{"kind":"Field","name":{"kind":"Name","value":"victimsAged16To17"}},{"kind":"Field","name":{"kind":"Name","value":"childrenInHouseholds"}},{"kind":"Field","name":{"kind":"Name","value":"idvaEngagedShare"}},{"kind":"Field","name":{"kind":"Name","value":"perpetratorActionShare"}},{"kind":"Field","name":{"kind":"Name","value":"riskReducedShare"}},{"kind":"Field","name":{"kind":"Name","value":"medianDaysReferralToHearing"}},{"kind":"Field","name":{"kind":"Name","value":"meetingsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"furtherIncidents"}},{"kind":"Field","name":{"kind":"Name","value":"repeatPerpetrators"}},{"kind":"Field","name":{"kind":"Name","value":"serialPerpetrators"}},{"kind":"Field","name":{"kind":"Name","value":"crossPanelCases"}},{"kind":"Field","name":{"kind":"Name","value":"actionsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"actionsCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"actionsOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"actionCompletionRate"}},{"kind":"Field","name":{"kind":"Name","value":"matacMeanRfgvChange"}},{"kind":"Field","name":{"kind":"Name","value":"matacSustainedReductionShare"}},{"kind":"Field","name":{"kind":"Name","value":"referralSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyKind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rangeChecks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"expectedMin"}},{"kind":"Field","name":{"kind":"Name","value":"expectedMax"}},{"kind":"Field","name":{"kind":"Name","value":"withinRange"}}]}}]}}]} as unknown as DocumentNode<DashboardPanelMetricsQuery, DashboardPanelMetricsQueryVariables>;
export const DashboardPanelMetricsSeriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardPanelMetricsSeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MetricsInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"interval"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Interval"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"panelMetricsSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"interval"},"value":{"kind":"Variable","name":{"kind":"Name","value":"interval"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardFigures"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PanelMetrics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"panelId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"roundedTo"}},{"kind":"Field","name":{"kind":"Name","value":"suppressedFigures"}},{"kind":"Field","name":{"kind":"Name","value":"referrals"}},{"kind":"Field","name":{"kind":"Name","value":"casesHeard"}},{"kind":"Field","name":{"kind":"Name","value":"repeatCases"}},{"kind":"Field","name":{"kind":"Name","value":"repeatRate"}},{"kind":"Field","name":{"kind":"Name","value":"policeReferralShare"}},{"kind":"Field","name":{"kind":"Name","value":"bameCases"}},{"kind":"Field","name":{"kind":"Name","value":"bameShare"}},{"kind":"Field","name":{"kind":"Name","value":"lgbtCases"}},{"kind":"Field","name":{"kind":"Name","value":"lgbtShare"}},{"kind":"Field","name":{"kind":"Name","value":"disabledCases"}},{"kind":"Field","name":{"kind":"Name","value":"disabledShare"}},{"kind":"Field","name":{"kind":"Name","value":"maleCases"}},{"kind":"Field","name":{"kind":"Name","value":"maleShare"}},{"kind":"Field","name":{"kind":"Name","value":"victimsAged16To17"}},{"kind":"Field","name":{"kind":"Name","value":"childrenInHouseholds"}},{"kind":"Field","name":{"kind":"Name","value":"idvaEngagedShare"}},{"kind":"Field","name":{"kind":"Name","value":"perpetratorActionShare"}},{"kind":"Field","name":{"kind":"Name","value":"riskReducedShare"}},{"kind":"Field","name":{"kind":"Name","value":"medianDaysReferralToHearing"}},{"kind":"Field","name":{"kind":"Name","value":"meetingsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"furtherIncidents"}},{"kind":"Field","name":{"kind":"Name","value":"repeatPerpetrators"}},{"kind":"Field","name":{"kind":"Name","value":"serialPerpetrators"}},{"kind":"Field","name":{"kind":"Name","value":"crossPanelCases"}},{"kind":"Field","name":{"kind":"Name","value":"actionsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"actionsCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"actionsOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"actionCompletionRate"}},{"kind":"Field","name":{"kind":"Name","value":"matacMeanRfgvChange"}},{"kind":"Field","name":{"kind":"Name","value":"matacSustainedReductionShare"}},{"kind":"Field","name":{"kind":"Name","value":"referralSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyKind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rangeChecks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"expectedMin"}},{"kind":"Field","name":{"kind":"Name","value":"expectedMax"}},{"kind":"Field","name":{"kind":"Name","value":"withinRange"}}]}}]}}]} as unknown as DocumentNode<DashboardPanelMetricsSeriesQuery, DashboardPanelMetricsSeriesQueryVariables>;
export const MeetingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Meetings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"panelId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"panelId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"panelId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"researchDueAt"}}]}}]}}]} as unknown as DocumentNode<MeetingsQuery, MeetingsQueryVariables>;
export const ScheduleMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ScheduleMeetingMutation, ScheduleMeetingMutationVariables>;
export const MeetingPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"researchDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"panel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"memberAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingResearch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"research"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"noInformationHeld"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"riskTool"}},{"kind":"Field","name":{"kind":"Name","value":"riskGrade"}},{"kind":"Field","name":{"kind":"Name","value":"childrenInHousehold"}},{"kind":"Field","name":{"kind":"Name","value":"dash"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeetingPageQuery, MeetingPageQueryVariables>;
export const AgendaCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgendaCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"panelId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"panelId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"panelId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ACCEPTED"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"riskTool"}},{"kind":"Field","name":{"kind":"Name","value":"riskGrade"}},{"kind":"Field","name":{"kind":"Name","value":"dash"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgendaCandidatesQuery, AgendaCandidatesQueryVariables>;
export const ProposeAgendaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeAgenda"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeAgenda"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProposeAgendaMutation, ProposeAgendaMutationVariables>;
export const AddCaseToAgendaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCaseToAgenda"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCaseToAgenda"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddCaseToAgendaMutation, AddCaseToAgendaMutationVariables>;
export const MoveAgendaItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveAgendaItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agendaItemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"position"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveAgendaItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agendaItemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agendaItemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"position"},"value":{"kind":"Variable","name":{"kind":"Name","value":"position"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MoveAgendaItemMutation, MoveAgendaItemMutationVariables>;
export const RemoveAgendaItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveAgendaItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agendaItemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeAgendaItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agendaItemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agendaItemId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RemoveAgendaItemMutation, RemoveAgendaItemMutationVariables>;
export const PublishAgendaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishAgenda"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishAgenda"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PublishAgendaMutation, PublishAgendaMutationVariables>;
export const ConcludeMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConcludeMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"concludeMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConcludeMeetingMutation, ConcludeMeetingMutationVariables>;
export const RecordAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttendanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RecordAttendanceMutation, RecordAttendanceMutationVariables>;
export const RecordMinutesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMinutes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agendaItemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minutes"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMinutes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agendaItemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agendaItemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"minutes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minutes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}}]}}]} as unknown as DocumentNode<RecordMinutesMutation, RecordMinutesMutationVariables>;
export const SubmitResearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitResearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResearchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitResearch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}}]}}]} as unknown as DocumentNode<SubmitResearchMutation, SubmitResearchMutationVariables>;
export const CreateActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateActionMutation, CreateActionMutationVariables>;
export const ReferralPanelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferralPanels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"panels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<ReferralPanelsQuery, ReferralPanelsQueryVariables>;
export const CreateReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dash"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]} as unknown as DocumentNode<CreateReferralMutation, CreateReferralMutationVariables>;
export const MyReferralsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyReferrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseRow"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"referralDate"}},{"kind":"Field","name":{"kind":"Name","value":"isRepeat"}},{"kind":"Field","name":{"kind":"Name","value":"restricted"}},{"kind":"Field","name":{"kind":"Name","value":"riskTool"}},{"kind":"Field","name":{"kind":"Name","value":"riskGrade"}},{"kind":"Field","name":{"kind":"Name","value":"dash"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"panel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referringAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<MyReferralsQuery, MyReferralsQueryVariables>;
export const ReferralsInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferralsInbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SUBMITTED"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"referralDate"}},{"kind":"Field","name":{"kind":"Name","value":"isRepeat"}},{"kind":"Field","name":{"kind":"Name","value":"restricted"}},{"kind":"Field","name":{"kind":"Name","value":"riskTool"}},{"kind":"Field","name":{"kind":"Name","value":"riskGrade"}},{"kind":"Field","name":{"kind":"Name","value":"dash"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"panel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referringAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<ReferralsInboxQuery, ReferralsInboxQueryVariables>;
export const TriageReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TriageReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TriageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"triageReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"triageReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<TriageReferralMutation, TriageReferralMutationVariables>;