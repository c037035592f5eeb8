import type { SqlParams } from '@marac/access';
import type { RequestContext } from '@marac/core';
import { caseAccess } from './case.sql.js';

/**
 * TEMPORARY (actions branch): the same function and signature as the cases library's own `caseVisibleSql`
 * (/work/brief/cases-api.md); when both branches are merged, delete this file and its line in index.ts.
 *
 * An SQL boolean: "the case whose id is `caseIdExpr` is visible to the caller at `level`", so that another library
 * can filter its rows by case visibility without naming the cases tables. A system context gets 'true'.
 */
export function caseVisibleSql(
  ctx: RequestContext,
  params: SqlParams,
  caseIdExpr: string,
  level: 'read' | 'detail' | 'contact' = 'detail',
): string {
  if (ctx.isSystem) return 'true';
  const access = caseAccess(ctx.can, params);
  return `EXISTS (SELECT 1 FROM case_record c WHERE c.id = ${caseIdExpr} AND ${access[level]})`;
}
