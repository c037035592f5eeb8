import { AgencyKind } from '@marac/core';
import {
  isSmall,
  presentFigures,
  presentReturnRow,
  Presenter,
  roundCount,
  ROUND_TO,
  suppressedSources,
  type ExactFigures,
} from './suppression.js';

const exact = (over: Partial<ExactFigures> = {}): ExactFigures => ({
  referrals: 17,
  casesHeard: 14,
  repeatCases: 4,
  sources: [
    { kind: AgencyKind.POLICE, count: 7 },
    { kind: AgencyKind.IDVA, count: 5 },
    { kind: AgencyKind.HOUSING, count: 2 },
  ],
  bameCases: 7,
  lgbtCases: 0,
  disabledCases: 5,
  maleCases: 1,
  childrenInHouseholds: 20,
  medianDaysReferralToHearing: 29.5,
  actionsTotal: 9,
  actionsCompleted: 5,
  actionsOverdue: 4,
  repeatPerpetrators: 1,
  serialPerpetrators: 2,
  crossPanelCases: 1,
  matacReviewed: 0,
  matacSustained: 0,
  matacMeanRfgvChange: null,
  meetingsHeld: 0,
  victimsAged16To17: 0,
  idvaEngaged: 0,
  furtherIncidents: 0,
  closedWithOutcome: 0,
  riskReduced: 0,
  perpetratorActionCases: 0,
  ...over,
});

describe('isSmall', () => {
  it('is 1..4', () => {
    expect([0, 1, 4, 5].map(isSmall)).toEqual([false, true, true, false]);
  });
});

