import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { DateScalar } from '@marac/core';
import {
  CaseStatus,
  DashAnswer,
  Gender,
  PersonRole,
  ReferralCriterion,
  TriageDecision,
} from '../case.enums.js';
import { IdvaEngagement, RejectionReason, RiskChange } from '../closure.enums.js';
import { RiskGrade, RiskTool } from '../risk.js';

export const NAME_MAX = 100;
export const TEXT_MAX = 10_000;
export const NOTE_MAX = 2_000;

@InputType()
export class ContactDetailsInput {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(500) address?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(50) phone?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(NOTE_MAX) safeContactNotes?:
    string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the contact number is safe to call (SafeLives referral form)',
  })
  @IsOptional()
  @IsBoolean()
  safeToCall?: boolean | null;
}

@InputType()
export class PersonInput {
  @Field(() => ID, { nullable: true, description: 'Link to a known person instead of creating one' })
  @IsOptional()
  @IsUUID('all')
  existingPersonId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(NAME_MAX) givenName?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(NAME_MAX) familyName?: string | null;
  @Field(() => DateScalar, { nullable: true }) @IsOptional() dateOfBirth?: string | null;
  @Field(() => Gender, { nullable: true }) @IsOptional() @IsEnum(Gender) gender?: Gender | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) ethnicity?: string | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() isBame?: boolean | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() disabled?: boolean | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() lgbt?: boolean | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(20) policeNationalId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(20) nhsNumber?: string | null;
  @Field(() => ContactDetailsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ContactDetailsInput)
  contact?: ContactDetailsInput | null;
}

@InputType()
export class LinkedPersonInput {
  @Field(() => PersonInput) @ValidateNested() @Type(() => PersonInput) person: PersonInput;
  @Field(() => PersonRole) @IsEnum(PersonRole) role: PersonRole;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) relationshipToSubject?:
    string | null;
  @Field(() => String, {
    nullable: true,
    description:
      "A child's (or other linked person's) relationship to the perpetrator, e.g. 'son', 'stepdaughter'",
  })
  @IsOptional()
  @MaxLength(200)
  relationshipToPerpetrator?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      "A child's school (CHILD linked persons only); seen like contact details: panel staff, POLICE and IDVA users",
  })
  @IsOptional()
  @MaxLength(200)
  school?: string | null;
}

@InputType({ description: 'A referral of the victim to a MARAC outside the platform (another area)' })
export class PreviousMaracInput {
  @Field({ description: 'The area of that MARAC, e.g. "Middlesbrough"' }) @MaxLength(200) area: string;
  @Field(() => DateScalar, { description: 'Its referral date: not after this referral date' })
  referralDate: string;
  @Field(() => String, { nullable: true, description: "That MARAC's reference, when known" })
  @IsOptional()
  @MaxLength(100)
  reference?: string | null;
}

@InputType()
export class CreateReferralInput {
  @Field(() => ID) @IsUUID('all') panelId: string;
  @Field(() => PersonInput) @ValidateNested() @Type(() => PersonInput) subject: PersonInput;
  @Field(() => [LinkedPersonInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => LinkedPersonInput)
  linkedPersons?: LinkedPersonInput[] | null;
  @Field(() => ID, { nullable: true, description: "Defaults to the referrer's agency" })
  @IsOptional()
  @IsUUID('all')
  referringAgencyId?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Defaults to today (Europe/London)' })
  @IsOptional()
  referralDate?: string | null;
  @Field(() => [ReferralCriterion])
  @ArrayUnique()
  @IsEnum(ReferralCriterion, { each: true })
  criteria: ReferralCriterion[];
  @Field(() => [DashAnswer], { nullable: true, description: 'Exactly 24 when given' })
  @IsOptional()
  @IsEnum(DashAnswer, { each: true })
  dashAnswers?: DashAnswer[] | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(1000) rfgvScore?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(TEXT_MAX) riskSummary?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(30) childrenInHousehold?:
    number | null;
  @Field() @MaxLength(NOTE_MAX) lawfulBasis: string;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() restricted?: boolean | null;
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayUnique()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  restrictedToUserIds?: string[] | null;
  @Field(() => RiskTool, {
    nullable: true,
    description:
      'The risk tool: DASH (SafeLives DASH RIC, give dashAnswers), DARA (College of Policing) or OTHER (give riskGrade), or NONE. Defaults to DASH when dashAnswers are given, else NONE',
  })
  @IsOptional()
  @IsEnum(RiskTool)
  riskTool?: RiskTool | null;
  @Field(() => RiskGrade, {
    nullable: true,
    description: 'The grade of a graded tool: required for DARA and OTHER, refused with DASH and NONE',
  })
  @IsOptional()
  @IsEnum(RiskGrade)
  riskGrade?: RiskGrade | null;
  @Field(() => DateScalar, {
    nullable: true,
    description:
      'The incident that prompted the referral (the repeat rule reads it): defaults to referralDate, never after it',
  })
  @IsOptional()
  incidentDate?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether the victim knows of the referral' })
  @IsOptional()
  @IsBoolean()
  victimAware?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Required when victimAware is false (and only then)' })
  @IsOptional()
  @MaxLength(NOTE_MAX)
  victimNotAwareReason?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether the victim consented to the referral' })
  @IsOptional()
  @IsBoolean()
  consentGiven?: boolean | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Why information is shared without consent: required when consentGiven is false (and only then)',
  })
  @IsOptional()
  @MaxLength(NOTE_MAX)
  sharedWithoutConsentReason?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'What the victim wants from the MARAC, in their words',
  })
  @IsOptional()
  @MaxLength(TEXT_MAX)
  victimViews?: string | null;
  @Field(() => PreviousMaracInput, {
    nullable: true,
    description: 'The victim was referred to a MARAC outside the platform: it counts for the repeat rule',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => PreviousMaracInput)
  previousMarac?: PreviousMaracInput | null;
}

