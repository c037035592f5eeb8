import { FINISHED, type ActionStatus } from './action.enums.js';

/**
 * THE definition of "overdue", once: an action that is not finished (DONE or CANCELLED) and whose due date is before
 * today (calendar dates, Europe/London; due today is not overdue). `isOverdue` answers it for one action in memory;
 * `overdueSql` says the same in SQL for any query over the action table (actions list, reminders, metrics).
 */
export function isOverdue(status: ActionStatus, dueDate: string, today: string): boolean {
  return !FINISHED.includes(status) && dueDate < today;
}

/**
 * `overdueSql('a', p.add(londonToday()))`: the SQL boolean for the action row aliased `alias`, with `todayParam` the
 * placeholder of today's date (YYYY-MM-DD). The finished statuses are constants of the code, not user input.
 */
export function overdueSql(alias: string, todayParam: string): string {
  const finished = FINISHED.map((s) => `'${s}'`).join(', ');
  return `(${alias}.status NOT IN (${finished}) AND ${alias}.due_date < ${todayParam}::date)`;
}
