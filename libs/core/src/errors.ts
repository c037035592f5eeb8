/**
 * The one place that shapes errors. Services throw `DomainError`s (a code of the contract, and where a client must
 * tell cases apart a `reason`); class-validator failures, database errors, scalar parse failures and GraphQL's own
 * errors are turned into the same shape here; `formatGraphQLError` is the last step before a client sees anything
 * (in production: no stack trace, SQL or driver detail, and anything uncoded becomes a generic internal error).
 *
 * Shape: `{ message, path?, locations?, extensions: { code, field?, reason?, ...facts } }`
 * - `code`: one of ErrorCode (or GraphQL's own GRAPHQL_PARSE_FAILED / GRAPHQL_VALIDATION_FAILED / BAD_REQUEST);
 * - `field`: for BAD_USER_INPUT, the dotted path of the offending input (`input.subject.givenName`);
 * - `reason`: a stable sub-code (e.g. CONFLICT with `AGENDA_FULL` vs `ALREADY_LISTED`).
 */
import type { ValidationError } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { QueryFailedError } from 'typeorm';

/** The error codes of the public contract; every refusal the API makes carries one of them. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'INVALID_TRANSITION'
  | 'TOO_MANY_REQUESTS'
  | 'SERVICE_UNAVAILABLE';

/** A coded domain error. Thrown by services; turned into a GraphQL error with `extensions.code`. */
export class DomainError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    extra: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { code, ...extra } });
    this.name = 'DomainError';
  }

  /** `extensions.reason`, when the error has one */
  get reason(): string | undefined {
    return this.extensions.reason as string | undefined;
  }

  static unauthenticated(message = 'Not signed in, or the session has ended', reason?: string) {
    return new DomainError('UNAUTHENTICATED', message, withReason({}, reason));
  }
  static forbidden(message = 'You are not allowed to do this', reason?: string) {
    return new DomainError('FORBIDDEN', message, withReason({}, reason));
  }
  /** Used both for ids that do not exist and for records the caller may not see. */
  static notFound(entity: string, id?: string) {
    return new DomainError('NOT_FOUND', `${entity} not found`, id ? { entity, id } : { entity });
  }
  static badInput(field: string, message: string, reason?: string) {
    return new DomainError('BAD_USER_INPUT', `${field}: ${message}`, withReason({ field }, reason));
  }
  /** e.g. `DomainError.conflict('The agenda is full', 'AGENDA_FULL')` */
  static conflict(message: string, reason?: string) {
    return new DomainError('CONFLICT', message, withReason({}, reason));
  }
  static invalidTransition(from: string, to: string, entity = 'Case', reason?: string) {
    return new DomainError(
      'INVALID_TRANSITION',
      `${entity} cannot go from ${from} to ${to}`,
      withReason({ from, to }, reason),
    );
  }
  static tooManyRequests(message: string, retryAfterSeconds?: number, reason?: string) {
    return new DomainError(
      'TOO_MANY_REQUESTS',
      message,
      withReason(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }, reason),
    );
  }
  /** A dependency (the database, the mail server...) is not answering; the client may retry later. */
  static unavailable(message = 'The service is temporarily unavailable; try again later', reason?: string) {
    return new DomainError('SERVICE_UNAVAILABLE', message, withReason({}, reason));
  }
}

function withReason(extra: Record<string, unknown>, reason: string | undefined): Record<string, unknown> {
  return reason ? { ...extra, reason } : extra;
}

/**
 * A scalar's refusal of a value (the calendar Date out of range...). GraphQL names the variable and the path of the
 * value in the message; `formatGraphQLError` turns that path into `extensions.field`.
 */
