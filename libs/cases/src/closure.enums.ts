import { registerEnumType } from '@nestjs/graphql';

/** Why a referral was rejected at triage (DOMAIN.md). */
export enum RejectionReason {
  THRESHOLD_NOT_MET = 'THRESHOLD_NOT_MET',
  NOT_DOMESTIC_ABUSE = 'NOT_DOMESTIC_ABUSE',
  DUPLICATE = 'DUPLICATE',
  OUT_OF_AREA = 'OUT_OF_AREA',
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  OTHER = 'OTHER',
}
/** Risk at closure compared with referral. */
export enum RiskChange {
  REDUCED = 'REDUCED',
  SAME = 'SAME',
  INCREASED = 'INCREASED',
  NOT_KNOWN = 'NOT_KNOWN',
}
registerEnumType(RejectionReason, { name: 'RejectionReason' });
registerEnumType(RiskChange, { name: 'RiskChange' });

/** The victim's engagement with the IDVA service (recordIdvaContact, and the outcome at closure). */
export enum IdvaEngagement {
  NOT_YET_CONTACTED = 'NOT_YET_CONTACTED',
  ENGAGED = 'ENGAGED',
  DECLINED = 'DECLINED',
  UNABLE_TO_CONTACT = 'UNABLE_TO_CONTACT',
  NOT_OFFERED = 'NOT_OFFERED',
}
/** What kind of further incident an agency recorded ("flag and tag"). */
export enum FurtherIncidentKind {
  VIOLENCE_OR_THREATS = 'VIOLENCE_OR_THREATS',
  STALKING_OR_HARASSMENT = 'STALKING_OR_HARASSMENT',
  SEXUAL_ABUSE = 'SEXUAL_ABUSE',
  COERCIVE_CONTROL = 'COERCIVE_CONTROL',
  BREACH_OF_ORDER = 'BREACH_OF_ORDER',
  UNWANTED_CONTACT = 'UNWANTED_CONTACT',
  OTHER = 'OTHER',
}
registerEnumType(IdvaEngagement, { name: 'IdvaEngagement' });
registerEnumType(FurtherIncidentKind, { name: 'FurtherIncidentKind' });
