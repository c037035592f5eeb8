import { DomainError, isCalendarDate, londonToday } from '@marac/core';
import { DashAnswer, PersonRole, ReferralCriterion } from './case.enums.js';
import { DASH_QUESTIONS, dashScore, VISIBLE_HIGH_RISK_THRESHOLD } from './dash.js';
import type { CreateReferralInput, LinkedPersonInput, PersonInput } from './dto/case.inputs.js';
import type { ContactDetails, PersonModel } from './models/person.model.js';
import { isValidNhsNumber, normaliseNhsNumber } from './nhs-number.js';
import { checkVictimVoice } from './referral-checks.js';
import { checkRiskTool, isHighRisk, type RiskGrade, RiskTool } from './risk.js';

/**
 * The pure rules of a referral's input. The WHOLE input is checked here, before any person is looked up by NHS number
 * or police national id, so that every answer is the same whether an identifier is known or not (no existence probing
 * through the order of validation).
 */

/** The earliest case date the platform accepts (referral dates, risk reviews): MARACs began in 2003. */
export const MIN_CASE_DATE = '2000-01-01';
/** The earliest date of birth accepted. */
export const MIN_BIRTH_DATE = '1900-01-01';
export const REASON_MAX = 2000;

/** Blank: empty, or only white space and invisible format characters (zero-width spaces, joiners, BOM, soft hyphen). */
export function isBlank(s: string | null | undefined): boolean {
  return !s || /^[\p{White_Space}\p{Cf}]*$/u.test(s);
}

/** A calendar date in [min, today] (Europe/London), or BAD_USER_INPUT naming `field`. */
export function checkPastDate(
  value: string,
  field: string,
  min = MIN_CASE_DATE,
  today = londonToday(),
): void {
  if (!isCalendarDate(value)) throw DomainError.badInput(field, 'must be a date YYYY-MM-DD');
  if (value > today) throw DomainError.badInput(field, 'cannot be in the future');
  if (value < min) throw DomainError.badInput(field, `cannot be before ${min}`);
}

export function checkDash(answers: DashAnswer[] | null | undefined, field: string): number | null {
  if (answers === null || answers === undefined) return null;
  if (answers.length !== DASH_QUESTIONS)
    throw DomainError.badInput(field, `must have exactly ${DASH_QUESTIONS} answers`);
  return dashScore(answers);
}

export function requireReason(reason: string | null | undefined, field = 'reason'): string {
  if (isBlank(reason)) throw DomainError.badInput(field, 'is required');
  if (reason!.length > REASON_MAX)
    throw DomainError.badInput(field, `must be at most ${REASON_MAX} characters`);
  return reason!.trim();
}

/** The identity fields of a person as a referral submitted them. */
export type SubmittedIdentity = Pick<
  PersonModel,
  'dateOfBirth' | 'gender' | 'ethnicity' | 'isBame' | 'disabled' | 'lgbt' | 'policeNationalId' | 'nhsNumber'
> & { givenName: string | null; familyName: string | null };

/** A person of the input, checked and normalised. */
export interface CheckedPerson {
  field: string;
  /** a known person linked by id (panel staff only; checked against what the caller may see later) */
  existingPersonId: string | null;
  submitted: SubmittedIdentity;
  contact: ContactDetails | null;
}

export function checkPerson(input: PersonInput, field: string, today = londonToday()): CheckedPerson {
  const nhs = input.nhsNumber ? normaliseNhsNumber(input.nhsNumber) : null;
  if (nhs && !isValidNhsNumber(nhs))
    throw DomainError.badInput(`${field}.nhsNumber`, 'is not a valid NHS number (check digit)');
  const pnc = isBlank(input.policeNationalId) ? null : input.policeNationalId!.trim().toUpperCase();
  if (input.dateOfBirth) checkPastDate(input.dateOfBirth, `${field}.dateOfBirth`, MIN_BIRTH_DATE, today);
  const existingPersonId = input.existingPersonId ?? null;
  // names are required whatever the identifiers: a known NHS number or police id must not change the answer
  if (!existingPersonId) {
    if (isBlank(input.givenName))
      throw DomainError.badInput(`${field}.givenName`, 'is required (or give existingPersonId)');
    if (isBlank(input.familyName))
      throw DomainError.badInput(`${field}.familyName`, 'is required (or give existingPersonId)');
  }
  const contact =
    input.contact &&
    Object.values(input.contact).some((v) => typeof v === 'boolean' || !isBlank(v as string | null))
      ? {
          address: input.contact.address ?? null,
          phone: input.contact.phone ?? null,
          safeContactNotes: input.contact.safeContactNotes ?? null,
          safeToCall: input.contact.safeToCall ?? null,
        }
      : null;
  return {
    field,
    existingPersonId,
    submitted: {
      givenName: isBlank(input.givenName) ? null : input.givenName!.trim(),
      familyName: isBlank(input.familyName) ? null : input.familyName!.trim(),
      dateOfBirth: input.dateOfBirth ?? null,
      gender: input.gender ?? null,
      ethnicity: isBlank(input.ethnicity) ? null : input.ethnicity!.trim(),
      isBame: input.isBame ?? null,
      disabled: input.disabled ?? null,
      lgbt: input.lgbt ?? null,
      policeNationalId: pnc,
      nhsNumber: nhs,
    },
    contact,
  };
}

