import { buckets, Interval, periodDays } from './periods.js';

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
