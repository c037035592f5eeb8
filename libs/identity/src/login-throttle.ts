import { isIPv4, isIPv6 } from 'node:net';

/**
 * Sign-in throttling rules (pure; the counters live in PostgreSQL, see LoginThrottleRepository):
 * - an (e-mail, client address) pair is locked for PAIR_LOCK_MINUTES after PAIR_LOCK_FAILURES failures: guessing from
 *   one place stops, and the lock touches only that place;
 * - the e-mail across all addresses is not locked but slowed down: from the EMAIL_BACKOFF_AFTER-th failure on (failures
 *   forgotten EMAIL_FAILURES_FORGOTTEN_HOURS after the last one), each further attempt must wait
 *   `backoffSeconds(failures)` after the previous failure (5 s, doubling, at most 5 minutes); an address the account
 *   signed in from in the last KNOWN_ADDRESS_DAYS days is not slowed down (only its own pair lock applies), so someone
 *   who knows a user's e-mail cannot keep them from signing in from where they usually do;
 * - the per-address LOGIN_RATE_LIMIT (all e-mails together) is the guard against password spraying.
 */
export const PAIR_LOCK_FAILURES = 5;
export const PAIR_LOCK_MINUTES = 15;
export const EMAIL_BACKOFF_AFTER = 10;
export const EMAIL_BACKOFF_FIRST_SECONDS = 5;
export const EMAIL_BACKOFF_MAX_SECONDS = 300;
export const EMAIL_FAILURES_FORGOTTEN_HOURS = 24;
export const KNOWN_ADDRESS_DAYS = 30;

/** The wait imposed after the e-mail's `failures`-th failure (0 below the threshold). */
export function backoffSeconds(failures: number): number {
  if (failures < EMAIL_BACKOFF_AFTER) return 0;
  const exponent = Math.min(failures - EMAIL_BACKOFF_AFTER, 16);
  return Math.min(EMAIL_BACKOFF_FIRST_SECONDS * 2 ** exponent, EMAIL_BACKOFF_MAX_SECONDS);
}

/** E-mails are counted trimmed and in lower case. */
export const emailKey = (email: string) => email.trim().toLowerCase();

/**
 * The client address as throttling counts it: IPv4 as is (also when IPv4-mapped), IPv6 by its /64 network (one
 * subscriber usually holds a whole /64, so counting single IPv6 addresses would let them rotate freely).
 */
export function clientKey(ip: string | null | undefined): string {
  const raw = (ip ?? '').trim().replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(raw);
  if (mapped && isIPv4(mapped[1])) return mapped[1];
  if (isIPv4(raw)) return raw;
  if (isIPv6(raw)) return `${expandIPv6(raw).slice(0, 4).join(':')}::/64`;
  return 'unknown';
}

function expandIPv6(ip: string): string[] {
  const [head, tail] = ip.includes('::') ? ip.split('::') : [ip, null];
  const parts = (s: string) => (s ? s.split(':') : []);
  const left = parts(head);
  const right = tail === null ? [] : parts(tail);
  // an embedded IPv4 tail (::1.2.3.4) takes two groups
  const last = right.length ? right : left;
  if (last.length && last[last.length - 1].includes('.')) last.splice(-1, 1, '0', '0');
  const missing = 8 - left.length - right.length;
  return [...left, ...Array(Math.max(missing, 0)).fill('0'), ...right].map((g) =>
    (parseInt(g, 16) || 0).toString(16),
  );
}
