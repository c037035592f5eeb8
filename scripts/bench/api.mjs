// The API under load in a process of its own (run.mjs forks it): the built app (dist/) with the configuration in its
// environment, so that its CPU time and resident memory are the API's alone, not the benchmark's or the baselines'.
// Messages: it sends { ready: url } once listening; { stats: true } is answered with its CPU time and RSS;
// { stop: true } closes the app and exits 0.
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = (path) => import(pathToFileURL(join(ROOT, 'dist', path)).href);
const { loadConfig } = await dist('libs/core/src/index.js');
const { createApp } = await dist('apps/api/src/create-app.js');

const config = loadConfig(process.env);
const app = await createApp(config, process.env.DATABASE_URL);
await app.listen(config.port, '127.0.0.1');

process.on('message', async (m) => {
  if (m.stats) {
    const cpu = process.cpuUsage();
    process.send({ stats: { cpuMicros: cpu.user + cpu.system, rssMb: process.memoryUsage.rss() / 2 ** 20 } });
  } else if (m.stop) {
    await app.close();
    process.exit(0);
  }
});
process.send({ ready: `http://127.0.0.1:${config.port}/graphql` });
