import { Injectable } from '@nestjs/common';
import { SqlParams, type FieldSql } from '@marac/access';
import { Db, type RequestContext } from '@marac/core';
import type { CaseFacts, CaseFactsSource } from '@marac/notifications';
import { CASE_SQL } from './case.sql.js';

/** A named fact of CASE_SQL as a boolean SQL expression (the one definition of that fact). */
function fact(name: string, op: 'eq', value: unknown, params: SqlParams): string {
  const map = CASE_SQL[name] as FieldSql;
  if (typeof map !== 'function') throw new Error(`CASE_SQL.${name} is not a named fact`);
  return map(op, value, params);
}

/**
 * For notifications (libs/notifications/src/recipients.ts): the facts the Case rules look at, so that the recipients
 * of an e-mail about a case are exactly the users the rules let see it. Rule evaluation beyond the caller: the caller
 * passes ctx.system(), and what is found only decides who receives a message (plus the reference the message quotes).
 * `actionOwnerAgencyIds` is answered for `agencyIds` (the candidates' agencies), which is all the rules compare.
 */
@Injectable()
export class CaseNotificationsPort implements CaseFactsSource {
  constructor(private readonly db: Db) {}

  async facts(ctx: RequestContext, caseIds: string[], agencyIds: string[]): Promise<CaseFacts[]> {
    if (!caseIds.length) return [];
    const params = new SqlParams();
    const $ids = params.add(caseIds);
    const owners = agencyIds.map(
      (agencyId) =>
        `CASE WHEN ${fact('actionOwnerAgencyIds', 'eq', agencyId, params)} THEN ${params.add(agencyId)}::uuid END`,
    );
    const rows = await this.db.query<CaseFacts>(
      ctx,
      `SELECT c.id, c.reference, c.panel_id AS "panelId", c.restricted, c.status, c.panel_kind AS "panelKind",
              c.referred_by AS "referredById",
              ARRAY(SELECT cau.user_id::text FROM case_allowed_user cau WHERE cau.case_id = c.id) AS "allowedUserIds",
              ${fact('publishedToReps', 'eq', true, params)} AS "publishedToReps",
              ${owners.length ? `array_remove(ARRAY[${owners.join(', ')}]::text[], NULL)` : `'{}'::text[]`} AS "actionOwnerAgencyIds"
         FROM case_record c WHERE c.id = ANY(${$ids})`,
      params.values,
    );
    return rows;
  }
}
