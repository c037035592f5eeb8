import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import pg from 'pg';
import { clock } from '../clock.js';

// Postgres `date` columns come back as 'YYYY-MM-DD' strings, never as JS Dates shifted by a time zone.
pg.types.setTypeParser(1082, (v: string) => v);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when s is a real calendar date in YYYY-MM-DD form. */
export function isCalendarDate(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

const LONDON_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' });

/** Today's calendar date in Europe/London (the formatter is built once: building one is costly). */
export function londonToday(now: Date = clock.now()): string {
  return LONDON_DATE.format(now);
}

function parse(value: unknown): string {
  if (!isCalendarDate(value))
    throw new GraphQLError('Date must be a calendar date YYYY-MM-DD', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  return value;
}

/** The contract's calendar `Date` scalar (YYYY-MM-DD, Europe/London). Name it on every calendar-date field. */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'ISO-8601 calendar date (YYYY-MM-DD), Europe/London',
  serialize: (v) => (v instanceof Date ? londonToday(v) : parse(v)),
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING)
      throw new GraphQLError('Date must be a string YYYY-MM-DD', { extensions: { code: 'BAD_USER_INPUT' } });
    return parse(ast.value);
  },
});
