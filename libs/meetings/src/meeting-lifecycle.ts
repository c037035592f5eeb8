import { clock, DomainError } from '@marac/core';
import { MeetingStatus } from './meeting.enums.js';

const { SCHEDULED, AGENDA_PUBLISHED, CONCLUDED, CANCELLED } = MeetingStatus;

/**
 * The meeting lifecycle (DOMAIN.md): SCHEDULED -> AGENDA_PUBLISHED -> CONCLUDED, and SCHEDULED | AGENDA_PUBLISHED ->
 * CANCELLED (cancelMeeting). CONCLUDED and CANCELLED are final.
 */
export const MEETING_TRANSITIONS: Readonly<Record<MeetingStatus, readonly MeetingStatus[]>> = {
  [SCHEDULED]: [AGENDA_PUBLISHED, CANCELLED],
  [AGENDA_PUBLISHED]: [CONCLUDED, CANCELLED],
  [CONCLUDED]: [],
  [CANCELLED]: [],
};

export function canTransitionMeeting(from: MeetingStatus, to: MeetingStatus): boolean {
  return MEETING_TRANSITIONS[from].includes(to);
}

/** Throws INVALID_TRANSITION when the lifecycle does not allow from -> to. */
export function assertMeetingTransition(from: MeetingStatus, to: MeetingStatus): void {
  if (!canTransitionMeeting(from, to)) throw DomainError.invalidTransition(from, to, 'Meeting');
}

/** What may be done to a meeting, and in which statuses. */
export type MeetingActivity =
  'editAgenda' | 'recordMinutes' | 'submitResearch' | 'recordAttendance' | 'reschedule';

export const ALLOWED_IN: Readonly<Record<MeetingActivity, readonly MeetingStatus[]>> = {
  // adding, proposing, moving and removing items: until the meeting is concluded
  editAgenda: [SCHEDULED, AGENDA_PUBLISHED],
  recordMinutes: [SCHEDULED, AGENDA_PUBLISHED],
  // research is prepared for a published agenda
  submitResearch: [AGENDA_PUBLISHED],
  // attendance can be corrected after the meeting, never on a cancelled one
  recordAttendance: [SCHEDULED, AGENDA_PUBLISHED, CONCLUDED],
  // a new time, place or research deadline: until the meeting is concluded
  reschedule: [SCHEDULED, AGENDA_PUBLISHED],
};

export function mayDo(activity: MeetingActivity, status: MeetingStatus): boolean {
  return ALLOWED_IN[activity].includes(status);
}

const REFUSALS: Record<MeetingActivity, (status: MeetingStatus) => string> = {
  editAgenda: (s) => `The meeting is ${s}: its agenda can no longer change`,
  recordMinutes: (s) => `The meeting is ${s}: its agenda can no longer change`,
  submitResearch: (s) => `Research is submitted on published agendas; this meeting is ${s}`,
  recordAttendance: (s) => `The meeting is ${s}`,
  reschedule: (s) => `The meeting is ${s}: it can no longer be rescheduled`,
};

/** Throws INVALID_TRANSITION (with the status) when `activity` is not allowed in `status`. */
export function assertMayDo(activity: MeetingActivity, status: MeetingStatus): void {
  if (!mayDo(activity, status))
    throw new DomainError('INVALID_TRANSITION', REFUSALS[activity](status), { status });
}

/** Statuses in which the agenda is published: panel reps then see the items whose case they may see. */
export const AGENDA_SHOWN_TO_REPS: readonly MeetingStatus[] = [AGENDA_PUBLISHED, CONCLUDED];

/** The window a meeting may start in (DOMAIN.md): from 2000-01-01 (back-entry of history) to two years ahead. */
export const EARLIEST_START = new Date('2000-01-01T00:00:00Z');

export function latestStart(now: Date): Date {
  const d = new Date(now.getTime());
  d.setUTCFullYear(d.getUTCFullYear() + 2);
  return d;
}

/** BAD_USER_INPUT on `startsAt` outside 2000-01-01 .. two years after `now`. */
export function assertStartsAtInWindow(startsAt: Date, now: Date = clock.now()): void {
  const t = startsAt.getTime();
  if (!Number.isFinite(t) || t < EARLIEST_START.getTime() || t > latestStart(now).getTime())
    throw DomainError.badInput('startsAt', 'must be from 2000-01-01 to two years ahead');
}

/** `extensions.reason` of the lifecycle's refusals, so a client can tell them apart. */
export const MeetingRefusal = {
  NOT_STARTED: 'NOT_STARTED',
  EMPTY_AGENDA: 'EMPTY_AGENDA',
  SAME_START: 'SAME_START',
} as const;

/** Whether a meeting starting at `startsAt` has started at `now`. */
export function hasStarted(startsAt: Date | string, now: Date = clock.now()): boolean {
  return new Date(startsAt).getTime() <= now.getTime();
}

/**
 * Attendance, minutes and conclusion come from the meeting's start (DOMAIN.md): INVALID_TRANSITION with reason
 * NOT_STARTED before it.
 */
export function assertStarted(what: string, startsAt: Date | string, now: Date = clock.now()): void {
  if (!hasStarted(startsAt, now))
    throw new DomainError('INVALID_TRANSITION', `The meeting has not started yet: ${what} from its start`, {
      reason: MeetingRefusal.NOT_STARTED,
    });
}

/** An empty agenda cannot be published: INVALID_TRANSITION with reason EMPTY_AGENDA. */
export function assertPublishable(items: number): void {
  if (items < 1)
    throw new DomainError('INVALID_TRANSITION', 'An empty agenda cannot be published', {
      reason: MeetingRefusal.EMPTY_AGENDA,
    });
}

/** BAD_USER_INPUT on `researchDueAt` unless it is before the meeting starts. */
export function assertResearchDueAt(researchDueAt: Date, startsAt: Date): void {
  if (!(researchDueAt.getTime() < startsAt.getTime()))
    throw DomainError.badInput('researchDueAt', 'must be before the meeting starts');
}

/**
 * The research deadline after a reschedule (DOMAIN.md: it moves with the meeting unless a new one is given): the
 * given one; else the default of the new start when the old deadline was the default of the old start (or unset);
 * else the old deadline moved by as much as the start moved.
 */
export function movedResearchDueAt(
  p: { oldStartsAt: Date; newStartsAt: Date; oldDueAt: Date | null; given?: Date | null },
  defaultOf: (startsAt: Date) => Date,
): Date {
  if (p.given) return p.given;
  if (!p.oldDueAt || p.oldDueAt.getTime() === defaultOf(p.oldStartsAt).getTime())
    return defaultOf(p.newStartsAt);
  return new Date(p.oldDueAt.getTime() + (p.newStartsAt.getTime() - p.oldStartsAt.getTime()));
}
