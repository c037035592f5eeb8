import { ConfigError, loadConfig, parseDuration } from './config.js';

describe('loadConfig', () => {
  it('has safe defaults for a local start', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: null,
      demoData: true,
      production: false,
    });
    expect(c.authTokenTtlSeconds).toBe(8 * 3600);
  });

  it('turns demo data off with an external database and in production', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/marac' }).demoData).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', DEMO_DATA: 'true' }).demoData).toBe(false);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ DATABASE_URL: 'mysql://x/y' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
    [{ AUTH_TOKEN_TTL: 'forever' }, 'AUTH_TOKEN_TTL'],
    [{ DEMO_DATA: 'maybe' }, 'DEMO_DATA'],
    [{ HOST: 'bad host!' }, 'HOST'],
    [{ LOGIN_RATE_LIMIT: 'many' }, 'LOGIN_RATE_LIMIT'],
    [{ WORKER: 'elsewhere' }, 'WORKER'],
    [{ MIGRATION_DATABASE_URL: 'postgres://owner:p@db:5432/marac' }, 'MIGRATION_DATABASE_URL'],
    [
      { DATABASE_URL: 'postgres://u:p@db/marac', MIGRATION_DATABASE_URL: 'mysql://x/y' },
      'MIGRATION_DATABASE_URL',
    ],
    [{ SMTP_URL: 'http://mail' }, 'SMTP_URL'],
    [{ BOOTSTRAP_ADMIN_EMAIL: 'a@b.co' }, 'BOOTSTRAP_ADMIN_PASSWORD'],
    [{ BOOTSTRAP_ADMIN_PASSWORD: 'long-enough-password' }, 'BOOTSTRAP_ADMIN_EMAIL'],
    [{ BOOTSTRAP_ADMIN_EMAIL: 'a@b.co', BOOTSTRAP_ADMIN_PASSWORD: 'short' }, 'BOOTSTRAP_ADMIN_PASSWORD'],
  ])('refuses %j naming %s', (env, variable) => {
    let error: unknown;
    try {
      loadConfig(env as Record<string, string>);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
  });

  it('never echoes a secret in its message', () => {
    const secret = 'sup3r-secret-but-short';
    try {
      loadConfig({ BOOTSTRAP_ADMIN_EMAIL: 'not-an-email', BOOTSTRAP_ADMIN_PASSWORD: secret });
    } catch (e) {
      expect((e as Error).message).not.toContain(secret);
    }
    try {
      loadConfig({ DATABASE_URL: 'mysql://user:hunter2hunter2@db/x' });
    } catch (e) {
      expect((e as Error).message).not.toContain('hunter2');
    }
    expect.assertions(2);
  });

  it('parses durations', () => {
    expect(parseDuration('X', '30m')).toBe(1800);
    expect(parseDuration('X', '8h')).toBe(28800);
    expect(parseDuration('X', '900')).toBe(900);
    expect(() => parseDuration('X', '5s')).toThrow(ConfigError);
  });
});

describe('loadConfig: request budget and statement timeout', () => {
  it('defaults to 600 requests a minute per user and a 5 s statement timeout (tests: a budget out of reach)', () => {
    expect(loadConfig({})).toMatchObject({
      requestBudget: { limit: 600, windowSeconds: 60 },
      statementTimeoutMs: 5000,
    });
    expect(loadConfig({ NODE_ENV: 'test' }).requestBudget.limit).toBe(1_000_000);
  });

  it('reads REQUEST_BUDGET, REQUEST_BUDGET_WINDOW and STATEMENT_TIMEOUT (0: off)', () => {
    const c = loadConfig({ REQUEST_BUDGET: '0', REQUEST_BUDGET_WINDOW: '10s', STATEMENT_TIMEOUT: '0' });
    expect([c.requestBudget, c.statementTimeoutMs]).toEqual([{ limit: 0, windowSeconds: 10 }, 0]);
    expect(loadConfig({ STATEMENT_TIMEOUT: '750ms' }).statementTimeoutMs).toBe(750);
    expect(loadConfig({ STATEMENT_TIMEOUT: '2m', REQUEST_BUDGET_WINDOW: '5' })).toMatchObject({
      statementTimeoutMs: 120_000,
      requestBudget: { windowSeconds: 5 },
    });
  });

  it.each([
    [{ REQUEST_BUDGET: 'lots' }, 'REQUEST_BUDGET'],
    [{ REQUEST_BUDGET: '-1' }, 'REQUEST_BUDGET'],
    [{ REQUEST_BUDGET_WINDOW: '0' }, 'REQUEST_BUDGET_WINDOW'],
    [{ REQUEST_BUDGET_WINDOW: '1500ms' }, 'REQUEST_BUDGET_WINDOW'],
    [{ REQUEST_BUDGET_WINDOW: '2h' }, 'REQUEST_BUDGET_WINDOW'],
    [{ STATEMENT_TIMEOUT: '10ms' }, 'STATEMENT_TIMEOUT'],
    [{ STATEMENT_TIMEOUT: 'soon' }, 'STATEMENT_TIMEOUT'],
  ])('refuses %j naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^${variable}:`));
  });
});

describe('BENCH_SECURITY_OFF', () => {
  const off = (env: Record<string, string>) => [...loadConfig(env).benchSecurityOff].sort();
  it('is a benchmark switch: everything on by default, and ignored when NODE_ENV=production', () => {
    expect(off({})).toEqual([]);
    expect(off({ NODE_ENV: 'test', BENCH_SECURITY_OFF: 'true' })).toEqual(['audit', 'budget', 'limits']);
    expect(off({ NODE_ENV: 'test', BENCH_SECURITY_OFF: 'false' })).toEqual([]);
    expect(off({ NODE_ENV: 'production', BENCH_SECURITY_OFF: 'true' })).toEqual([]);
    expect(off({ NODE_ENV: 'production', BENCH_SECURITY_OFF: 'audit' })).toEqual([]);
  });

  it('turns single layers off, one at a time or several', () => {
    expect(off({ NODE_ENV: 'test', BENCH_SECURITY_OFF: 'audit' })).toEqual(['audit']);
    expect(off({ NODE_ENV: 'test', BENCH_SECURITY_OFF: 'limits, budget' })).toEqual(['budget', 'limits']);
  });

  it('refuses a layer it does not know, naming the variable', () => {
    expect(() => loadConfig({ NODE_ENV: 'test', BENCH_SECURITY_OFF: 'audit,csrf' })).toThrow(
      /^BENCH_SECURITY_OFF:/,
    );
  });
});
