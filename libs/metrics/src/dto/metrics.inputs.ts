import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { DateScalar } from '@marac/core';

@InputType({ description: 'One panel and a period of calendar dates, both ends inclusive' })
export class MetricsInput {
  @Field(() => ID, { description: 'The panel' }) @IsUUID('all') panelId: string;
  @Field(() => DateScalar, {
    description: 'First day of the period (STRATEGIC: the first day of a month)',
  })
  from: string;
  @Field(() => DateScalar, {
    description: 'Last day of the period (STRATEGIC: the last day of a month that has ended)',
  })
  to: string;
}
