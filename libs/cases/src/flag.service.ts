import { Injectable } from '@nestjs/common';
import { byKeys, type RequestContext } from '@marac/core';
import { CaseRepository } from './case.repository.js';
import { FlagRepository } from './flag.repository.js';
import type { CaseFlagModel } from './models/case.model.js';
import { computeFlags, flagExplanation } from './repeat-detection.js';

/** Flags as the caller may see them: the related case named only where 'nameInFlags' allows it. */
function asSeen(rows: (CaseFlagModel & { named: boolean })[]): CaseFlagModel[] {
  return rows.map(({ named, ...f }) =>
    named ? f : { ...f, relatedCaseReference: null, explanation: flagExplanation(f.kind, null) },
  );
}

/**
 * Keeps the stored flags and repeat status equal to what repeat-detection.ts computes from the data. Called in the
 * transaction of every change that can affect them (a referral, a status change, a person match).
 */
@Injectable()
export class FlagService {
  constructor(
    private readonly cases: CaseRepository,
    private readonly flags: FlagRepository,
  ) {}

  /**
   * Recomputes the flags of `caseIds` and of every case sharing a person with them (their flags may depend on the
   * change). Persons are locked (advisory, in a fixed order) so concurrent referrals about one person are serialised.
   * Rule evaluation beyond the caller: it reads and writes with `txCtx.system()`; nothing of it goes back to the caller.
   */
  async recompute(txCtx: RequestContext, caseIds: string[]): Promise<void> {
    if (!caseIds.length) return;
    const sys = txCtx.system();
    await this.cases.lockPersonsOf(sys, caseIds);
    const targets = await this.cases.sharingPersons(sys, caseIds);
    // every case sharing a person with a target: all that the targets' flags can depend on
    const { cases, parties } = await this.cases.flagFacts(sys, targets);
    const { flags, repeats } = computeFlags(targets, cases, parties);
    await this.cases.setRepeats(sys, repeats);
    await this.flags.replace(sys, targets, flags);
  }

  /**
   * The flags of a case the caller sees in detail, with the related case's reference and panel kind only (never its
   * content); the reference only when the CASL rule 'nameInFlags' allows it for the related case.
   */
  forCase(ctx: RequestContext, caseId: string): Promise<CaseFlagModel[]> {
    return this.loader(ctx).load(caseId);
  }

  /** Puts the flags a list read carried (rows of caseFlagsJsonSql) into the request's loader. */
  prime(ctx: RequestContext, caseId: string, rows: (CaseFlagModel & { named: boolean })[]): void {
    this.loader(ctx).prime(
      caseId,
      asSeen(rows.map((f) => ({ ...f, raisedAt: new Date(f.raisedAt as unknown as string) }))),
    );
  }

  private loader(ctx: RequestContext) {
    return ctx.loader<string, CaseFlagModel[]>('case.flags', async (ids) =>
      byKeys(ids, asSeen(await this.flags.forCases(ctx, ids)), (f) => f.caseId),
    );
  }
}
