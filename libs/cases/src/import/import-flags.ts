import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@marac/core';
import { CaseRepository } from '../case.repository.js';
import { FlagRepository, type NewFlag } from '../flag.repository.js';
import {
  computeFlags,
  type CaseFacts,
  type ComputedFlag,
  type Party,
  type RepeatResult,
} from '../repeat-detection.js';

/**
 * `computeFlags` over a large set, case by case: the flags of a case depend only on the cases sharing a person with
 * it (computeFlags' own contract), so each target is computed with its neighbourhood alone (in the order `cases`
 * gives, as FlagService passes them), which gives exactly the flags computed over everything in time proportional to
 * the sum of the neighbourhoods (computeFlags compares a target with every case it is given: over 100,000 cases at
 * once that is 10^10 comparisons; cases linked in long chains through shared persons make grouping no help).
 */
export function flagsByNeighbourhood(
  targetIds: readonly string[],
  cases: readonly CaseFacts[],
  parties: readonly Party[],
): { flags: ComputedFlag[]; repeats: RepeatResult[] } {
  const order = new Map(cases.map((c, i) => [c.id, i]));
  const partiesOf = new Map<string, Party[]>();
  const casesOf = new Map<string, Set<number>>();
  for (const p of parties) {
    const i = order.get(p.caseId);
    if (i === undefined) continue;
    const own = partiesOf.get(p.caseId);
    if (own) own.push(p);
    else partiesOf.set(p.caseId, [p]);
    const set = casesOf.get(p.personId);
    if (set) set.add(i);
    else casesOf.set(p.personId, new Set([i]));
  }
  const flags: ComputedFlag[] = [];
  const repeats: RepeatResult[] = [];
  for (const id of targetIds) {
    const self = order.get(id);
    if (self === undefined) continue;
    const near = new Set<number>([self]);
    for (const p of partiesOf.get(id) ?? []) for (const i of casesOf.get(p.personId)!) near.add(i);
    const nearCases = [...near].sort((a, b) => a - b).map((i) => cases[i]);
    const nearParties = nearCases.flatMap((c) => partiesOf.get(c.id) ?? []);
    const out = computeFlags([id], nearCases, nearParties);
    flags.push(...out.flags);
    repeats.push(...out.repeats);
  }
  return { flags, repeats };
}

/**
 * Flags after an import, set-wise: the same rule (repeat-detection.ts `computeFlags`) and the same writes
 * (CaseRepository.setRepeats, FlagRepository.replace) as FlagService.recompute, for the created cases and every case
 * sharing a person with them, in a few statements, each case computed with its neighbourhood. No per-person advisory
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
    const { flags, repeats } = flagsByNeighbourhood(targets, cases, parties);
    await this.cases.setRepeats(sys, repeats);
    await this.flags.replace(sys, targets, flags);
    return { flags, repeats };
  }
}
