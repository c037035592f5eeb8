/**
 * Application configuration, read once from the environment and validated.
 * A malformed value throws a ConfigError naming the variable; secrets are never echoed.
 */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`${variable}: ${problem}`);
    this.name = 'ConfigError';
  }
}

export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  production: boolean;
  host: string;
  port: number;
  databaseUrl: string | null;
  /** the schema owner's URL for migrations (then DATABASE_URL's user is granted what the API needs); null: DATABASE_URL */
  migrationDatabaseUrl: string | null;
  embeddedPgPort: number;
  dataDir: string;
  authTokenTtlSeconds: number;
  bootstrapAdmin: { email: string; password: string } | null;
  demoData: boolean;
  publicUrl: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** SMTP server for e-mail; null: messages are written as .eml files under DATA_DIR/mail */
  smtpUrl: string | null;
  mailFrom: string;
  /** where the outbox dispatcher and reminders run: in the API process, in `npm run start:worker`, or nowhere */
  worker: 'inline' | 'separate' | 'off';
  /** sign-in attempts per minute from one client address (all e-mails together), against password spraying */
  loginRateLimit: number;
  /**
   * The per-user request budget (REQUEST_BUDGET requests per REQUEST_BUDGET_WINDOW, every API process together,
   * counted in PostgreSQL by the statement that authenticates the request); limit 0: off
   */
  requestBudget: { limit: number; windowSeconds: number };
  /** PostgreSQL statement_timeout of the API's connections in ms (STATEMENT_TIMEOUT); 0: none */
  statementTimeoutMs: number;
  /** Express "trust proxy": which proxies' X-Forwarded-For to believe for the client address (null: none) */
  trustProxy: string | null;
  /** GraphiQL at GET /graphiql, served from node_modules (GRAPHIQL; on in development only, refused in production) */
  graphiql: boolean;
  /**
   * BENCH_SECURITY_OFF (benchmark only, ignored when NODE_ENV=production): the layers of the security stack turned
   * off, so that `npm run bench` can measure each one's cost against the same build with it on: `limits` (the
   * GraphQL query limits), `budget` (the per-user request budget), `audit` (the read audit of each request); `true`
   * for all three. Empty: everything on.
   */
  benchSecurityOff: ReadonlySet<SecurityLayer>;
}

/** The layers of the security stack that the benchmark can turn off (BENCH_SECURITY_OFF). */
export const SECURITY_LAYERS = ['limits', 'budget', 'audit'] as const;
export type SecurityLayer = (typeof SECURITY_LAYERS)[number];

type Env = Record<string, string | undefined>;

const DURATION = /^(\d+)\s*(s|m|h|d)?$/;
const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

export function parseDuration(variable: string, raw: string): number {
  const m = DURATION.exec(raw.trim());
  if (!m) throw new ConfigError(variable, 'expected a duration such as 900, 30m, 8h or 1d');
  const seconds = Number(m[1]) * UNIT_SECONDS[m[2] ?? 's'];
  if (seconds < 60 || seconds > 30 * 86400)
    throw new ConfigError(variable, 'must be between 1 minute and 30 days');
  return seconds;
}

const MS_DURATION = /^(\d+)\s*(ms|s|m)?$/;
const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000 };

/** A duration in milliseconds: `500ms`, `5s` (also `5`: seconds), `2m`; `0` when `zeroOff` (off). */
function parseMs(
  variable: string,
  raw: string | undefined,
  fallback: number,
  min: number,
  max: number,
  zeroOff = false,
): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const m = MS_DURATION.exec(raw.trim());
  if (!m) throw new ConfigError(variable, 'expected a duration such as 500ms, 5s or 2m');
  const ms = Number(m[1]) * UNIT_MS[m[2] ?? 's'];
  if (ms === 0 && zeroOff) return 0;
  if (ms < min || ms > max)
    throw new ConfigError(
      variable,
      `must be from ${min} ms to ${max / 1000} s${zeroOff ? ' (or 0: off)' : ''}`,
    );
  return ms;
}

function parsePort(variable: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > 65535) {
    throw new ConfigError(variable, `expected a port number from 1 to 65535, got "${raw}"`);
  }
  return Number(raw);
}