describe('presentFigures', () => {
  it('shows exact figures to viewers who may see them', () => {
    const f = presentFigures(exact(), false);
    expect(f.suppressedFigures).toEqual([]);
    expect(f).toMatchObject({
      roundedTo: 1,
      referrals: 17,
      actionsTotal: 9,
      bameCases: 7,
      maleCases: 1,
      casesHeard: 14,
      repeatCases: 4,
      repeatRate: 4 / 14,
      policeReferralShare: 0.5,
      maleShare: 1 / 14,
      lgbtShare: 0,
      actionsOverdue: 4,
      actionCompletionRate: 5 / 9,
      crossPanelCases: 1,
    });
    expect(f.referralSources).toEqual([
      { agencyKind: 'POLICE', count: 7, share: 0.5 },
      { agencyKind: 'IDVA', count: 5, share: 5 / 14 },
      { agencyKind: 'HOUSING', count: 2, share: 2 / 14 },
    ]);
  });

  it('suppresses counts 1..4 and every share computed from them, naming each; rounds the rest to 5', () => {
    const f = presentFigures(exact(), true);
    expect(f).toMatchObject({
      roundedTo: 5,
      referrals: 15, // 17
      casesHeard: 15, // 14
      repeatCases: null,
      repeatRate: null,
      policeReferralShare: 5 / 15, // 7 of 14, from the rounded counts
      bameShare: 5 / 15, // 7 of 14
      bameCases: 5,
      lgbtShare: 0, // zero is not suppressed
      lgbtCases: 0,
      disabledShare: 5 / 15,
      disabledCases: 5,
      maleShare: null,
      maleCases: null,
      childrenInHouseholds: 20,
      medianDaysReferralToHearing: 29.5,
      actionsTotal: 10, // 9
      actionsCompleted: 5,
      actionsOverdue: null,
      actionCompletionRate: 5 / 10,
      repeatPerpetrators: null,
      serialPerpetrators: null,
      crossPanelCases: null,
      matacMeanRfgvChange: null,
      matacSustainedReductionShare: null,
    });
    expect(f.suppressedFigures).toEqual([
      'repeatCases',
      'repeatRate',
      'referralSources.IDVA',
      'referralSources.HOUSING',
      'maleShare',
      'actionsOverdue',
      'repeatPerpetrators',
      'serialPerpetrators',
      'crossPanelCases',
      'maleCases',
    ]);
  });

  it('secondary suppression: one suppressed source takes the next smallest with it', () => {
    const f = presentFigures(exact(), true);
    expect(f.referralSources).toEqual([
      { agencyKind: 'POLICE', count: 5, share: 5 / 15 },
      { agencyKind: 'IDVA', count: null, share: null },
      { agencyKind: 'HOUSING', count: null, share: null },
    ]);
    // nothing shown lets the hidden counts be worked out: 15 - 5 = 10 for IDVA + HOUSING, split unknown
    const shown = f.referralSources.reduce((a, s) => a + (s.count ?? 0), 0);
    expect(f.casesHeard! - shown).toBeGreaterThan(f.referralSources.filter((s) => s.count === null).length);
  });

  it('a small police count hides policeReferralShare too', () => {
    const f = presentFigures(
      exact({
        sources: [
          { kind: AgencyKind.POLICE, count: 3 },
          { kind: AgencyKind.IDVA, count: 11 },
        ],
      }),
      true,
    );
    expect(f.policeReferralShare).toBeNull();
    expect(f.referralSources.every((s) => s.count === null)).toBe(true);
    expect(f.suppressedFigures).toEqual(
      expect.arrayContaining(['referralSources.POLICE', 'referralSources.IDVA', 'policeReferralShare']),
    );
  });

  it('a small number of cases heard hides every case-level share, the median and the children', () => {
    const f = presentFigures(
      exact({
        casesHeard: 3,
        repeatCases: 0,
        sources: [{ kind: AgencyKind.POLICE, count: 3 }],
        bameCases: 0,
        disabledCases: 0,
        maleCases: 0,
        childrenInHouseholds: 6,
        medianDaysReferralToHearing: 20,
      }),
      true,
    );
    expect(f).toMatchObject({
      casesHeard: null,
      repeatCases: 0,
      repeatRate: null,
      policeReferralShare: null,
      bameShare: null,
      lgbtShare: null,
      disabledShare: null,
      maleShare: null,
      childrenInHouseholds: null,
      medianDaysReferralToHearing: null,
    });
    expect(f.suppressedFigures).toEqual(
      expect.arrayContaining([
        'casesHeard',
        'bameShare',
        'childrenInHouseholds',
        'medianDaysReferralToHearing',
      ]),
    );
  });

  it('a zero denominator gives null shares that are not suppressed', () => {
    const f = presentFigures(
      exact({
        casesHeard: 0,
        repeatCases: 0,
        sources: [],
        bameCases: 0,
        disabledCases: 0,
        maleCases: 0,
        childrenInHouseholds: 0,
        medianDaysReferralToHearing: null,
        actionsTotal: 0,
        actionsCompleted: 0,
        actionsOverdue: 0,
        repeatPerpetrators: 0,
        serialPerpetrators: 0,
        crossPanelCases: 0,
      }),
      true,
    );
    expect(f.suppressedFigures).toEqual([]);
    expect(f).toMatchObject({
      casesHeard: 0,
      repeatRate: null,
      policeReferralShare: null,
      actionCompletionRate: null,
    });
  });

  it('MATAC figures: hidden when fewer than 5 nominals were reviewed', () => {
    const x = exact({ matacReviewed: 4, matacSustained: 2, matacMeanRfgvChange: -3.75 });
    expect(presentFigures(x, false)).toMatchObject({
      matacMeanRfgvChange: -3.75,
      matacSustainedReductionShare: 0.5,
    });
    const s = presentFigures(x, true);
    expect(s).toMatchObject({ matacMeanRfgvChange: null, matacSustainedReductionShare: null });
    expect(s.suppressedFigures).toEqual(
      expect.arrayContaining(['matacMeanRfgvChange', 'matacSustainedReductionShare']),
    );
    const big = presentFigures(
      exact({ matacReviewed: 10, matacSustained: 6, matacMeanRfgvChange: -8 }),
      true,
    );
    // 6 of 10 reviewed: 5 of 10 from the rounded counts
    expect(big).toMatchObject({ matacMeanRfgvChange: -8, matacSustainedReductionShare: 0.5 });
  });
});

describe('shares of people with an attribute', () => {
  it('are hidden from STRATEGIC when those without it are few (9 of 10 male would name the one woman)', () => {
    const x = exact({ casesHeard: 20, maleCases: 18, bameCases: 10, lgbtCases: 0, disabledCases: 14 });
    const s = presentFigures(x, true);
    expect(s.maleShare).toBeNull();
    expect(s.maleCases).toBeNull();
    expect(s.suppressedFigures).toEqual(expect.arrayContaining(['maleShare', 'maleCases']));
    expect(s.bameShare).toBe(0.5);
    expect(s.lgbtShare).toBe(0);
    expect(s.disabledShare).toBe(0.75); // 14 of 20: 15 of 20 from the rounded counts
    expect(presentFigures(x, false).maleShare).toBe(0.9);
  });
});

