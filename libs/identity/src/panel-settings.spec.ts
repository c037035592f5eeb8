import { applySettingsChange, DEFAULT_EXPECTED_RANGES, effectiveSettings } from './panel-settings.js';

describe('panel settings', () => {
  it('shows the SafeLives defaults when nothing is stored', () => {
    expect(effectiveSettings({})).toEqual({
      adultFemalePopulation: null,
      bamePopulationShare: null,
      expectedRanges: DEFAULT_EXPECTED_RANGES,
    });
    expect(effectiveSettings(null).expectedRanges.map((r) => r.figure)).toEqual([
      'casesPer10kAdultWomen',
      'repeatRate',
      'maleShare',
      'lgbtShare',
      'disabledShare',
      'bameShare',
    ]);
  });

  it('takes the BAME minimum from the population share, unless overridden', () => {
    const s = effectiveSettings({ bamePopulationShare: 0.12 });
    expect(s.expectedRanges.find((r) => r.figure === 'bameShare')).toEqual({
      figure: 'bameShare',
      min: 0.12,
      max: null,
    });
    const o = effectiveSettings({
      bamePopulationShare: 0.12,
      expectedRanges: [{ figure: 'bameShare', min: 0.2, max: null }],
    });
    expect(o.expectedRanges.find((r) => r.figure === 'bameShare')?.min).toBe(0.2);
  });

  it('applies a change: left out is kept, null clears, ranges replace the earlier overrides', () => {
    let s = applySettingsChange({}, { adultFemalePopulation: 3500, bamePopulationShare: 0.6 });
    s = applySettingsChange(s, { expectedRanges: [{ figure: 'repeatRate', min: 0.25, max: 0.35 }] });
    expect(s).toEqual({
      adultFemalePopulation: 3500,
      bamePopulationShare: 0.6,
      expectedRanges: [{ figure: 'repeatRate', min: 0.25, max: 0.35 }],
    });
    s = applySettingsChange(s, { adultFemalePopulation: null, expectedRanges: [] });
    expect(s).toEqual({ adultFemalePopulation: null, bamePopulationShare: 0.6, expectedRanges: [] });
    expect(effectiveSettings(s).expectedRanges.find((r) => r.figure === 'repeatRate')).toEqual({
      figure: 'repeatRate',
      min: 0.28,
      max: 0.4,
    });
  });

  it.each([
    [{ adultFemalePopulation: 0 }, 'adultFemalePopulation'],
    [{ adultFemalePopulation: 1.5 }, 'adultFemalePopulation'],
    [{ bamePopulationShare: 1.2 }, 'bamePopulationShare'],
    [{ expectedRanges: [{ figure: 'shoeSize', min: 1 }] }, 'expectedRanges.0.figure'],
    [{ expectedRanges: [{ figure: 'repeatRate', min: 28, max: 40 }] }, 'expectedRanges.0.min'],
    [{ expectedRanges: [{ figure: 'repeatRate', min: 0.5, max: 0.4 }] }, 'expectedRanges.0.min'],
    [
      {
        expectedRanges: [
          { figure: 'maleShare', min: 0.1 },
          { figure: 'maleShare', min: 0.2 },
        ],
      },
      'expectedRanges.1.figure',
    ],
  ])('refuses %j (BAD_USER_INPUT on %s)', (change, field) => {
    expect(() => applySettingsChange({}, change)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field }) }),
    );
  });

  it('accepts per-10,000 ranges above 1', () => {
    expect(
      applySettingsChange({}, { expectedRanges: [{ figure: 'casesPer10kAdultWomen', min: 30, max: 50 }] })
        .expectedRanges,
    ).toEqual([{ figure: 'casesPer10kAdultWomen', min: 30, max: 50 }]);
  });
});
