import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { IdvaEngagement } from './closure.enums.js';
import { NOTE_MAX } from './dto/case.inputs.js';

@InputType('IdvaContactInput')
export class IdvaContactInput {
  @Field(() => ID, { description: 'The case (panel staff, or an IDVA rep who sees it)' })
  @IsUUID('all')
  caseId: string;

  @Field(() => IdvaEngagement, {
    description: "The victim's engagement after this contact; it becomes the case's idvaEngagement",
  })
  @IsEnum(IdvaEngagement)
  engagement: IdvaEngagement;

  @Field(() => String, {
    nullable: true,
    description: 'A note on the contact (kept with the contact history)',
  })
  @IsOptional()
  @MaxLength(NOTE_MAX)
  note?: string | null;
}