describe('suppressedSources', () => {
  const cells = (...counts: [string, number][]) => counts.map(([kind, count]) => ({ kind, count }));
  it('hides nothing when no source is small', () => {
    expect(suppressedSources(cells(['A', 10], ['B', 5]))).toEqual(new Set());
  });
  it('one small source: the next smallest too (ties by name)', () => {
    expect(suppressedSources(cells(['A', 10], ['B', 6], ['C', 6], ['D', 2]))).toEqual(new Set(['D', 'B']));
  });
  it('two small sources that could only be 1 each: one more', () => {
    expect(suppressedSources(cells(['A', 10], ['B', 8], ['C', 1], ['D', 1]))).toEqual(
      new Set(['C', 'D', 'B']),
    );
  });
  it('two small sources of different sizes are not recoverable', () => {
    expect(suppressedSources(cells(['A', 10], ['C', 1], ['D', 3]))).toEqual(new Set(['C', 'D']));
  });
  it('every source small: all hidden, nothing more to do', () => {
    expect(suppressedSources(cells(['A', 4], ['B', 1]))).toEqual(new Set(['A', 'B']));
  });
  it('no recoverable count is left whatever the counts (exhaustive over small tables)', () => {
    for (let a = 0; a <= 9; a++)
      for (let b = 0; b <= 9; b++)
        for (let c = 0; c <= 9; c++) {
          const t = cells(['A', a], ['B', b], ['C', c]).filter((x) => x.count > 0);
          const hidden = suppressedSources(t);
          const hiddenCells = t.filter((x) => hidden.has(x.kind));
          // every small count is hidden
          expect(t.filter((x) => isSmall(x.count)).every((x) => hidden.has(x.kind))).toBe(true);
          // the hidden total (total minus what is shown) never pins down a hidden count when any is shown
          if (hiddenCells.length && hiddenCells.length < t.length) {
            const sum = hiddenCells.reduce((s, x) => s + x.count, 0);
            expect(hiddenCells.length).toBeGreaterThan(1);
            expect(sum).toBeGreaterThan(hiddenCells.length);
          }
        }
  });
});

describe('rounding for STRATEGIC viewers', () => {
  it('roundCount: the nearest multiple of 5; 0 stays 0 and no shown count (5 or more) becomes 0', () => {
    expect(ROUND_TO).toBe(5);
    expect([0, 5, 6, 7, 8, 9, 10, 12, 13, 14, 17, 18, 102, 103].map(roundCount)).toEqual([
      0, 5, 5, 5, 10, 10, 10, 10, 15, 15, 15, 20, 100, 105,
    ]);
    for (let n = 5; n < 1000; n++) {
      expect(roundCount(n) % 5).toBe(0);
      expect(Math.abs(roundCount(n) - n)).toBeLessThanOrEqual(2);
      expect(roundCount(n)).toBeGreaterThanOrEqual(5);
    }
  });

  it('every count shown is a multiple of 5 or null, and each share is a quotient of shown counts', () => {
    for (let heard = 0; heard <= 30; heard++)
      for (let repeat = 0; repeat <= heard; repeat += 3) {
        const police = Math.floor(heard / 2);
        const f = presentFigures(
          exact({
            casesHeard: heard,
            repeatCases: repeat,
            sources: [
              { kind: AgencyKind.POLICE, count: police },
              { kind: AgencyKind.IDVA, count: heard - police },
            ].filter((s) => s.count > 0),
            bameCases: repeat,
            lgbtCases: 0,
            disabledCases: Math.floor(heard / 3),
            maleCases: 1,
            childrenInHouseholds: heard * 2,
          }),
          true,
        );
        const counts = [
          f.casesHeard,
          f.repeatCases,
          f.referrals,
          f.childrenInHouseholds,
          f.actionsTotal,
          f.bameCases,
          f.disabledCases,
          ...f.referralSources.map((s) => s.count),
        ];
        for (const c of counts) if (c !== null) expect(c % 5).toBe(0);
        for (const c of counts) expect(c === null || c === 0 || c >= 5).toBe(true);
        // a share is null whenever its numerator or denominator is not shown
        if (f.repeatRate !== null) expect(f.repeatRate).toBe(f.repeatCases! / f.casesHeard!);
        else if (heard > 0) expect(f.repeatCases === null || f.casesHeard === null).toBe(true);
        if (f.bameShare !== null) expect(f.bameShare).toBe(f.bameCases! / f.casesHeard!);
        for (const s of f.referralSources)
          if (s.share !== null) expect(s.share).toBe(s.count! / f.casesHeard!);
          else expect(s.count === null || f.casesHeard === null).toBe(true);
      }
  });

  it('staff see exact counts and exact shares', () => {
    const f = presentFigures(exact({ casesHeard: 13, repeatCases: 7 }), false);
    expect(f).toMatchObject({ casesHeard: 13, repeatCases: 7, repeatRate: 7 / 13, roundedTo: 1 });
  });
});

