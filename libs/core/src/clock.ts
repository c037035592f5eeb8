/**
 * The one clock of the platform: "now" and "today" (Europe/London) come from here, so that tests can set the date
 * the rules see (`setTestClock`) and no test depends on the day it runs. Outside NODE_ENV=test the clock is the
 * system's and setting it is refused: production never runs on a pretend date.
 */
let offsetMs = 0;

export const clock = {
  now(): Date {
    return new Date(Date.now() + offsetMs);
  },
};

/** Test-only: makes `clock.now()` read `at` (moving on from there as real time passes); `null` resets it. */
export function setTestClock(at: Date | string | null): void {
  if (process.env.NODE_ENV !== 'test') throw new Error('the clock can be set only under NODE_ENV=test');
  offsetMs = at === null ? 0 : new Date(at).getTime() - Date.now();
}
