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
  @Field(() => String, { nullable: true, description: 'Postal address, as given with this referral' })
  @IsOptional()
  @MaxLength(500)
  address?: string | null;
  @Field(() => String, { nullable: true, description: 'Telephone number' })
  @IsOptional()
  @MaxLength(50)
  phone?: string | null;
  @Field(() => String, { nullable: true, description: 'When and how it is safe to make contact' })
  @IsOptional()
  @MaxLength(NOTE_MAX)
  safeContactNotes?: string | null;
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
  @Field(() => String, { nullable: true, description: 'Given name (required unless existingPersonId)' })
  @IsOptional()
  @MaxLength(NAME_MAX)
  givenName?: string | null;
  @Field(() => String, { nullable: true, description: 'Family name (required unless existingPersonId)' })
  @IsOptional()
  @MaxLength(NAME_MAX)
  familyName?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Date of birth, when known' })
  @IsOptional()
  dateOfBirth?: string | null;
  @Field(() => Gender, { nullable: true, description: 'Gender, when known' })
  @IsOptional()
  @IsEnum(Gender)
  gender?: Gender | null;
  @Field(() => String, { nullable: true, description: 'Ethnicity as the person describes it, when known' })
  @IsOptional()
  @MaxLength(100)
  ethnicity?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Black, Asian or minority ethnic (for the diversity figures)',
  })
  @IsOptional()
  @IsBoolean()
  isBame?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Has a disability (for the diversity figures)' })
  @IsOptional()
  @IsBoolean()
  disabled?: boolean | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Lesbian, gay, bisexual or trans (for the diversity figures)',
  })
  @IsOptional()
  @IsBoolean()
  lgbt?: boolean | null;
  @Field(() => String, {
    nullable: true,
    description: 'Police national computer id: a known id is that person',
  })
  @IsOptional()
  @MaxLength(20)
  policeNationalId?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'NHS number (10 digits, checked): a known number is that person',
  })
  @IsOptional()
  @MaxLength(20)
  nhsNumber?: string | null;
  @Field(() => ContactDetailsInput, {
    nullable: true,
    description: 'Contact details given with this referral (shown per case, to those who may see contact)',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ContactDetailsInput)
  contact?: ContactDetailsInput | null;
}

@InputType()
export class LinkedPersonInput {
  @Field(() => PersonInput, { description: 'Who' })
  @ValidateNested()
  @Type(() => PersonInput)
  person: PersonInput;
  @Field(() => PersonRole, {
    description: 'Their role on the case (VICTIM, PERPETRATOR, CHILD, ADULT_AT_RISK, OTHER)',
  })
  @IsEnum(PersonRole)
  role: PersonRole;
  @Field(() => String, {
    nullable: true,
    description: 'How they are related to the subject, e.g. ex-partner',
  })
  @IsOptional()
  @MaxLength(200)
  relationshipToSubject?: string | null;
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
  @Field(() => ID, { description: 'The panel referred to' }) @IsUUID('all') panelId: string;
  @Field(() => PersonInput, {
    description: 'The subject: the victim (MARAC), the perpetrator (MATAC) or the adult at risk (HRAP)',
  })
  @ValidateNested()
  @Type(() => PersonInput)
  subject: PersonInput;
  @Field(() => [LinkedPersonInput], {
    nullable: true,
    description: 'Others on the case: perpetrators, children (CHILD, with date of birth), victims',
  })
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
  @Field(() => [ReferralCriterion], {
    description: 'The referral criteria (at least one; VISIBLE_HIGH_RISK needs DASH 14+ or a HIGH grade)',
  })
  @ArrayUnique()
  @IsEnum(ReferralCriterion, { each: true })
  criteria: ReferralCriterion[];
  @Field(() => [DashAnswer], { nullable: true, description: 'Exactly 24 when given' })
  @IsOptional()
  @IsEnum(DashAnswer, { each: true })
  dashAnswers?: DashAnswer[] | null;
  @Field(() => Int, { nullable: true, description: 'MATAC: the RFGV score at nomination (0 to 1000)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000)
  rfgvScore?: number | null;
  @Field(() => String, { nullable: true, description: "The risk in the referrer's words" })
  @IsOptional()
  @MaxLength(TEXT_MAX)
  riskSummary?: string | null;
  @Field(() => Int, { nullable: true, description: 'How many children live in the household (0 to 30)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(30)
  childrenInHousehold?: number | null;
  @Field({ description: 'The lawful basis for sharing (consent, or why not)' })
  @MaxLength(NOTE_MAX)
  lawfulBasis: string;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Restricted: only panel staff and the allow-list see it (e.g. a person works for a partner agency)',
  })
  @IsOptional()
  @IsBoolean()
  restricted?: boolean | null;
  @Field(() => [ID], {
    nullable: true,
    description: 'The allow-list of a restricted case (users who may see it besides panel staff)',
  })
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
  @Field(() => ID, { description: 'The SUBMITTED referral' }) @IsUUID('all') caseId: string;
  @Field(() => TriageDecision, { description: 'ACCEPT or REJECT' })
  @IsEnum(TriageDecision)
  decision: TriageDecision;
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
  @Field(() => ID, { description: 'The case' }) @IsUUID('all') caseId: string;
  @Field(() => ID, { description: 'The person now on the case (subject or linked)' })
  @IsUUID('all')
  personId: string;
  @Field(() => ID, { description: 'The known person it really is (from searchPersons)' })
  @IsUUID('all')
  matchedPersonId: string;
}

@InputType()
export class CaseFilter {
  @Field(() => ID, { nullable: true, description: 'Cases of this panel' })
  @IsOptional()
  @IsUUID('all')
  panelId?: string | null;
  @Field(() => [CaseStatus], { nullable: true, description: 'Cases in any of these statuses' })
  @IsOptional()
  @IsEnum(CaseStatus, { each: true })
  status?: CaseStatus[] | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only repeat cases; false: only the others (as the caller sees repeat status)',
  })
  @IsOptional()
  @IsBoolean()
  isRepeat?: boolean | null;
  @Field(() => DateScalar, { nullable: true, description: 'Referred on or after this day' })
  @IsOptional()
  referredFrom?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Referred on or before this day' })
  @IsOptional()
  referredTo?: string | null;
}

@InputType()
export class PersonSearchInput {
  @Field(() => String, { nullable: true, description: 'Given and family name (fuzzy; with dateOfBirth)' })
  @IsOptional()
  @MaxLength(2 * NAME_MAX + 1)
  name?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Date of birth (with name)' })
  @IsOptional()
  dateOfBirth?: string | null;
  @Field(() => String, { nullable: true, description: 'An exact police national computer id' })
  @IsOptional()
  @MaxLength(20)
  policeNationalId?: string | null;
  @Field(() => String, { nullable: true, description: 'An exact NHS number' })
  @IsOptional()
  @MaxLength(20)
  nhsNumber?: string | null;
}

@InputType()
export class RiskReviewInput {
  @Field(() => ID, { description: 'The case reviewed' }) @IsUUID('all') caseId: string;
  @Field(() => DateScalar, { description: 'The day of the review (not in the future)' }) reviewedOn: string;
  @Field(() => Int, { nullable: true, description: 'MATAC: the new RFGV score' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000)
  rfgvScore?: number | null;
  @Field(() => [DashAnswer], { nullable: true, description: 'A new DASH: exactly 24 answers' })
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
  @Field(() => String, { nullable: true, description: 'What changed' })
  @IsOptional()
  @MaxLength(NOTE_MAX)
  note?: string | null;
}
