import { GlobalRole } from '@marac/core';

/**
 * Global roles that cannot be held together with a panel role (POLICY.md): ADMIN, STRATEGIC and AUDITOR stay apart
 * from case work. REFERRER may go with panel roles.
 */
export const EXCLUSIVE_GLOBAL_ROLES: readonly GlobalRole[] = [
  GlobalRole.ADMIN,
  GlobalRole.STRATEGIC,
  GlobalRole.AUDITOR,
];
