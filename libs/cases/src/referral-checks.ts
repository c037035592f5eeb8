import { PanelKind } from '@marac/core';
import { RejectionReason } from './closure.enums.js';
import { RiskLevel } from './risk.js';

/** A refused input: BAD_USER_INPUT on `field`. The services turn these into DomainError.badInput. */
export interface FieldProblem {
  field: string;
  message: string;
}

const blank = (s: string | null | undefined) => !s || !s.trim();

/**
 * The victim's voice on a referral (SafeLives referral form): a reason is required when the victim does not know of
 * the referral, and when information is shared without consent; a reason is refused when it contradicts the answer.
 */
export function checkVictimVoice(input: {
  victimAware?: boolean | null;
  victimNotAwareReason?: string | null;
  consentGiven?: boolean | null;
  sharedWithoutConsentReason?: string | null;
}): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (input.victimAware === false && blank(input.victimNotAwareReason))
    problems.push({ field: 'victimNotAwareReason', message: 'is required when victimAware is false' });
  if (input.victimAware !== false && !blank(input.victimNotAwareReason))
    problems.push({
      field: 'victimNotAwareReason',
      message: 'is only for a victim who is not aware (victimAware: false)',
    });
  if (input.consentGiven === false && blank(input.sharedWithoutConsentReason))
    problems.push({ field: 'sharedWithoutConsentReason', message: 'is required when consentGiven is false' });
  if (input.consentGiven !== false && !blank(input.sharedWithoutConsentReason))
    problems.push({
      field: 'sharedWithoutConsentReason',
      message: 'is only for information shared without consent (consentGiven: false)',
    });
  return problems;
}

/**
 * A rejection at triage needs a reason code and a text; professional judgement may raise risk, never lower it
 * (SafeLives), so a HIGH-risk referral cannot be rejected as THRESHOLD_NOT_MET.
 */
export function checkRejection(input: {
  rejectionReason?: RejectionReason | null;
  reason?: string | null;
  riskLevel: RiskLevel;
}): FieldProblem | null {
  if (!input.rejectionReason)
    return { field: 'rejectionReason', message: 'is required to reject a referral' };
  if (blank(input.reason)) return { field: 'reason', message: 'is required to reject a referral' };
  if (input.rejectionReason === RejectionReason.THRESHOLD_NOT_MET && input.riskLevel === RiskLevel.HIGH)
    return {
      field: 'rejectionReason',
      message: 'a high-risk referral (DASH 14 or more, or a HIGH grade) cannot be below the threshold',
    };
  return null;
}

/**
 * Closing a heard case: for MARAC the outcome is required; `closedOn` (default today) may be entered in the past but
 * never in the future nor before the case's last hearing.
 */
export function checkClosure(input: {
  panelKind: PanelKind;
  hasOutcome: boolean;
  closedOn: string;
  lastHearing: string | null;
  today: string;
}): FieldProblem | null {
  if (input.panelKind === PanelKind.MARAC && !input.hasOutcome)
    return { field: 'outcome', message: 'is required to close a MARAC case' };
  if (input.closedOn > input.today) return { field: 'closedOn', message: 'cannot be in the future' };
  if (input.lastHearing && input.closedOn < input.lastHearing)
    return { field: 'closedOn', message: `cannot be before the last hearing (${input.lastHearing})` };
  return null;
}
