// The load generator, in its own process so that it never shares an event loop with the server it measures.
// The parent sends the autocannon options over IPC and gets back a summary of the result.
import autocannon from 'autocannon';

process.once('message', async ({ vary, ...opts }) => {
  try {
    // vary: { range }: each request's body gets its own number below `range` in place of __N__ (a write that must
    // not repeat itself: each createReferral names another person, as the referrals of a real day do)
    if (vary) {
      let n = Math.floor(Math.random() * vary.range);
      opts.requests = [
        {
          setupRequest: (req) => ({
            ...req,
            body: req.body.replaceAll('__N__', String((n = (n + 1) % vary.range))),
          }),
        },
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