export function invalidValue(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/**
 * A document over one of the GraphQL limits (depth, cost, aliases, directives): refused like any invalid document
 * (GRAPHQL_VALIDATION_FAILED, HTTP 400), with the limit as `reason` (MAX_DEPTH, MAX_COST, MAX_ALIASES...).
 */
export function documentLimitError(message: string, reason: string): GraphQLError {
  return new GraphQLError(message.replace(/^Syntax Error: /, ''), {
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', reason },
  });
}

/**
 * Sets the HTTP status Apollo answers with when `error` is thrown before execution (from a plugin hook); Apollo
 * takes `extensions.http` off before the client sees the error.
 */
export function withHttpStatus<E extends GraphQLError>(error: E, status: number): E {
  (error.extensions as Record<string, unknown>).http = { status };
  return error;
}

/** class-validator failures become one BAD_USER_INPUT naming the first failing field (dotted path). */
export function validationError(errors: ValidationError[]): DomainError {
  const walk = (e: ValidationError, path: string[]): { field: string; message: string } | null => {
    const here = [...path, e.property];
    if (e.constraints) return { field: here.join('.'), message: Object.values(e.constraints)[0] };
    for (const c of e.children ?? []) {
      const found = walk(c, here);
      if (found) return found;
    }
    return null;
  };
  const first = errors.map((e) => walk(e, [])).find(Boolean) ?? { field: 'input', message: 'is invalid' };
  // class-validator messages start with the property name; keep only the rule
  const message = first.message.replace(/^\S+\s/, (w) => (first.field.endsWith(w.trim()) ? '' : w));
  return DomainError.badInput(first.field, message);
}

/** SQLSTATEs that mean the database is not there (connection lost, shutting down, too many connections). */
const UNAVAILABLE_SQLSTATE = /^(08|57P0[1-3]|53300)/;
const UNAVAILABLE_NODE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND']);

/** Maps the database errors a client can cause to coded errors; everything else stays internal. */
export function translateDbError(e: unknown): unknown {
  if (e instanceof DomainError) return e;
  // by name as well: TypeORM's CommonJS and ESM builds each have their own QueryFailedError class
  if (e instanceof QueryFailedError || (e as Error)?.name === 'QueryFailedError') {
    const code = (e as any).driverError?.code as string | undefined;
    if (code === '23505') return DomainError.conflict('That record already exists', 'DUPLICATE');
    if (code === '40001' || code === '40P01')
      return DomainError.conflict('A concurrent change won; try again', 'CONCURRENT_CHANGE');
    // data exceptions (a NUL byte in a text, a number out of range...): the input was bad
    if (code?.startsWith('22'))
      return DomainError.badInput('input', 'contains a value that cannot be stored');
    // statement_timeout (STATEMENT_TIMEOUT) or a cancelled query: the server ran out of time, the client may retry
    if (code === '57014')
      return DomainError.unavailable('The request took too long; try again later', 'TIMEOUT');
    if (code && UNAVAILABLE_SQLSTATE.test(code)) return DomainError.unavailable(undefined, 'DATABASE');
  }
  const nodeCode = (e as NodeJS.ErrnoException | null)?.code;
  if (typeof nodeCode === 'string' && UNAVAILABLE_NODE.has(nodeCode))
    return DomainError.unavailable(undefined, 'DATABASE');
  if (/Connection terminated|timeout exceeded when trying to connect/.test((e as Error)?.message ?? ''))
    return DomainError.unavailable(undefined, 'DATABASE');
  return e;
}

/** The codes that reach clients as they are; anything else is an internal error. */
export const KNOWN_CODES = new Set<string>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'INVALID_TRANSITION',
  'TOO_MANY_REQUESTS',
  'SERVICE_UNAVAILABLE',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/**
 * Extensions that never leave in production (stack traces, wrapped exceptions). The other extensions of a coded
 * error are facts its thrower chose to give the client (field, reason, entity, ids); uncoded errors lose them all.
 */
const INTERNAL_EXTENSIONS = ['stacktrace', 'exception', 'originalError'];

/** `Variable "$input" got invalid value "0100-01-01" at "input.referralDate"; ...` -> `input.referralDate` */
const VARIABLE_PATH = /^Variable "\$(\w+)" got invalid value .*? at "([\w.[\]]+)"/s;
const VARIABLE_WHOLE = /^Variable "\$(\w+)" got invalid value/;

/** graphql-js's coerceVariableValues, past its error limit (maxErrors, 50) */
const TOO_MANY_VARIABLE_ERRORS = /^Too many errors processing variables, error limit reached/;

/** For a BAD_USER_INPUT without a field (GraphQL's own coercion errors): the dotted path from the message. */
function fieldOf(message: string): string | undefined {
  const m = VARIABLE_PATH.exec(message);
  // the path inside the variable, without the variable's own (client-chosen) name: `referralDate`,
  // `subject.givenName`, as the service-level refusals name fields
  if (m)
    return (
      m[2]
        .replace(/\[\d+\]/g, '')
        .split('.')
        .slice(1)
        .join('.') || m[1]
    );
  return VARIABLE_WHOLE.exec(message)?.[1];
}

/**
 * The last step before a client sees an error. Coded errors pass through with their public extensions; anything
 * else becomes INTERNAL_SERVER_ERROR with a generic message in production. In production no stack trace, SQL or
 * driver detail leaves.
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown,
  production: boolean,
): GraphQLFormattedError {
  let code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  // a value written in the document that a scalar refuses is reported by GraphQL's validation: it is bad input
  // all the same (as the same value passed in a variable is)
  const original = (error as { originalError?: { extensions?: Record<string, unknown> } } | null)
    ?.originalError;
  if (code === 'GRAPHQL_VALIDATION_FAILED' && original?.extensions?.code === 'BAD_USER_INPUT')
    code = 'BAD_USER_INPUT';
  // GraphQL stops coercing variables after 50 errors with an error of its own that has no code, which Apollo calls INTERNAL_SERVER_ERROR (a list of 2000 wrong
  // values, say): bad input like the 50 before it, not an internal error
  if (code === 'INTERNAL_SERVER_ERROR' && TOO_MANY_VARIABLE_ERRORS.test(formatted.message))
    code = 'BAD_USER_INPUT';
  const known = KNOWN_CODES.has(code);
  const extensions: Record<string, unknown> = { ...(formatted.extensions ?? {}), code };
  // GraphQL's parser counts tokens (parseOptions.maxTokens): a syntax error, told apart by its reason
  if (code === 'GRAPHQL_PARSE_FAILED' && /contains more that \d+ tokens/.test(formatted.message))
    extensions.reason = 'MAX_TOKENS';
  if (code === 'BAD_USER_INPUT' && extensions.field === undefined) {
    const field = fieldOf(formatted.message);
    if (field) extensions.field = field;
  }
  if (production) {
    for (const key of INTERNAL_EXTENSIONS) delete extensions[key];
  }
  if (known) return { ...formatted, extensions };
  return {
    message: production ? 'Internal server error' : formatted.message,
    locations: formatted.locations,
    path: formatted.path,
    extensions: production ? { code: 'INTERNAL_SERVER_ERROR' } : extensions,
  };
}
