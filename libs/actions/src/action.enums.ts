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

/** Whom an action protects or addresses, so a plan visibly covers victim, children and perpetrator (principle 6). */
export enum ActionCategory {
  VICTIM_SAFETY = 'VICTIM_SAFETY',
  CHILDREN = 'CHILDREN',
  ADULT_AT_RISK = 'ADULT_AT_RISK',
  PERPETRATOR = 'PERPETRATOR',
  OTHER = 'OTHER',
}
registerEnumType(ActionCategory, {
  name: 'ActionCategory',
  description:
    'Whom an action protects or addresses (the victim, children, an adult at risk, the perpetrator)',
});
