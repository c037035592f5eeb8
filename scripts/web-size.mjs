#!/usr/bin/env node
// Prints the gzipped size of what the web client's first route loads (the entry chunk, its static imports and
// their CSS, from Vite's manifest) and fails the build above the budget of issue 13 (500 KB gzipped).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = process.argv[2] ?? 'dist/web';
const BUDGET = 500 * 1024;
const manifest = JSON.parse(readFileSync(join(dir, '.vite/manifest.json'), 'utf8'));
const gz = (file) => gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;

const files = new Set(['index.html']);
const visit = (key) => {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) return;
  files.add(chunk.file);
  for (const css of chunk.css ?? []) files.add(css);
  for (const next of chunk.imports ?? []) visit(next);
};
for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);

const first = [...files].reduce((sum, f) => sum + gz(f), 0);
const all = new Set(Object.values(manifest).flatMap((c) => [c.file, ...(c.css ?? [])]));
const total = [...all].reduce((sum, f) => sum + gz(f), 0);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `Web client: first route ${kb(first)} gzipped (${files.size} files; budget ${kb(BUDGET)}); all chunks ${kb(total)} gzipped`,
);
if (first > BUDGET) {
  console.error(`The first route's bundle is over its budget of ${kb(BUDGET)} gzipped`);
  process.exit(1);
}
