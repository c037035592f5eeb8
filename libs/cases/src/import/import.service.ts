import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { ImportAuditPort } from '@marac/audit';
import { Db, DomainError, londonToday, PanelKind, type AgencyKind, type RequestContext } from '@marac/core';
import { ImportIdentityPort, importedAgencyName, type ImportAgency } from '@marac/identity';
import { CaseStatus, PersonRole } from '../case.enums.js';
import type { SubmittedIdentity } from '../referral-rules.js';
import { subjectRole } from '../repeat-detection.js';
import { ImportFlags } from './import-flags.js';
import {
  parseImport,
  rowDigest,
  type ImportPerson,
  type ImportProblem,
  type ImportRow,
} from './import-rows.js';
import {
  ImportRepository,
  type ImportedCase,
  type ImportedEntry,
  type ImportedPerson,
} from './import.repository.js';

/** A historic hearing: the cases heard at the panel's meeting of that date (YYYY-MM-DD, Europe/London). */
export interface ImportedHearing {
  date: string;
  caseIds: string[];
}

/**
 * What the import asks of meetings (which owns the meeting tables and provides it: libs/meetings/src/import.port.ts):
 * each date becomes a CONCLUDED meeting of the panel with an agenda item per case heard; the meetings created.
 */
export interface ImportHearings {
  recordHearings(
    txCtx: RequestContext,
    panelId: string,
    hearings: readonly ImportedHearing[],
  ): Promise<number>;
}
export const IMPORT_HEARINGS = Symbol('IMPORT_HEARINGS');

/** An import runs under its own statement timeout (set in its transaction), longer than any request's. */
export const IMPORT_STATEMENT_TIMEOUT_MS = 15 * 60 * 1000;

export interface ImportOptions {
  dryRun?: boolean;
  /** the referrer recorded on the cases of an import without a signed-in user (the command line) */
  referredBy?: string | null;
  /** progress of the phases (the command line's progress bar); never personal data */
  onProgress?: (phase: ImportPhase, done: number, total: number) => void;
}

export type ImportPhase = 'parse' | 'check' | 'persons' | 'cases' | 'meetings' | 'flags' | 'done';

export interface ImportSummary {
  panelId: string;
  /** `MARAC:HPL` */
  panel: string;
  dryRun: boolean;
  /** true: nothing was imported, `problems` says why (every bad row) */
  refused: boolean;
  /** data rows in the file */
  rows: number;
  /** cases created (in a dry run: that would be) */
  created: number;
  /** rows already imported for the panel, unchanged: skipped */
  skipped: number;
  persons: { created: number; matched: number; identifierConflicts: number };
  meetings: { created: number; hearings: number };
  /** the agency each referring agency kind was mapped to */
  agencies: (ImportAgency & { name: string | null })[];
  /** the flags the created cases carry, per kind */
  flags: Record<string, number>;
  repeatCases: number;
  /** the references given to the created cases, first and last (by referral date) */
  references: { first: string | null; last: string | null };
  problems: ImportProblem[];
}

/**
 * The summary as panel staff are told it over HTTP: without the figures computed against every panel's cases (persons
 * matched or in conflict, and so created; flags; repeat cases), which would tell a coordinator whether an NHS number or
 * a police id is known, or has cases elsewhere, that they may not see. The command line (the operator) keeps them.
 */
export type HttpImportSummary = Omit<ImportSummary, 'persons' | 'flags' | 'repeatCases'> & {
  persons: typeof PERSONS_MATCHED;
};
export const PERSONS_MATCHED = 'matched by NHS number or police national id, never by name';

export function httpSummary(s: ImportSummary): HttpImportSummary {
  const { persons: _persons, flags: _flags, repeatCases: _repeats, ...rest } = s;
  return { ...rest, persons: PERSONS_MATCHED };
}

/** Thrown inside the transaction to roll back a dry run or a refused file, carrying the report out. */
class RollBack extends Error {
  constructor(readonly summary: ImportSummary) {
    super('import rolled back');
  }
}

const PERSON_FIELDS = ['victim', 'perpetrator'] as const;

