import type { RequestContext } from '@marac/core';
import type { AgencyService } from '@marac/identity';

/**
 * Sorts rows by their agency's name, with the names from identity's per-request agency loader (the `agency` field of
 * each row then resolves from the same loader: no second query).
 */
export async function byAgencyName<T extends { agencyId: string }>(
  ctx: RequestContext,
  agencies: AgencyService,
  rows: T[],
): Promise<T[]> {
  const found = await Promise.all(
    [...new Set(rows.map((r) => r.agencyId))].map((id) => agencies.byId(ctx, id)),
  );
  const names = new Map(found.filter((a) => a !== null).map((a) => [a.id, a.name]));
  return [...rows].sort((a, b) => (names.get(a.agencyId) ?? '').localeCompare(names.get(b.agencyId) ?? ''));
}
