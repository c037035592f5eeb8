import { Injectable } from '@nestjs/common';
import { SqlParams } from '@marac/access';
import { Db, type PanelKind, type RequestContext } from '@marac/core';
import { assertSystem } from './case.repository.js';
import { caseLevelSql } from './case.sql.js';
import type { IdvaEngagement } from './closure.enums.js';

/**
 * The IDVA service's SQL: the contact history (`idva_contact`) and the case's latest engagement
 * (`case_record.idva_engagement`). Reads apply the caller's rules (the full view of the case).
 */
@Injectable()
export class IdvaRepository {
  constructor(private readonly db: Db) {}

  /** The latest engagement of the cases the caller sees in detail (absent otherwise). */
  engagements(
    ctx: RequestContext,
    caseIds: readonly string[],
  ): Promise<{ caseId: string; engagement: IdvaEngagement | null }[]> {
    const p = new SqlParams();
    return this.db.query(
      ctx,
      `SELECT c.id AS "caseId", c.idva_engagement AS engagement FROM case_record c
        WHERE c.id = ANY(${p.add(caseIds)}) AND ${caseLevelSql(ctx, 'detail', p)}`,
      p.values,
    );
  }

  /** Records one contact and makes its engagement the case's latest (a new version), in the caller's transaction. */
  async recordContact(
    txCtx: RequestContext,
    c: { caseId: string; engagement: IdvaEngagement; note: string | null },
  ): Promise<string> {
    const [row] = await this.db.query<{ id: string }>(
      txCtx,
      `INSERT INTO idva_contact (case_id, engagement, note, agency_id, recorded_by)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [c.caseId, c.engagement, c.note, txCtx.me.agencyId, txCtx.me.id],
    );
    await this.db.query(
      txCtx,
      `UPDATE case_record SET idva_engagement = $2, version = version + 1, updated_at = now() WHERE id = $1`,
      [c.caseId, c.engagement],
    );
    return row.id;
  }

  /** What the arrival e-mail needs to know of a new case (a system read: it only chooses whether to write). */
  async arrival(
    sys: RequestContext,
    caseId: string,
  ): Promise<{
    reference: string;
    panelId: string;
    panelKind: PanelKind;
    restricted: boolean;
    status: string;
  }> {
    assertSystem(sys);
    const [row] = await this.db.query(
      sys,
      `SELECT reference, panel_id AS "panelId", panel_kind AS "panelKind", restricted, status
         FROM case_record WHERE id = $1`,
      [caseId],
    );
    return row;
  }
}
