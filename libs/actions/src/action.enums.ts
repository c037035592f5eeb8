import { registerEnumType } from '@nestjs/graphql';

export enum ActionStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(ActionStatus, { name: 'ActionStatus' });

/** An action in one of these is finished: it is never overdue again. */
export const FINISHED: readonly ActionStatus[] = [ActionStatus.DONE, ActionStatus.CANCELLED];
