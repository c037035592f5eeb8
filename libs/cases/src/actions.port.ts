import type { SqlParams } from '@marac/access';
import type { RequestContext } from '@marac/core';
import { caseAccess } from './case.sql.js';

/**
 * For actions (temporary, until the cases library exports its own): "the case whose id is `caseIdExpr` is visible to
 * the caller" as a SQL boolean, so that another library can filter its rows by case visibility without naming the
 * cases tables. 'read': visible at all; 'detail': seen in full. A system context sees every case.
 */
export function caseVisibleSql(
  ctx: RequestContext,
  params: SqlParams,
  caseIdExpr: string,
  level: 'read' | 'detail',
): string {
  if (ctx.isSystem) return 'true';
  const access = caseAccess(ctx.can, params);
  return `EXISTS (SELECT 1 FROM case_record c WHERE c.id = ${caseIdExpr} AND ${access[level]})`;
}
