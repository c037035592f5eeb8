import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '@marac/core';
import { ActionCategory, ActionStatus } from '../action.enums.js';

@ObjectType('Action')
export class ActionModel {
  @Field(() => ID) id: string;
  @Field() description: string;
  @Field(() => DateScalar) dueDate: string;
  @Field(() => ActionStatus) status: ActionStatus;
  @Field(() => ActionCategory, {
    nullable: true,
    description: 'Whom the action protects or addresses; OTHER when it was created without one',
  })
  category: ActionCategory;
  @Field(() => Int) version: number;
  caseId: string;
  panelId: string;
  agendaItemId: string | null;
  ownerAgencyId: string;
  assigneeId: string | null;
}

@ObjectType('ActionUpdate')
export class ActionUpdateModel {
  @Field() note: string;
  @Field(() => ActionStatus) status: ActionStatus;
  @Field() at: Date;
  actionId: string;
  byUserId: string;
}
