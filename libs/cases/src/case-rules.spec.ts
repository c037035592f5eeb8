import { assertTransition, canTransition, statusAffectsFlags, TRANSITIONS } from './case-lifecycle.js';
import { CaseStatus, DashAnswer } from './case.enums.js';
import { dashScore } from './dash.js';
import { isValidNhsNumber } from './nhs-number.js';

const S = CaseStatus;

describe('case lifecycle', () => {
  const allowed: [CaseStatus, CaseStatus][] = [
    [S.SUBMITTED, S.ACCEPTED],
    [S.SUBMITTED, S.REJECTED],
    [S.SUBMITTED, S.WITHDRAWN],
    [S.ACCEPTED, S.WITHDRAWN],
    [S.ACCEPTED, S.LISTED],
    [S.LISTED, S.HEARD],
    [S.LISTED, S.ACCEPTED],
    [S.HEARD, S.LISTED],
    [S.HEARD, S.CLOSED],
  ];
  const all = Object.values(S);
  it.each(all.flatMap((from) => all.map((to) => [from, to] as const)))('%s -> %s', (from, to) => {
    const ok = allowed.some(([f, t]) => f === from && t === to);
    expect(canTransition(from, to)).toBe(ok);
    if (ok) expect(() => assertTransition(from, to)).not.toThrow();
    else
      expect(() => assertTransition(from, to)).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'INVALID_TRANSITION' }) }),
      );
  });
  it('has final states', () => {
    expect(TRANSITIONS[S.CLOSED]).toEqual([]);
    expect(TRANSITIONS[S.REJECTED]).toEqual([]);
  });
});

describe('DASH score', () => {
  it('counts YES answers only', () => {
    const answers = [
      ...Array(14).fill(DashAnswer.YES),
      ...Array(5).fill(DashAnswer.NO),
      ...Array(5).fill(DashAnswer.NOT_KNOWN),
    ];
    expect(dashScore(answers)).toBe(14);
  });
});

describe('NHS number', () => {
  it.each([
    ['9434765919', true],
    ['943 476 5919', true],
    ['9434765918', false],
    ['1234567890', false], // check digit would be 10: never valid
    ['123456789', false],
    ['abcdefghij', false],
    ['4010232137', true],
  ])('%s -> %s', (n, ok) => {
    expect(isValidNhsNumber(n)).toBe(ok);
  });
});

describe('status changes that can change flags', () => {
  it.each([
    [S.SUBMITTED, S.ACCEPTED, true],
    [S.SUBMITTED, S.REJECTED, true],
    [S.ACCEPTED, S.WITHDRAWN, true],
    [S.SUBMITTED, S.WITHDRAWN, true],
    [S.ACCEPTED, S.LISTED, false],
    [S.LISTED, S.HEARD, false],
    [S.HEARD, S.LISTED, false],
    [S.LISTED, S.ACCEPTED, false],
    [S.HEARD, S.CLOSED, false],
  ])('%s -> %s: %s', (from, to, expected) => {
    expect(statusAffectsFlags(from, to)).toBe(expected);
  });
});
