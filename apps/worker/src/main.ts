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
const stop = async () => {
  await app.close();
  await db.embedded?.stop();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
