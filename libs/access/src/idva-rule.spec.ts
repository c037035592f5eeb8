import { subject } from '@casl/ability';
import { AgencyKind, PanelRole, type AuthUser } from '@marac/core';
import { defineAbilityFor } from './ability.factory.js';

/** POLICY.md: "Panel reps of an IDVA agency, on a MARAC panel", evaluated in memory (e-mail recipients use this). */
const rep = (agencyKind: AgencyKind): AuthUser => ({
  id: 'u1',
  sessionId: 's',
  agencyId: 'a1',
  agencyKind,
  globalRoles: [],
  memberships: [{ panelId: 'p1', role: PanelRole.AGENCY_REP, agencyIsMember: true }],
});
const facts = (over: Record<string, unknown> = {}) =>
  subject('Case', {
    id: 'c1',
    panelId: 'p1',
    panelKind: 'MARAC',
    status: 'SUBMITTED',
    restricted: false,
    referredById: 'u9',
    allowedUserIds: [] as string[],
    publishedToReps: false,
    actionOwnerAgencyIds: [] as string[],
    ...over,
  });

describe('the IDVA rule', () => {
  const idva = defineAbilityFor(rep(AgencyKind.IDVA));
  const housing = defineAbilityFor(rep(AgencyKind.HOUSING));

  it.each(['SUBMITTED', 'ACCEPTED', 'LISTED', 'HEARD', 'CLOSED'])(
    'an IDVA rep sees a %s MARAC case in detail and records contacts on it',
    (status) => {
      for (const action of ['read', 'readDetail', 'readContact', 'recordIdvaContact', 'nameInFlags']) {
        expect(idva.can(action as any, facts({ status }))).toBe(true);
      }
      expect(housing.can('readDetail', facts({ status }))).toBe(false);
      expect(housing.can('recordIdvaContact', facts({ status }))).toBe(false);
    },
  );

  it.each<[string, Record<string, unknown>]>([
    ['rejected', { status: 'REJECTED' }],
    ['withdrawn', { status: 'WITHDRAWN' }],
    ['restricted', { restricted: true }],
    ['of a MATAC panel', { panelKind: 'MATAC' }],
    ['of an HRAP panel', { panelKind: 'HRAP' }],
    ['of another panel', { panelId: 'p2' }],
  ])('but not one %s', (_what, over) => {
    expect(idva.can('readDetail', facts(over))).toBe(false);
    expect(idva.can('recordIdvaContact', facts(over))).toBe(false);
    // a flag names a case's reference only to a viewer who sees it (DOMAIN.md), restricted or not
    expect(idva.can('nameInFlags', facts(over))).toBe(false);
  });

  it('a restricted one when on its allow-list, and the usual reasons on other panel kinds', () => {
    expect(idva.can('readDetail', facts({ restricted: true, allowedUserIds: ['u1'] }))).toBe(true);
    expect(idva.can('readDetail', facts({ panelKind: 'MATAC', publishedToReps: true }))).toBe(true);
    expect(idva.can('readDetail', facts({ status: 'WITHDRAWN', publishedToReps: true }))).toBe(true);
  });
});
