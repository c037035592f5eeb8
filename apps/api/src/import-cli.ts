/**
 * `npm run import -- --panel <panel id | KIND:AREACODE> --file <cases.csv> [--dry-run] [--as <e-mail>]`: imports
 * historic cases into a panel (docs/import.md) as a job, with a progress bar on stderr and the summary on stdout.
 * The cases are recorded as referred by the user given with --as (a coordinator or chair of the panel), else by the
 * panel's longest-standing coordinator. Exit codes: 0 imported (or dry run done), 1 the file was refused (every bad
 * row printed), 2 bad arguments, an unknown panel or no user to record.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import cliProgress from 'cli-progress';
import { ImportService, type ImportPhase, type ImportSummary } from '@marac/cases';
import { DomainError, loadConfig, openDatabase, RequestContext } from '@marac/core';
import { ImportIdentityPort } from '@marac/identity';
import { AppModule } from './app.module.js';

const USAGE =
  'usage: npm run import -- --panel <panel id | KIND:AREACODE> --file <cases.csv> [--dry-run] [--as <e-mail>]';

function fail(message: string, code = 2): never {
  process.stderr.write(`import: ${message}\n`);
  process.exit(code);
}

let args: { panel?: string; file?: string; 'dry-run'?: boolean; as?: string };
try {
  args = parseArgs({
    options: {
      panel: { type: 'string' },
      file: { type: 'string' },
      'dry-run': { type: 'boolean' },
      as: { type: 'string' },
    },
  }).values;
} catch (e) {
  fail(`${(e as Error).message}\n${USAGE}`);
}
if (!args.panel || !args.file) fail(USAGE);
let csv: Buffer;
try {
  csv = readFileSync(args.file);
} catch (e) {
  fail(`cannot read ${args.file} (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
}

/** The summary as a few lines (counts, codes and references only: nothing personal). */
export function describe(s: ImportSummary): string {
  const lines = [
    `${s.dryRun ? 'DRY RUN (nothing written): ' : ''}${s.refused ? 'REFUSED' : s.dryRun ? 'would import' : 'imported'} into ${s.panel} (${s.panelId})`,
    `  rows: ${s.rows}, ${s.dryRun ? 'cases that would be created' : 'cases created'}: ${s.created}, already imported and unchanged: ${s.skipped}`,
  ];
  if (!s.refused) {
    lines.push(
      `  persons: ${s.persons.created} new, ${s.persons.matched} matched by NHS number or police national id` +
        (s.persons.identifierConflicts
          ? ` (${s.persons.identifierConflicts} with identifiers of two persons: NHS number taken)`
          : ''),
      `  meetings: ${s.meetings.created} concluded meetings created, ${s.meetings.hearings} hearings`,
      `  references: ${s.references.first ?? '-'} .. ${s.references.last ?? '-'}`,
      `  repeat cases: ${s.repeatCases}; flags: ${
        Object.entries(s.flags)
          .map(([k, n]) => `${k} ${n}`)
          .join(', ') || 'none'
      }`,
    );
    for (const a of s.agencies)
      lines.push(
        `  referring agency ${a.kind}: ${a.source === 'MEMBER' ? "the panel's member agency" : `"${a.name}"${a.created ? ' (created)' : ''}`} ${a.agencyId}`,
      );
  }
  for (const p of s.problems) lines.push(`  line ${p.line}${p.column ? `, ${p.column}` : ''}: ${p.reason}`);
  return `${lines.join('\n')}\n`;
}

class CliError extends Error {}

const config = { ...loadConfig(), worker: 'off' as const, demoData: false }; // an import sends no e-mail
const db = await openDatabase(config);
const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, db.url), {
  logger: ['error'],
});
const bar = new cliProgress.SingleBar(
  {
    stream: process.stderr,
    format: ' {phase} [{bar}] {percentage}% | {value}/{total}',
    hideCursor: true,
    noTTYOutput: true,
    notTTYSchedule: 1000,
  },
  cliProgress.Presets.shades_classic,
);
let exit = 0;
try {
  const job = RequestContext.job('import');
  const imports = app.get(ImportService);
  const panel = await imports.panelFor(job, args.panel);
  const referredBy = await app.get(ImportIdentityPort).importingUser(job, panel.id, args.as ?? null);
  if (!referredBy)
    throw new CliError(
      args.as
        ? `${args.as} is not a coordinator or chair of ${args.panel}`
        : `${args.panel} has no coordinator: give --as <e-mail>`,
    );
  let phase: ImportPhase | null = null;
  const timings: [ImportPhase, number][] = [];
  bar.start(1, 0, { phase: 'parse' });
  const summary = await imports.import(job, args.panel, csv, {
    dryRun: !!args['dry-run'],
    referredBy,
    onProgress: (p, done, total) => {
      if (p !== phase) {
        phase = p;
        timings.push([p, performance.now()]);
        bar.setTotal(Math.max(total, 1));
      }
      bar.update(done, { phase: p.padEnd(8) });
    },
  });
  bar.stop();
  process.stdout.write(describe(summary));
  if (!summary.refused && timings.length > 1) {
    const spent = timings
      .slice(0, -1)
      .map(([p, at], i) => `${p} ${((timings[i + 1][1] - at) / 1000).toFixed(1)} s`);
    process.stdout.write(`  time: ${spent.join(', ')}\n`);
  }
  if (summary.refused) exit = 1;
} catch (e) {
  bar.stop();
  if (e instanceof CliError || (e instanceof DomainError && e.code === 'NOT_FOUND')) {
    process.stderr.write(`import: ${e.message}\n`);
    exit = 2;
  } else if (e instanceof DomainError) {
    process.stderr.write(`import: ${e.message}\n`);
    exit = 1;
  } else throw e;
} finally {
  await app.close();
  await db.embedded?.stop();
}
// explicitly: closing the application must not decide the exit code
process.exit(exit);
