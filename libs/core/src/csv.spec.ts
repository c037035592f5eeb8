import { parse } from 'csv-parse/sync';
import { spreadsheetSafe, toSpreadsheetCsv } from './csv.js';

describe('spreadsheet CSV', () => {
  it('starts with a byte-order mark, quotes as RFC 4180 and ends lines with CRLF', () => {
    const csv = toSpreadsheetCsv(
      ['reference', 'note'],
      [
        ['MARAC-1', 'says "hi", then\nleaves'],
        ['MARAC-2', null],
      ],
    );
    expect(csv.startsWith('\uFEFFreference,note\r\n')).toBe(true);
    expect(csv).toContain('"says ""hi"", then\nleaves"');
    expect(parse(csv, { bom: true })).toEqual([
      ['reference', 'note'],
      ['MARAC-1', 'says "hi", then\nleaves'],
      ['MARAC-2', ''],
    ]);
  });

  it.each(['=HYPERLINK("x")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx'])('escapes a formula: %j', (cell) => {
    expect(spreadsheetSafe(cell)).toBe(`'${cell}`);
  });

  it('leaves ordinary text, numbers and dates alone', () => {
    expect(spreadsheetSafe('Hartlepool')).toBe('Hartlepool');
    expect(spreadsheetSafe(42)).toBe('42');
    expect(spreadsheetSafe(-0.5)).toBe('-0.5');
    expect(spreadsheetSafe(new Date('2026-01-02T03:04:05Z'))).toBe('2026-01-02T03:04:05.000Z');
  });
});
