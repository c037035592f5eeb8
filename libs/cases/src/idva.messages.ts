import type { Message } from '@marac/notifications';

const footer = (link: string) =>
  `\n\nSign in to see the details you are entitled to see:\n${link}\n\nThis message contains no personal data. Do not reply.`;

/** A MARAC referral has arrived: to the panel's IDVA reps (SafeLives principle 2). Reference and link only. */
export function referralArrived(p: { reference: string; link: string }): Message {
  return {
    subject: `New MARAC referral ${p.reference}`,
    body:
      `A new MARAC referral, ${p.reference}, has been submitted.\n` +
      `The IDVA service sees it from today: please record your contact with the victim.${footer(p.link)}`,
  };
}
