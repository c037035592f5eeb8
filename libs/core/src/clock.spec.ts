import { clock, setTestClock } from './clock.js';
import { londonToday } from './scalars/date.scalar.js';

describe('the clock', () => {
  afterEach(() => setTestClock(null));

  it('can be set under NODE_ENV=test, and today follows it', () => {
    setTestClock('2030-06-15T10:00:00Z');
    expect(clock.now().toISOString().slice(0, 10)).toBe('2030-06-15');
    expect(londonToday()).toBe('2030-06-15');
    setTestClock(null);
    expect(Math.abs(clock.now().getTime() - Date.now())).toBeLessThan(1000);
  });

  it('cannot be set outside tests', () => {
    const env = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      expect(() => setTestClock('2030-01-01')).toThrow('only under NODE_ENV=test');
    } finally {
      process.env.NODE_ENV = env;
    }
  });
});
