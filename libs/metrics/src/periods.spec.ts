import {
  buckets,
  checkWholeEndedMonths,
  Interval,
  lastDayOfMonth,
  periodDays,
  quarterPeriod,
} from './periods.js';

describe('periodDays', () => {
  it('counts both ends', () => {
    expect(periodDays({ from: '2025-01-01', to: '2025-01-01' })).toBe(1);
    expect(periodDays({ from: '2025-01-01', to: '2025-12-31' })).toBe(365);
    expect(periodDays({ from: '2024-01-01', to: '2024-12-31' })).toBe(366);
    // across the clock change (days, not hours)
    expect(periodDays({ from: '2025-03-29', to: '2025-03-31' })).toBe(3);
  });
});

describe('buckets', () => {
  it('splits a year into calendar months, quarters and one year', () => {
    const year = { from: '2025-01-01', to: '2025-12-31' };
    const months = buckets(year, Interval.MONTH);
    expect(months).toHaveLength(12);
    expect(months[1]).toEqual({ from: '2025-02-01', to: '2025-02-28' });
    expect(months[11]).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(buckets(year, Interval.QUARTER)).toEqual([
      { from: '2025-01-01', to: '2025-03-31' },
      { from: '2025-04-01', to: '2025-06-30' },
      { from: '2025-07-01', to: '2025-09-30' },
      { from: '2025-10-01', to: '2025-12-31' },
    ]);
    expect(buckets(year, Interval.YEAR)).toEqual([year]);
  });

  it('clips the first and last buckets to the period', () => {
    expect(buckets({ from: '2024-02-15', to: '2024-04-10' }, Interval.MONTH)).toEqual([
      { from: '2024-02-15', to: '2024-02-29' },
      { from: '2024-03-01', to: '2024-03-31' },
      { from: '2024-04-01', to: '2024-04-10' },
    ]);
    expect(buckets({ from: '2024-11-20', to: '2026-02-01' }, Interval.YEAR)).toEqual([
      { from: '2024-11-20', to: '2024-12-31' },
      { from: '2025-01-01', to: '2025-12-31' },
      { from: '2026-01-01', to: '2026-02-01' },
    ]);
    expect(buckets({ from: '2025-05-05', to: '2025-05-05' }, Interval.QUARTER)).toEqual([
      { from: '2025-05-05', to: '2025-05-05' },
    ]);
  });

  it('stops one past the maximum, so that a caller can refuse a too long series', () => {
    expect(buckets({ from: '2000-01-01', to: '2099-12-31' }, Interval.MONTH, 120)).toHaveLength(121);
    expect(buckets({ from: '2016-01-01', to: '2025-12-31' }, Interval.MONTH, 120)).toHaveLength(120);
  });
});

describe('checkWholeEndedMonths (STRATEGIC viewers)', () => {
  const today = '2026-12-01';
  const code = (from: string, to: string) => {
    try {
      checkWholeEndedMonths({ from, to }, today);
      return 'ok';
    } catch (e: any) {
      return `${e.extensions.code} ${e.extensions.field}`;
    }
  };
  it('accepts whole months, quarters and years that have ended', () => {
    expect(code('2025-01-01', '2026-11-30')).toBe('ok');
    expect(code('2026-11-01', '2026-11-30')).toBe('ok'); // the day before today
    expect(code('2024-02-01', '2024-02-29')).toBe('ok');
    expect(code('2025-01-01', '2025-12-31')).toBe('ok');
  });
  it('refuses a period that starts or ends within a month, or has not ended', () => {
    expect(code('2025-01-01', '2026-11-24')).toBe('BAD_USER_INPUT to');
    expect(code('2025-01-02', '2026-11-30')).toBe('BAD_USER_INPUT from');
    expect(code('2023-02-01', '2023-02-28')).toBe('ok');
    expect(code('2024-02-01', '2024-02-28')).toBe('BAD_USER_INPUT to'); // a leap year
    expect(code('2026-12-01', '2026-12-31')).toBe('BAD_USER_INPUT to'); // this month
    expect(code('2026-01-01', '2027-01-31')).toBe('BAD_USER_INPUT to');
  });
  it('lastDayOfMonth', () => {
    expect(['2025-02-10', '2024-02-01', '2025-12-31', '2025-04-30'].map(lastDayOfMonth)).toEqual([
      '2025-02-28',
      '2024-02-29',
      '2025-12-31',
      '2025-04-30',
    ]);
  });
});

describe('quarterPeriod', () => {
  it('gives the calendar quarter', () => {
    expect(quarterPeriod('2026-Q1')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(quarterPeriod('2024-Q2')).toEqual({ from: '2024-04-01', to: '2024-06-30' });
    expect(quarterPeriod('2025-Q3')).toEqual({ from: '2025-07-01', to: '2025-09-30' });
    expect(quarterPeriod('2025-Q4')).toEqual({ from: '2025-10-01', to: '2025-12-31' });
  });

  it.each(['2026-Q0', '2026-Q5', '2026Q1', '2026-q1', ' 2026-Q1', '26-Q1', '2026-Q1x', ''])(
    'refuses %p (BAD_USER_INPUT on quarter)',
    (q) => {
      expect(() => quarterPeriod(q)).toThrow(
        expect.objectContaining({
          extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'quarter' }),
        }),
      );
    },
  );
});
