import { registerEnumType } from '@nestjs/graphql';
import { DomainError } from '@marac/core';

/** The bucket length of `panelMetricsSeries`: calendar months, quarters (Jan-Mar, ...) and years. */
export enum Interval {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}
registerEnumType(Interval, { name: 'Interval' });

/** One period of calendar dates, both ends inclusive (YYYY-MM-DD, Europe/London). */
export interface Period {
  from: string;
  to: string;
}

/** At most this many buckets in one series (ten years of months). */
export const SERIES_MAX_BUCKETS = 120;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const ymd = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
const lastDayOf = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The last day of the month of a calendar date YYYY-MM-DD. */
export function lastDayOfMonth(date: string): string {
  const [y, m] = date.split('-').map(Number);
  return ymd(y, m, lastDayOf(y, m));
}

/** The number of days from `from` to `to`, both included. */
export function periodDays({ from, to }: Period): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/**
 * The buckets of a series: the calendar months, quarters or years that meet [from, to], the first and last clipped to
 * the period (so a series from 2025-02-15 by MONTH starts with 2025-02-15..2025-02-28). Stops after `max` buckets
 * plus one, so that a caller can tell that the period is too long without building a huge list.
 */
export function buckets(period: Period, interval: Interval, max = SERIES_MAX_BUCKETS): Period[] {
  const months = interval === Interval.MONTH ? 1 : interval === Interval.QUARTER ? 3 : 12;
  const [fy, fm] = period.from.split('-').map(Number);
  // the start of the calendar bucket holding `from`
  let index = fy * 12 + (fm - 1) - ((fm - 1) % months);
  const out: Period[] = [];
  while (out.length <= max) {
    const y = Math.floor(index / 12);
    const m = (index % 12) + 1;
    const endIndex = index + months - 1;
    const ey = Math.floor(endIndex / 12);
    const em = (endIndex % 12) + 1;
    const start = ymd(y, m, 1);
    const end = ymd(ey, em, lastDayOf(ey, em));
    if (start > period.to) break;
    out.push({ from: start < period.from ? period.from : start, to: end > period.to ? period.to : end });
    index += months;
  }
  return out;
}

/**
 * For a viewer of suppressed figures (STRATEGIC): whole calendar months (so quarters and years) that have ended:
 * `from` the first day of a month, `to` the last day of a month and before today (Europe/London).
 */
export function checkWholeEndedMonths(period: Period, today: string): void {
  if (!period.from.endsWith('-01'))
    throw DomainError.badInput('from', 'must be the first day of a month (whole months only)');
  if (period.to !== lastDayOfMonth(period.to))
    throw DomainError.badInput('to', 'must be the last day of a month (whole months only)');
  if (period.to >= today)
    throw DomainError.badInput('to', 'must be before today (months that have ended only)');
}

/** A calendar quarter "YYYY-Qn" (Q1 January to March, ...) as its period; BAD_USER_INPUT on `quarter` otherwise. */
export function quarterPeriod(quarter: string): Period {
  const m = /^(\d{4})-Q([1-4])$/.exec(quarter);
  if (!m) throw DomainError.badInput('quarter', 'must be a calendar quarter YYYY-Qn, e.g. 2026-Q1');
  const y = Number(m[1]);
  const first = (Number(m[2]) - 1) * 3 + 1;
  return { from: ymd(y, first, 1), to: ymd(y, first + 2, lastDayOf(y, first + 2)) };
}