@InputType({ description: 'The outcome of a case at closure (required to close a MARAC case)' })
export class CaseOutcomeInput {
  @Field(() => RiskChange, { description: 'Risk at closure compared with the referral' })
  @IsEnum(RiskChange)
  riskAtClosure: RiskChange;
  @Field({ description: 'Whether a safety plan is in place' }) @IsBoolean() safetyPlanInPlace: boolean;
  @Field(() => IdvaEngagement, {
    nullable: true,
    description: "The victim's engagement with the IDVA service; also becomes the case's idvaEngagement",
  })
  @IsOptional()
  @IsEnum(IdvaEngagement)
  idvaEngagement?: IdvaEngagement | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether the victim was told the outcome' })
  @IsOptional()
  @IsBoolean()
  victimInformed?: boolean | null;
}

@InputType()
export class TriageInput {
  @Field(() => ID) @IsUUID('all') caseId: string;
  @Field(() => TriageDecision) @IsEnum(TriageDecision) decision: TriageDecision;
  @Field(() => String, { nullable: true, description: 'Required to reject (with rejectionReason)' })
  @IsOptional()
  @MaxLength(NOTE_MAX)
  reason?: string | null;
  @Field(() => RejectionReason, {
    nullable: true,
    description:
      'Required to reject (with reason); a HIGH-risk referral (DASH 14 or more, or a HIGH grade) cannot be rejected as THRESHOLD_NOT_MET',
  })
  @IsOptional()
  @IsEnum(RejectionReason)
  rejectionReason?: RejectionReason | null;
}

@InputType({
  description:
    'personId: the person now on the case (subject or linked); matchedPersonId: the known person it really is',
})
export class ConfirmPersonMatchInput {
  @Field(() => ID) @IsUUID('all') caseId: string;
  @Field(() => ID) @IsUUID('all') personId: string;
  @Field(() => ID) @IsUUID('all') matchedPersonId: string;
}

@InputType()
export class CaseFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') panelId?: string | null;
  @Field(() => [CaseStatus], { nullable: true }) @IsOptional() @IsEnum(CaseStatus, { each: true }) status?:
    CaseStatus[] | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() isRepeat?: boolean | null;
  @Field(() => DateScalar, { nullable: true }) @IsOptional() referredFrom?: string | null;
  @Field(() => DateScalar, { nullable: true }) @IsOptional() referredTo?: string | null;
}

@InputType()
export class PersonSearchInput {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(2 * NAME_MAX + 1) name?: string | null;
  @Field(() => DateScalar, { nullable: true }) @IsOptional() dateOfBirth?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(20) policeNationalId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(20) nhsNumber?: string | null;
}

@InputType()
export class RiskReviewInput {
  @Field(() => ID) @IsUUID('all') caseId: string;
  @Field(() => DateScalar) reviewedOn: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(1000) rfgvScore?: number | null;
  @Field(() => [DashAnswer], { nullable: true })
  @IsOptional()
  @IsEnum(DashAnswer, { each: true })
  dashAnswers?: DashAnswer[] | null;
  @Field(() => RiskGrade, {
    nullable: true,
    description: 'The grade of a graded tool (DARA, OTHER) at this review; not with dashAnswers',
  })
  @IsOptional()
  @IsEnum(RiskGrade)
  riskGrade?: RiskGrade | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(NOTE_MAX) note?: string | null;
}
