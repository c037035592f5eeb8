/**
 * `x-request-id` values kept as the request's id (and so in the append-only audit trail): a UUID, or 16 to 64 hex
 * digits (what nginx's $request_id and most tracing proxies send). Anything else (words, a name, an address, markup)
 * is replaced by a fresh UUID, so a client cannot write its own text into the trail.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEX = /^[0-9a-f]{16,64}$/i;

export function acceptedRequestId(header: string | string[] | undefined): string | undefined {
  if (typeof header !== 'string') return undefined;
  return UUID.test(header) || HEX.test(header) ? header : undefined;
}
