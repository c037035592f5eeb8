import { registerEnumType } from '@nestjs/graphql';

export enum CaseStatus {
  SUBMITTED = 'SUBMITTED',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
  LISTED = 'LISTED',
  HEARD = 'HEARD',
  CLOSED = 'CLOSED',
}
export enum ReferralCriterion {
  VISIBLE_HIGH_RISK = 'VISIBLE_HIGH_RISK',
  PROFESSIONAL_JUDGEMENT = 'PROFESSIONAL_JUDGEMENT',
  POTENTIAL_ESCALATION = 'POTENTIAL_ESCALATION',
  REPEAT = 'REPEAT',
}
export enum DashAnswer {
  YES = 'YES',
  NO = 'NO',
  NOT_KNOWN = 'NOT_KNOWN',
}
export enum PersonRole {
  VICTIM = 'VICTIM',
  PERPETRATOR = 'PERPETRATOR',
  CHILD = 'CHILD',
  ADULT_AT_RISK = 'ADULT_AT_RISK',
  OTHER = 'OTHER',
}
export enum FlagKind {
  REPEAT = 'REPEAT',
  POSSIBLE_REPEAT = 'POSSIBLE_REPEAT',
  REPEAT_PERPETRATOR = 'REPEAT_PERPETRATOR',
  SERIAL_PERPETRATOR = 'SERIAL_PERPETRATOR',
  CROSS_PANEL = 'CROSS_PANEL',
}
export enum Gender {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
  NON_BINARY = 'NON_BINARY',
  OTHER = 'OTHER',
  NOT_KNOWN = 'NOT_KNOWN',
}
export enum TriageDecision {
  ACCEPT = 'ACCEPT',
  REJECT = 'REJECT',
}

registerEnumType(CaseStatus, { name: 'CaseStatus' });
registerEnumType(ReferralCriterion, { name: 'ReferralCriterion' });
registerEnumType(DashAnswer, { name: 'DashAnswer' });
registerEnumType(PersonRole, { name: 'PersonRole' });
registerEnumType(FlagKind, { name: 'FlagKind' });
registerEnumType(Gender, { name: 'Gender' });
registerEnumType(TriageDecision, { name: 'TriageDecision' });
