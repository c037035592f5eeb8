/**
 * The audit page's filter form as the API's AuditFilter: empty fields are left out; the times typed (the browser's
 * local time, as a datetime-local field gives them) become UTC instants. Pure.
 */
export interface AuditForm {
  caseId: string;
  actorId: string;
  from: string;
  to: string;
}
export interface AuditFilterInput {
  caseId?: string;
  actorId?: string;
  from?: string;
  to?: string;
}

export const EMPTY_AUDIT_FORM: AuditForm = { caseId: '', actorId: '', from: '', to: '' };

/** The filter, or the field whose time cannot be read. */
export function auditFilter(
  f: AuditForm,
): { filter: AuditFilterInput } | { field: 'from' | 'to'; message: string } {
  const filter: AuditFilterInput = {};
  if (f.caseId.trim()) filter.caseId = f.caseId.trim();
  if (f.actorId.trim()) filter.actorId = f.actorId.trim();
  for (const k of ['from', 'to'] as const) {
    const v = f[k].trim();
    if (!v) continue;
    const t = new Date(v);
    if (Number.isNaN(t.getTime())) return { field: k, message: 'is not a date and time' };
    filter[k] = t.toISOString();
  }
  if (filter.from && filter.to && filter.from > filter.to)
    return { field: 'to', message: 'must not be before the start' };
  return { filter };
}

/** Paging by the last id seen: the stack of `after` values of the pages before this one. */
export function nextAfter(stack: readonly string[], page: readonly { id: string }[], size: number) {
  return page.length === size ? [...stack, page[page.length - 1].id] : null;
}
