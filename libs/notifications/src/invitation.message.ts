import type { Message } from './messages.js';

/**
 * The invitation sent when an ADMIN creates a user without a password. Like every e-mail of the platform it carries
 * no personal data: not even the user's name or the e-mail address; only the one-time link to set a password.
 */
export function invitation(p: { link: string; validHours: number }): Message {
  return {
    subject: 'Your MARAC platform account: set your password',
    body:
      'An account on the MARAC platform has been created for you.\n' +
      `Choose your password with this link; it works once, within ${p.validHours} hours:\n${p.link}\n\n` +
      'If you did not expect this e-mail, ignore it. This message contains no personal data. Do not reply.',
  };
}
