import 'reflect-metadata';
import { ConsoleLogger, type INestApplication, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { AppConfig } from '@marac/core';
import { AppModule } from './app.module.js';

const LEVELS: LogLevel[] = ['verbose', 'debug', 'log', 'warn', 'error', 'fatal'];

export function appLogger(config: AppConfig): ConsoleLogger {
  const from = { debug: 1, info: 2, warn: 3, error: 4 }[config.logLevel];
  return new ConsoleLogger({
    json: config.production,
    logLevels: LEVELS.slice(from),
    colors: !config.production,
  });
}

/** Builds the API (used by main.ts and by the e2e tests). The database must already be migrated. */
export async function createApp(config: AppConfig, databaseUrl: string): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.forRoot(config, databaseUrl), {
    logger: appLogger(config),
    abortOnError: false,
  });
  if (config.trustProxy) {
    const hops = /^\d+$/.test(config.trustProxy) ? Number(config.trustProxy) : config.trustProxy;
    app.getHttpAdapter().getInstance().set('trust proxy', hops);
  }
  return app;
}
