import { registerEnumType } from '@nestjs/graphql';

export enum ActionStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(ActionStatus, { name: 'ActionStatus' });

export const FINISHED: readonly ActionStatus[] = [ActionStatus.DONE, ActionStatus.CANCELLED];

/** Overdue: not DONE or CANCELLED, and past its due date (calendar dates, Europe/London). */
export function isOverdue(status: ActionStatus, dueDate: string, today: string): boolean {
  return !FINISHED.includes(status) && dueDate < today;
}
