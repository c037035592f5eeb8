/** `npm run audit:verify`: walks the audit hash chain and reports the first break (exit 1), or that it is intact. */
import { NestFactory } from '@nestjs/core';
import { AuditService } from '@marac/audit';
import { loadConfig, openDatabase } from '@marac/core';
import { AppModule } from './app.module.js';

const config = { ...loadConfig(), worker: 'off' as const }; // verification sends no e-mail
const db = await openDatabase(config);
const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, db.url), {
  logger: ['error'],
});
try {
  const { checked, firstBreak } = await app.get(AuditService).verify();
  if (firstBreak) {
    console.error(
      `audit chain BROKEN at event ${firstBreak.id}: ${firstBreak.reason} (${checked} events checked)`,
    );
    process.exitCode = 1;
  } else {
    process.stdout.write(`audit chain intact: ${checked} events checked\n`);
  }
} finally {
  await app.close();
  await db.embedded?.stop();
}