/** A previous MARAC outside the platform: an area, and a referral date not after this referral's. */
export function checkPreviousMarac(
  pm: { area: string; referralDate: string; reference?: string | null },
  referralDate: string,
  today = londonToday(),
): { area: string; referralDate: string; reference: string | null } {
  if (isBlank(pm.area)) throw DomainError.badInput('previousMarac.area', 'is required');
  checkPastDate(pm.referralDate, 'previousMarac.referralDate', MIN_CASE_DATE, today);
  if (pm.referralDate > referralDate)
    throw DomainError.badInput('previousMarac.referralDate', 'cannot be after the referral date');
  return { area: pm.area.trim(), referralDate: pm.referralDate, reference: trimmed(pm.reference) };
}

export interface CheckedReferral {
  referralDate: string;
  dashScore: number | null;
  riskTool: RiskTool;
  /** the grade of DARA or OTHER, else null */
  riskGrade: RiskGrade | null;
  lawfulBasis: string;
  riskSummary: string | null;
  /** the subject first, then the linked persons in the order given */
  people: (CheckedPerson & {
    relationship: string | null;
    relationshipToPerpetrator: string | null;
    school: string | null;
  })[];
  /** the incident that prompted the referral: the referral date when not given */
  incidentDate: string;
  victimAware: boolean | null;
  victimNotAwareReason: string | null;
  consentGiven: boolean | null;
  sharedWithoutConsentReason: string | null;
  victimViews: string | null;
  previousMarac: { area: string; referralDate: string; reference: string | null } | null;
}

const trimmed = (s: string | null | undefined): string | null => (isBlank(s) ? null : s!.trim());

/**
 * One linked person, at referral (`field`: `linkedPersons.0`) or added later (addLinkedPerson: `field` is '', the
 * input itself): a school only for a CHILD, then the person.
 */
export function checkLinkedPerson(
  lp: LinkedPersonInput,
  field: string,
  today = londonToday(),
): CheckedReferral['people'][number] {
  const at = (f: string) => (field ? `${field}.${f}` : f);
  const school = trimmed(lp.school);
  if (school && lp.role !== PersonRole.CHILD)
    throw DomainError.badInput(at('school'), 'is given for a CHILD linked person only');
  return {
    ...checkPerson(lp.person, at('person'), today),
    relationship: trimmed(lp.relationshipToSubject),
    relationshipToPerpetrator: trimmed(lp.relationshipToPerpetrator),
    school,
  };
}

/** Everything of a referral that does not need the database, in one fixed order. */
export function checkReferral(input: CreateReferralInput, today = londonToday()): CheckedReferral {
  const referralDate = input.referralDate ?? today;
  checkPastDate(referralDate, 'referralDate', MIN_CASE_DATE, today);
  const score = checkDash(input.dashAnswers, 'dashAnswers');
  const tool = checkRiskTool(input);
  if (!('tool' in tool)) throw DomainError.badInput(tool.field, tool.message);
  const riskTool = tool.tool;
  const riskGrade = riskTool === RiskTool.DARA || riskTool === RiskTool.OTHER ? input.riskGrade! : null;
  if (
    input.criteria.includes(ReferralCriterion.VISIBLE_HIGH_RISK) &&
    !isHighRisk({ riskTool, dashScore: score, riskGrade })
  ) {
    throw DomainError.badInput(
      'criteria',
      `VISIBLE_HIGH_RISK needs a DASH score of ${VISIBLE_HIGH_RISK_THRESHOLD} or more, or a HIGH grade`,
    );
  }
  const incidentDate = input.incidentDate ?? referralDate;
  checkPastDate(incidentDate, 'incidentDate', MIN_CASE_DATE, today);
  if (incidentDate > referralDate)
    throw DomainError.badInput('incidentDate', 'cannot be after the referral date');
  const voice = {
    victimAware: input.victimAware ?? null,
    victimNotAwareReason: trimmed(input.victimNotAwareReason),
    consentGiven: input.consentGiven ?? null,
    sharedWithoutConsentReason: trimmed(input.sharedWithoutConsentReason),
  };
  const [voiceProblem] = checkVictimVoice(voice);
  if (voiceProblem) throw DomainError.badInput(voiceProblem.field, voiceProblem.message);
  const previousMarac = input.previousMarac
    ? checkPreviousMarac(input.previousMarac, referralDate, today)
    : null;
  const lawfulBasis = requireReason(input.lawfulBasis, 'lawfulBasis');
  const people = [
    {
      ...checkPerson(input.subject, 'subject', today),
      relationship: null as string | null,
      relationshipToPerpetrator: null as string | null,
      school: null as string | null,
    },
    ...(input.linkedPersons ?? []).map((lp, i) => checkLinkedPerson(lp, `linkedPersons.${i}`, today)),
  ];
  return {
    incidentDate,
    ...voice,
    victimViews: trimmed(input.victimViews),
    previousMarac,
    referralDate,
    dashScore: score,
    riskTool,
    riskGrade,
    lawfulBasis,
    riskSummary: isBlank(input.riskSummary) ? null : input.riskSummary!.trim(),
    people,
  };
}
