import { PanelKind } from '@marac/core';
import { CaseStatus, FlagKind, PersonRole } from './case.enums.js';
import {
  addCalendarMonths,
  computeFlags,
  repeatOf,
  withinMonthsEitherSide,
  withinRepeatWindow,
  type CaseFacts,
  type Party,
} from './repeat-detection.js';

const { MARAC, MATAC, HRAP } = PanelKind;
const { ACCEPTED, REJECTED, WITHDRAWN, SUBMITTED, HEARD, CLOSED } = CaseStatus;
const { VICTIM, PERPETRATOR, ADULT_AT_RISK } = PersonRole;

let seq = 0;
const kase = (id: string, referralDate: string, status = ACCEPTED, panelKind = MARAC): CaseFacts => ({
  id,
  reference: `REF-${id}`,
  panelKind,
  status,
  referralDate,
  seq: ++seq,
});
const on = (caseId: string, personId: string, role: PersonRole): Party => ({ caseId, personId, role });

describe('addCalendarMonths', () => {
  it.each([
    ['2025-03-31', 12, '2026-03-31'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2025-12-15', 1, '2026-01-15'],
    ['2025-01-15', -12, '2024-01-15'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addCalendarMonths(date, months)).toBe(expected);
  });
});

describe('the 12-month repeat window', () => {
  it.each([
    ['same day', '2025-05-01', '2025-05-01', true],
    ['exactly 12 months', '2025-03-31', '2026-03-31', true],
    ['12 months and a day', '2025-03-31', '2026-04-01', false],
    ['leap day + 12 months is 28 February', '2024-02-29', '2025-02-28', true],
    ['leap day + 12 months and a day', '2024-02-29', '2025-03-01', false],
    ['earlier date is never within', '2025-05-02', '2025-05-01', false],
  ])('%s', (_name, earlier, later, expected) => {
    expect(withinRepeatWindow(earlier, later)).toBe(expected);
  });

  it('is symmetric either side', () => {
    expect(withinMonthsEitherSide('2026-03-31', '2025-03-31')).toBe(true);
    expect(withinMonthsEitherSide('2026-04-01', '2025-03-31')).toBe(false);
  });
});

describe('REPEAT (SafeLives)', () => {
  const table: { name: string; previous: CaseFacts[]; target: CaseFacts; expected: string | null }[] = [
    { name: 'same day', previous: [kase('a', '2025-05-01')], target: kase('t', '2025-05-01'), expected: 'a' },
    {
      name: 'exactly 12 months',
      previous: [kase('a', '2025-03-31')],
      target: kase('t', '2026-03-31'),
      expected: 'a',
    },
    {
      name: '12 months and a day',
      previous: [kase('a', '2025-03-31')],
      target: kase('t', '2026-04-01'),
      expected: null,
    },
    { name: 'leap day', previous: [kase('a', '2024-02-29')], target: kase('t', '2025-02-28'), expected: 'a' },
    {
      name: 'leap day and a day',
      previous: [kase('a', '2024-02-29')],
      target: kase('t', '2025-03-01'),
      expected: null,
    },
    {
      name: 'a chain of three where only the last gap is short',
      previous: [kase('a', '2022-01-10'), kase('b', '2023-06-01')],
      target: kase('t', '2024-01-05'),
      expected: 'b',
    },
    {
      name: 'the LAST previous case counts, not the first',
      previous: [kase('a', '2023-01-01'), kase('b', '2024-03-01')],
      target: kase('t', '2025-02-01'),
      expected: 'b',
    },
    {
      name: 'a rejected previous referral',
      previous: [kase('a', '2025-01-01', REJECTED)],
      target: kase('t', '2025-06-01'),
      expected: null,
    },
    {
      name: 'a withdrawn previous referral',
      previous: [kase('a', '2025-01-01', WITHDRAWN)],
      target: kase('t', '2025-06-01'),
      expected: null,
    },
    {
      name: 'a previous referral never triaged',
      previous: [kase('a', '2025-01-01', SUBMITTED)],
      target: kase('t', '2025-06-01'),
      expected: null,
    },
    {
      name: 'heard and closed count',
      previous: [kase('a', '2025-01-01', CLOSED), kase('b', '2025-02-01', HEARD)],
      target: kase('t', '2025-06-01'),
      expected: 'b',
    },
    {
      name: 'a previous case on another panel kind',
      previous: [kase('a', '2025-01-01', ACCEPTED, HRAP)],
      target: kase('t', '2025-06-01'),
      expected: null,
    },
    {
      name: 'a later case is not a previous one',
      previous: [kase('a', '2025-09-01')],
      target: kase('t', '2025-06-01'),
      expected: null,
    },
  ];

  it.each(table)('$name', ({ previous, target, expected }) => {
    const cases = [...previous, target];
    const role = (c: CaseFacts) => (c.panelKind === HRAP ? ADULT_AT_RISK : VICTIM);
    const parties = cases.map((c) => on(c.id, 'victim-1', role(c)));
    const result = repeatOf(target, cases, parties);
    expect(result.isRepeat).toBe(expected !== null);
    expect(result.previousCaseId).toBe(expected);
  });

  it('needs the same victim', () => {
    const a = kase('a', '2025-01-01');
    const t = kase('t', '2025-02-01');
    expect(repeatOf(t, [a, t], [on('a', 'v1', VICTIM), on('t', 'v2', VICTIM)]).isRepeat).toBe(false);
  });

  it('does not depend on the order facts arrived in (back-filled history)', () => {
    // the earlier case arrives later (higher seq) but has the earlier referral date
    const t = kase('t', '2025-06-01');
    const a = kase('a', '2025-01-01');
    const parties = [on('t', 'v', VICTIM), on('a', 'v', VICTIM)];
    const { repeats } = computeFlags(['t', 'a'], [t, a], parties);
    expect(repeats).toEqual([
      { caseId: 't', isRepeat: true, previousCaseId: 'a' },
      { caseId: 'a', isRepeat: false, previousCaseId: null },
    ]);
  });
});

describe('perpetrator and cross-panel flags', () => {
  it('REPEAT_PERPETRATOR: the same perpetrator on two MARAC cases within 12 months, both flagged', () => {
    const a = kase('a', '2025-01-01');
    const b = kase('b', '2025-11-01');
    const parties = [
      on('a', 'v1', VICTIM),
      on('a', 'p', PERPETRATOR),
      on('b', 'v1', VICTIM),
      on('b', 'p', PERPETRATOR),
    ];
    const { flags } = computeFlags(['a', 'b'], [a, b], parties);
    expect(
      flags.filter((f) => f.kind === FlagKind.REPEAT_PERPETRATOR).map((f) => [f.caseId, f.relatedCaseId]),
    ).toEqual([
      ['a', 'b'],
      ['b', 'a'],
    ]);
    expect(flags.some((f) => f.kind === FlagKind.SERIAL_PERPETRATOR)).toBe(false);
  });

  it('REPEAT_PERPETRATOR: not when more than 12 months apart', () => {
    const a = kase('a', '2024-01-01');
    const b = kase('b', '2025-06-01');
    const parties = [
      on('a', 'v1', VICTIM),
      on('a', 'p', PERPETRATOR),
      on('b', 'v2', VICTIM),
      on('b', 'p', PERPETRATOR),
    ];
    const { flags } = computeFlags(['a', 'b'], [a, b], parties);
    expect(flags.filter((f) => f.kind === FlagKind.REPEAT_PERPETRATOR)).toEqual([]);
  });

  it('SERIAL_PERPETRATOR: two different victims, any time apart', () => {
    const a = kase('a', '2019-01-01');
    const b = kase('b', '2025-06-01');
    const parties = [
      on('a', 'v1', VICTIM),
      on('a', 'p', PERPETRATOR),
      on('b', 'v2', VICTIM),
      on('b', 'p', PERPETRATOR),
    ];
    const { flags } = computeFlags(['a', 'b'], [a, b], parties);
    const serial = flags.filter((f) => f.kind === FlagKind.SERIAL_PERPETRATOR);
    expect(serial.map((f) => [f.caseId, f.relatedCaseId])).toEqual([
      ['a', 'b'],
      ['b', 'a'],
    ]);
  });

  it('SERIAL_PERPETRATOR: a rejected case does not count', () => {
    const a = kase('a', '2024-01-01', REJECTED);
    const b = kase('b', '2025-06-01');
    const parties = [
      on('a', 'v1', VICTIM),
      on('a', 'p', PERPETRATOR),
      on('b', 'v2', VICTIM),
      on('b', 'p', PERPETRATOR),
    ];
    expect(computeFlags(['b'], [a, b], parties).flags).toEqual([]);
  });

  it('CROSS_PANEL: the perpetrator of a MARAC case is a MATAC nominal; both carry it, naming kind and reference', () => {
    const marac = kase('m', '2025-03-01');
    const matac = kase('n', '2025-09-01', ACCEPTED, MATAC);
    const parties = [
      on('m', 'v', VICTIM),
      on('m', 'p', PERPETRATOR),
      on('n', 'p', PERPETRATOR),
      on('n', 'v2', VICTIM),
    ];
    const { flags } = computeFlags(['m', 'n'], [marac, matac], parties);
    const cross = flags.filter((f) => f.kind === FlagKind.CROSS_PANEL);
    expect(cross.map((f) => [f.caseId, f.relatedCaseId])).toEqual([
      ['m', 'n'],
      ['n', 'm'],
    ]);
    expect(cross[0].explanation).toBe('A person on this case is also on MATAC case REF-n within 12 months');
  });

  it('CROSS_PANEL: not for the same panel kind, nor beyond 12 months', () => {
    const a = kase('a', '2023-01-01', ACCEPTED, HRAP);
    const b = kase('b', '2025-01-01');
    const c = kase('c', '2025-02-01');
    const parties = [on('a', 'x', ADULT_AT_RISK), on('b', 'x', VICTIM), on('c', 'x', VICTIM)];
    const { flags } = computeFlags(['a', 'b', 'c'], [a, b, c], parties);
    expect(flags.filter((f) => f.kind === FlagKind.CROSS_PANEL)).toEqual([]);
  });

  it('bidirectional abuse: a victim in one case may be the perpetrator in another', () => {
    const a = kase('a', '2025-01-01');
    const b = kase('b', '2025-02-01');
    const parties = [
      on('a', 'x', VICTIM),
      on('a', 'y', PERPETRATOR),
      on('b', 'y', VICTIM),
      on('b', 'x', PERPETRATOR),
    ];
    const { flags, repeats } = computeFlags(['a', 'b'], [a, b], parties);
    expect(repeats.every((r) => !r.isRepeat)).toBe(true);
    expect(flags).toEqual([]);
  });
});
