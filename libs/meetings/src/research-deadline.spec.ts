import { defaultResearchDueAt, londonInstant } from './research-deadline.js';

describe('the default research deadline', () => {
  it.each([
    ['a Thursday meeting: Tuesday 17:00 (BST)', '2026-06-11T09:30:00Z', '2026-06-09T16:00:00.000Z'],
    [
      'a Monday meeting: back to Friday (Saturday falls on the weekend)',
      '2026-06-15T09:30:00Z',
      '2026-06-12T16:00:00.000Z',
    ],
    [
      'a Tuesday meeting: back to Friday (Sunday falls on the weekend)',
      '2026-06-16T09:30:00Z',
      '2026-06-12T16:00:00.000Z',
    ],
    ['a Wednesday meeting in winter: Monday 17:00 GMT', '2026-12-09T10:00:00Z', '2026-12-07T17:00:00.000Z'],
    ['across the clocks going back', '2026-10-27T10:00:00Z', '2026-10-23T16:00:00.000Z'],
    [
      'a meeting at 00:30 London time is on the London date',
      '2026-06-10T23:30:00Z',
      '2026-06-09T16:00:00.000Z',
    ],
  ])('%s', (_name, startsAt, expected) => {
    expect(defaultResearchDueAt(new Date(startsAt)).toISOString()).toBe(expected);
  });

  it('London wall clock to UTC in both seasons', () => {
    expect(londonInstant('2026-01-15', 17).toISOString()).toBe('2026-01-15T17:00:00.000Z');
    expect(londonInstant('2026-07-15', 17).toISOString()).toBe('2026-07-15T16:00:00.000Z');
  });
});
