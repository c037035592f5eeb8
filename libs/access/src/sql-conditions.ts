import { rulesToAST } from '@casl/ability/extra';
import type { AppAbility } from '@marac/core';

/** Collects positional parameters for one SQL statement. */
export class SqlParams {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

type Operator = 'eq' | 'ne' | 'in' | 'nin';
/** How one condition field becomes SQL: a column expression, or a function for named facts (EXISTS ...). */
export type FieldSql = string | ((op: Operator, value: unknown, params: SqlParams) => string);
export type SubjectSqlMap = Readonly<Record<string, FieldSql>>;

interface Node {
  operator: string;
  value: unknown;
  field?: string;
}

/**
 * Turns the CASL rules for (action, subject) into a SQL boolean expression over the subject's SQL map.
 * No rule: `false` (no rows), never all rows. A rule without conditions: `true`.
 */
export function accessibleSql(
  ability: AppAbility,
  action: string,
  subject: string,
  fields: SubjectSqlMap,
  params: SqlParams,
): string {
  const ast = rulesToAST(ability, action, subject) as Node | null;
  if (!ast) return 'false';
  return toSql(ast, subject, fields, params);
}

function toSql(node: Node, subject: string, fields: SubjectSqlMap, params: SqlParams): string {
  switch (node.operator) {
    case 'and':
    case 'or': {
      const parts = (node.value as Node[]).map((n) => toSql(n, subject, fields, params));
      if (parts.length === 0) return node.operator === 'and' ? 'true' : 'false';
      return `(${parts.join(node.operator === 'and' ? ' AND ' : ' OR ')})`;
    }
    case 'not':
      return `NOT ${toSql(node.value as Node, subject, fields, params)}`;
    case 'eq':
    case 'ne':
    case 'in':
    case 'nin': {
      const field = node.field!;
      const map = fields[field];
      if (map === undefined)
        throw new Error(`No SQL mapping for ${subject}.${field} used by a permission rule`);
      if (typeof map === 'function') return map(node.operator, node.value, params);
      return columnSql(map, node.operator, node.value, params);
    }
    default:
      throw new Error(`Unsupported operator ${node.operator} in a ${subject} permission rule`);
  }
}

/** The standard comparisons for a plain column. */
export function columnSql(column: string, op: Operator, value: unknown, params: SqlParams): string {
  switch (op) {
    case 'eq':
      return value === null ? `${column} IS NULL` : `${column} = ${params.add(value)}`;
    case 'ne':
      return value === null ? `${column} IS NOT NULL` : `${column} IS DISTINCT FROM ${params.add(value)}`;
    case 'in':
      return `${column} = ANY(${params.add(value)})`;
    case 'nin':
      return `NOT (${column} = ANY(${params.add(value)}))`;
  }
}

/** A named fact answered by a subquery: `template` receives the parameter placeholder of the value. */
export function existsWhere(template: (placeholder: string) => string): FieldSql {
  return (op, value, params) => {
    const list = op === 'in' || op === 'nin';
    const placeholder = params.add(value);
    const sql = template(list ? `ANY(${placeholder})` : placeholder);
    return op === 'ne' || op === 'nin' ? `NOT ${sql}` : sql;
  };
}
