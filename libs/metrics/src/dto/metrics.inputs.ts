import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { DateScalar } from '@marac/core';

@InputType({ description: 'One panel and a period of calendar dates, both ends inclusive' })
export class MetricsInput {
  @Field(() => ID) @IsUUID('all') panelId: string;
  @Field(() => DateScalar) from: string;
  @Field(() => DateScalar) to: string;
}