/**
 * The import of historic cases (issue 12, docs/import.md): a whole CSV file in ONE transaction, all or nothing.
 * 1. every row is checked (import-rows.ts); any bad row refuses the file, naming every bad row;
 * 2. rows already imported for the panel (by external reference) are skipped when unchanged; a changed one refuses the
 *    file, naming it (corrections go through the API);
 * 3. the rows are taken in date order, as if entered one by one through the API: persons are matched on NHS number or
 *    police national id (the NHS number first, as a referral does), never on names, else created; references come
 *    from the panel's sequence; the referring agency kind maps to the panel's one member agency of that kind, else to
 *    "Imported: KIND";
 * 4. hearing dates become CONCLUDED meetings of the panel with an agenda item per case heard (meetings' import port);
 * 5. flags are computed set-wise (ImportFlags: the rule of FlagService);
 * 6. one audit event names the panel, the counts and every case created.
 * Multi-row statements throughout (a handful per import). A dry run does all of it and rolls back, then records its
 * own audit event (`case.import.dry-run`: who, the panel, the counts of rows; no case ids, no personal data).
 * The summary's person, flag and repeat figures are computed against every panel's cases: they are for the operator
 * (the command line); the HTTP answer leaves them out (`httpSummary`).
 */
@Injectable()
export class ImportService {
  constructor(
    private readonly db: Db,
    private readonly repo: ImportRepository,
    private readonly flags: ImportFlags,
    private readonly identity: ImportIdentityPort,
    @Inject(IMPORT_HEARINGS) private readonly meetings: ImportHearings,
    private readonly audit: ImportAuditPort,
  ) {}

  /**
   * The panel of an import, by id or `KIND:AREACODE`: NOT_FOUND when there is none; FORBIDDEN when the signed-in
   * caller is not its staff (a job context, the command line, may import into any panel).
   */
  async panelFor(
    ctx: RequestContext,
    ref: string,
  ): Promise<{ id: string; kind: PanelKind; areaCode: string }> {
    const panel = await this.identity.panelByRef(ctx, ref ?? '');
    if (!panel) throw DomainError.notFound('Panel', ref);
    if (ctx.user && !ctx.can.can('import', subject('Case', { panelId: panel.id })))
      throw DomainError.forbidden();
    return panel;
  }

  async import(
    ctx: RequestContext,
    panelRef: string,
    csv: string | Buffer,
    opts: ImportOptions = {},
  ): Promise<ImportSummary> {
    const summary = await this.attempt(ctx, panelRef, csv, opts);
    // a dry run reads what is known of persons and cases: it is audited, after its rollback, in its own statement
    if (summary.dryRun)
      await this.audit.recordDryRun(ctx, {
        panelId: summary.panelId,
        details: {
          rows: summary.rows,
          created: summary.created,
          skipped: summary.skipped,
          refused: summary.refused,
          referredBy: ctx.user?.id ?? opts.referredBy ?? null,
        },
      });
    return summary;
  }

  private async attempt(
    ctx: RequestContext,
    panelRef: string,
    csv: string | Buffer,
    opts: ImportOptions,
  ): Promise<ImportSummary> {
    const panel = await this.panelFor(ctx, panelRef);
    const progress = opts.onProgress ?? (() => undefined);
    const referredBy = ctx.user?.id ?? opts.referredBy;
    if (!referredBy)
      throw DomainError.badInput('as', 'no user to record as the referrer of the imported cases');
    progress('parse', 0, 1);
    const parsed = parseImport(csv, londonToday());
    progress('parse', 1, 1);
    const summary: ImportSummary = {
      panelId: panel.id,
      panel: `${panel.kind}:${panel.areaCode}`,
      dryRun: !!opts.dryRun,
      refused: false,
      rows: parsed.rows.length,
      created: 0,
      skipped: 0,
      persons: { created: 0, matched: 0, identifierConflicts: 0 },
      meetings: { created: 0, hearings: 0 },
      agencies: [],
      flags: {},
      repeatCases: 0,
      references: { first: null, last: null },
      problems: parsed.problems,
    };
    if (parsed.problems.length) {
      summary.rows = countDataRows(csv);
      return { ...summary, refused: true };
    }
    if (panel.kind === PanelKind.MATAC) {
      for (const r of parsed.rows)
        if (!r.perpetrator)
          summary.problems.push({
            line: r.line,
            column: 'perpetrator_given_name',
            reason: 'a MATAC case is about a perpetrator: name one',
          });
      if (summary.problems.length) return { ...summary, refused: true };
    }

    try {
      await this.db.tx(ctx, async (txCtx) => {
        await this.db.withStatementTimeout(txCtx, IMPORT_STATEMENT_TIMEOUT_MS);
        await this.repo.lockPanel(txCtx, panel.id);
        await this.run(txCtx, panel, referredBy, parsed.rows, summary, progress);
        if (summary.refused || summary.dryRun) throw new RollBack(summary);
      });
    } catch (e) {
      if (e instanceof RollBack) return e.summary;
      throw e;
    }
    progress('done', 1, 1);
    return summary;
  }

