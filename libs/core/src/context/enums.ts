import { registerEnumType } from '@nestjs/graphql';

/** Enums shared by several domains; registered once for the GraphQL schema. */
export enum PanelKind {
  MARAC = 'MARAC',
  MATAC = 'MATAC',
  HRAP = 'HRAP',
}
export enum PanelRole {
  COORDINATOR = 'COORDINATOR',
  CHAIR = 'CHAIR',
  AGENCY_REP = 'AGENCY_REP',
}
export enum GlobalRole {
  ADMIN = 'ADMIN',
  STRATEGIC = 'STRATEGIC',
  AUDITOR = 'AUDITOR',
  REFERRER = 'REFERRER',
}
export enum AgencyKind {
  POLICE = 'POLICE',
  IDVA = 'IDVA',
  CHILDRENS_SOCIAL_CARE = 'CHILDRENS_SOCIAL_CARE',
  ADULT_SOCIAL_CARE = 'ADULT_SOCIAL_CARE',
  HEALTH = 'HEALTH',
  MENTAL_HEALTH = 'MENTAL_HEALTH',
  HOUSING = 'HOUSING',
  PROBATION = 'PROBATION',
  EDUCATION = 'EDUCATION',
  SUBSTANCE_MISUSE = 'SUBSTANCE_MISUSE',
  SPECIALIST_DA_SERVICE = 'SPECIALIST_DA_SERVICE',
  OTHER = 'OTHER',
}

registerEnumType(PanelKind, { name: 'PanelKind' });
registerEnumType(PanelRole, { name: 'PanelRole' });
registerEnumType(GlobalRole, { name: 'GlobalRole' });
registerEnumType(AgencyKind, { name: 'AgencyKind' });
