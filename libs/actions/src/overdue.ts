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
 * The same in SQL, for the action row aliased `alias`: `overdueSql('a', p.add(londonToday()))`, with `dayParam` a
 * date expression (a placeholder of today's date, YYYY-MM-DD, or a column).
 *
 * `finishedBefore`: judge it as of a past moment instead of now (the metrics of an ended period): overdue then means
 * due before `dayParam` and not finished before that moment (`completed_at`, set when an action becomes DONE or
 * CANCELLED; `updated_at` for rows older than that column). The finished statuses are constants of the code.
 */
export function overdueSql(alias: string, dayParam: string, opts: { finishedBefore?: string } = {}): string {
  const finished = FINISHED.map((s) => `'${s}'`).join(', ');
  const due = `${alias}.due_date < ${dayParam}::date`;
  if (!opts.finishedBefore) return `(${alias}.status NOT IN (${finished}) AND ${due})`;
  return `(${due} AND NOT (${alias}.status IN (${finished})
    AND coalesce(${alias}.completed_at, ${alias}.updated_at) < ${opts.finishedBefore}))`;
}
