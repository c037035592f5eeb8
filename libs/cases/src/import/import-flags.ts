import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@marac/core';
import { CaseRepository } from '../case.repository.js';
import { FlagRepository, type NewFlag } from '../flag.repository.js';
import { computeFlags, type CaseFacts, type Party, type RepeatResult } from '../repeat-detection.js';

/**
 * The cases connected through shared persons, each group with its parties. The flags of a case depend only on the
 * cases sharing a person with it, so computing them group by group gives exactly what computing them over everything
 * gives, in time proportional to the groups' sizes (computeFlags compares each target with every case it is given).
 */
export function personGroups(
  cases: readonly CaseFacts[],
  parties: readonly Party[],
): { cases: CaseFacts[]; parties: Party[] }[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    // path compression
    while (parent.get(x) !== r) {
      const next = parent.get(x)!;
      parent.set(x, r);
      x = next;
    }
    return r;
  };
  for (const c of cases) parent.set(c.id, c.id);
  const firstCaseOfPerson = new Map<string, string>();
  for (const p of parties) {
    if (!parent.has(p.caseId)) continue;
    const other = firstCaseOfPerson.get(p.personId);
    if (other === undefined) firstCaseOfPerson.set(p.personId, p.caseId);
    else {
      const a = find(other);
      const b = find(p.caseId);
      if (a !== b) parent.set(a, b);
    }
  }
  const groups = new Map<string, { cases: CaseFacts[]; parties: Party[] }>();
  for (const c of cases) {
    const root = find(c.id);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { cases: [], parties: [] }));
    g.cases.push(c);
  }
  for (const p of parties) if (parent.has(p.caseId)) groups.get(find(p.caseId))!.parties.push(p);
  return [...groups.values()];
}

/**
 * Flags after an import, set-wise: the same rule (repeat-detection.ts `computeFlags`) and the same writes
 * (CaseRepository.setRepeats, FlagRepository.replace) as FlagService.recompute, for the created cases and every case
 * sharing a person with them, in a few statements and one pass per group of connected cases. No per-person advisory
 * locks (an import would take hundreds of thousands): the import holds its panel's import lock instead.
 */
@Injectable()
export class ImportFlags {
  constructor(
    private readonly cases: CaseRepository,
    private readonly flags: FlagRepository,
  ) {}

  async recompute(
    txCtx: RequestContext,
    caseIds: string[],
  ): Promise<{ flags: NewFlag[]; repeats: RepeatResult[] }> {
    if (!caseIds.length) return { flags: [], repeats: [] };
    const sys = txCtx.system();
    const targets = await this.cases.sharingPersons(sys, caseIds);
    const { cases, parties } = await this.cases.flagFacts(sys, targets);
    const wanted = new Set(targets);
    const flags: NewFlag[] = [];
    const repeats: RepeatResult[] = [];
    for (const g of personGroups(cases, parties)) {
      const ids = g.cases.filter((c) => wanted.has(c.id)).map((c) => c.id);
      if (!ids.length) continue;
      const out = computeFlags(ids, g.cases, g.parties);
      flags.push(...out.flags);
      repeats.push(...out.repeats);
    }
    await this.cases.setRepeats(sys, repeats);
    await this.flags.replace(sys, targets, flags);
    return { flags, repeats };
  }
}
