/**
 * The e-mails the platform sends. They carry no personal data: no names, dates of birth, addresses, risk details or
 * free text; only a case reference, a meeting date, an action's due date and a link. Pure functions, unit-tested.
 */
export interface Message {
  subject: string;
  body: string;
}

const footer = (link: string) =>
  `\n\nSign in to see the details you are entitled to see:\n${link}\n\nThis message contains no personal data. Do not reply.`;

export function referralTriaged(p: { reference: string; accepted: boolean; link: string }): Message {
  const outcome = p.accepted ? 'accepted' : 'not accepted';
  return {
    subject: `Referral ${p.reference} ${outcome}`,
    body: `Your referral ${p.reference} has been ${outcome} by the panel coordinator.${footer(p.link)}`,
  };
}

export function agendaPublished(p: { panelName: string; meetingDate: string; link: string }): Message {
  return {
    subject: `${p.panelName}: agenda published for ${p.meetingDate}`,
    body:
      `The agenda of the ${p.panelName} meeting on ${p.meetingDate} has been published.\n` +
      `Please record your agency's research for the listed cases before the meeting.${footer(p.link)}`,
  };
}

export function actionAssigned(p: {
  reference: string;
  dueDate: string;
  reassigned: boolean;
  link: string;
}): Message {
  return {
    subject: `Action ${p.reassigned ? 'reassigned' : 'assigned'} on case ${p.reference}, due ${p.dueDate}`,
    body: `An action on case ${p.reference} is ${p.reassigned ? 'now' : ''} owned by your agency${p.reassigned ? ' or assigned to you' : ''}; it is due on ${p.dueDate}.${footer(p.link)}`.replace(
      /\s{2,}/g,
      ' ',
    ),
  };
}

export function overdueReminder(p: {
  items: { reference: string; dueDate: string }[];
  link: string;
}): Message {
  const lines = p.items.map((i) => `- case ${i.reference}: due ${i.dueDate}`).join('\n');
  return {
    subject: `${p.items.length} overdue action${p.items.length === 1 ? '' : 's'} for your agency`,
    body: `These actions owned by your agency are overdue:\n${lines}${footer(p.link)}`,
  };
}