  private async run(
    txCtx: RequestContext,
    panel: { id: string; kind: PanelKind; areaCode: string },
    referredBy: string,
    rows: ImportRow[],
    summary: ImportSummary,
    progress: NonNullable<ImportOptions['onProgress']>,
  ): Promise<void> {
    // 2. already imported: unchanged rows are skipped, changed ones refuse the file
    progress('check', 0, rows.length);
    const digests = new Map(rows.map((r) => [r, rowDigest(r)]));
    const before = await this.repo.importedDigests(
      txCtx,
      panel.id,
      rows.map((r) => r.externalReference),
    );
    const fresh: ImportRow[] = [];
    for (const r of rows) {
      if (!before.has(r.externalReference)) fresh.push(r);
      else if (before.get(r.externalReference) === digests.get(r)) summary.skipped++;
      else
        summary.problems.push({
          line: r.line,
          column: 'external_reference',
          reason:
            'was imported before with other values: the file cannot change an imported case (correct it through the API)',
        });
    }
    progress('check', rows.length, rows.length);
    if (summary.problems.length) {
      summary.refused = true;
      return;
    }
    if (!fresh.length) return;
    // 3. in date order, as if entered one by one (ties: the order of the file)
    fresh.sort((a, b) =>
      a.referralDate < b.referralDate ? -1 : a.referralDate > b.referralDate ? 1 : a.line - b.line,
    );

    const kinds = [...new Set(fresh.map((r) => r.referringAgencyKind))].sort() as AgencyKind[];
    const agencies = await this.identity.agenciesFor(txCtx, panel.id, kinds);
    summary.agencies = agencies.map((a) => ({
      ...a,
      name: a.source === 'IMPORTED' ? importedAgencyName(a.kind) : null,
    }));
    const agencyOf = new Map(agencies.map((a) => [a.kind, a.agencyId]));

    // persons: a known identifier is that person (NHS number first), else a new person; never by name
    progress('persons', 0, fresh.length);
    const people = fresh.flatMap((r) => PERSON_FIELDS.map((f) => r[f]).filter((p): p is ImportPerson => !!p));
    const known = await this.repo.personsByIdentifiers(
      txCtx.system(),
      [...new Set(people.flatMap((p) => (p.policeNationalId ? [p.policeNationalId] : [])))],
      [...new Set(people.flatMap((p) => (p.nhsNumber ? [p.nhsNumber] : [])))],
    );
    const byNhs = new Map<string, string>();
    const byPnc = new Map<string, string>();
    for (const k of known) {
      if (k.nhs && !byNhs.has(k.nhs)) byNhs.set(k.nhs, k.id);
      if (k.pnc && !byPnc.has(k.pnc)) byPnc.set(k.pnc, k.id);
    }
    const newPersons: ImportedPerson[] = [];
    const resolve = (p: ImportPerson): { personId: string; revealsPerson: boolean } => {
      const nhsId = p.nhsNumber ? byNhs.get(p.nhsNumber) : undefined;
      const pncId = p.policeNationalId ? byPnc.get(p.policeNationalId) : undefined;
      if (nhsId && pncId && nhsId !== pncId) summary.persons.identifierConflicts++;
      const found = nhsId ?? pncId;
      if (found) {
        summary.persons.matched++;
        return { personId: found, revealsPerson: false };
      }
      const id = randomUUID();
      newPersons.push({ id, identity: identityOf(p) });
      if (p.nhsNumber) byNhs.set(p.nhsNumber, id);
      if (p.policeNationalId) byPnc.set(p.policeNationalId, id);
      summary.persons.created++;
      return { personId: id, revealsPerson: true };
    };

    const counts = new Map<number, number>();
    for (const r of fresh) {
      const y = Number(r.referralDate.slice(0, 4));
      counts.set(y, (counts.get(y) ?? 0) + 1);
    }
    const next = await this.repo.reserveNumbers(txCtx, panel.id, counts);
    const subjectIs = subjectRole(panel.kind);
    const cases: ImportedCase[] = [];
    const entries: ImportedEntry[] = [];
    const hearings = new Map<string, string[]>();
    for (const r of fresh) {
      const id = randomUUID();
      const year = Number(r.referralDate.slice(0, 4));
      const number = next.get(year)!;
      next.set(year, number + 1);
      cases.push({
        id,
        reference: `${panel.kind}-${panel.areaCode}-${year}-${String(number).padStart(4, '0')}`,
        externalReference: r.externalReference,
        digest: digests.get(r)!,
        status: r.status,
        referringAgencyId: agencyOf.get(r.referringAgencyKind)!,
        referralDate: r.referralDate,
        incidentDate: r.incidentDate,
        criteria: r.criteria,
        dashScore: r.dashScore,
        riskTool: r.riskTool,
        riskGrade: r.riskGrade,
        childrenInHousehold: r.childrenInHousehold,
        triageReason: r.status === CaseStatus.WITHDRAWN || r.status === CaseStatus.CLOSED ? null : r.reason,
        rejectionReason: r.rejectionReason,
        closureReason: r.status === CaseStatus.WITHDRAWN || r.status === CaseStatus.CLOSED ? r.reason : null,
        closedOn: r.closedDate,
        riskAtClosure: r.riskAtClosure,
        safetyPlanInPlace: r.riskAtClosure ? r.safetyPlanInPlace : null,
        restricted: r.restricted,
      });
      // the subject first (the victim of a MARAC, the perpetrator of a MATAC, the adult at risk of an HRAP)
      const victimRole =
        subjectIs === PersonRole.ADULT_AT_RISK ? PersonRole.ADULT_AT_RISK : PersonRole.VICTIM;
      const parties: [ImportPerson, PersonRole][] = [[r.victim, victimRole]];
      if (r.perpetrator) {
        const perp: [ImportPerson, PersonRole] = [r.perpetrator, PersonRole.PERPETRATOR];
        if (subjectIs === PersonRole.PERPETRATOR) parties.unshift(perp);
        else parties.push(perp);
      }
      parties.forEach(([p, role], i) =>
        entries.push({ caseId: id, ...resolve(p), role, position: i + 1, submitted: identityOf(p) }),
      );
      if (r.hearingDate) {
        const list = hearings.get(r.hearingDate);
        if (list) list.push(id);
        else hearings.set(r.hearingDate, [id]);
      }
    }
    summary.created = cases.length;
    summary.references = { first: cases[0].reference, last: cases.at(-1)!.reference };
    progress('persons', fresh.length, fresh.length);

    progress('cases', 0, cases.length);
    await this.repo.insertPersons(txCtx, newPersons);
    await this.repo.insertCases(txCtx, panel, referredBy, cases, entries);
    progress('cases', cases.length, cases.length);

    // 4. hearings: one concluded meeting per date
    progress('meetings', 0, hearings.size);
    const heard: ImportedHearing[] = [...hearings]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([date, caseIds]) => ({ date, caseIds }));
    summary.meetings = {
      created: await this.meetings.recordHearings(txCtx, panel.id, heard),
      hearings: heard.reduce((n, h) => n + h.caseIds.length, 0),
    };
    progress('meetings', hearings.size, hearings.size);