function parseBool(variable: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw === '') return fallback;
  const v = raw.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  throw new ConfigError(variable, `expected true or false, got "${raw}"`);
}

function parseSecurityOff(raw: string | undefined): ReadonlySet<SecurityLayer> {
  const v = raw?.trim().toLowerCase() ?? '';
  if (v === '' || ['0', 'false', 'no', 'off'].includes(v)) return new Set();
  if (['1', 'true', 'yes', 'on'].includes(v)) return new Set(SECURITY_LAYERS);
  const layers = v.split(',').map((l) => l.trim());
  const unknown = layers.filter((l) => !(SECURITY_LAYERS as readonly string[]).includes(l));
  if (unknown.length)
    throw new ConfigError(
      'BENCH_SECURITY_OFF',
      `expected true, false or some of ${SECURITY_LAYERS.join(', ')} separated by commas`,
    );
  return new Set(layers as SecurityLayer[]);
}

function parseDatabaseUrl(raw: string | undefined, variable = 'DATABASE_URL'): string | null {
  if (raw === undefined || raw.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(variable, 'is not a valid URL (expected postgres://user:password@host:5432/db)');
  }
  if (!['postgres:', 'postgresql:'].includes(url.protocol)) {
    throw new ConfigError(variable, 'must start with postgres:// or postgresql://');
  }
  if (!url.pathname || url.pathname === '/') throw new ConfigError(variable, 'must name a database');
  return raw;
}

