import { PanelKind } from '@marac/core';
import { CaseStatus, FlagKind, PersonRole } from './case.enums.js';
import {
  addCalendarMonths,
  computeFlags,
  crossPanelOverlap,
  furtherIncidentOutcome,
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

  it('SERIAL_PERPETRATOR: two different victims within 3 years of each other', () => {
    const a = kase('a', '2022-06-01');
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

  it.each([
    ['exactly 3 years', '2022-06-01', '2025-06-01', true],
    ['3 years and a day', '2022-06-01', '2025-06-02', false],
    ['leap day + 3 years is 28 February', '2024-02-29', '2027-02-28', true],
  ])('SERIAL_PERPETRATOR at %s', (_name, first, second, expected) => {
    const a = kase('a', first, ACCEPTED, MATAC);
    const b = kase('b', second);
    const parties = [
      on('a', 'p', PERPETRATOR),
      on('a', 'v1', VICTIM),
      on('b', 'v2', VICTIM),
      on('b', 'p', PERPETRATOR),
    ];
    const { flags } = computeFlags(['b'], [a, b], parties);
    expect(flags.some((f) => f.kind === FlagKind.SERIAL_PERPETRATOR)).toBe(expected);
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
    expect(cross[0].explanation).toBe(
      'A person on this case is also on MATAC case REF-n open within 12 months',
    );
  });

  it('CROSS_PANEL: not for the same panel kind, nor beyond 12 months after the other case closed', () => {
    const a = { ...kase('a', '2023-01-01', CLOSED, HRAP), closedOn: '2023-06-01' };
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

describe('REPEAT: the same victim AND perpetrator, the incident date decides (SafeLives)', () => {
  // v: the victim; p, q: perpetrators; each row gives the earlier case and the new one
  const row = (
    name: string,
    earlier: { date: string; perps: string[]; status?: CaseStatus; kind?: PanelKind },
    target: { date: string; incident?: string; perps: string[]; previousMarac?: CaseFacts['previousMarac'] },
    expected: 'REPEAT' | 'POSSIBLE_REPEAT' | 'EXTERNAL' | null,
  ) => ({ name, earlier, target, expected });
  const table = [
    row(
      'the same perpetrator, 5 months later',
      { date: '2025-01-10', perps: ['p'] },
      { date: '2025-06-10', perps: ['p'] },
      'REPEAT',
    ),
    row(
      'the same victim with a new perpetrator: only a hint',
      { date: '2025-01-10', perps: ['p'] },
      { date: '2025-06-10', perps: ['q'] },
      'POSSIBLE_REPEAT',
    ),
    row(
      'one perpetrator in common is enough',
      { date: '2025-01-10', perps: ['p', 'q'] },
      { date: '2025-06-10', perps: ['q'] },
      'REPEAT',
    ),
    row(
      'no perpetrator named on the new case: the victim decides',
      { date: '2025-01-10', perps: ['p'] },
      { date: '2025-06-10', perps: [] },
      'REPEAT',
    ),
    row(
      'no perpetrator named on the earlier case: the victim decides',
      { date: '2025-01-10', perps: [] },
      { date: '2025-06-10', perps: ['q'] },
      'REPEAT',
    ),
    row(
      'incident in month 11, referred in month 13',
      { date: '2025-01-10', perps: ['p'] },
      { date: '2026-02-10', incident: '2025-12-10', perps: ['p'] },
      'REPEAT',
    ),
    row(
      'incident at exactly 12 months',
      { date: '2025-01-10', perps: ['p'] },
      { date: '2026-03-01', incident: '2026-01-10', perps: ['p'] },
      'REPEAT',
    ),
    row(
      'incident at 12 months and a day',
      { date: '2025-01-10', perps: ['p'] },
      { date: '2026-03-01', incident: '2026-01-11', perps: ['p'] },
      null,
    ),
    row(
      'an earlier case referred after the incident is not L',
      { date: '2025-06-01', perps: ['p'] },
      { date: '2025-07-01', incident: '2025-05-01', perps: ['p'] },
      null,
    ),
    row(
      'a rejected earlier case never counts',
      { date: '2025-01-10', perps: ['p'], status: REJECTED },
      { date: '2025-06-10', perps: ['p'] },
      null,
    ),
    row(
      'an HRAP case is not a MARAC',
      { date: '2025-01-10', perps: ['p'], kind: HRAP },
      { date: '2025-06-10', perps: ['p'] },
      null,
    ),
    row(
      'a previous MARAC elsewhere counts, naming its area',
      { date: '2020-01-10', perps: ['p'] },
      { date: '2025-06-10', perps: ['q'], previousMarac: { area: 'Durham', referralDate: '2025-02-01' } },
      'EXTERNAL',
    ),
    row(
      'a previous MARAC elsewhere more than 12 months before the incident does not',
      { date: '2020-01-10', perps: ['p'] },
      { date: '2025-06-10', perps: ['q'], previousMarac: { area: 'Durham', referralDate: '2024-06-09' } },
      null,
    ),
  ];

  it.each(table)('$name', ({ earlier, target, expected }) => {
    const kind = earlier.kind ?? MARAC;
    const e = kase('e', earlier.date, earlier.status ?? ACCEPTED, kind);
    const n: CaseFacts = {
      ...kase('n', target.date, SUBMITTED),
      incidentDate: target.incident ?? null,
      previousMarac: target.previousMarac ?? null,
    };
    const parties = [
      on('e', 'v', kind === HRAP ? ADULT_AT_RISK : VICTIM),
      ...earlier.perps.map((p) => on('e', p, PERPETRATOR)),
      on('n', 'v', VICTIM),
      ...target.perps.map((p) => on('n', p, PERPETRATOR)),
    ];
    const { flags, repeats } = computeFlags(['n'], [e, n], parties);
    const kinds = flags.filter((f) => f.kind === FlagKind.REPEAT || f.kind === FlagKind.POSSIBLE_REPEAT);
    const r = repeats[0];
    switch (expected) {
      case 'REPEAT':
        expect([r.isRepeat, r.previousCaseId]).toEqual([true, 'e']);
        expect(kinds.map((f) => [f.kind, f.relatedCaseId])).toEqual([[FlagKind.REPEAT, 'e']]);
        break;
      case 'EXTERNAL':
        expect([r.isRepeat, r.previousCaseId, r.previousArea]).toEqual([true, null, 'Durham']);
        expect(kinds.map((f) => [f.kind, f.relatedArea])).toEqual([[FlagKind.REPEAT, 'Durham']]);
        expect(kinds[0].explanation).toContain('Durham');
        break;
      case 'POSSIBLE_REPEAT':
        expect(r.isRepeat).toBe(false);
        expect(kinds.map((f) => [f.kind, f.relatedCaseId])).toEqual([[FlagKind.POSSIBLE_REPEAT, 'e']]);
        break;
      default:
        expect(r.isRepeat).toBe(false);
        expect(kinds).toEqual([]);
    }
  });

  it('ties on the referral date go by reference', () => {
    const a = { ...kase('a', '2025-03-01'), reference: 'MARAC-HPL-2025-0002' };
    const b = { ...kase('b', '2025-03-01'), reference: 'MARAC-HPL-2025-0001' };
    const parties = [on('a', 'v', VICTIM), on('b', 'v', VICTIM)];
    const { repeats } = computeFlags(['a', 'b'], [a, b], parties);
    expect(repeats.map((r) => [r.caseId, r.previousCaseId])).toEqual([
      ['a', 'b'],
      ['b', null],
    ]);
  });
});

describe('CROSS_PANEL spans the other case open period and 12 months either side', () => {
  it.each([
    ['an open MATAC nomination older than 12 months', { date: '2024-01-15' }, '2025-09-01', true],
    [
      'a MATAC case closed 12 months before',
      { date: '2023-01-15', closed: '2024-09-01' },
      '2025-09-01',
      true,
    ],
    [
      'a MATAC case closed 12 months and a day before',
      { date: '2023-01-15', closed: '2024-08-31' },
      '2025-09-01',
      false,
    ],
    ['a MATAC case referred 12 months after', { date: '2026-09-01' }, '2025-09-01', true],
    ['a MATAC case referred later, while the MARAC case is open', { date: '2027-06-02' }, '2025-09-01', true],
  ] as [string, { date: string; closed?: string }, string, boolean][])(
    '%s',
    (_name, other, maracDate, expected) => {
      const matac: CaseFacts = {
        ...kase('n', other.date, other.closed ? CLOSED : HEARD, MATAC),
        closedOn: other.closed ?? null,
      };
      const marac = kase('m', maracDate);
      expect(crossPanelOverlap(marac, matac)).toBe(expected);
      const parties = [on('n', 'p', PERPETRATOR), on('m', 'v', VICTIM), on('m', 'p', PERPETRATOR)];
      const { flags } = computeFlags(['m'], [matac, marac], parties);
      expect(flags.some((f) => f.kind === FlagKind.CROSS_PANEL)).toBe(expected);
    },
  );

  it('not for a MATAC case referred more than 12 months after the MARAC case closed', () => {
    const marac: CaseFacts = { ...kase('m', '2024-01-10', CLOSED), closedOn: '2024-05-01' };
    expect(crossPanelOverlap(marac, kase('n', '2025-05-01', ACCEPTED, MATAC))).toBe(true);
    expect(crossPanelOverlap(marac, kase('n', '2025-05-02', ACCEPTED, MATAC))).toBe(false);
  });
});

describe('a further incident ("flag and tag")', () => {
  const today = '2026-11-30';
  it.each([
    ['a heard MARAC case, incident at 12 months', MARAC, HEARD, '2025-11-30', 'REPEAT_REFERRAL'],
    ['a closed MARAC case, incident within 12 months', MARAC, CLOSED, '2026-03-01', 'REPEAT_REFERRAL'],
    ['a heard MARAC case, incident at 12 months and a day', MARAC, HEARD, '2025-11-29', 'REFUSED'],
    ['a MARAC case not yet heard', MARAC, ACCEPTED, '2026-06-01', 'RECORD_ONLY'],
    ['a MATAC case', MATAC, HEARD, '2020-01-01', 'RECORD_ONLY'],
    ['an HRAP case', HRAP, HEARD, '2020-01-01', 'RECORD_ONLY'],
  ])('%s', (_name, panelKind, status, referralDate, expected) => {
    expect(furtherIncidentOutcome({ panelKind, status, referralDate }, '2026-11-30', today).kind).toBe(
      expected,
    );
  });

  it('refuses an incident in the future or before the referral', () => {
    const c = { panelKind: MARAC, status: HEARD, referralDate: '2026-06-01' };
    expect(furtherIncidentOutcome(c, '2026-12-01', today)).toMatchObject({
      kind: 'REFUSED',
      field: 'incidentDate',
    });
    expect(furtherIncidentOutcome(c, '2026-05-31', today)).toMatchObject({
      kind: 'REFUSED',
      field: 'incidentDate',
    });
  });
});

describe('issue 11 boundaries', () => {
  // v: the victim; p, q: perpetrators; e: the earlier case, n: the new one
  const repeatOfN = (e: CaseFacts, n: CaseFacts, parties: Party[]) => {
    const { flags, repeats } = computeFlags(['n'], [e, n], parties);
    const kinds = flags
      .filter((f) => f.kind === FlagKind.REPEAT || f.kind === FlagKind.POSSIBLE_REPEAT)
      .map((f) => f.kind);
    return { isRepeat: repeats[0].isRepeat, kinds };
  };

  it('the same victim with a new perpetrator is a hint; the perpetrator identified later (linked) makes it a repeat; removed again, a hint', () => {
    const e = kase('e', '2025-01-10');
    const n = kase('n', '2025-06-10', SUBMITTED);
    const base = [
      on('e', 'v', VICTIM),
      on('e', 'p', PERPETRATOR),
      on('n', 'v', VICTIM),
      on('n', 'q', PERPETRATOR),
    ];
    expect(repeatOfN(e, n, base)).toEqual({ isRepeat: false, kinds: [FlagKind.POSSIBLE_REPEAT] });
    expect(repeatOfN(e, n, [...base, on('n', 'p', PERPETRATOR)])).toEqual({
      isRepeat: true,
      kinds: [FlagKind.REPEAT],
    });
    // and the case that shares the added perpetrator carries REPEAT_PERPETRATOR once both are accepted
    const accepted = { ...n, status: ACCEPTED };
    const { flags } = computeFlags(['e'], [e, accepted], [...base, on('n', 'p', PERPETRATOR)]);
    expect(flags.map((f) => [f.kind, f.relatedCaseId])).toEqual([[FlagKind.REPEAT_PERPETRATOR, 'n']]);
    expect(computeFlags(['e'], [e, accepted], base).flags).toEqual([]);
  });

  it('no perpetrator named on either case: the victim alone decides', () => {
    const parties = [on('e', 'v', VICTIM), on('n', 'v', VICTIM)];
    expect(repeatOfN(kase('e', '2025-01-10'), kase('n', '2025-12-10', SUBMITTED), parties)).toEqual({
      isRepeat: true,
      kinds: [FlagKind.REPEAT],
    });
  });

  it.each([
    [
      'an incident at exactly 12 months, referred 5 months later (a repeat referral of a further incident)',
      '2026-01-10',
      true,
    ],
    ['an incident at 12 months and a day, referred 5 months later', '2026-01-11', false],
  ])('%s', (_name, incident, expected) => {
    const e = kase('e', '2025-01-10', HEARD);
    const n = { ...kase('n', '2026-06-15', SUBMITTED), incidentDate: incident };
    const parties = [
      on('e', 'v', VICTIM),
      on('e', 'p', PERPETRATOR),
      on('n', 'v', VICTIM),
      on('n', 'p', PERPETRATOR),
    ];
    expect(repeatOfN(e, n, parties).isRepeat).toBe(expected);
  });

  it.each([
    ['a previous MARAC elsewhere exactly 12 months before the incident', '2024-06-10', true],
    ['a previous MARAC elsewhere later than the platform case (it is L)', '2025-03-01', true],
    ['a previous MARAC elsewhere after the incident does not count', '2025-06-11', false],
  ])('%s', (_name, elsewhere, expected) => {
    // the platform case is out of the window: only the MARAC elsewhere can make it a repeat
    const e = kase('e', '2023-01-10');
    const n: CaseFacts = {
      ...kase('n', '2025-06-20', SUBMITTED),
      incidentDate: '2025-06-10',
      previousMarac: { area: 'Durham', referralDate: elsewhere },
    };
    const parties = [on('e', 'v', VICTIM), on('n', 'v', VICTIM)];
    const { flags, repeats } = computeFlags(['n'], [e, n], parties);
    expect([repeats[0].isRepeat, repeats[0].previousArea ?? null]).toEqual(
      expected ? [true, 'Durham'] : [false, null],
    );
    expect(flags.some((f) => f.kind === FlagKind.REPEAT && f.relatedArea === 'Durham')).toBe(expected);
  });

  describe('a further incident', () => {
    const today = '2026-06-15';
    it.each([
      ['at 12 months on a heard case', HEARD, '2025-06-15', '2026-06-15', 'REPEAT_REFERRAL'],
      ['at 12 months and a day on a heard case', HEARD, '2025-06-14', '2026-06-15', 'REFUSED'],
      ['at 12 months and a day on a closed case', CLOSED, '2025-06-14', '2026-06-15', 'REFUSED'],
      ['leap day + 12 months (28 February)', HEARD, '2024-02-29', '2025-02-28', 'REPEAT_REFERRAL'],
      ['leap day + 12 months and a day', HEARD, '2024-02-29', '2025-03-01', 'REFUSED'],
      ['on the referral date itself', HEARD, '2026-06-15', '2026-06-15', 'REPEAT_REFERRAL'],
      ['on a submitted referral', SUBMITTED, '2026-06-01', '2026-06-10', 'RECORD_ONLY'],
      ['on a listed case not yet heard', CaseStatus.LISTED, '2026-06-01', '2026-06-10', 'RECORD_ONLY'],
      [
        'on a case not yet heard, beyond 12 months: still refused',
        ACCEPTED,
        '2025-01-01',
        '2026-06-10',
        'REFUSED',
      ],
    ])('%s', (_name, status, referralDate, incident, expected) => {
      const outcome = furtherIncidentOutcome({ panelKind: MARAC, status, referralDate }, incident, today);
      expect(outcome.kind).toBe(expected);
      if (outcome.kind === 'REFUSED' && incident > addCalendarMonths(referralDate, 12)) {
        expect(outcome.message).toContain('new referral');
      }
    });

    it('on MATAC and HRAP cases: recorded only, however long after the referral; never before it', () => {
      for (const panelKind of [MATAC, HRAP]) {
        const c = { panelKind, status: HEARD, referralDate: '2020-01-01' };
        expect(furtherIncidentOutcome(c, '2026-06-15', today).kind).toBe('RECORD_ONLY');
        expect(furtherIncidentOutcome(c, '2019-12-31', today).kind).toBe('REFUSED');
      }
    });
  });

  it.each([
    ['two victims 3 years and a day apart', ['2022-01-01', '2025-01-02'], false],
    ['...with a third victim within 3 years of both', ['2022-01-01', '2025-01-02', '2023-06-01'], true],
    ['two victims exactly 3 years apart', ['2022-01-01', '2025-01-01'], true],
  ])('SERIAL_PERPETRATOR: %s', (_name, dates, expected) => {
    const cases = dates.map((d, i) => kase(`c${i}`, d));
    const parties = cases.flatMap((c, i) => [on(c.id, `v${i}`, VICTIM), on(c.id, 'p', PERPETRATOR)]);
    const { flags } = computeFlags(['c1'], cases, parties);
    expect(flags.some((f) => f.kind === FlagKind.SERIAL_PERPETRATOR)).toBe(expected);
  });

  it.each([
    ['an open MATAC nomination 14 months old, still reviewed (HEARD)', HEARD, true],
    ['an open MATAC nomination 3 years old, relisted for review (LISTED)', CaseStatus.LISTED, true],
    ['a MATAC nomination never accepted does not count', SUBMITTED, false],
  ])('CROSS_PANEL against %s', (name, status, expected) => {
    const nominated = name.includes('3 years') ? '2023-04-01' : '2024-04-01';
    const matac = kase('n', nominated, status, MATAC);
    const marac = kase('m', '2025-06-01');
    const parties = [
      on('n', 'p', PERPETRATOR),
      on('n', 'w', VICTIM),
      on('m', 'v', VICTIM),
      on('m', 'p', PERPETRATOR),
    ];
    // the new MARAC case carries it (the other side of a comparison is always an accepted case)
    const { flags } = computeFlags(['m'], [matac, marac], parties);
    const cross = flags.filter((f) => f.kind === FlagKind.CROSS_PANEL).map((f) => f.relatedCaseId);
    expect(cross).toEqual(expected ? ['n'] : []);
  });
});

describe('REPEAT: boundaries of the incident date and a previous MARAC (referral facts)', () => {
  // the victim v and the perpetrator p on an earlier platform case `e` (when given) and on the new case `n`
  it.each<[string, string | null, { date: string; incident?: string; pm?: string }, 'e' | 'Leeds' | null]>([
    [
      'a previous MARAC exactly 12 months before the incident counts',
      null,
      { date: '2025-08-01', incident: '2025-06-10', pm: '2024-06-10' },
      'Leeds',
    ],
    [
      'a previous MARAC after the incident (but before the referral) does not',
      null,
      { date: '2025-06-10', incident: '2025-03-01', pm: '2025-04-01' },
      null,
    ],
    [
      'a platform case of the same date as the previous MARAC wins the tie',
      '2025-03-01',
      { date: '2025-06-10', pm: '2025-03-01' },
      'e',
    ],
    [
      'a later platform case is L, not an older previous MARAC',
      '2025-03-01',
      { date: '2025-06-10', pm: '2025-01-01' },
      'e',
    ],
    [
      'a previous MARAC later than the platform case is L',
      '2024-03-01',
      { date: '2025-06-10', pm: '2025-01-01' },
      'Leeds',
    ],
    [
      'leap day + 12 months: an incident on 28 February, referred in April',
      '2024-02-29',
      { date: '2025-04-01', incident: '2025-02-28' },
      'e',
    ],
    [
      'leap day + 12 months and a day: an incident on 1 March',
      '2024-02-29',
      { date: '2025-04-01', incident: '2025-03-01' },
      null,
    ],
  ])('%s', (_name, earlier, target, expected) => {
    const cases: CaseFacts[] = [
      {
        ...kase('n', target.date, SUBMITTED),
        incidentDate: target.incident ?? null,
        previousMarac: target.pm ? { area: 'Leeds', referralDate: target.pm } : null,
      },
      ...(earlier ? [kase('e', earlier)] : []),
    ];
    const parties = [
      on('n', 'v', VICTIM),
      on('n', 'p', PERPETRATOR),
      ...(earlier ? [on('e', 'v', VICTIM), on('e', 'p', PERPETRATOR)] : []),
    ];
    const { flags, repeats } = computeFlags(['n'], cases, parties);
    const r = repeats[0];
    const repeat = flags.filter((f) => f.caseId === 'n' && f.kind === FlagKind.REPEAT);
    if (expected === null) {
      expect(r.isRepeat).toBe(false);
      expect(repeat).toEqual([]);
    } else if (expected === 'e') {
      expect([r.isRepeat, r.previousCaseId, r.previousArea ?? null]).toEqual([true, 'e', null]);
      expect(repeat.map((f) => [f.relatedCaseId, f.relatedArea ?? null])).toEqual([['e', null]]);
    } else {
      expect([r.isRepeat, r.previousCaseId, r.previousArea]).toEqual([true, null, 'Leeds']);
      expect(repeat.map((f) => [f.relatedCaseId, f.relatedArea])).toEqual([[null, 'Leeds']]);
    }
  });

  it('CROSS_PANEL against a closed case whose closing date is not known (closed before closedOn existed) stays open-ended', () => {
    const matac: CaseFacts = { ...kase('n', '2020-01-10', CLOSED, MATAC), closedOn: null };
    expect(crossPanelOverlap(kase('m', '2025-09-01'), matac)).toBe(true);
  });
});
