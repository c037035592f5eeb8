import { subject } from '@casl/ability';
import type { RequestContext } from '@marac/core';

/** User objects answered to the person who just signed in as them (login has no signed-in caller yet). */
const ownAccounts = new WeakSet<object>();

export function markOwnAccount<T extends object>(user: T): T {
  ownAccounts.add(user);
  return user;
}

/**
 * Whether the caller may see `user`'s global roles and panel memberships: their own account, and the users they may
 * list (CASL 'list' User: ADMIN all, panel staff the members of their panels). Anyone else who meets the user (an
 * action's assignee, an update's author) sees their name and agency only; the roles are empty lists for them.
 */
export function maySeeRoles(ctx: RequestContext, user: { id: string }, panelIds: readonly string[]): boolean {
  if (ownAccounts.has(user)) return true;
  if (!ctx.user || !ctx.ability) return false;
  if (ctx.user.id === user.id) return true;
  return ctx.can.can('list', subject('User', { id: user.id, panelIds: [...panelIds] }));
}