export function loadConfig(env: Env = process.env): AppConfig {
  const rawEnv = env.NODE_ENV ?? 'development';
  if (!['development', 'production', 'test'].includes(rawEnv)) {
    throw new ConfigError('NODE_ENV', `expected development, production or test, got "${rawEnv}"`);
  }
  const nodeEnv = rawEnv as AppConfig['nodeEnv'];
  const production = nodeEnv === 'production';
  const databaseUrl = parseDatabaseUrl(env.DATABASE_URL);
  const migrationDatabaseUrl = parseDatabaseUrl(env.MIGRATION_DATABASE_URL, 'MIGRATION_DATABASE_URL');
  if (migrationDatabaseUrl && !databaseUrl)
    throw new ConfigError('MIGRATION_DATABASE_URL', 'needs DATABASE_URL (the user the API connects as)');
  const port = parsePort('PORT', env.PORT, 3000);
  const host = env.HOST?.trim() || '127.0.0.1';
  if (!/^[\w.:-]+$/.test(host)) throw new ConfigError('HOST', `is not a host name or address: "${host}"`);

  const email = env.BOOTSTRAP_ADMIN_EMAIL?.trim();
  const password = env.BOOTSTRAP_ADMIN_PASSWORD;
  let bootstrapAdmin: AppConfig['bootstrapAdmin'] = null;
  if (email || password) {
    if (!email)
      throw new ConfigError('BOOTSTRAP_ADMIN_EMAIL', 'must be set when BOOTSTRAP_ADMIN_PASSWORD is set');
    if (!password)
      throw new ConfigError('BOOTSTRAP_ADMIN_PASSWORD', 'must be set when BOOTSTRAP_ADMIN_EMAIL is set');
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
      throw new ConfigError('BOOTSTRAP_ADMIN_EMAIL', 'is not an e-mail address');
    if (password.length < 12 || password.length > 128) {
      throw new ConfigError('BOOTSTRAP_ADMIN_PASSWORD', 'must be 12 to 128 characters long');
    }
    bootstrapAdmin = { email, password };
  }

  const logLevel = (env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'warn' : 'info')) as AppConfig['logLevel'];
  if (!['debug', 'info', 'warn', 'error'].includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL', `expected debug, info, warn or error, got "${logLevel}"`);
  }
  const publicUrl = env.PUBLIC_URL?.trim() || `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`;
  try {
    new URL(publicUrl);
  } catch {
    throw new ConfigError('PUBLIC_URL', 'is not a valid URL');
  }

  const smtpUrl = env.SMTP_URL?.trim() || null;
  if (smtpUrl) {
    let u: URL;
    try {
      u = new URL(smtpUrl);
    } catch {
      throw new ConfigError('SMTP_URL', 'is not a valid URL (expected smtp://user:password@host:587)');
    }
    if (!['smtp:', 'smtps:'].includes(u.protocol))
      throw new ConfigError('SMTP_URL', 'must start with smtp:// or smtps://');
  }
  const mailFrom = env.MAIL_FROM?.trim() || 'MARAC platform <no-reply@marac.invalid>';
  if (!/^[^<>]*<?[^\s@<>]+@[^\s@<>]+>?$/.test(mailFrom))
    throw new ConfigError('MAIL_FROM', 'is not an e-mail address');
  const worker = (env.WORKER?.trim() || (nodeEnv === 'test' ? 'off' : 'inline')) as AppConfig['worker'];
  if (!['inline', 'separate', 'off'].includes(worker)) {
    throw new ConfigError('WORKER', `expected inline, separate or off, got "${worker}"`);
  }

  const loginRateRaw = env.LOGIN_RATE_LIMIT?.trim();
  if (loginRateRaw && (!/^\d+$/.test(loginRateRaw) || Number(loginRateRaw) < 1)) {
    throw new ConfigError('LOGIN_RATE_LIMIT', 'expected a whole number of attempts per minute, 1 or more');
  }
  const loginRateLimit = loginRateRaw ? Number(loginRateRaw) : nodeEnv === 'test' ? 100_000 : 60;

  const budgetRaw = env.REQUEST_BUDGET?.trim();
  if (budgetRaw && !/^\d+$/.test(budgetRaw))
    throw new ConfigError('REQUEST_BUDGET', 'expected a whole number of requests per window (0: off)');
  // tests make many requests as one user: the budget is on there too (the same SQL), but out of reach by default
  const requestBudget = {
    limit: budgetRaw ? Number(budgetRaw) : nodeEnv === 'test' ? 1_000_000 : 600,
    windowSeconds:
      parseMs('REQUEST_BUDGET_WINDOW', env.REQUEST_BUDGET_WINDOW, 60_000, 1000, 3_600_000) / 1000,
  };
  if (!Number.isInteger(requestBudget.windowSeconds))
    throw new ConfigError('REQUEST_BUDGET_WINDOW', 'must be a whole number of seconds');
  const statementTimeoutMs = parseMs('STATEMENT_TIMEOUT', env.STATEMENT_TIMEOUT, 5000, 100, 600_000, true);

  const trustProxy = env.TRUST_PROXY?.trim() || null;
  if (trustProxy && !/^[\w.:/, -]+$/.test(trustProxy)) {
    throw new ConfigError(
      'TRUST_PROXY',
      'expected loopback, a number of hops, or addresses/subnets separated by commas',
    );
  }

  return {
    nodeEnv,
    production,
    host,
    port,
    databaseUrl,
    migrationDatabaseUrl,
    embeddedPgPort: parsePort('EMBEDDED_PG_PORT', env.EMBEDDED_PG_PORT, 54329),
    dataDir: env.DATA_DIR?.trim() || '.data',
    authTokenTtlSeconds: env.AUTH_TOKEN_TTL ? parseDuration('AUTH_TOKEN_TTL', env.AUTH_TOKEN_TTL) : 8 * 3600,
    bootstrapAdmin,
    demoData: production ? false : parseBool('DEMO_DATA', env.DEMO_DATA, databaseUrl === null),
    publicUrl,
    logLevel,
    smtpUrl,
    mailFrom,
    worker,
    loginRateLimit,
    trustProxy,
    requestBudget,
    statementTimeoutMs,
    graphiql: parseGraphiql(env, nodeEnv),
    benchSecurityOff: production ? new Set() : parseSecurityOff(env.BENCH_SECURITY_OFF),
  };
}

/** The IDE relies on introspection, which production turns off; in production it is refused rather than ignored. */
function parseGraphiql(env: Env, nodeEnv: AppConfig['nodeEnv']): boolean {
  const on = parseBool('GRAPHIQL', env.GRAPHIQL, nodeEnv === 'development');
  if (on && nodeEnv === 'production')
    throw new ConfigError('GRAPHIQL', 'the GraphQL IDE is not served in production (introspection is off)');
  return on;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
