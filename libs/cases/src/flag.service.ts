import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SqlParams } from '@marac/access';
import { byKeys, Db, type RequestContext } from '@marac/core';
import type { CaseFlagModel } from './models/case.model.js';
import { caseAccess } from './case.sql.js';
import { computeFlags, flagExplanation, type CaseFacts, type Party } from './repeat-detection.js';

/**
 * Keeps the stored flags and repeat status equal to what repeat-detection.ts computes from the data. Called in the
 * transaction of every change that can affect them (a referral, a status change, a person match).
 */
@Injectable()
export class FlagService {
  constructor(private readonly db: Db) {}

  /**
   * Recomputes the flags of `caseIds` and of every case sharing a person with them (their flags may depend on the
   * change). Persons are locked (advisory, in a fixed order) so concurrent referrals about one person are serialised.
   */
  async recompute(em: EntityManager, caseIds: string[]): Promise<void> {
    if (!caseIds.length) return;
    await em.query(
      `SELECT pg_advisory_xact_lock(hashtextextended(person_id::text, 0))
         FROM (SELECT DISTINCT person_id FROM case_person WHERE case_id = ANY($1) ORDER BY person_id) s`,
      [caseIds],
    );
    const targets: string[] = (
      await em.query(
        `SELECT DISTINCT cp.case_id AS id FROM case_person cp
          WHERE cp.person_id IN (SELECT person_id FROM case_person WHERE case_id = ANY($1))
         UNION SELECT unnest($1::uuid[])`,
        [caseIds],
      )
    ).map((r: { id: string }) => r.id);
    // every case sharing a person with a target: all that the targets' flags can depend on
    const cases: CaseFacts[] = (
      await em.query(
        `SELECT c.id, c.reference, c.panel_kind AS "panelKind", c.status, c.referral_date AS "referralDate", c.seq
           FROM case_record c
          WHERE c.id = ANY($1)
             OR c.id IN (SELECT cp.case_id FROM case_person cp
                          WHERE cp.person_id IN (SELECT person_id FROM case_person WHERE case_id = ANY($1)))`,
        [targets],
      )
    ).map((c: CaseFacts & { seq: string }) => ({ ...c, seq: Number(c.seq) }));
    const parties: Party[] = await em.query(
      `SELECT case_id AS "caseId", person_id AS "personId", role FROM case_person WHERE case_id = ANY($1)`,
      [cases.map((c) => c.id)],
    );

    const { flags, repeats } = computeFlags(targets, cases, parties);
    await em.query(
      `UPDATE case_record c SET is_repeat = v.r, previous_case_id = v.p
         FROM unnest($1::uuid[], $2::boolean[], $3::uuid[]) AS v(id, r, p)
        WHERE c.id = v.id AND (c.is_repeat IS DISTINCT FROM v.r OR c.previous_case_id IS DISTINCT FROM v.p)`,
      [repeats.map((r) => r.caseId), repeats.map((r) => r.isRepeat), repeats.map((r) => r.previousCaseId)],
    );
    const cols = [flags.map((f) => f.caseId), flags.map((f) => f.kind), flags.map((f) => f.relatedCaseId)];
    await em.query(
      `DELETE FROM case_flag f
        WHERE f.case_id = ANY($1)
          AND NOT EXISTS (SELECT 1 FROM unnest($2::uuid[], $3::text[], $4::uuid[]) AS v(c, k, r)
                           WHERE v.c = f.case_id AND v.k = f.kind AND v.r IS NOT DISTINCT FROM f.related_case_id)`,
      [targets, ...cols],
    );
    // existing flags keep their raisedAt
    await em.query(
      `INSERT INTO case_flag (case_id, kind, related_case_id, explanation)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[]) ON CONFLICT DO NOTHING`,
      [...cols, flags.map((f) => f.explanation)],
    );
  }

  /**
   * The flags of a case, with the related case's reference and panel kind only (never its content). A restricted
   * related case the caller may not see is not named (the CASL case rules in SQL decide).
   */
  forCase(ctx: RequestContext, caseId: string): Promise<CaseFlagModel[]> {
    return ctx
      .loader<string, CaseFlagModel[]>('case.flags', async (ids) => {
        const params = new SqlParams();
        const detail = caseAccess(ctx.can, params).detail;
        const $ids = params.add(ids);
        const rows: (CaseFlagModel & { shown: boolean })[] = await this.db.query(
          `SELECT f.case_id AS "caseId", f.kind, f.explanation, f.raised_at AS "raisedAt",
                  c.reference AS "relatedCaseReference", c.panel_kind AS "relatedPanelKind",
                  (c.id IS NULL OR NOT c.restricted OR ${detail}) AS shown
             FROM case_flag f LEFT JOIN case_record c ON c.id = f.related_case_id
            WHERE f.case_id = ANY(${$ids}) ORDER BY f.raised_at, f.kind, c.reference`,
          params.values,
        );
        const flags = rows.map(({ shown, ...f }) =>
          shown ? f : { ...f, relatedCaseReference: null, explanation: flagExplanation(f.kind, null) },
        );
        return byKeys(ids, flags, (f) => f.caseId);
      })
      .load(caseId);
  }
}
