import { FIGURE_GROUPS, groupsFor } from './figure-groups.js';

describe('groupsFor: the parts of the metrics statement a selection needs', () => {
  const of = (fields: string[] | null) => [...groupsFor(fields)].sort();
  it('four counts need their three groups only', () => {
    expect(of(['referrals', 'casesHeard', 'repeatCases', 'meetingsHeld'])).toEqual([
      'cases',
      'held',
      'referrals',
    ]);
  });
  it('a share brings in the group of its population', () => {
    expect(of(['policeReferralShare'])).toEqual(['cases', 'sources']);
    expect(of(['riskReducedShare'])).toEqual(['closures']);
  });
  it('the period alone needs no figure', () => {
    expect(of(['panelId', 'from', 'to'])).toEqual([]);
  });
  it('rangeChecks, suppressedFigures, a field it does not know, or no selection: every group', () => {
    for (const fields of [['referrals', 'rangeChecks'], ['suppressedFigures'], ['somethingNew'], null])
      expect(of(fields)).toEqual([...FIGURE_GROUPS].sort());
  });
  it('"constructor" and other Object.prototype names are not fields', () => {
    expect(of(['constructor'])).toEqual([...FIGURE_GROUPS].sort());
  });
});
