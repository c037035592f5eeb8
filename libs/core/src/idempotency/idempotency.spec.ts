import { requestHash } from './idempotency.interceptor.js';

describe('requestHash', () => {
  it('is the same for the same arguments in any key order, and differs for other arguments or mutations', () => {
    const a = requestHash('createAction', { input: { caseId: 'c', due: '2026-01-01', tags: ['x', 'y'] } });
    const b = requestHash('createAction', { input: { tags: ['x', 'y'], due: '2026-01-01', caseId: 'c' } });
    expect(a.equals(b)).toBe(true);
    expect(
      a.equals(requestHash('createAction', { input: { caseId: 'c', due: '2026-01-02', tags: ['x', 'y'] } })),
    ).toBe(false);
    expect(
      a.equals(requestHash('createAction', { input: { caseId: 'c', due: '2026-01-01', tags: ['y', 'x'] } })),
    ).toBe(false);
    expect(
      a.equals(
        requestHash('createReferral', { input: { caseId: 'c', due: '2026-01-01', tags: ['x', 'y'] } }),
      ),
    ).toBe(false);
    // an absent optional argument and an undefined one are the same request; null is not
    expect(
      requestHash('m', { input: { a: 1 } }).equals(requestHash('m', { input: { a: 1, b: undefined } })),
    ).toBe(true);
    expect(requestHash('m', { input: { a: 1 } }).equals(requestHash('m', { input: { a: 1, b: null } }))).toBe(
      false,
    );
  });
});
