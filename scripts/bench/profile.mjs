#!/usr/bin/env node
// Summarises a `node --cpu-prof` profile (docs/performance.md, "Where the CPU goes"): self time by package or
// library, and the heaviest functions, over the whole profile or its last `last` seconds (the load phase).
// Usage: node scripts/bench/profile.mjs <file.cpuprofile> [top] [last]
import { readFileSync } from 'node:fs';

const [file, topArg, lastArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/bench/profile.mjs <file.cpuprofile> [top]');
  process.exit(2);
}
const top = Number(topArg ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas;
const at = [];
dt.reduce((t, d, i) => (at[i] = t + d), 0);
const since = lastArg ? at.at(-1) - Number(lastArg) * 1e6 : -Infinity;
profile.samples.forEach((id, i) => {
  if (at[i] >= since) self.set(id, (self.get(id) ?? 0) + (dt[i] ?? 0));
});
const total = [...self.values()].reduce((a, b) => a + b, 0);

/** Where a function lives: an npm package, a library of this repository, node itself, or the engine. */
function place(cf) {
  const url = cf.url ?? '';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  const lib = /dist\/(libs|apps)\/([^/]+)/.exec(url);
  if (lib) return `${lib[1]}/${lib[2]}`;
  if (url.startsWith('node:')) return url;
  if (url.includes('scripts/bench')) return 'bench script';
  return cf.functionName ? `(native) ${cf.functionName}` : '(native)';
}
const groups = new Map();
const fns = new Map();
for (const [id, us] of self) {
  const { callFrame: cf } = byId.get(id);
  const g = place(cf);
  groups.set(g, (groups.get(g) ?? 0) + us);
  const key = `${cf.functionName || '(anonymous)'} ${g}`;
  fns.set(key, (fns.get(key) ?? 0) + us);
}
const pct = (us) => `${((100 * us) / total).toFixed(1).padStart(5)}%`;
const print = (title, m) => {
  console.log(`\n${title}`);
  for (const [k, us] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(us)}  ${k}`);
};
console.log(`${file}: ${(total / 1e6).toFixed(1)} s of samples`);
print('self time by place', groups);
print('self time by function', fns);