describe('the figures of issue 11', () => {
  const x = exact({
    casesHeard: 40,
    meetingsHeld: 12,
    victimsAged16To17: 6,
    idvaEngaged: 23,
    furtherIncidents: 9,
    closedWithOutcome: 27,
    riskReduced: 18,
    perpetratorActionCases: 11,
  });

  it('exact for staff', () => {
    expect(presentFigures(x, false)).toMatchObject({
      meetingsHeld: 12,
      victimsAged16To17: 6,
      idvaEngagedShare: 23 / 40,
      furtherIncidents: 9,
      riskReducedShare: 18 / 27,
      perpetratorActionShare: 11 / 40,
    });
  });

  it('STRATEGIC: counts rounded to 5, shares from the rounded counts', () => {
    const f = presentFigures(x, true);
    expect(f).toMatchObject({
      meetingsHeld: 10,
      victimsAged16To17: 5,
      idvaEngagedShare: 25 / 40,
      furtherIncidents: 10,
      riskReducedShare: 20 / 25,
      perpetratorActionShare: 10 / 40,
    });
  });

  it('STRATEGIC: 1..4 suppressed, and a share hidden when those without are 1..4 (9 of 10 names the 1)', () => {
    const f = presentFigures(
      { ...x, meetingsHeld: 3, furtherIncidents: 0, closedWithOutcome: 10, riskReduced: 9, idvaEngaged: 2 },
      true,
    );
    expect(f).toMatchObject({
      meetingsHeld: null,
      furtherIncidents: 0,
      riskReducedShare: null,
      idvaEngagedShare: null,
    });
    expect(f.suppressedFigures).toEqual(
      expect.arrayContaining(['meetingsHeld', 'riskReducedShare', 'idvaEngagedShare']),
    );
    expect(f.suppressedFigures).not.toContain('furtherIncidents');
    // no closure with an outcome: no share, nothing suppressed
    const none = presentFigures({ ...x, closedWithOutcome: 0, riskReduced: 0 }, true);
    expect(none.riskReducedShare).toBeNull();
    expect(none.suppressedFigures).not.toContain('riskReducedShare');
  });
});

describe('presentReturnRow: the same rules as presentFigures', () => {
  it('shows every shared figure as panelMetrics does, for staff and for STRATEGIC, over many inputs', () => {
    for (const suppress of [false, true])
      for (const heard of [0, 1, 3, 4, 5, 6, 9, 14, 23])
        for (const police of [0, 1, 4, 5, heard]) {
          if (police > heard) continue;
          const rest = heard - police;
          const x = exact({
            casesHeard: heard,
            repeatCases: Math.min(heard, 4),
            childrenInHouseholds: heard * 2,
            sources: [
              { kind: AgencyKind.POLICE, count: police },
              { kind: AgencyKind.IDVA, count: Math.ceil(rest / 2) },
              { kind: AgencyKind.HOUSING, count: Math.floor(rest / 2) },
            ],
            bameCases: Math.floor(heard / 2),
            lgbtCases: heard > 0 ? 1 : 0,
            disabledCases: Math.max(0, heard - 2),
            maleCases: heard,
            victimsAged16To17: Math.floor(heard / 3),
          });
          const m = presentFigures(x, suppress);
          const p = new Presenter(suppress);
          const r = presentReturnRow(x, p);
          expect({
            heard,
            police,
            suppress,
            casesDiscussed: r.casesDiscussed,
            repeatCases: r.repeatCases,
            childrenInHouseholds: r.childrenInHouseholds,
            referralSources: r.referralSources,
            bameCases: r.bameCases,
            lgbtCases: r.lgbtCases,
            disabledCases: r.disabledCases,
            maleCases: r.maleCases,
            victimsAged16To17: r.victimsAged16To17,
          }).toEqual({
            heard,
            police,
            suppress,
            casesDiscussed: m.casesHeard,
            repeatCases: m.repeatCases,
            childrenInHouseholds: m.childrenInHouseholds,
            referralSources: m.referralSources,
            bameCases: m.bameCases,
            lgbtCases: m.lgbtCases,
            disabledCases: m.disabledCases,
            maleCases: m.maleCases,
            victimsAged16To17: m.victimsAged16To17,
          });
          expect(p.roundedTo).toBe(m.roundedTo);
        }
  });
});
