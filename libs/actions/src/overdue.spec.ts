import { ActionStatus } from './action.enums.js';
import { isOverdue, overdueSql } from './overdue.js';

describe('overdue', () => {
  it('is an unfinished action due before today', () => {
    const today = '2026-12-01';
    expect(isOverdue(ActionStatus.OPEN, '2026-11-30', today)).toBe(true);
    expect(isOverdue(ActionStatus.IN_PROGRESS, '2026-11-30', today)).toBe(true);
    expect(isOverdue(ActionStatus.OPEN, today, today)).toBe(false); // due today: not yet
    expect(isOverdue(ActionStatus.DONE, '2026-01-01', today)).toBe(false);
    expect(isOverdue(ActionStatus.CANCELLED, '2026-01-01', today)).toBe(false);
  });

  it('reads the same in SQL', () => {
    expect(overdueSql('x', '$3')).toBe("(x.status NOT IN ('DONE', 'CANCELLED') AND x.due_date < $3::date)");
  });
});
