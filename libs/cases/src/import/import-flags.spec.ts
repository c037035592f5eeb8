import { PanelKind } from '@marac/core';
import { CaseStatus, PersonRole } from '../case.enums.js';
import { computeFlags, type CaseFacts, type Party } from '../repeat-detection.js';
import { personGroups } from './import-flags.js';

/** A pseudo-random history: victims and perpetrators shared between cases of two panel kinds. */
function history(n: number): { cases: CaseFacts[]; parties: Party[] } {
  let seed = 7;
  const rnd = (k: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % k;
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
    parties.push({ caseId: `c${i}`, personId: `v${rnd(n / 3)}`, role: PersonRole.VICTIM });
    if (rnd(4)) parties.push({ caseId: `c${i}`, personId: `p${rnd(n / 4)}`, role: PersonRole.PERPETRATOR });
  }
  return { cases, parties };
}

const sorted = <T>(xs: T[]) => [...xs].map((x) => JSON.stringify(x)).sort();

describe('personGroups', () => {
  it('puts cases sharing a person (directly or through others) in one group, and every case in exactly one', () => {
    const { cases, parties } = history(300);
    const groups = personGroups(cases, parties);
    expect(groups.flatMap((g) => g.cases.map((c) => c.id)).sort()).toEqual(cases.map((c) => c.id).sort());
    const groupOf = new Map(groups.flatMap((g, i) => g.cases.map((c) => [c.id, i] as const)));
    for (const p of parties)
      for (const q of parties)
        if (p.personId === q.personId) expect(groupOf.get(p.caseId)).toBe(groupOf.get(q.caseId));
    expect(groups.length).toBeGreaterThan(1);
  });

  it('computing flags group by group gives exactly the flags computed over everything', () => {
    const { cases, parties } = history(300);
    const ids = cases.map((c) => c.id);
    const whole = computeFlags(ids, cases, parties);
    const byGroup = personGroups(cases, parties).map((g) =>
      computeFlags(
        g.cases.map((c) => c.id),
        g.cases,
        g.parties,
      ),
    );
    expect(sorted(byGroup.flatMap((r) => r.flags))).toEqual(sorted(whole.flags));
    expect(sorted(byGroup.flatMap((r) => r.repeats))).toEqual(sorted(whole.repeats));
    expect(whole.flags.length).toBeGreaterThan(10);
  });
});
