import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsUUID, MaxLength, Min } from 'class-validator';
import { DateScalar } from '@marac/core';
import { ActionCategory, ActionStatus } from '../action.enums.js';

@InputType()
export class CreateActionInput {
  @Field(() => ID, { description: 'The case the action is for' }) @IsUUID('all') caseId: string;
  @Field(() => ID, {
    nullable: true,
    description: 'The agenda item where it was agreed (an item of this case)',
  })
  @IsOptional()
  @IsUUID('all')
  agendaItemId?: string | null;
  @Field({
    description: 'What is to be done (no more than needed: agencies outside the case may not read it)',
  })
  @MaxLength(2000)
  description: string;
  @Field(() => ID, { description: 'The agency that owns the action (its reps may update it)' })
  @IsUUID('all')
  ownerAgencyId: string;
  @Field(() => ID, { nullable: true, description: 'A user of the owner agency who carries it out' })
  @IsOptional()
  @IsUUID('all')
  assigneeId?: string | null;
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
  @Field(() => ID, { description: 'The action' }) @IsUUID('all') actionId: string;
  @Field(() => ActionStatus, { description: 'The new status' }) @IsEnum(ActionStatus) status: ActionStatus;
  @Field({ description: "What was done (kept in the action's updates)" }) @MaxLength(2000) note: string;
  @Field(() => Int, {
    description: 'The version read; CONFLICT when someone else changed the action since (read it again)',
  })
  @IsInt()
  @Min(1)
  expectedVersion: number;
  @Field(() => ID, { nullable: true, description: 'A new assignee (a user of the owner agency)' })
  @IsOptional()
  @IsUUID('all')
  assigneeId?: string | null;
}

@InputType()
export class ActionFilter {
  @Field(() => ID, { nullable: true, description: 'Actions owned by this agency' })
  @IsOptional()
  @IsUUID('all')
  agencyId?: string | null;
  @Field(() => [ActionStatus], { nullable: true, description: 'Actions in any of these statuses' })
  @IsOptional()
  @IsEnum(ActionStatus, { each: true })
  status?: ActionStatus[] | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: only overdue actions (not DONE or CANCELLED, past their due date); false: only the others',
  })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean | null;
  @Field(() => ID, { nullable: true, description: 'Actions on cases of this panel' })
  @IsOptional()
  @IsUUID('all')
  panelId?: string | null;
}
