import { DomainError } from '@marac/core';
import {
  ALLOWED_IN,
  assertMayDo,
  assertMeetingTransition,
  assertStartsAtInWindow,
  canTransitionMeeting,
  latestStart,
  mayDo,
  MEETING_TRANSITIONS,
} from './meeting-lifecycle.js';
import { MeetingStatus } from './meeting.enums.js';

const { SCHEDULED, AGENDA_PUBLISHED, CONCLUDED, CANCELLED } = MeetingStatus;
const codeOf = (run: () => void) => {
  try {
    run();
  } catch (e) {
    return (e as DomainError).extensions.code;
  }
  return null;
};

describe('meeting lifecycle', () => {
  it('goes SCHEDULED -> AGENDA_PUBLISHED -> CONCLUDED, and can be cancelled until concluded', () => {
    expect(canTransitionMeeting(SCHEDULED, AGENDA_PUBLISHED)).toBe(true);
    expect(canTransitionMeeting(AGENDA_PUBLISHED, CONCLUDED)).toBe(true);
    expect(canTransitionMeeting(SCHEDULED, CANCELLED)).toBe(true);
    expect(canTransitionMeeting(AGENDA_PUBLISHED, CANCELLED)).toBe(true);
  });

  it('refuses everything else with INVALID_TRANSITION', () => {
    expect(codeOf(() => assertMeetingTransition(SCHEDULED, CONCLUDED))).toBe('INVALID_TRANSITION');
    expect(codeOf(() => assertMeetingTransition(AGENDA_PUBLISHED, AGENDA_PUBLISHED))).toBe(
      'INVALID_TRANSITION',
    );
    expect(codeOf(() => assertMeetingTransition(AGENDA_PUBLISHED, SCHEDULED))).toBe('INVALID_TRANSITION');
    for (const to of Object.values(MeetingStatus)) {
      expect(canTransitionMeeting(CONCLUDED, to)).toBe(false);
      expect(canTransitionMeeting(CANCELLED, to)).toBe(false);
    }
    expect(codeOf(() => assertMeetingTransition(SCHEDULED, AGENDA_PUBLISHED))).toBeNull();
  });

  it('names every status', () => {
    expect(Object.keys(MEETING_TRANSITIONS).sort()).toEqual(Object.values(MeetingStatus).sort());
  });
});

describe('what may be done in which status', () => {
  it('edits the agenda and minutes until the meeting is concluded', () => {
    for (const activity of ['editAgenda', 'recordMinutes'] as const) {
      expect(mayDo(activity, SCHEDULED)).toBe(true);
      expect(mayDo(activity, AGENDA_PUBLISHED)).toBe(true);
      expect(mayDo(activity, CONCLUDED)).toBe(false);
      expect(mayDo(activity, CANCELLED)).toBe(false);
    }
  });

  it('takes research only on a published agenda', () => {
    expect(ALLOWED_IN.submitResearch).toEqual([AGENDA_PUBLISHED]);
    const e = (() => {
      try {
        assertMayDo('submitResearch', SCHEDULED);
      } catch (x) {
        return x as DomainError;
      }
    })();
    expect(e?.extensions).toMatchObject({ code: 'INVALID_TRANSITION', status: SCHEDULED });
  });

  it('records attendance in every status but CANCELLED', () => {
    expect(mayDo('recordAttendance', CONCLUDED)).toBe(true);
    expect(codeOf(() => assertMayDo('recordAttendance', CANCELLED))).toBe('INVALID_TRANSITION');
  });
});

describe('the startsAt window', () => {
  const now = new Date('2026-12-01T09:00:00Z');
  it('accepts 2000-01-01 up to two years ahead', () => {
    for (const ok of ['2000-01-01T00:00:00Z', '2025-01-09T10:00:00Z', '2028-12-01T09:00:00Z'])
      expect(codeOf(() => assertStartsAtInWindow(new Date(ok), now))).toBeNull();
    expect(latestStart(now).toISOString()).toBe('2028-12-01T09:00:00.000Z');
  });
  it('refuses earlier, later and invalid dates on startsAt', () => {
    for (const bad of ['1999-12-31T23:59:59Z', '2028-12-01T09:00:01Z', '0100-01-01T00:00:00Z', 'nonsense']) {
      let err: DomainError | null = null;
      try {
        assertStartsAtInWindow(new Date(bad), now);
      } catch (e) {
        err = e as DomainError;
      }
      expect(err?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startsAt' });
    }
  });
});
