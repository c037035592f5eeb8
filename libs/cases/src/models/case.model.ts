import type { CaseBundle } from '../case.repository.js';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar, PanelKind } from '@marac/core';
import { CaseStatus, DashAnswer, FlagKind, ReferralCriterion } from '../case.enums.js';
import { IdvaEngagement, RejectionReason, RiskChange } from '../closure.enums.js';
import { RiskGrade, RiskTool } from '../risk.js';

/** What the caller may see of one case, decided in SQL by the CASL rules (readDetail, readContact). */
export interface CaseView {
  /** the full case; false = the referrer's view of their own referral */
  detail: boolean;
  /** contact details of the people on it */
  contact: boolean;
}

@ObjectType('CaseFlag')
export class CaseFlagModel {
  @Field(() => FlagKind) kind: FlagKind;
  @Field() explanation: string;
  @Field(() => String, { nullable: true, description: 'Reference only, never content of the related case' })
  relatedCaseReference: string | null;
  @Field(() => PanelKind, { nullable: true }) relatedPanelKind: PanelKind | null;
  @Field(() => String, { nullable: true, description: 'A MARAC outside the platform (previousMarac)' })
  relatedArea: string | null;
  @Field() raisedAt: Date;
  caseId: string;
}

@ObjectType('DashAssessment')
export class DashAssessmentModel {
  @Field(() => [DashAnswer]) answers: DashAnswer[];
  @Field(() => Int) score: number;
}

@ObjectType('RiskReview')
export class RiskReviewModel {
  @Field(() => DateScalar) reviewedOn: string;
  @Field(() => Int, { nullable: true }) rfgvScore: number | null;
  @Field(() => Int, { nullable: true }) dashScore: number | null;
  @Field(() => RiskGrade, { nullable: true }) riskGrade: RiskGrade | null;
  @Field(() => String, { nullable: true }) note: string | null;
  caseId: string;
}

@ObjectType('PreviousMarac', { description: 'A referral of the victim to a MARAC outside the platform' })
export class PreviousMaracModel {
  @Field() area: string;
  @Field(() => DateScalar) referralDate: string;
  @Field(() => String, { nullable: true }) reference: string | null;
}

@ObjectType('CaseOutcome', { description: 'The outcome recorded at closure' })
export class CaseOutcomeModel {
  @Field(() => RiskChange) riskAtClosure: RiskChange;
  @Field() safetyPlanInPlace: boolean;
  @Field(() => IdvaEngagement, { nullable: true }) idvaEngagement: IdvaEngagement | null;
  @Field(() => Boolean, { nullable: true }) victimInformed: boolean | null;
  @Field() recordedAt: Date;
}

/** A case row. Relations (panel, subject, flags, ...) are field resolvers backed by per-request DataLoaders. */
@ObjectType('Case')
export class CaseModel {
  @Field(() => ID) id: string;
  @Field({ description: 'Human reference, unique, e.g. "MARAC-HPL-2026-0042"' }) reference: string;
  @Field(() => CaseStatus) status: CaseStatus;
  @Field(() => DateScalar) referralDate: string;
  @Field(() => [ReferralCriterion]) criteria: ReferralCriterion[];
  @Field(() => Int, { nullable: true, description: 'MATAC: the RFGV score given at nomination' }) rfgvScore:
    number | null;
  @Field(() => String, { nullable: true }) riskSummary: string | null;
  @Field(() => Int) childrenInHousehold: number;
  @Field() restricted: boolean;
  @Field(() => String, { nullable: true }) triageReason: string | null;
  @Field(() => RiskTool, { nullable: true, description: 'The risk tool of the referral' })
  riskTool: RiskTool | null;
  @Field(() => RiskGrade, { nullable: true, description: 'The grade given by DARA or OTHER' })
  riskGrade: RiskGrade | null;
  @Field(() => RejectionReason, { nullable: true, description: 'Why the referral was rejected at triage' })
  rejectionReason: RejectionReason | null;
  @Field(() => Int) version: number;
  @Field(() => DateScalar, {
    nullable: true,
    description:
      'The incident that prompted the referral (the repeat rule reads it); the referral date by default',
  })
  incidentDate: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether the victim knows of the referral' })
  victimAware: boolean | null;
  @Field(() => String, { nullable: true }) victimNotAwareReason: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether the victim consented to the referral' })
  consentGiven: boolean | null;
  @Field(() => String, { nullable: true }) sharedWithoutConsentReason: string | null;
  @Field(() => String, { nullable: true, description: 'What the victim wants from the panel' })
  victimViews: string | null;
  @Field(() => PreviousMaracModel, { nullable: true, description: 'A MARAC referral outside the platform' })
  previousMarac: PreviousMaracModel | null;
  @Field(() => DateScalar, { nullable: true, description: 'The date a CLOSED case was closed' })
  closedOn: string | null;
  @Field(() => CaseOutcomeModel, {
    nullable: true,
    description: "The outcome recorded at closure; null in the referrer's view of their own referral",
  })
  outcome: CaseOutcomeModel | null;

  panelId: string;
  panelKind: PanelKind;
  subjectPersonId: string;
  referringAgencyId: string;
  referredBy: string;
  dashAnswers: DashAnswer[] | null;
  dashScore: number | null;
  repeat: boolean;
  previousCaseId: string | null;
  seq: string;
  view: CaseView;
  /** what a list read carried for the request's loaders (CaseRepository, not a GraphQL field) */
  bundle?: CaseBundle;
}

@ObjectType('CaseEdge')
export class CaseEdge {
  @Field(() => CaseModel) node: CaseModel;
  @Field() cursor: string;
}

@ObjectType('PageInfo')
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

@ObjectType('CaseConnection')
export class CaseConnection {
  @Field(() => [CaseEdge]) edges: CaseEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}
