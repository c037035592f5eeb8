import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsUUID, MaxLength, Min } from 'class-validator';
import { DateScalar } from '@marac/core';
import { ActionCategory, ActionStatus } from '../action.enums.js';

@InputType()
export class CreateActionInput {
  @Field(() => ID) @IsUUID('all') caseId: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') agendaItemId?: string | null;
  @Field() @MaxLength(2000) description: string;
  @Field(() => ID) @IsUUID('all') ownerAgencyId: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') assigneeId?: string | null;
  @Field(() => DateScalar, { description: 'Not before today (Europe/London)' }) dueDate: string;
  @Field(() => ActionCategory, {
    nullable: true,
    description: 'Whom the action protects or addresses (principle 6); OTHER when omitted',
  })
  @IsOptional()
  @IsEnum(ActionCategory)
  category?: ActionCategory | null;
}

@InputType()
export class UpdateActionInput {
  @Field(() => ID) @IsUUID('all') actionId: string;
  @Field(() => ActionStatus) @IsEnum(ActionStatus) status: ActionStatus;
  @Field() @MaxLength(2000) note: string;
  @Field(() => Int) @IsInt() @Min(1) expectedVersion: number;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') assigneeId?: string | null;
}

@InputType()
export class ActionFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') agencyId?: string | null;
  @Field(() => [ActionStatus], { nullable: true })
  @IsOptional()
  @IsEnum(ActionStatus, { each: true })
  status?: ActionStatus[] | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() overdue?: boolean | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') panelId?: string | null;
}
