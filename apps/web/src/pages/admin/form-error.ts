/**
 * An API error as a form shows it: the message next to the field it concerns (`extensions.field`), or above the
 * form when it concerns no field. Pure (works on Apollo Client 4's CombinedGraphQLErrors and on plain errors).
 */
export interface FormError {
  field: string | null;
  message: string;
  code: string | null;
}

const PLAIN: Record<string, string> = {
  FORBIDDEN: 'You may not do this.',
  NOT_FOUND: 'It no longer exists, or you may not see it.',
  UNAUTHENTICATED: 'You have been signed out: sign in again.',
};

export function formError(e: unknown): FormError | null {
  if (!e) return null;
  const err = e as {
    errors?: { message?: string; extensions?: { code?: string; field?: string } }[];
    message?: string;
  };
  const first = err.errors?.[0];
  if (first) {
    const code = first.extensions?.code ?? null;
    const field = first.extensions?.field ?? null;
    const message =
      code === 'BAD_USER_INPUT' || !code || !PLAIN[code]
        ? (first.message ?? 'That did not work.')
        : PLAIN[code];
    return { field, message, code };
  }
  return { field: null, message: err.message || 'The server could not be reached.', code: null };
}

/** The message for `field` (matching the last part of a dotted path too, e.g. `input.email`). */
export function messageFor(error: FormError | null, field: string): string | null {
  if (!error?.field) return null;
  const f = error.field;
  if (f !== field && !f.endsWith(`.${field}`)) return null;
  // the API writes "field: message"; next to the field the message alone is clearer
  return error.message.startsWith(`${f}: `) ? error.message.slice(f.length + 2) : error.message;
}

/** The message that concerns none of `fields` (shown above the form). */
export function generalMessage(error: FormError | null, fields: readonly string[]): string | null {
  if (!error) return null;
  return fields.some((f) => messageFor(error, f)) ? null : error.message;
}

/** A number field's text as the API wants it: empty is null; anything else a finite number or undefined (invalid). */
export function numberOrNull(text: string): number | null | undefined {
  const t = text.trim();
  if (t === '') return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}
