import { effectiveSettings } from '@marac/identity';
import { rangeChecks, withinRange } from './range-checks.js';

describe('withinRange', () => {
  it('checks closed and open ends; null for an unknown value', () => {
    expect(withinRange(0.3, 0.28, 0.4)).toBe(true);
    expect(withinRange(0.28, 0.28, 0.4)).toBe(true);
    expect(withinRange(0.4, 0.28, 0.4)).toBe(true);
    expect(withinRange(0.41, 0.28, 0.4)).toBe(false);
    expect(withinRange(0.2, 0.28, 0.4)).toBe(false);
    expect(withinRange(0.9, 0.16, null)).toBe(true);
    expect(withinRange(0.01, null, 0.1)).toBe(true);
    expect(withinRange(null, 0.28, 0.4)).toBeNull();
  });
});

describe('rangeChecks', () => {
  const figures = {
    casesHeard: 14,
    repeatRate: 4 / 14,
    maleShare: null,
    lgbtShare: 0,
    disabledShare: 5 / 14,
    bameShare: 0.5,
  };

  it('uses the SafeLives defaults; no per-10,000 check without a population, no BAME check without a share', () => {
    const checks = rangeChecks(figures, effectiveSettings({}), 365);
    expect(checks).toEqual([
      { figure: 'repeatRate', value: 4 / 14, expectedMin: 0.28, expectedMax: 0.4, withinRange: true },
      { figure: 'maleShare', value: null, expectedMin: 0.05, expectedMax: 0.1, withinRange: null },
      { figure: 'lgbtShare', value: 0, expectedMin: 0.05, expectedMax: null, withinRange: false },
      { figure: 'disabledShare', value: 5 / 14, expectedMin: 0.16, expectedMax: null, withinRange: true },
    ]);
  });

  it('cases per 10,000 adult women: the yearly range scaled to the period; BAME against the population share', () => {
    const settings = effectiveSettings({ adultFemalePopulation: 3500, bamePopulationShare: 0.6 });
    const year = rangeChecks(figures, settings, 365);
    expect(year[0]).toEqual({
      figure: 'casesPer10kAdultWomen',
      value: 40,
      expectedMin: 32,
      expectedMax: 48,
      withinRange: true,
    });
    expect(year.find((c) => c.figure === 'bameShare')).toEqual({
      figure: 'bameShare',
      value: 0.5,
      expectedMin: 0.6,
      expectedMax: null,
      withinRange: false,
    });
    const quarter = rangeChecks(figures, settings, 91);
    expect(quarter[0]).toMatchObject({
      expectedMin: 7.98,
      expectedMax: 11.97,
      value: 40,
      withinRange: false,
    });
    const suppressed = rangeChecks({ ...figures, casesHeard: null }, settings, 365);
    expect(suppressed[0]).toMatchObject({ value: null, withinRange: null });
  });

  it('follows the overrides: changed, switched off, added', () => {
    const settings = effectiveSettings({
      expectedRanges: [
        { figure: 'repeatRate', min: 0.2, max: 0.25 },
        { figure: 'lgbtShare', min: null, max: null },
        { figure: 'policeReferralShare', min: null, max: 0.8 },
      ],
    });
    const checks = rangeChecks({ ...figures, policeReferralShare: 0.5 }, settings, 365);
    expect(checks.map((c) => [c.figure, c.withinRange])).toEqual([
      ['repeatRate', false],
      ['maleShare', null],
      ['disabledShare', true],
      ['policeReferralShare', true],
    ]);
  });
});
