import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { AgencyKind, isCalendarDate } from '@marac/core';
import { CaseStatus, Gender, ReferralCriterion } from '../case.enums.js';
import { RejectionReason, RiskChange } from '../closure.enums.js';
import { DASH_QUESTIONS } from '../dash.js';
import { isValidNhsNumber, normaliseNhsNumber } from '../nhs-number.js';
import { checkRiskTool, RiskGrade, RiskTool } from '../risk.js';

/**
 * Historic cases from a CSV file (a header row, UTF-8, RFC 4180): parsed and validated as a whole before anything is
 * written, so that a file with any bad row imports nothing and the report names every bad row (line, column, reason).
 * Pure: no database; matching persons and writing cases is the import service's job.
 */
export const IMPORT_COLUMNS = [
  'external_reference',
  'referral_date',
  'incident_date',
  'referring_agency_kind',
  'criteria',
  'risk_tool',
  'dash_score',
  'risk_grade',
  'status',
  'hearing_date',
  'closed_date',
  'children_in_household',
  'victim_given_name',
  'victim_family_name',
  'victim_date_of_birth',
  'victim_gender',
  'victim_ethnicity',
  'victim_bame',
  'victim_lgbt',
  'victim_disabled',
  'victim_nhs_number',
  'victim_police_national_id',
  'perpetrator_given_name',
  'perpetrator_family_name',
  'perpetrator_date_of_birth',
  'perpetrator_gender',
  'perpetrator_nhs_number',
  'perpetrator_police_national_id',
] as const;
export const OPTIONAL_IMPORT_COLUMNS = [
  'rejection_reason',
  'reason',
  'risk_at_closure',
  'safety_plan_in_place',
  'restricted',
] as const;

/** The statuses a historic case may have. */
export const IMPORT_STATUSES = [
  CaseStatus.ACCEPTED,
  CaseStatus.REJECTED,
  CaseStatus.WITHDRAWN,
  CaseStatus.HEARD,
  CaseStatus.CLOSED,
] as const;

export interface ImportPerson {
  givenName: string | null;
  familyName: string | null;
  dateOfBirth: string | null;
  gender: Gender | null;
  ethnicity: string | null;
  isBame: boolean | null;
  lgbt: boolean | null;
  disabled: boolean | null;
  nhsNumber: string | null;
  policeNationalId: string | null;
}

export interface ImportRow {
  /** the line of the file the row starts on (the header is line 1) */
  line: number;
  externalReference: string;
  referralDate: string;
  incidentDate: string;
  referringAgencyKind: AgencyKind;
  criteria: ReferralCriterion[];
  riskTool: RiskTool;
  dashScore: number | null;
  riskGrade: RiskGrade | null;
  status: (typeof IMPORT_STATUSES)[number];
  hearingDate: string | null;
  closedDate: string | null;
  childrenInHousehold: number;
  victim: ImportPerson;
  /** null when the row names no perpetrator */
  perpetrator: ImportPerson | null;
  rejectionReason: RejectionReason | null;
  reason: string | null;
  riskAtClosure: RiskChange | null;
  safetyPlanInPlace: boolean | null;
  /** restricted in the records it comes from: seen by panel staff only (an empty allow-list); empty = false */
  restricted: boolean;
}

export interface ImportProblem {
  line: number;
  column: string;
  reason: string;
}

export interface ParsedImport {
  rows: ImportRow[];
  problems: ImportProblem[];
}

const MAX_TEXT = 200;
const EARLIEST = '1900-01-01';

/** Parses and validates a whole file. `today` is the London date that no date may be after. */
export function parseImport(csv: string | Buffer, today: string): ParsedImport {
  const problems: ImportProblem[] = [];
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(csv, {
      bom: true,
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      info: true,
      skip_empty_lines: true,
      trim: true,
    }) as never;
  } catch (e) {
    const err = e as { code?: string; lines?: number; message: string };
    return {
      rows: [],
      problems: [
        {
          line: err.lines ?? 1,
          column: '',
          reason: `not a readable CSV file (${err.code ?? 'parse error'})`,
        },
      ],
    };
  }
  const header = records.length ? Object.keys(records[0].record) : headerOf(csv);
  const known = new Set<string>([...IMPORT_COLUMNS, ...OPTIONAL_IMPORT_COLUMNS]);
  for (const col of IMPORT_COLUMNS) {
    if (!header.includes(col)) problems.push({ line: 1, column: col, reason: 'column is missing' });
  }
  for (const col of header) {
    if (!known.has(col)) problems.push({ line: 1, column: col, reason: 'unknown column' });
  }
  if (problems.length) return { rows: [], problems };

  const rows: ImportRow[] = [];
  const seen = new Map<string, number>();
  for (const { record, info } of records) {
    const line = info.lines - countNewlines(record);
    const row = validateRow(record, Math.max(2, line), today, problems);
    if (!row) continue;
    const first = seen.get(row.externalReference);
    if (first !== undefined) {
      problems.push({
        line: row.line,
        column: 'external_reference',
        reason: `appears twice in the file (first on line ${first})`,
      });
      continue;
    }
    seen.set(row.externalReference, row.line);
    rows.push(row);
  }
  return { rows: problems.length ? [] : rows, problems };
}

