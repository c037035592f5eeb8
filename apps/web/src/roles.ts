import type { MeQuery } from './gql/graphql';

export type Me = MeQuery['me'];

/** What the signed-in user may do, from their global roles and panel memberships (the API decides; this only picks pages). */
export function rolesOf(me: Me) {
  const global = new Set(me.globalRoles);
  const staffPanels = me.memberships
    .filter((m) => m.role === 'COORDINATOR' || m.role === 'CHAIR')
    .map((m) => m.panel);
  const repPanels = me.memberships.filter((m) => m.role === 'AGENCY_REP').map((m) => m.panel);
  return {
    admin: global.has('ADMIN'),
    strategic: global.has('STRATEGIC'),
    auditor: global.has('AUDITOR'),
    referrer: global.has('REFERRER'),
    staff: staffPanels.length > 0,
    coordinator: me.memberships.some((m) => m.role === 'COORDINATOR'),
    rep: repPanels.length > 0,
    idva: me.agency.kind === 'IDVA',
    staffPanels,
    repPanels,
    /** every panel the user belongs to, once */
    panels: [...new Map(me.memberships.map((m) => [m.panel.id, m.panel])).values()],
  };
}
export type Roles = ReturnType<typeof rolesOf>;

/** The page a user lands on after signing in without a link to follow. */
export function homeOf(r: Roles): string {
  if (r.staff) return '/referrals';
  if (r.rep) return '/cases';
  if (r.referrer) return '/my-referrals';
  if (r.strategic) return '/dashboard';
  if (r.admin) return '/admin';
  if (r.auditor) return '/audit';
  return '/my-referrals';
}
