import { createHash, randomBytes } from 'node:crypto';
import argon2 from 'argon2';

/** argon2id with the library's defaults (64 MiB, t=3, p=4). */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

let dummyHash: Promise<string> | null = null;

/**
 * Verifies `password` against `hash`; with no hash (an unknown e-mail, or an invited user who has not set a password
 * yet) it verifies against a dummy hash and answers false, so timing does not tell whether an account exists.
 */
export async function verifyPassword(hash: string | null | undefined, password: string): Promise<boolean> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  const ok = await argon2.verify(hash ?? (await dummyHash), password);
  return ok && !!hash;
}

/** A random secret for a bearer token or a one-time link (256 bits). */
export const newSecret = () => randomBytes(32).toString('base64url');

/** Only this is stored for a token or link, so a database leak reveals none. */
export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest();