function headerOf(csv: string | Buffer): string[] {
  const text = (typeof csv === 'string' ? csv : csv.toString('utf8')).replace(/^\uFEFF/, '');
  return (text.split(/\r?\n/)[0] ?? '').split(',').map((h) => h.trim().toLowerCase());
}

/** A quoted cell may hold newlines: the record started that many lines before the parser's line count. */
function countNewlines(record: Record<string, string>): number {
  return Object.values(record).reduce((n, v) => n + (v.match(/\n/g)?.length ?? 0), 0);
}

function validateRow(
  rec: Record<string, string>,
  line: number,
  today: string,
  problems: ImportProblem[],
): ImportRow | null {
  const before = problems.length;
  const bad = (column: string, reason: string) => problems.push({ line, column, reason });
  const cell = (c: string) => {
    const v = (rec[c] ?? '').trim();
    return v === '' ? null : v;
  };
  const text = (c: string, required = false): string | null => {
    const v = cell(c);
    if (v === null) {
      if (required) bad(c, 'is required');
      return null;
    }
    if (v.length > MAX_TEXT) bad(c, `must be at most ${MAX_TEXT} characters`);
    if (!/\p{L}|\p{N}/u.test(v)) bad(c, 'must contain letters or digits');
    return v;
  };
  const date = (c: string, required = false): string | null => {
    const v = cell(c);
    if (v === null) {
      if (required) bad(c, 'is required');
      return null;
    }
    if (!isCalendarDate(v)) bad(c, 'must be a date YYYY-MM-DD');
    else if (v < EARLIEST) bad(c, `cannot be before ${EARLIEST}`);
    else if (v > today) bad(c, 'cannot be in the future');
    else return v;
    return null;
  };
  const oneOf = <T extends string>(c: string, values: readonly T[], required = false): T | null => {
    const v = cell(c);
    if (v === null) {
      if (required) bad(c, 'is required');
      return null;
    }
    const upper = v.toUpperCase() as T;
    if (!values.includes(upper)) bad(c, `must be one of ${values.join(', ')}`);
    else return upper;
    return null;
  };
  const bool = (c: string): boolean | null => {
    const v = cell(c)?.toLowerCase() ?? null;
    if (v === null) return null;
    if (v === 'true' || v === 'yes') return true;
    if (v === 'false' || v === 'no') return false;
    bad(c, 'must be true, false, yes or no');
    return null;
  };
  const int = (c: string, min: number, max: number): number | null => {
    const v = cell(c);
    if (v === null) return null;
    if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max)
      bad(c, `must be a whole number from ${min} to ${max}`);
    else return Number(v);
    return null;
  };
  const nhs = (c: string): string | null => {
    const v = cell(c);
    if (v === null) return null;
    if (!isValidNhsNumber(v)) bad(c, 'is not a valid NHS number');
    return normaliseNhsNumber(v);
  };
  const pnc = (c: string): string | null => {
    const v = cell(c);
    if (v !== null && (v.length > 20 || !/^[A-Za-z0-9/]+$/.test(v))) bad(c, 'is not a police national id');
    return v === null ? null : v.toUpperCase(); // as a referral stores it
  };
  const person = (prefix: 'victim' | 'perpetrator'): ImportPerson => ({
    givenName: text(`${prefix}_given_name`),
    familyName: text(`${prefix}_family_name`),
    dateOfBirth: date(`${prefix}_date_of_birth`),
    gender: oneOf(`${prefix}_gender`, Object.values(Gender)),
    ethnicity: prefix === 'victim' ? text('victim_ethnicity') : null,
    isBame: prefix === 'victim' ? bool('victim_bame') : null,
    lgbt: prefix === 'victim' ? bool('victim_lgbt') : null,
    disabled: prefix === 'victim' ? bool('victim_disabled') : null,
    nhsNumber: nhs(`${prefix}_nhs_number`),
    policeNationalId: pnc(`${prefix}_police_national_id`),
  });

  const externalReference = text('external_reference', true);
  const referralDate = date('referral_date', true);
  const incidentDate = date('incident_date') ?? referralDate;
  if (referralDate && incidentDate && incidentDate > referralDate)
    bad('incident_date', 'cannot be after the referral date');
  const referringAgencyKind = oneOf('referring_agency_kind', Object.values(AgencyKind), true);
  const criteria: ReferralCriterion[] = [];
  for (const raw of (cell('criteria') ?? '')
    .split(';')
    .map((s) => s.trim().toUpperCase())
    .filter(Boolean)) {
    if (!Object.values(ReferralCriterion).includes(raw as ReferralCriterion))
      bad('criteria', `${raw} is not one of ${Object.values(ReferralCriterion).join(', ')}`);
    else if (!criteria.includes(raw as ReferralCriterion)) criteria.push(raw as ReferralCriterion);
  }
  const dashScore = int('dash_score', 0, DASH_QUESTIONS);
  const riskGrade = oneOf('risk_grade', Object.values(RiskGrade));
  const toolGiven = oneOf('risk_tool', Object.values(RiskTool));
  // historic cases carry a DASH score without the 24 answers: the score stands for them
  const tool = checkRiskTool({
    riskTool: toolGiven,
    dashAnswers: dashScore === null ? null : [],
    riskGrade,
  });
  const scoreGiven = cell('dash_score') !== null;
  if ('field' in tool) {
    if (tool.field === 'riskGrade') bad('risk_grade', tool.message);
    else if (!scoreGiven) bad('dash_score', 'is required with the DASH tool');
    else if (dashScore !== null) bad('dash_score', `is for the DASH tool, not ${toolGiven}`);
  }
  const status = oneOf('status', IMPORT_STATUSES, true);
  const hearingDate = date('hearing_date');
  const closedDate = date('closed_date');
  const known = status !== null; // an unknown status is reported once, not again through what depends on it
  const heard = status === CaseStatus.HEARD || status === CaseStatus.CLOSED;
  if (heard && !hearingDate) bad('hearing_date', `is required for a ${status} case`);
  if (known && !heard && hearingDate)
    bad('hearing_date', `is only for HEARD and CLOSED cases, not ${status}`);
  if (hearingDate && referralDate && hearingDate < referralDate)
    bad('hearing_date', 'cannot be before the referral date');
  if (status === CaseStatus.CLOSED && !closedDate) bad('closed_date', 'is required for a CLOSED case');
  if (known && status !== CaseStatus.CLOSED && closedDate) bad('closed_date', 'is only for CLOSED cases');
  if (closedDate && hearingDate && closedDate < hearingDate)
    bad('closed_date', 'cannot be before the hearing date');
  const childrenInHousehold = int('children_in_household', 0, 30) ?? 0;
  const victim = person('victim');
  if (!victim.givenName && !victim.familyName && !victim.nhsNumber && !victim.policeNationalId)
    bad('victim_given_name', 'the victim needs a name or an identifier');
  const perpetrator = person('perpetrator');
  const namesPerpetrator = Object.values(perpetrator).some((v) => v !== null);
  const rejectionReason = oneOf('rejection_reason', Object.values(RejectionReason));
  if (status === CaseStatus.REJECTED && !rejectionReason)
    bad('rejection_reason', 'is required for a REJECTED case');
  if (known && status !== CaseStatus.REJECTED && rejectionReason)
    bad('rejection_reason', 'is only for REJECTED cases');
  const reason = text('reason');
  const riskAtClosure = oneOf('risk_at_closure', Object.values(RiskChange));
  const safetyPlanInPlace = bool('safety_plan_in_place');
  if (known && status !== CaseStatus.CLOSED && (riskAtClosure || safetyPlanInPlace !== null))
    bad(riskAtClosure ? 'risk_at_closure' : 'safety_plan_in_place', 'is only for CLOSED cases');
  else if (riskAtClosure && safetyPlanInPlace === null)
    bad('safety_plan_in_place', 'is required with risk_at_closure (an outcome has both, or neither)');
  else if (!riskAtClosure && safetyPlanInPlace !== null && cell('risk_at_closure') === null)
    bad('risk_at_closure', 'is required with safety_plan_in_place (an outcome has both, or neither)');
  const restricted = bool('restricted') ?? false;

  if (problems.length > before) return null;
  return {
    line,
    externalReference: externalReference!,
    referralDate: referralDate!,
    incidentDate: incidentDate!,
    referringAgencyKind: referringAgencyKind!,
    criteria,
    riskTool: 'tool' in tool ? tool.tool : RiskTool.NONE,
    dashScore,
    riskGrade,
    status: status!,
    hearingDate,
    closedDate,
    childrenInHousehold,
    victim,
    perpetrator: namesPerpetrator ? perpetrator : null,
    rejectionReason,
    reason,
    riskAtClosure,
    safetyPlanInPlace,
    restricted,
  };
}

/**
 * The digest of a row's facts (its line aside): kept with the imported case, so that re-importing the same row adds
 * nothing and a changed row is told apart. Cells are compared as validated (`yes` and `true` are the same).
 * `restricted` counts only when true, so that an unrestricted row keeps the digest it had before the column existed.
 */
export function rowDigest(row: ImportRow): string {
  const { line: _line, restricted, ...facts } = row;
  return createHash('sha256')
    .update(JSON.stringify(restricted ? { ...facts, restricted } : facts))
    .digest('hex');
}
