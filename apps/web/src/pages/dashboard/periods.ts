/**
 * The periods the dashboard asks for. A STRATEGIC viewer may only ask for whole calendar months that have ended
 * (Europe/London), so every choice here is made of them; panel staff may also include the month so far.
 */

export type Interval = 'MONTH' | 'QUARTER' | 'YEAR';
export type PresetId = 'last-month' | 'last-quarter' | 'last-12-months' | 'last-year' | 'custom';

export interface Period {
  from: string;
  to: string;
}

export const PRESETS: readonly { id: PresetId; label: string }[] = [
  { id: 'last-12-months', label: 'Last 12 whole months' },
  { id: 'last-quarter', label: 'Last whole quarter' },
  { id: 'last-month', label: 'Last whole month' },
  { id: 'last-year', label: 'Last calendar year' },
  { id: 'custom', label: 'Months of my choice' },
];

const pad = (n: number) => String(n).padStart(2, '0');
/** 'YYYY-MM' of a (year, month 1..12), months wrapping over years */
export function monthKey(year: number, month: number): string {
  const i = year * 12 + (month - 1);
  return `${Math.floor(i / 12)}-${pad((i % 12) + 1)}`;
}
const parseMonth = (m: string): [number, number] => [Number(m.slice(0, 4)), Number(m.slice(5, 7))];
export function firstDay(month: string): string {
  return `${month}-01`;
}
export function lastDay(month: string): string {
  const [y, m] = parseMonth(month);
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${pad(days)}`;
}

/** Today's date in Europe/London (YYYY-MM-DD). */
export function londonToday(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** The last month that has ended on `today`. */
export function lastEndedMonth(today: string): string {
  const [y, m] = parseMonth(today);
  return monthKey(y, m - 1);
}

/** The period of a preset on `today`; `custom` takes the months 'YYYY-MM' given. */
export function presetPeriod(preset: PresetId, today: string, custom?: { from: string; to: string }): Period {
  const last = lastEndedMonth(today);
  const [ly, lm] = parseMonth(last);
  switch (preset) {
    case 'last-month':
      return { from: firstDay(last), to: lastDay(last) };
    case 'last-12-months':
      return { from: firstDay(monthKey(ly, lm - 11)), to: lastDay(last) };
    case 'last-quarter': {
      // the quarter of the last ended month has ended only when that month closes it
      const [ty, tm] = parseMonth(today);
      const q = Math.floor((tm - 1) / 3); // this quarter, 0..3
      const end = monthKey(ty, q * 3); // the month before this quarter starts
      const [ey, em] = parseMonth(end);
      return { from: firstDay(monthKey(ey, em - 2)), to: lastDay(end) };
    }
    case 'last-year': {
      const y = Number(today.slice(0, 4)) - 1;
      return { from: `${y}-01-01`, to: `${y}-12-31` };
    }
    case 'custom': {
      const from = custom?.from ?? last;
      const to = custom?.to ?? last;
      return from <= to
        ? { from: firstDay(from), to: lastDay(to) }
        : { from: firstDay(to), to: lastDay(from) };
    }
  }
}

/** Why a period is refused for a STRATEGIC viewer, or null when it is whole ended months. */
export function strategicPeriodProblem(p: Period, today: string): string | null {
  if (!/^\d{4}-\d{2}-01$/.test(p.from)) return 'The period must start on the first day of a month.';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(p.to) || p.to !== lastDay(p.to.slice(0, 7)))
    return 'The period must end on the last day of a month.';
  if (p.to >= today) return 'The period must end with a month that has ended.';
  if (p.from > p.to) return 'The period must start before it ends.';
  return null;
}

/** The months a viewer can choose from, newest first: the last `count` ended months. */
export function monthChoices(today: string, count = 60): { value: string; label: string }[] {
  const [y, m] = parseMonth(lastEndedMonth(today));
  return Array.from({ length: count }, (_, i) => {
    const key = monthKey(y, m - i);
    return { value: key, label: monthLabel(key) };
  });
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function monthLabel(month: string): string {
  const [y, m] = parseMonth(month);
  return `${MONTHS[m - 1]} ${y}`;
}

/** The months a period spans. */
export function monthsIn(p: Period): number {
  const [fy, fm] = parseMonth(p.from);
  const [ty, tm] = parseMonth(p.to);
  return (ty - fy) * 12 + (tm - fm) + 1;
}

/**
 * The interval that suits a period: months up to a year, quarters up to five years, then years. For a viewer whose
 * small counts are hidden (STRATEGIC), quarters from four months on: a month of a panel is often too few cases to
 * show anything but "<5".
 */
export function defaultInterval(p: Period, suppressed = false): Interval {
  const n = monthsIn(p);
  if (n <= (suppressed ? 3 : 12)) return 'MONTH';
  return n <= 60 ? 'QUARTER' : 'YEAR';
}

/** A period in words, e.g. "Jan 2026 to Dec 2026" or "Mar 2026". */
export function periodLabel(p: Period): string {
  const a = monthLabel(p.from.slice(0, 7));
  const b = monthLabel(p.to.slice(0, 7));
  const whole = p.from.endsWith('-01') && p.to === lastDay(p.to.slice(0, 7));
  if (!whole) return `${p.from} to ${p.to}`;
  return a === b ? a : `${a} to ${b}`;
}

/** The label of one bucket of a series: "Mar 2026", "2026 Q1", "2026", or its months when clipped. */
export function bucketLabel(p: Period, interval: Interval): string {
  const fm = Number(p.from.slice(5, 7));
  const tm = Number(p.to.slice(5, 7));
  const whole = p.from.endsWith('-01') && p.to === lastDay(p.to.slice(0, 7));
  if (!whole) return `${p.from.slice(5)} to ${p.to.slice(5)} ${p.to.slice(0, 4)}`;
  if (interval === 'QUARTER' && fm % 3 === 1 && tm === fm + 2)
    return `${p.from.slice(0, 4)} Q${(fm + 2) / 3}`;
  if (interval === 'YEAR' && fm === 1 && tm === 12) return p.from.slice(0, 4);
  return periodLabel(p);
}
