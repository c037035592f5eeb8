import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { DateScalar } from '@marac/core';
import { FurtherIncidentKind } from '../closure.enums.js';
import { NOTE_MAX } from './case.inputs.js';

@InputType({ description: 'A further incident on a case ("flag and tag")' })
export class FurtherIncidentInput {
  @Field(() => ID, {
    description: 'The case; the caller must see it in detail (panel staff, or a panel rep)',
  })
  @IsUUID('all')
  caseId: string;
  @Field(() => DateScalar, {
    description:
      "The day of the incident: not in the future, not before the case's referral date; on a MARAC case at most 12 months after its referral date (a later incident needs a new referral)",
  })
  incidentDate: string;
  @Field(() => FurtherIncidentKind, { description: 'What happened' })
  @IsEnum(FurtherIncidentKind)
  kind: FurtherIncidentKind;
  @Field(() => String, {
    nullable: true,
    description: 'Free text; read by panel staff and the recording agency only',
  })
  @IsOptional()
  @MaxLength(NOTE_MAX)
  note?: string | null;
}
