import type { Message } from '@marac/notifications';

const footer = (link: string) =>
  `\n\nSign in to see the details you are entitled to see:\n${link}\n\nThis message contains no personal data. Do not reply.`;

/** A published meeting has been cancelled (panel, date and link only: no reference, no reason). */
export function meetingCancelled(p: { panelName: string; meetingDate: string; link: string }): Message {
  return {
    subject: `${p.panelName}: meeting of ${p.meetingDate} cancelled`,
    body: `The ${p.panelName} meeting of ${p.meetingDate} has been cancelled.${footer(p.link)}`,
  };
}

/** A published meeting has a new time (panel, dates and link only). */
export function meetingRescheduled(p: {
  panelName: string;
  was: string;
  now: string;
  link: string;
}): Message {
  return {
    subject: `${p.panelName}: meeting of ${p.was} moved to ${p.now}`,
    body: `The ${p.panelName} meeting of ${p.was} has been moved to ${p.now}.${footer(p.link)}`,
  };
}

/**
 * The day before a meeting's research deadline, to the reps of the member agencies that have not returned research
 * (panel, meeting date, deadline and link only: no reference, no name, nothing about a case).
 */
export function researchReminder(p: {
  panelName: string;
  meetingDate: string;
  dueAt: string;
  link: string;
}): Message {
  return {
    subject: `${p.panelName}: research due ${p.dueAt} for the meeting of ${p.meetingDate}`,
    body:
      `Your agency has not yet returned research for every case listed for the ${p.panelName} meeting of ${p.meetingDate}.\n` +
      `Research is due by ${p.dueAt} (later research is accepted until the meeting and marked late).${footer(p.link)}`,
  };
}
