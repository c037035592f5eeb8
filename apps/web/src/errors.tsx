import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { ReactNode } from 'react';

/** One refusal of the API, as its `extensions` carry it (docs/errors.md). */
export interface ApiError {
  code: string;
  message: string;
  /** BAD_USER_INPUT: the dotted path of the offending input, e.g. `input.subject.givenName` */
  field?: string;
  reason?: string;
  extensions: Record<string, unknown>;
}

/** The API's errors of a failed operation (a network failure becomes one NETWORK error). */
export function apiErrors(error: unknown): ApiError[] {
  if (!error) return [];
  if (CombinedGraphQLErrors.is(error))
    return error.errors.map((e) => {
      const ext = (e.extensions ?? {}) as Record<string, unknown>;
      return {
        code: String(ext.code ?? 'INTERNAL_SERVER_ERROR'),
        message: e.message,
        field: typeof ext.field === 'string' ? ext.field : undefined,
        reason: typeof ext.reason === 'string' ? ext.reason : undefined,
        extensions: ext,
      };
    });
  return [{ code: 'NETWORK', message: String((error as Error).message ?? error), extensions: {} }];
}

/** Per screen, plainer words for a code or a code:reason (e.g. `CONFLICT` on updateAction). */
export type Wording = Partial<Record<string, string>>;

const REASONS: Record<string, string> = {
  AGENDA_FULL: 'The agenda is full: remove an item or raise the meeting’s capacity first.',
  ALREADY_LISTED: 'This case is already on the agenda.',
  SAME_START: 'Another meeting of this panel starts at the same time: choose another time.',
  DUPLICATE: 'This record already exists.',
};

/** The words a coordinator understands for one error. */
export function plainWords(e: ApiError, wording: Wording = {}): string {
  const custom = (e.reason && wording[`${e.code}:${e.reason}`]) || wording[e.code];
  if (custom) return custom;
  if (e.reason && REASONS[e.reason]) return REASONS[e.reason]!;
  switch (e.code) {
    case 'UNAUTHENTICATED':
      return 'You are not signed in, or your session has ended. Please sign in again.';
    case 'FORBIDDEN':
      return 'You are not allowed to do this.';
    case 'NOT_FOUND':
      return 'This record does not exist, or you are not allowed to see it.';
    case 'BAD_USER_INPUT': {
      // the API's message is "<field>: <what is wrong>"; the field is shown by the form itself
      const what =
        e.field && e.message.startsWith(`${e.field}: `) ? e.message.slice(e.field.length + 2) : e.message;
      return what.charAt(0).toUpperCase() + what.slice(1);
    }
    case 'CONFLICT':
      return `This clashes with the current state: ${e.message}.`;
    case 'INVALID_TRANSITION': {
      const from = e.extensions.from ? String(e.extensions.from).toLowerCase().replace(/_/g, ' ') : '';
      return from ? `This cannot be done now: it is ${from}.` : 'This cannot be done at this stage.';
    }
    case 'TOO_MANY_REQUESTS': {
      const s = Number(e.extensions.retryAfterSeconds);
      return s > 0
        ? `Too many attempts. Wait ${s} seconds and try again.`
        : 'Too many attempts. Wait a moment and try again.';
    }
    case 'SERVICE_UNAVAILABLE':
      return 'The service is not answering right now. Try again in a minute.';
    case 'NETWORK':
      return 'The server could not be reached. Check your connection and try again.';
    default:
      return 'Something went wrong on the server. Try again; if it keeps happening, tell your administrator.';
  }
}

/** `input.subject.givenName` and `subject.givenName` name the same input */
const norm = (field: string) => field.replace(/^input\./, '');

/** The errors of an operation split into those shown next to a field and the others. */
export function formErrors(error: unknown, wording: Wording = {}) {
  const byField: Record<string, string> = {};
  const general: string[] = [];
  for (const e of apiErrors(error)) {
    const words = plainWords(e, wording);
    if (e.field) byField[norm(e.field)] = words;
    else general.push(words);
  }
  return {
    /** the message for the input named `field` (dotted, without `input.`), if any */
    of: (field: string) => byField[norm(field)],
    byField,
    general,
    any: general.length > 0 || Object.keys(byField).length > 0,
  };
}
export type FormErrors = ReturnType<typeof formErrors>;

/** The errors that concern no field, announced to screen readers. */
export function ErrorSummary({ errors, children }: { errors: FormErrors; children?: ReactNode }) {
  if (!errors.any) return null;
  const fields = Object.keys(errors.byField);
  return (
    <div role="alert" className="error-summary">
      {errors.general.map((m) => (
        <p key={m}>{m}</p>
      ))}
      {fields.length > 0 && errors.general.length === 0 && (
        <p>Some answers need a change: see the marked fields.</p>
      )}
      {children}
    </div>
  );
}

/** Shows an error of one operation that has no form (a page that failed to load, a button). */
export function ErrorMessage({ error, wording }: { error: unknown; wording?: Wording }) {
  const list = apiErrors(error);
  if (list.length === 0) return null;
  return (
    <div role="alert" className="error-summary">
      {list.map((e, i) => (
        <p key={i}>{plainWords(e, wording)}</p>
      ))}
    </div>
  );
}
