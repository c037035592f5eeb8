import { DomainError } from '@marac/core';
import { MeetingStatus } from './meeting.enums.js';

const { SCHEDULED, AGENDA_PUBLISHED, CONCLUDED, CANCELLED } = MeetingStatus;

/**
 * The meeting lifecycle (DOMAIN.md): SCHEDULED -> AGENDA_PUBLISHED -> CONCLUDED, and SCHEDULED | AGENDA_PUBLISHED ->
 * CANCELLED (no operation cancels yet; that comes with cancelMeeting). CONCLUDED and CANCELLED are final.
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
export type MeetingActivity = 'editAgenda' | 'recordMinutes' | 'submitResearch' | 'recordAttendance';

export const ALLOWED_IN: Readonly<Record<MeetingActivity, readonly MeetingStatus[]>> = {
  // adding, proposing, moving and removing items: until the meeting is concluded
  editAgenda: [SCHEDULED, AGENDA_PUBLISHED],
  recordMinutes: [SCHEDULED, AGENDA_PUBLISHED],
  // research is prepared for a published agenda
  submitResearch: [AGENDA_PUBLISHED],
  // attendance can be corrected after the meeting, never on a cancelled one
  recordAttendance: [SCHEDULED, AGENDA_PUBLISHED, CONCLUDED],
};

export function mayDo(activity: MeetingActivity, status: MeetingStatus): boolean {
  return ALLOWED_IN[activity].includes(status);
}

const REFUSALS: Record<MeetingActivity, (status: MeetingStatus) => string> = {
  editAgenda: (s) => `The meeting is ${s}: its agenda can no longer change`,
  recordMinutes: (s) => `The meeting is ${s}: its agenda can no longer change`,
  submitResearch: (s) => `Research is submitted on published agendas; this meeting is ${s}`,
  recordAttendance: (s) => `The meeting is ${s}`,
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
export function assertStartsAtInWindow(startsAt: Date, now: Date = new Date()): void {
  const t = startsAt.getTime();
  if (!Number.isFinite(t) || t < EARLIEST_START.getTime() || t > latestStart(now).getTime())
    throw DomainError.badInput('startsAt', 'must be from 2000-01-01 to two years ahead');
}
