/**
 * The API's errors as the screens word them (docs/errors.md): pure, so the unit tests can reach it; the components
 * that show them are in errors.tsx.
 */
import { CombinedGraphQLErrors } from '@apollo/client/errors';

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

/** "is already in use" → "Is already in use" */
const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

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
      return sentence(what);
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

/** Messages split into those shown next to a field (`field` set) and the others. */
function collect(messages: readonly { field?: string; words: string }[]) {
  const byField: Record<string, string> = {};
  const general: string[] = [];
  for (const m of messages) {
    if (m.field) byField[norm(m.field)] = m.words;
    else general.push(m.words);
  }
  return {
    /** the message for the input named `field` (dotted, without `input.`), if any */
    of: (field: string): string | undefined => byField[norm(field)],
    byField,
    general,
    any: general.length > 0 || Object.keys(byField).length > 0,
  };
}
export type FormErrors = ReturnType<typeof collect>;

/** The errors of an operation split into those shown next to a field and the others. */
export function formErrors(error: unknown, wording: Wording = {}): FormErrors {
  return collect(apiErrors(error).map((e) => ({ field: e.field, words: plainWords(e, wording) })));
}

/**
 * A problem the page finds itself before it sends anything (`field`: the input path, `message`: what is wrong, as
 * the API words a BAD_USER_INPUT), shown as the API's errors are.
 */
export function localErrors(problem: { field: string; message: string } | null | undefined): FormErrors {
  return collect(problem ? [{ field: problem.field, words: sentence(problem.message) }] : []);
}

/** The same errors with their fields renamed, e.g. a list index the API counts otherwise than the form. */
export function renameFields(errors: FormErrors, rename: (field: string) => string): FormErrors {
  return collect([
    ...errors.general.map((words) => ({ words })),
    ...Object.entries(errors.byField).map(([field, words]) => ({ field: rename(field), words })),
  ]);
}

/** `subject.givenName` → "Subject, given name"; `linkedPersons.0.person.familyName` → "Linked person 1, person, family name" */
export function fieldWords(field: string): string {
  const all = field.split('.');
  const parts = all.map((p, i) => {
    if (/^\d+$/.test(p)) return '';
    const w = p.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
    const next = all[i + 1];
    return next && /^\d+$/.test(next) ? `${w.replace(/s$/, '')} ${Number(next) + 1}` : w;
  });
  return sentence(parts.filter(Boolean).join(', '));
}
