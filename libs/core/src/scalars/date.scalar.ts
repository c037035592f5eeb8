import { GraphQLScalarType, Kind } from 'graphql';
import pg from 'pg';
import { clock } from '../clock.js';
import { invalidValue } from '../errors.js';

// Postgres `date` columns come back as 'YYYY-MM-DD' strings, never as JS Dates shifted by a time zone.
pg.types.setTypeParser(1082, (v: string) => v);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The years a date given to the API may fall in (dates of birth from 1900, meetings and due dates up to 2100):
 * wider than any real case, narrow enough that a typo (year 100, year 275760) is refused instead of stored, sorted
 * first or last for ever and counted in the metrics.
 */
export const DATE_WINDOW = { fromYear: 1900, toYear: 2100 } as const;

/** True when s is a real calendar date in YYYY-MM-DD form. */
export function isCalendarDate(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

const inWindow = (year: number) => year >= DATE_WINDOW.fromYear && year <= DATE_WINDOW.toYear;
const WINDOW_TEXT = `between ${DATE_WINDOW.fromYear} and ${DATE_WINDOW.toYear}`;

const LONDON_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' });

/** Today's calendar date in Europe/London (the formatter is built once: building one is costly). */
export function londonToday(now: Date = clock.now()): string {
  return LONDON_DATE.format(now);
}

/** A calendar date given by a client: a real date, in the window. */
function parse(value: unknown): string {
  if (!isCalendarDate(value)) throw invalidValue('Date must be a calendar date YYYY-MM-DD');
  if (!inWindow(+value.slice(0, 4))) throw invalidValue(`Date must be ${WINDOW_TEXT}`);
  return value;
}

/** The contract's calendar `Date` scalar (YYYY-MM-DD, Europe/London). Name it on every calendar-date field. */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'ISO-8601 calendar date (YYYY-MM-DD), Europe/London',
  // what was stored is answered as it is (the window applies to what clients send)
  serialize: (v) => (v instanceof Date ? londonToday(v) : isCalendarDate(v) ? v : parse(v)),
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw invalidValue('Date must be a string YYYY-MM-DD');
    return parse(ast.value);
  },
});

/** RFC 3339 date-time with a time zone (`Z` or an offset); seconds and fractions optional. */
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?([Zz]|[+-]\d{2}:?\d{2})$/;

function parseInstant(value: unknown): Date {
  const m = typeof value === 'string' ? ISO_DATE_TIME.exec(value) : null;
  const d = m ? new Date(value as string) : null;
  if (!m || !d || Number.isNaN(d.getTime()) || !isCalendarDate(`${m[1]}-${m[2]}-${m[3]}`))
    throw invalidValue('DateTime must be an ISO-8601 date-time with a time zone, e.g. 2026-12-03T10:00:00Z');
  if (!inWindow(d.getUTCFullYear()) || !inWindow(+m[1]))
    throw invalidValue(`DateTime must be ${WINDOW_TEXT}`);
  return d;
}

/**
 * The contract's `DateTime` scalar (an instant, ISO-8601 at UTC). Replaces Nest's default, which accepts anything
 * `new Date()` can read (year 275760 included) and turns the rest into an Invalid Date.
 */
export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description:
    'A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format.',
  serialize: (v) => (v instanceof Date ? v.toISOString() : typeof v === 'string' ? v : null),
  parseValue: parseInstant,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw invalidValue('DateTime must be a string');
    return parseInstant(ast.value);
  },
});
