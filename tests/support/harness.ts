/**
 * The e2e harness: the real app over HTTP (supertest) on its own database cloned from the migrated, seeded template.
 * `as(user)` signs in a demo user (cached per file) and returns a GraphQL client for that user.
 */
import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import pg from 'pg';
import { DataSource } from 'typeorm';
import request from 'supertest';
import { loadConfig, withCredentials } from '@marac/core';
import { DEMO_PASSWORD, demoEmail } from '@marac/identity';
import { createApp, type AppOptions } from '../../apps/api/src/create-app.js';
import { withDatabase } from './db-url.js';
import { appRole, cloneTemplate } from './template.js';

export interface GqlResult<T = any> {
  status: number;
  data: T | null;
  errors?: { message: string; path?: string[]; extensions: { code: string; [k: string]: unknown } }[];
  /** the first error's extensions.code, or undefined */
  code?: string;
}

export type DemoUser =
  | 'admin'
  | 'marac.coordinator'
  | 'marac.chair'
  | 'matac.coordinator'
  | 'matac.chair'
  | 'hrap.coordinator'
  | 'hrap.chair'
  | 'police.rep'
  | 'idva.rep'
  | 'csc.rep'
  | 'housing.rep'
  | 'referrer'
  | 'strategic'
  | 'auditor';

export const ALL_DEMO_USERS: DemoUser[] = [
  'admin',
  'marac.coordinator',
  'marac.chair',
  'matac.coordinator',
  'matac.chair',
  'hrap.coordinator',
  'hrap.chair',
  'police.rep',
  'idva.rep',
  'csc.rep',
  'housing.rep',
  'referrer',
  'strategic',
  'auditor',
];

export class TestApp {
  private readonly tokens = new Map<string, string>();
  private pool: pg.Pool | null = null;

  constructor(
    readonly app: INestApplication,
    /** the owner's URL of this file's database (for fixtures and assertions) */
    readonly databaseUrl: string,
    private readonly database: string,
    /** the URL the app connects with: the run's application role, without superuser rights */
    readonly appDatabaseUrl: string = databaseUrl,
  ) {}

  /** POST /graphql as the bearer of `token` (or anonymously). */
  async gql<T = any>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string | null,
  ): Promise<GqlResult<T>> {
    let req = request(this.app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
    if (token) req = req.set('authorization', `Bearer ${token}`);
    const res = await req.send({ query, variables });
    const body = res.body ?? {};
    return {
      status: res.status,
      data: body.data ?? null,
      errors: body.errors,
      code: body.errors?.[0]?.extensions?.code,
    };
  }

  async login(
    email: string,
    password = DEMO_PASSWORD,
  ): Promise<GqlResult<{ login: { accessToken: string; expiresAt: string; user: { id: string } } }>> {
    return this.gql(
      `mutation($input: LoginInput!) { login(input: $input) { accessToken expiresAt user { id email } } }`,
      { input: { email, password } },
    );
  }

  /** A signed-in demo user's token (cached for the file). */
  async token(user: DemoUser | string, password = DEMO_PASSWORD): Promise<string> {
    const email = user.includes('@') ? user : demoEmail(user);
    const cached = this.tokens.get(email);
    if (cached) return cached;
    const res = await this.login(email, password);
    if (!res.data) throw new Error(`login failed for ${email}: ${JSON.stringify(res.errors)}`);
    this.tokens.set(email, res.data.login.accessToken);
    return res.data.login.accessToken;
  }

  /** A GraphQL client bound to a demo user. */
  as(user: DemoUser | string) {
    return async <T = any>(query: string, variables: Record<string, unknown> = {}) =>
      this.gql<T>(query, variables, await this.token(user));
  }

  /** Runs a GraphQL operation as a demo user and returns its data; any error fails the test with the errors. */
  async ok<T = any>(
    user: DemoUser | string,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<T> {
    const r = await this.as(user)<T>(query, variables);
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data;
  }

  /** The number of SQL statements the app runs during `run` (every statement goes through the TypeORM logger). */
  async countStatements(run: () => Promise<unknown>): Promise<number> {
    return (await this.statements(run)).length;
  }

  /**
   * The SQL statements the app runs during `run`, in order (to see which one a count differs by), whitespace folded,
   * each cut to its first `width` characters.
   */
  async statements(run: () => Promise<unknown>, width = 160): Promise<string[]> {
    const ds = this.app.get(DataSource);
    const original = ds.logger.logQuery.bind(ds.logger);
    const seen: string[] = [];
    ds.logger.logQuery = (...args: Parameters<typeof original>) => {
      seen.push(String(args[0]).replace(/\s+/g, ' ').slice(0, width));
      return original(...args);
    };
    try {
      await run();
    } finally {
      ds.logger.logQuery = original;
    }
    return seen;
  }

  forget(user: DemoUser | string): void {
    this.tokens.delete(user.includes('@') ? user : demoEmail(user));
  }

  /** Direct SQL on this file's database (for assertions and fixtures only). */
  async sql<T = any>(text: string, params: unknown[] = []): Promise<T[]> {
    this.pool ??= new pg.Pool({ connectionString: this.databaseUrl, max: 2 });
    return (await this.pool.query(text, params)).rows as T[];
  }

  async idOf(table: 'agency' | 'panel' | 'app_user', where: string, params: unknown[]): Promise<string> {
    const [row] = await this.sql(`SELECT id FROM ${table} WHERE ${where}`, params);
    if (!row) throw new Error(`no ${table} where ${where} ${JSON.stringify(params)}`);
    return row.id;
  }
  panelId(kind: 'MARAC' | 'MATAC' | 'HRAP') {
    return this.idOf('panel', 'name = $1', [`Hartlepool ${kind}`]);
  }
  userId(user: DemoUser) {
    return this.idOf('app_user', 'email = $1', [demoEmail(user)]);
  }

  async close(): Promise<void> {
    await this.pool?.end();
    await this.app.close();
    const admin = new pg.Client({ connectionString: process.env.MARAC_TEST_SERVER_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${this.database} WITH (FORCE)`);
    await admin.end();
  }
}

/**
 * Starts the app on a fresh copy of the template database. `env` overrides configuration (e.g. NODE_ENV);
 * `options.webRoot` serves a built web client (the browser tests); by default the API alone.
 */
export async function startTestApp(
  env: Record<string, string> = {},
  options: AppOptions = {},
): Promise<TestApp> {
  const serverUrl = process.env.MARAC_TEST_SERVER_URL!;
  const database = `marac_t${process.env.JEST_WORKER_ID ?? '0'}_${randomBytes(4).toString('hex')}`;
  const template = process.env.MARAC_TEST_TEMPLATE!;
  const hasRole = await cloneTemplate(serverUrl, template, database);
  const url = withDatabase(serverUrl, database);
  const appUrl = hasRole
    ? withCredentials(url, appRole(template), process.env.MARAC_TEST_APP_PASSWORD!)
    : url;
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: appUrl, DEMO_DATA: 'false', ...env });
  const app = await createApp(config, appUrl, { webRoot: null, ...options });
  await app.init();
  return new TestApp(app, url, database, appUrl);
}

/** The codes of a result's errors, for compact assertions. */
export const codes = (r: GqlResult) => (r.errors ?? []).map((e) => e.extensions.code);
