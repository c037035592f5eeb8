import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { CaseStatus } from '../case.enums.js';
import { RiskTool } from '../risk.js';
import { IMPORT_COLUMNS, parseImport, rowDigest, type ImportRow } from './import-rows.js';

const TODAY = '2026-11-30';
const sample = readFileSync('docs/import-sample.csv', 'utf8');
const header = sample.split('\n')[0];
const [, row1] = sample.split('\n');

describe('parseImport', () => {
  it('reads the sample file of docs/', () => {
    const { rows, problems } = parseImport(sample, TODAY);
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.line, r.externalReference, r.status, r.riskTool])).toEqual([
      [2, 'HPL-2023-001', CaseStatus.CLOSED, RiskTool.DASH],
      [3, 'HPL-2023-002', CaseStatus.HEARD, RiskTool.DARA],
      [4, 'HPL-2023-003', CaseStatus.REJECTED, RiskTool.NONE],
    ]);
    expect(rows[0]).toMatchObject({
      incidentDate: '2023-02-01',
      dashScore: 16,
      childrenInHousehold: 2,
      victim: { nhsNumber: '9434765919', isBame: false },
      perpetrator: { policeNationalId: '90/123456H', gender: 'MALE' },
      safetyPlanInPlace: true,
    });
    // no incident date: the referral's; no perpetrator named: none
    expect(rows[1]).toMatchObject({ incidentDate: '2023-03-10', perpetrator: null, riskGrade: 'HIGH' });
  });

  it('accepts a byte-order mark, CRLF line ends and a quoted cell over two lines', () => {
    const quoted = row1.replace('Safety plan in place', '"Safety plan, reviewed\r\nin May"');
    const { rows, problems } = parseImport(`\uFEFF${header}\r\n${quoted}\r\n`, TODAY);
    expect(problems).toEqual([]);
    expect(rows[0].reason).toBe('Safety plan, reviewed\r\nin May');
  });

  it('reports every bad row with its line, column and reason, and keeps none', () => {
    const cells = (over: Record<string, string>) => {
      const values = row1.split(',');
      const names = header.split(',');
      return names.map((n, i) => (n in over ? over[n] : values[i])).join(',');
    };
    const file = [
      header,
      cells({ external_reference: 'A1' }),
      cells({ external_reference: 'A2', referral_date: '2027-01-01', victim_nhs_number: '1234567890' }),
      cells({ external_reference: 'A3', status: 'LISTED', dash_score: '25' }),
      cells({ external_reference: 'A4', incident_date: '2023-03-01', victim_bame: 'maybe' }),
      cells({ external_reference: 'A1' }),
      cells({ external_reference: 'A6', status: 'HEARD', closed_date: '2023-05-20' }),
      cells({ external_reference: 'A7', risk_tool: 'DARA' }),
    ].join('\n');
    const { rows, problems } = parseImport(file, TODAY);
    expect(rows).toEqual([]);
    expect(problems).toEqual([
      { line: 3, column: 'referral_date', reason: 'cannot be in the future' },
      { line: 3, column: 'victim_nhs_number', reason: 'is not a valid NHS number' },
      { line: 4, column: 'dash_score', reason: 'must be a whole number from 0 to 24' },
      { line: 4, column: 'status', reason: 'must be one of ACCEPTED, REJECTED, WITHDRAWN, HEARD, CLOSED' },
      { line: 5, column: 'incident_date', reason: 'cannot be after the referral date' },
      { line: 5, column: 'victim_bame', reason: 'must be true, false, yes or no' },
      { line: 6, column: 'external_reference', reason: 'appears twice in the file (first on line 2)' },
      { line: 7, column: 'closed_date', reason: 'is only for CLOSED cases' },
      { line: 7, column: 'risk_at_closure', reason: 'is only for CLOSED cases' },
      { line: 8, column: 'dash_score', reason: 'is for the DASH tool, not DARA' },
    ]);
  });

  it('names missing and unknown columns', () => {
    const { problems } = parseImport('external_reference,colour\nX,red\n', TODAY);
    expect(problems).toContainEqual({ line: 1, column: 'referral_date', reason: 'column is missing' });
    expect(problems).toContainEqual({ line: 1, column: 'colour', reason: 'unknown column' });
    expect(problems.filter((p) => p.reason === 'column is missing')).toHaveLength(IMPORT_COLUMNS.length - 1);
  });

  it('says when the file is not CSV at all', () => {
    const { problems } = parseImport(`${header}\n"unterminated,quote\n`, TODAY);
    expect(problems).toEqual([
      expect.objectContaining({ reason: expect.stringContaining('not a readable CSV') }),
    ]);
  });

  const withCells = (over: Record<string, string>) => {
    const values = row1.split(',');
    const names = header.split(',');
    return `${header}\n${names.map((n, i) => (n in over ? over[n] : values[i])).join(',')}\n`;
  };

  it('an outcome at closure has both the risk and the safety plan, or neither', () => {
    expect(parseImport(withCells({ safety_plan_in_place: '' }), TODAY).problems).toEqual([
      {
        line: 2,
        column: 'safety_plan_in_place',
        reason: 'is required with risk_at_closure (an outcome has both, or neither)',
      },
    ]);
    expect(parseImport(withCells({ risk_at_closure: '' }), TODAY).problems).toEqual([
      {
        line: 2,
        column: 'risk_at_closure',
        reason: 'is required with safety_plan_in_place (an outcome has both, or neither)',
      },
    ]);
    // a historic closure without an outcome
    const none = parseImport(withCells({ risk_at_closure: '', safety_plan_in_place: '' }), TODAY);
    expect(none.problems).toEqual([]);
    expect(none.rows[0]).toMatchObject({ riskAtClosure: null, safetyPlanInPlace: null });
  });

  it('stores police national ids in upper case, as a referral does', () => {
    const { rows } = parseImport(withCells({ perpetrator_police_national_id: '90/123456h' }), TODAY);
    expect(rows[0].perpetrator?.policeNationalId).toBe('90/123456H');
  });

  it('an optional restricted column: true, false, yes or no; empty, or no such column, is false', () => {
    const restricted = (v: string) => parseImport(withCells({ restricted: v }), TODAY);
    expect(restricted('yes').rows[0].restricted).toBe(true);
    expect(restricted('TRUE').rows[0].restricted).toBe(true);
    expect(restricted('no').rows[0].restricted).toBe(false);
    expect(restricted('').rows[0].restricted).toBe(false);
    expect(restricted('secret').problems).toEqual([
      { line: 2, column: 'restricted', reason: 'must be true, false, yes or no' },
    ]);
    // the sample: its second case is restricted
    expect(parseImport(sample, TODAY).rows.map((r) => r.restricted)).toEqual([false, true, false]);
    // a file without the column (it is optional)
    const names = header.split(',');
    const values = row1.split(',');
    const keep = names.map((n, i) => i).filter((i) => names[i] !== 'restricted');
    const without = parseImport(
      `${keep.map((i) => names[i]).join(',')}\n${keep.map((i) => values[i]).join(',')}\n`,
      TODAY,
    );
    expect(without.problems).toEqual([]);
    expect(without.rows[0].restricted).toBe(false);
  });

  it('a row digest counts restricted only when true: an unrestricted row keeps the digest it had without the column', () => {
    const row = (over: Record<string, string>) => parseImport(withCells(over), TODAY).rows[0];
    // the digest as it was computed before the column existed: every fact but the line
    const before = (r: ImportRow) => {
      const { line: _line, restricted: _restricted, ...facts } = r;
      return createHash('sha256').update(JSON.stringify(facts)).digest('hex');
    };
    expect(rowDigest(row({ restricted: '' }))).toBe(before(row({})));
    expect(rowDigest(row({ restricted: 'no' }))).toBe(before(row({})));
    expect(rowDigest(row({ restricted: 'yes' }))).not.toBe(rowDigest(row({ restricted: 'no' })));
  });

  it('a row digest ignores the line and the spelling of a cell, and changes with any fact', () => {
    const digest = (over: Record<string, string>) => rowDigest(parseImport(withCells(over), TODAY).rows[0]);
    const same = digest({});
    expect(rowDigest({ ...parseImport(withCells({}), TODAY).rows[0], line: 9 })).toBe(same);
    expect(digest({ safety_plan_in_place: 'true' })).toBe(same); // yes and true are one value
    expect(digest({ status: 'closed' })).toBe(same);
    expect(digest({ dash_score: '17' })).not.toBe(same);
    expect(digest({ victim_given_name: 'Alicia' })).not.toBe(same);
  });
});
