/**
 * The browser-test harness: the real API (tests/support/harness.ts) listening on a local port and serving the
 * production build of the web client, driven by the machine's Chromium through playwright-core, with axe-core
 * injected to check each page. Screenshots and the timing report go to test-output/browser/ (gitignored).
 *
 * Without Chromium at /usr/bin/chromium the browser tests are skipped (scripts/test.mjs says so in one line);
 * under CI=true a missing browser fails them.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { DEMO_PASSWORD, demoEmail } from '@marac/identity';
import { startTestApp, type DemoUser, type TestApp } from '../../support/harness.js';

export const CHROMIUM = '/usr/bin/chromium';
export const hasBrowser = existsSync(CHROMIUM);
const ROOT = resolve(process.cwd());
export const OUTPUT = join(ROOT, 'test-output', 'browser');

/**
 * `describe` for browser tests: skipped without Chromium, except under CI=true where the missing browser is a
 * failure (the suite must not pass by not running).
 */
export function describeBrowser(name: string, body: () => void): void {
  if (hasBrowser) return describe(name, body);
  if (process.env.CI === 'true')
    return describe(name, () => {
      it('needs Chromium', () => {
        throw new Error(`CI=true and no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);
      });
    });
  describe.skip(name, body);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/**
 * The production build of apps/web for this source tree: built once (keyed by a hash of the client's sources)
 * under test-output/web-build and reused by every browser test file and later runs.
 */
export function buildWebClient(): string {
  const web = join(ROOT, 'apps', 'web');
  const hash = createHash('sha256');
  for (const f of filesUnder(web).sort()) hash.update(f).update(readFileSync(f));
  const key = hash.digest('hex').slice(0, 16);
  const base = join(ROOT, 'test-output', 'web-build');
  const out = join(base, key);
  if (existsSync(join(out, 'index.html'))) return out;
  mkdirSync(base, { recursive: true });
  // one build at a time: Vite refuses a second build of the same project while one runs ("Found another Vite build
  // process"), and two test workers may both find no build. The lock is a directory (mkdir is atomic); one left by a
  // killed run is taken over after 5 minutes.
  const lock = join(base, 'build.lock');
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (existsSync(join(out, 'index.html'))) return out;
      try {
        if (Date.now() - statSync(lock).mtimeMs > 5 * 60_000) rmSync(lock, { recursive: true, force: true });
      } catch {
        // released meanwhile
      }
      Atomics.wait(pause, 0, 0, 250);
    }
  }
  try {
    if (existsSync(join(out, 'index.html'))) return out;
    return viteBuild(web, base, out);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function viteBuild(web: string, base: string, out: string): string {
  const tmp = mkdtempSync(join(base, 'tmp-'));
  const vite = join(createRequire(import.meta.url).resolve('vite/package.json'), '..', 'bin', 'vite.js');
  const r = spawnSync(
    process.execPath,
    [
      vite,
      'build',
      '--config',
      join(web, 'vite.config.ts'),
      '--outDir',
      tmp,
      '--emptyOutDir',
      '--logLevel',
      'error',
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`vite build failed: ${r.stderr || r.stdout}`);
  try {
    renameSync(tmp, out);
  } catch {
    rmSync(tmp, { recursive: true, force: true }); // another worker built it first
  }
  // keep the folder small: only the newest few builds
  const old = readdirSync(base)
    .map((d) => join(base, d))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)
    .slice(4);
  for (const d of old)
    if (d !== out && !d.endsWith('build.lock')) rmSync(d, { recursive: true, force: true });
  return out;
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => ok(port));
    });
  });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface A11yViolation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** One browser test file's world: the API with the client on a local port, and Chromium. */
export class BrowserWorld {
  readonly cspViolations: string[] = [];
  readonly timings: Record<string, number> = {};
  /** the pages' console errors, printed by report() (help when a test fails) */
  readonly consoleErrors: string[] = [];
  private contexts: BrowserContext[] = [];
  private pages: Page[] = [];

  private constructor(
    readonly t: TestApp,
    readonly url: string,
    readonly browser: Browser,
  ) {}

  static async start(env: Record<string, string> = {}): Promise<BrowserWorld> {
    const webRoot = buildWebClient();
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const t = await startTestApp({ PUBLIC_URL: url, ...env }, { webRoot });
    await t.app.listen(port, '127.0.0.1');
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    mkdirSync(join(OUTPUT, 'screenshots'), { recursive: true });
    return new BrowserWorld(t, url, browser);
  }

  /** A fresh browser context (no shared memory, so no shared token) with one page. */
  async newPage(): Promise<Page> {
    const context = await this.browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'en-GB',
    });
    this.contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/i.test(m.text()))
        this.cspViolations.push(m.text());
    });
    return page;
  }

  /** Goes to `path` signed out, signs in as `user` on the form it is sent to, and waits for `then` (a heading). */
  async signIn(page: Page, user: DemoUser, path = '/'): Promise<void> {
    await page.goto(this.url + path);
    await page.getByLabel('E-mail address').fill(demoEmail(user));
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
  }

  /** axe-core's serious and critical violations on the page as it is now. */
  async axe(page: Page): Promise<A11yViolation[]> {
    // evaluated through the DevTools protocol, which the page's CSP does not block (an injected <script> would be)
    await page.evaluate(axeSource);
    const result = await page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) =>
      r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => String(n.target)) })))`);
    return (result as A11yViolation[]).filter((v) => v.impact === 'serious' || v.impact === 'critical');
  }

  /** Checks the page with axe and saves a screenshot as test-output/browser/screenshots/<name>.png. */
  async check(page: Page, name: string): Promise<A11yViolation[]> {
    await page.screenshot({ path: join(OUTPUT, 'screenshots', `${name}.png`), fullPage: true });
    return this.axe(page);
  }

  /** Writes the timing report (test-output/browser/timings-<file>.json) and prints it. */
  report(file: string): void {
    if (Object.keys(this.timings).length === 0) return;
    writeFileSync(join(OUTPUT, `timings-${file}.json`), JSON.stringify(this.timings, null, 2));
    const lines = Object.entries(this.timings).map(([k, v]) => `  ${k}: ${v} ms`);
    console.log(
      `Browser timings (${file}, production build, shared machine: a report, not an assertion):\n${lines.join('\n')}`,
    );
  }

  async close(): Promise<void> {
    // the last state of every page, for a failed test's post-mortem
    for (const [i, p] of this.pages.entries())
      await p
        .screenshot({ path: join(OUTPUT, 'screenshots', `last-page-${i + 1}.png`) })
        .catch(() => undefined);
    if (this.consoleErrors.length)
      console.log(`Browser console errors:\n  ${this.consoleErrors.join('\n  ')}`);
    for (const c of this.contexts) await c.close().catch(() => undefined);
    await this.browser.close().catch(() => undefined);
    await this.t.close();
  }
}
