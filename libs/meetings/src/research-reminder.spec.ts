import { researchReminderDue } from './research-reminder.service.js';

describe('when the research reminder is due', () => {
  const due = new Date('2027-01-13T17:00:00Z'); // Wednesday 17:00 London (GMT)
  it.each([
    ['two days before', '2027-01-11T23:59:00Z', false],
    ['the day before, just after midnight London', '2027-01-12T00:00:00Z', true],
    ['the day before, midday', '2027-01-12T12:00:00Z', true],
    ['the day of the deadline, before it (a worker that was down)', '2027-01-13T16:59:00Z', true],
    ['at the deadline', '2027-01-13T17:00:00Z', false],
    ['after it', '2027-01-14T09:00:00Z', false],
  ])('%s: %s', (_what, now, expected) => {
    expect(researchReminderDue(due, new Date(now))).toBe(expected);
  });

  it('counts London calendar days (BST): 23:30 UTC is already the next day', () => {
    const summer = new Date('2027-06-09T16:00:00Z'); // Wednesday 17:00 BST
    expect(researchReminderDue(summer, new Date('2027-06-07T22:59:00Z'))).toBe(false); // Monday 23:59 BST
    expect(researchReminderDue(summer, new Date('2027-06-07T23:30:00Z'))).toBe(true); // Tuesday 00:30 BST
  });
});
