// The load generator, in its own process so that it never shares an event loop with the server it measures.
// The parent sends the autocannon options over IPC and gets back a summary of the result.
import autocannon from 'autocannon';

process.once('message', async ({ vary, ...opts }) => {
  try {
    // vary: each request's body gets its own number in place of __N__ (a write that must not repeat itself)
    if (vary) {
      let n = Math.floor(Math.random() * 1e6);
      opts.requests = [
        { setupRequest: (req) => ({ ...req, body: req.body.replaceAll('__N__', String(++n)) }) },
      ];
    }
    const r = await autocannon(opts);
    const summary = {
      requestsPerSecond: r.requests.average,
      total: r.requests.total,
      durationSeconds: r.duration,
      latency: {
        mean: r.latency.average,
        p50: r.latency.p50,
        p99: r.latency.p99,
        max: r.latency.max,
      },
      non2xx: r.non2xx,
      errors: r.errors,
      timeouts: r.timeouts,
      mismatches: r.mismatches,
    };
    process.send({ ok: true, summary }, () => process.exit(0));
  } catch (e) {
    process.send({ ok: false, error: String(e?.stack ?? e) }, () => process.exit(1));
  }
});