    // 5. flags, set-wise
    progress('flags', 0, cases.length);
    const created = new Set(cases.map((c) => c.id));
    const { flags, repeats } = await this.flags.recompute(
      txCtx,
      cases.map((c) => c.id),
    );
    for (const f of flags)
      if (created.has(f.caseId)) summary.flags[f.kind] = (summary.flags[f.kind] ?? 0) + 1;
    summary.repeatCases = repeats.filter((r) => r.isRepeat && created.has(r.caseId)).length;
    progress('flags', cases.length, cases.length);

    // 6. one audit event: who (the context's user), the panel, the counts, every case created
    await this.audit.recordImport(txCtx, {
      panelId: panel.id,
      caseIds: cases.map((c) => c.id),
      details: {
        rows: summary.rows,
        created: summary.created,
        skipped: summary.skipped,
        personsCreated: summary.persons.created,
        personsMatched: summary.persons.matched,
        identifierConflicts: summary.persons.identifierConflicts,
        meetingsCreated: summary.meetings.created,
        referredBy,
      },
    });
  }
}

function identityOf(p: ImportPerson): SubmittedIdentity {
  return {
    givenName: p.givenName,
    familyName: p.familyName,
    dateOfBirth: p.dateOfBirth,
    gender: p.gender,
    ethnicity: p.ethnicity,
    isBame: p.isBame,
    disabled: p.disabled,
    lgbt: p.lgbt,
    policeNationalId: p.policeNationalId,
    nhsNumber: p.nhsNumber,
  };
}

/** The data rows of a file that could not be read as rows (for the report's count). */
function countDataRows(csv: string | Buffer): number {
  const text = typeof csv === 'string' ? csv : csv.toString('utf8');
  return Math.max(0, text.split(/\r?\n/).filter((l) => l.trim() !== '').length - 1);
}
