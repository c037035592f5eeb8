import { POOL_SHARE_PER_REQUEST, RequestContext } from './request-context.js';

/** A statement that runs until the test ends it. */
function statement(started: number[], i: number) {
  let end!: () => void;
  const done = new Promise<void>((resolve) => (end = resolve));
  return {
    run: () => {
      started.push(i);
      return done.then(() => i);
    },
    end: () => end(),
  };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('RequestContext.pooled: one request’s share of the pool', () => {
  it(`runs at most ${POOL_SHARE_PER_REQUEST} statements of one request at once, the rest in order as they finish`, async () => {
    const ctx = RequestContext.job('share');
    const started: number[] = [];
    const statements = Array.from({ length: 10 }, (_, i) => statement(started, i));
    const results = statements.map((s) => ctx.pooled(s.run));
    await tick();
    expect(started).toEqual([0, 1, 2]);
    statements[1].end();
    await tick();
    expect(started).toEqual([0, 1, 2, 3]);
    statements.forEach((s) => s.end());
    expect(await Promise.all(results)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(started).toHaveLength(10);
  });

  it('shares the limit with every context derived from the request, and not with another request', async () => {
    const ctx = RequestContext.job('share');
    const other = RequestContext.job('other');
    const started: number[] = [];
    const mine = Array.from({ length: 4 }, (_, i) => statement(started, i));
    const theirs = statement(started, 99);
    mine.forEach((s, i) => void (i % 2 ? ctx.system() : ctx).pooled(s.run));
    void other.pooled(theirs.run);
    await tick();
    // three of this request's four, and the other request's at once: its share is its own
    expect(started.sort((a, b) => a - b)).toEqual([0, 1, 2, 99]);
    [...mine, theirs].forEach((s) => s.end());
  });

  it('frees the share when a statement fails', async () => {
    const ctx = RequestContext.job('share');
    const failures = Array.from({ length: POOL_SHARE_PER_REQUEST }, () =>
      ctx.pooled(() => Promise.reject(new Error('gone'))),
    );
    await Promise.allSettled(failures);
    await expect(ctx.pooled(async () => 'next')).resolves.toBe('next');
  });
});
