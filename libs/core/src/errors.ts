import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** The error codes of the public contract; every refusal the API makes carries one of them. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'INVALID_TRANSITION'
  | 'TOO_MANY_REQUESTS';

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

  static unauthenticated(message = 'Not signed in, or the session has ended') {
    return new DomainError('UNAUTHENTICATED', message);
  }
  static forbidden(message = 'You are not allowed to do this') {
    return new DomainError('FORBIDDEN', message);
  }
  /** Used both for ids that do not exist and for records the caller may not see. */
  static notFound(entity: string, id?: string) {
    return new DomainError('NOT_FOUND', `${entity} not found`, id ? { entity, id } : { entity });
  }
  static badInput(field: string, message: string) {
    return new DomainError('BAD_USER_INPUT', `${field}: ${message}`, { field });
  }
  /** `reason`: a sub-code in `extensions.reason` where a client must tell conflicts apart (e.g. AGENDA_FULL). */
  static conflict(message: string, reason?: string) {
    return new DomainError('CONFLICT', message, reason ? { reason } : {});
  }
  static invalidTransition(from: string, to: string, entity = 'Case') {
    return new DomainError('INVALID_TRANSITION', `${entity} cannot go from ${from} to ${to}`, { from, to });
  }
}

const KNOWN_CODES = new Set<string>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'INVALID_TRANSITION',
  'TOO_MANY_REQUESTS',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/**
 * The one place that shapes errors for clients. Coded errors pass through; anything else becomes
 * INTERNAL_SERVER_ERROR with a generic message. In production no stack trace, SQL or driver detail leaves.
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  _error: unknown,
  production: boolean,
): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  const known = KNOWN_CODES.has(code);
  const extensions: Record<string, unknown> = { ...(formatted.extensions ?? {}), code };
  if (production) delete extensions.stacktrace;
  if (known) return { ...formatted, extensions };
  return {
    message: production ? 'Internal server error' : formatted.message,
    locations: formatted.locations,
    path: formatted.path,
    extensions: production ? { code: 'INTERNAL_SERVER_ERROR' } : extensions,
  };
}
