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
