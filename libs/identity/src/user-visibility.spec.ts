import { defineAbilityFor } from '@marac/access';
import { AgencyKind, GlobalRole, PanelRole, RequestContext, type AuthUser } from '@marac/core';
import { markOwnAccount, maySeeRoles } from './user-visibility.js';

const user = (over: Partial<AuthUser>): AuthUser => ({
  id: 'me',
  sessionId: 's',
  agencyId: 'a',
  agencyKind: AgencyKind.POLICE,
  globalRoles: [],
  memberships: [],
  ...over,
});
const ctxOf = (u: AuthUser) => RequestContext.forUser(u, defineAbilityFor(u));

describe('who sees a user’s roles and memberships', () => {
  const staff = ctxOf(
    user({ memberships: [{ panelId: 'p1', role: PanelRole.COORDINATOR, agencyIsMember: true }] }),
  );
  const rep = ctxOf(
    user({ memberships: [{ panelId: 'p1', role: PanelRole.AGENCY_REP, agencyIsMember: true }] }),
  );
  const admin = ctxOf(user({ globalRoles: [GlobalRole.ADMIN] }));

  it('ADMIN: everyone', () => expect(maySeeRoles(admin, { id: 'x' }, [])).toBe(true));
  it('panel staff: members of their panels only', () => {
    expect(maySeeRoles(staff, { id: 'x' }, ['p2', 'p1'])).toBe(true);
    expect(maySeeRoles(staff, { id: 'x' }, ['p2'])).toBe(false);
    expect(maySeeRoles(staff, { id: 'x' }, [])).toBe(false);
  });
  it('a rep: nobody else', () => {
    expect(maySeeRoles(rep, { id: 'x' }, ['p1'])).toBe(false);
    expect(maySeeRoles(rep, { id: 'me' }, ['p1'])).toBe(true);
  });
  it('the account that just signed in (no caller yet)', () => {
    expect(maySeeRoles(RequestContext.anonymous(), { id: 'x' }, [])).toBe(false);
    expect(maySeeRoles(RequestContext.anonymous(), markOwnAccount({ id: 'x' }), [])).toBe(true);
  });
});
