import { AbilityBuilder, createMongoAbility } from '@casl/ability';
import { GlobalRole, PanelKind, PanelRole, type AppAbility, type AuthUser } from '@marac/core';

/**
 * THE permission rules of the platform (POLICY.md), written once. The same rules answer:
 * - "may I call this operation" (the guard: `ability.can(action, SubjectType)`, see policy.table.ts),
 * - "may I do this to that record" (`ability.can(action, subject(...))`),
 * - "which rows may I see" (rules -> SQL in sql-conditions.ts), and "which fields" (`permittedFieldsOf`).
 *
 * Field names in conditions are either real columns or named facts that each domain's SQL map defines
 * (e.g. Case.publishedToReps: "the case has been on an agenda that was published").
 * CASL ORs separate `can` rules, so alternatives are written as separate rules (no `$or`).
 */
export function defineAbilityFor(user: AuthUser | null): AppAbility {
  const { can, build } = new AbilityBuilder<AppAbility>(createMongoAbility);
  if (!user) return build();

  const roles = new Set(user.globalRoles);
  const staffPanels = panelsWhere(
    user,
    (m) => m.role === PanelRole.COORDINATOR || m.role === PanelRole.CHAIR,
  );
  // a "panel rep": an AGENCY_REP membership AND the user's agency is one of the panel's member agencies
  const repPanels = panelsWhere(user, (m) => m.role === PanelRole.AGENCY_REP && m.agencyIsMember);
  const memberPanels = [...new Set([...staffPanels, ...repPanels])];
  const practitioner = user.memberships.length > 0;

  // --- identity (ADMIN manages; no case content) ---
  if (roles.has(GlobalRole.ADMIN)) {
    can('create', 'Agency');
    can(['create', 'disable', 'list'], 'User');
    can(['create', 'update', 'manageMembers', 'readSettings'], 'Panel');
    can(['read', 'retry'], 'Notification');
  }
  if (staffPanels.length) {
    // users holding a membership of one of their panels
    can('list', 'User', { panelIds: { $in: staffPanels } });
    can('readSettings', 'Panel', { id: { $in: staffPanels } });
  }

  // --- referrals and cases ---
  if (roles.has(GlobalRole.REFERRER) || practitioner) {
    can('create', 'Case');
    // the referrer's limited view of their own referrals, and withdrawing them; a restricted one only while they are on
    // its allow-list (they are put on it when they refer)
    can(['read', 'withdraw'], 'Case', { referredById: user.id, restricted: false });
    can(['read', 'withdraw'], 'Case', { referredById: user.id, allowedUserIds: user.id });
    // a flag names a related case's reference (never its content) only to a viewer who may see that case in detail
    // (DOMAIN.md): 'nameInFlags' comes with 'readDetail' in the staff and rep rules below, and nowhere else
  }
  if (staffPanels.length) {
    can(
      [
        'read',
        'readDetail',
        'readContact',
        'triage',
        'withdraw',
        'close',
        'reviewRisk',
        'confirmMatch',
        'editPersons',
        'recordIncident',
        'recordIdvaContact',
        'nameInFlags',
        'import',
      ],
      'Case',
      {
        panelId: { $in: staffPanels },
      },
    );
    can('search', 'Person');
  }
  if (repPanels.length) {
    // need to know: on a published agenda of the panel, or an action owned by the rep's agency;
    // a RESTRICTED case only for users on its allow-list
    const reasons: Record<string, unknown>[] = [
      { publishedToReps: true },
      { actionOwnerAgencyIds: user.agencyId },
    ];
    const restrictions: Record<string, unknown>[] = [{ restricted: false }, { allowedUserIds: user.id }];
    // IDVA reps, on a MARAC panel: also every case from submission (SafeLives principle 2), until it is rejected or
    // withdrawn (POLICY.md); agenda items stay hidden until published (the meetings' item rule asks for that itself)
    const idva = user.agencyKind === 'IDVA';
    if (idva)
      reasons.push({
        panelKind: PanelKind.MARAC,
        status: { $nin: ['REJECTED', 'WITHDRAWN'] },
      });
    const seen = ['read', 'readDetail', 'recordIncident', 'nameInFlags'];
    for (const reason of reasons) {
      for (const restriction of restrictions) {
        // IDVA reps record the victim's engagement on exactly the cases they see in detail
        can(idva ? [...seen, 'recordIdvaContact'] : seen, 'Case', {
          panelId: { $in: repPanels },
          ...reason,
          ...restriction,
        });
      }
    }
  }
  if (repPanels.length && ['POLICE', 'IDVA'].includes(user.agencyKind)) {
    // contact details: police and IDVA users who see the case in detail (the readDetail filter is applied too)
    can('readContact', 'Case', { panelId: { $in: repPanels } });
  }

  // --- meetings ---
  if (staffPanels.length) can('run', 'Meeting', { panelId: { $in: staffPanels } });
  if (memberPanels.length) {
    can('read', 'Meeting', { panelId: { $in: memberPanels } });
    can('submit', 'Research', { panelId: { $in: memberPanels } });
  }
  // --- research (POLICY.md "Research"): the agency's preparation. Panel staff read all of it; a member of the panel
  // (staff or rep) reads their own agency's. Only on agenda items the user sees (the repository applies that too).
  if (staffPanels.length) can('read', 'Research', { panelId: { $in: staffPanels } });
  if (memberPanels.length)
    can('read', 'Research', { panelId: { $in: memberPanels }, agencyId: user.agencyId });

  // --- actions (rows: only actions whose case the user sees in detail) ---
  if (roles.has(GlobalRole.REFERRER) || practitioner) can('read', 'Action');
  if (staffPanels.length) can(['create', 'update'], 'Action', { panelId: { $in: staffPanels } });
  if (repPanels.length)
    can('update', 'Action', { panelId: { $in: repPanels }, ownerAgencyId: user.agencyId });
  if (practitioner) can('update', 'Action', { assigneeId: user.id });

  // --- metrics and audit ---
  if (roles.has(GlobalRole.STRATEGIC)) can('read', 'Metrics');
  if (staffPanels.length) can(['read', 'readExact'], 'Metrics', { panelId: { $in: staffPanels } });
  if (roles.has(GlobalRole.AUDITOR)) can('read', 'AuditEvent');

  return build();
}

function panelsWhere(user: AuthUser, pick: (m: AuthUser['memberships'][number]) => boolean): string[] {
  return [...new Set(user.memberships.filter(pick).map((m) => m.panelId))];
}
