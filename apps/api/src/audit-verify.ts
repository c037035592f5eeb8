/**
 * `npm run audit:verify`: walks the audit hash chain and its seals and reports the first break (exit 1), events left
 * unsealed for longer than `--overdue-minutes` (default 10: a sealer that stopped; exit 2), or that it is intact. It
 * only reads: it never seals (the worker, or the API with WORKER=inline, does).
 */
import { NestFactory } from '@nestjs/core';
import { AUDIT_UNSEALED_OVERDUE_MINUTES, AuditService, type AuditVerification } from '@marac/audit';
import { loadConfig, openDatabase } from '@marac/core';
import { AppModule } from './app.module.js';

/** The report's lines and exit code for a verification (exported for tests). */
export function auditReport(
  v: AuditVerification,
  overdueMinutes: number,
): { exitCode: number; out: string[]; err: string[] } {
  const sealed = v.lastSeal
    ? `; last seal ${v.lastSeal.id} at ${v.lastSeal.at.toISOString()}, hash ${v.lastSeal.hash}`
    : '';
  const pending = `${v.unsealed} not sealed yet`;
  if (v.firstBreak)
    return {
      exitCode: 1,
      out: [],
      err: [
        `audit chain BROKEN at event ${v.firstBreak.id}: ${v.firstBreak.reason} (${v.checked} sealed events checked, ${pending})`,
      ],
    };
  if (v.overdue > 0)
    return {
      exitCode: 2,
      out: [`audit chain intact: ${v.checked} sealed events checked${sealed}`],
      err: [
        `audit events NOT SEALED: ${v.overdue} events older than ${overdueMinutes} minutes are not sealed (${pending}, the oldest is event ${v.oldestUnsealed?.id}): is the sealer (the worker, or WORKER=inline) running?`,
      ],
    };
  return {
    exitCode: 0,
    out: [`audit chain intact: ${v.checked} sealed events checked, ${pending}${sealed}`],
    err: [],
  };
}

const arg = process.argv.indexOf('--overdue-minutes');
const overdueMinutes = arg > 0 ? Number(process.argv[arg + 1]) : AUDIT_UNSEALED_OVERDUE_MINUTES;
if (process.argv[1]?.endsWith('audit-verify.js')) {
  if (!Number.isInteger(overdueMinutes) || overdueMinutes < 0) {
    console.error('audit:verify: --overdue-minutes expects a whole number of minutes');
    process.exit(1);
  }
  const config = { ...loadConfig(), worker: 'off' as const }; // verification sends no e-mail and seals nothing
  const db = await openDatabase(config);
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, db.url), {
    logger: ['error'],
  });
  try {
    const report = auditReport(await app.get(AuditService).verify(overdueMinutes), overdueMinutes);
    for (const line of report.out) process.stdout.write(`${line}\n`);
    for (const line of report.err) console.error(line);
    process.exitCode = report.exitCode;
  } finally {
    await app.close();
    await db.embedded?.stop();
  }
}
