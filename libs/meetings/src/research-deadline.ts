import { londonToday } from '@marac/core';

const LONDON_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** The UTC instant of a wall-clock time in Europe/London (GMT or BST, whichever is in force that day). */
export function londonInstant(date: string, hour: number, minute = 0): Date {
  const [y, m, d] = date.split('-').map(Number);
  const guess = Date.UTC(y, m - 1, d, hour, minute);
  // London is UTC or UTC+1: read the wall clock at the guess and correct by the difference
  const parts = Object.fromEntries(LONDON_PARTS.formatToParts(new Date(guess)).map((p) => [p.type, p.value]));
  const wall = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute);
  return new Date(guess - (wall - guess));
}

function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * The default research deadline of a meeting (DOMAIN.md): two days before it starts, at 17:00 Europe/London, moved
 * back to the Friday before when that falls on a weekend. Bank holidays are not known.
 */
export function defaultResearchDueAt(startsAt: Date): Date {
  let day = addDays(londonToday(startsAt), -2);
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay(); // 0 Sunday .. 6 Saturday
  if (weekday === 6) day = addDays(day, -1);
  if (weekday === 0) day = addDays(day, -2);
  return londonInstant(day, 17);
}
