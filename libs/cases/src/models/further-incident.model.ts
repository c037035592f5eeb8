import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '@marac/core';
import { FurtherIncidentKind } from '../closure.enums.js';

/** A further incident recorded on a case ("flag and tag", DOMAIN.md). Agency and repeat referral are field resolvers. */
@ObjectType('FurtherIncident', {
  description:
    'A further incident recorded on a case by an agency that sees it in detail ("flag and tag"). Dates and kinds are seen by everyone who sees the case in detail; the note by panel staff and the recording agency only.',
})
export class FurtherIncidentModel {
  @Field(() => ID) id: string;
  @Field(() => DateScalar, { description: 'The day of the incident (Europe/London)' }) incidentDate: string;
  @Field(() => FurtherIncidentKind) kind: FurtherIncidentKind;
  @Field({ description: 'When it was recorded' }) recordedAt: Date;
  @Field(() => String, {
    nullable: true,
    description: 'Panel staff and users of the recording agency; null for everyone else',
  })
  note: string | null;

  caseId: string;
  agencyId: string;
  /** the repeat referral it created (a MARAC case heard or closed within 12 months), if any */
  repeatCaseId: string | null;
}
