import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';

/**
 * Password rules, NIST SP 800-63B style: a minimum length, no composition rules, and a check against commonly used
 * and easily guessed passwords. The check is zxcvbn (the @zxcvbn-ts port, with its common-passwords and diceware
 * dictionaries and keyboard patterns), which estimates how many guesses a password needs; we require a score of at
 * least 3 ("safely unguessable: moderate protection from offline slow-hash scenario", about 10^8 guesses or more).
 * The user's own e-mail and name count as guessable words for their password.
 */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;
export const PASSWORD_MIN_SCORE = 3;

let estimator: ZxcvbnFactory | null = null;
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary },
    graphs: common.adjacencyGraphs,
    // the Levenshtein matcher costs about 100 ms of CPU a check; the dictionaries with l33t and reversed words are enough
    useLevenshteinDistance: false,
  });
  return estimator;
}

/** Why `password` is not acceptable (a message for BAD_USER_INPUT), or null when it is. */
export function passwordProblem(
  password: string,
  userInputs: (string | null | undefined)[] = [],
): string | null {
  // length in characters (code points), as NIST counts it
  const length = [...password].length;
  if (length < PASSWORD_MIN) return `must be at least ${PASSWORD_MIN} characters long`;
  if (length > PASSWORD_MAX) return `must be at most ${PASSWORD_MAX} characters long`;
  if (/^[\s\p{Cf}]*$/u.test(password)) return 'must not be made only of spaces';
  const words = userInputs
    .filter((x): x is string => !!x)
    .flatMap((x) => [x, x.split('@')[0], ...x.split(/[\s@.+_-]+/)])
    .filter((w) => w.length >= 3);
  if (zxcvbn().check(password, words).score < PASSWORD_MIN_SCORE)
    return 'is too common or too easy to guess; a few unrelated words make a good password';
  return null;
}
