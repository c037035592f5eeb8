import { PanelKind } from '@marac/core';
import { CaseStatus, PersonRole } from '../case.enums.js';
import { computeFlags, type CaseFacts, type Party } from '../repeat-detection.js';
import { flagsByNeighbourhood } from './import-flags.js';

/** A pseudo-random history: victims and perpetrators shared between cases of two panel kinds. */
function history(n: number): { cases: CaseFacts[]; parties: Party[] } {
  let seed = 7;
  const rnd = (k: number) => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let x = Math.imul(seed ^ (seed >>> 15), seed | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) % k;
  };
  const statuses = [CaseStatus.ACCEPTED, CaseStatus.HEARD, CaseStatus.CLOSED, CaseStatus.REJECTED];
  const cases: CaseFacts[] = [];
  const parties: Party[] = [];
  for (let i = 0; i < n; i++) {
    const month = String(1 + rnd(12)).padStart(2, '0');
    const date = `${2023 + rnd(3)}-${month}-${String(1 + rnd(28)).padStart(2, '0')}`;
    const status = statuses[rnd(4)];
    cases.push({
      id: `c${i}`,
      reference: `R-${String(i).padStart(4, '0')}`,
      panelKind: rnd(5) === 0 ? PanelKind.MATAC : PanelKind.MARAC,
      status,
      referralDate: date,
      seq: i,
      closedOn: status === CaseStatus.CLOSED ? `${date.slice(0, 4)}-12-31` : null,
    });
    parties.push({ caseId: `c${i}`, personId: `v${rnd(Math.floor(n / 3))}`, role: PersonRole.VICTIM });
    if (rnd(4))
      parties.push({ caseId: `c${i}`, personId: `p${rnd(Math.floor(n / 4))}`, role: PersonRole.PERPETRATOR });
  }
  return { cases, parties };
}

const sorted = <T>(xs: T[]) => [...xs].map((x) => JSON.stringify(x)).sort();

describe('flagsByNeighbourhood', () => {
  it('gives exactly the flags and repeat results of computeFlags over everything', () => {
    const { cases, parties } = history(400);
    const ids = cases.map((c) => c.id);
    const whole = computeFlags(ids, cases, parties);
    const near = flagsByNeighbourhood(ids, cases, parties);
    expect(sorted(near.flags)).toEqual(sorted(whole.flags));
    expect(sorted(near.repeats)).toEqual(sorted(whole.repeats));
    expect(whole.flags.length).toBeGreaterThan(10);
    expect(new Set(whole.flags.map((f) => f.kind)).size).toBeGreaterThanOrEqual(4);
  });

  it('for some targets only, with every case around them', () => {
    const { cases, parties } = history(400);
    const some = cases.filter((_c, i) => i % 3 === 0).map((c) => c.id);
    expect(sorted(flagsByNeighbourhood(some, cases, parties).flags)).toEqual(
      sorted(computeFlags(some, cases, parties).flags),
    );
  });
});
