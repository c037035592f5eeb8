import { stringify } from 'csv-stringify/sync';

/** A cell a spreadsheet would read as a formula: =, +, -, @, tab or carriage return first (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Escapes a cell so that a spreadsheet shows it as text: a leading apostrophe before a formula character. */
export function spreadsheetSafe(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value); // -1 is a number, not a formula
  const text = value instanceof Date ? value.toISOString() : String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * A CSV file that opens correctly in a spreadsheet: UTF-8 with a byte-order mark, a header row, RFC 4180 quoting
 * (csv-stringify), CRLF line ends, and no formula injection in any cell.
 */
export function toSpreadsheetCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const body = stringify([header.map(spreadsheetSafe), ...rows.map((r) => r.map(spreadsheetSafe))], {
    record_delimiter: '\r\n',
    quoted_match: /[",\r\n]/,
  });
  return `\uFEFF${body}`;
}
