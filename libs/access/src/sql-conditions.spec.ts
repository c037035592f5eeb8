import { AgencyKind, PanelRole, type AuthUser } from '@marac/core';
import { defineAbilityFor } from './ability.factory.js';
import { accessibleSql, existsWhere, SqlParams, type SubjectSqlMap } from './sql-conditions.js';

const CASE_SQL: SubjectSqlMap = {
  panelId: 'c.panel_id',
  referredById: 'c.referred_by',
  restricted: 'c.restricted',
  publishedToReps: (_op, v, p) => `(published = ${p.add(v)})`,
  actionOwnerAgencyIds: existsWhere(
    (x) => `EXISTS (SELECT 1 FROM action a WHERE a.case_id = c.id AND a.owner_agency_id = ${x})`,
  ),
  allowedUserIds: existsWhere(
    (x) => `EXISTS (SELECT 1 FROM allow l WHERE l.case_id = c.id AND l.user_id = ${x})`,
  ),
};

const base: AuthUser = {
  id: 'u1',
  sessionId: 's',
  agencyId: 'a1',
  agencyKind: AgencyKind.POLICE,
  globalRoles: [],
  memberships: [],
};

describe('rules -> SQL', () => {
  it('is false (no rows) when no rule gives the action', () => {
    const p = new SqlParams();
    expect(accessibleSql(defineAbilityFor(base), 'read', 'Case', CASE_SQL, p)).toBe('false');
    expect(p.values).toEqual([]);
  });

  it('turns staff rules into a panel filter with bound parameters', () => {
    const ability = defineAbilityFor({
      ...base,
      memberships: [{ panelId: 'p1', role: PanelRole.COORDINATOR, agencyIsMember: false }],
    });
    const p = new SqlParams();
    const sql = accessibleSql(ability, 'triage', 'Case', CASE_SQL, p);
    expect(sql).toBe('c.panel_id = ANY($1)');
    expect(p.values).toEqual([['p1']]);
  });

  it('ORs the rep rules and keeps restriction inside each of them', () => {
    const ability = defineAbilityFor({
      ...base,
      memberships: [{ panelId: 'p1', role: PanelRole.AGENCY_REP, agencyIsMember: true }],
    });
    const p = new SqlParams();
    const sql = accessibleSql(ability, 'readDetail', 'Case', CASE_SQL, p);
    expect(sql.startsWith('(')).toBe(true);
    expect(sql.split(' OR ')).toHaveLength(4);
    expect(sql).toContain('c.restricted = $');
    expect(sql).toContain('l.user_id = $');
    expect(p.values).toContain('u1');
    expect(p.values).toContain('a1');
  });

  it('fails loudly when a rule uses a field the SQL map does not know', () => {
    const ability = defineAbilityFor({
      ...base,
      memberships: [{ panelId: 'p1', role: PanelRole.AGENCY_REP, agencyIsMember: true }],
    });
    expect(() =>
      accessibleSql(ability, 'readDetail', 'Case', { panelId: 'c.panel_id' }, new SqlParams()),
    ).toThrow(/No SQL mapping for Case\./);
  });

  it('is true for a rule without conditions', () => {
    const ability = defineAbilityFor({ ...base, globalRoles: ['ADMIN' as any] });
    expect(accessibleSql(ability, 'list', 'User', {}, new SqlParams())).toBe('true');
  });
});
