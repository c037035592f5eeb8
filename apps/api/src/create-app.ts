import 'reflect-metadata';
import { ConsoleLogger, type INestApplication, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import helmet from 'helmet';
import type { AppConfig } from '@marac/core';
import { AppModule } from './app.module.js';
import { mountGraphiql } from './graphiql.js';
import { requestLogMiddleware } from './request-log.js';
import { defaultWebRoot, mountWebClient } from './web-client.js';

const LEVELS: LogLevel[] = ['verbose', 'debug', 'log', 'warn', 'error', 'fatal'];

/**
 * Production: one JSON object per line. Elsewhere: Nest's plain text, coloured only when stdout is a terminal (so a
 * file, a pipe or a container log never receives ANSI escape codes).
 */
export function appLogger(config: AppConfig, tty = process.stdout.isTTY === true): ConsoleLogger {
  const from = { debug: 1, info: 2, warn: 3, error: 4 }[config.logLevel];
  return new ConsoleLogger({
    json: config.production,
    logLevels: LEVELS.slice(from),
    colors: !config.production && tty,
  });
}

/** Where the built web client is (null: the API alone); by default dist/web when it has been built. */
export interface AppOptions {
  webRoot?: string | null;
}

/** Builds the API (used by main.ts and by the e2e tests). The database must already be migrated. */
export async function createApp(
  config: AppConfig,
  databaseUrl: string,
  options: AppOptions = {},
): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.forRoot(config, databaseUrl), {
    logger: appLogger(config),
    abortOnError: false,
  });
  const express = app.getHttpAdapter().getInstance();
  if (config.trustProxy) {
    const hops = /^\d+$/.test(config.trustProxy) ? Number(config.trustProxy) : config.trustProxy;
    express.set('trust proxy', hops);
  }
  express.disable('x-powered-by');
  app.use(securityHeaders());
  app.use('/graphql', requestLogMiddleware());
  if (config.graphiql) mountGraphiql(express);
  mountWebClient(express, options.webRoot === undefined ? defaultWebRoot() : options.webRoot);
  return app;
}

/**
 * Headers on every response (GraphQL, /health, errors, unknown paths). The API serves JSON only: its content
 * security policy allows nothing to load or frame it; answers carry personal data, so nothing may cache them.
 */
export function securityHeaders() {
  const headers = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
    // HSTS only matters behind TLS; harmless over plain HTTP (browsers ignore it there)
    strictTransportSecurity: { maxAge: 31536000, includeSubDomains: true },
  });
  return (req: unknown, res: { setHeader(name: string, value: string): void }, next: () => void) => {
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Pragma', 'no-cache');
    (headers as (req: unknown, res: unknown, next: () => void) => void)(req, res, next);
  };
}
