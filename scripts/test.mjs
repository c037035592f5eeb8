#!/usr/bin/env node
// Runs the whole jest suite (ESM mode) and ends with one plain line: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const out = '.jest-results.json';
// the browser tests (tests/browser) need the machine's Chromium; without it they are skipped (failed under CI=true)
if (!existsSync('/usr/bin/chromium'))
  console.log(
    `No Chromium at /usr/bin/chromium: the browser tests are ${process.env.CI === 'true' ? 'failed (CI=true)' : 'skipped'} (apt-get install -y chromium)`,
  );
rmSync(out, { force: true });
const jest = spawnSync(
  process.execPath,
  [
    '--experimental-vm-modules',
    'node_modules/jest/bin/jest.js',
    '--json',
    `--outputFile=${out}`,
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit', env: { ...process.env, NODE_NO_WARNINGS: '1' } },
);
const r = existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : null;
const passed = r ? r.numPassedTests : 0;
// a suite that fails to run counts as a failure too
const failed = r ? r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0) : 1;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(jest.status === 0 && failed === 0 ? 0 : 1);
