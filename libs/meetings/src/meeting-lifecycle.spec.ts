import { DomainError } from '@marac/core';
import {
  ALLOWED_IN,
  assertMayDo,
  assertMeetingTransition,
  assertPublishable,
  assertResearchDueAt,
  assertStarted,
  assertStartsAtInWindow,
  hasStarted,
  movedResearchDueAt,
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

const reasonOf = (run: () => void) => {
  try {
    run();
  } catch (e) {
    return [(e as DomainError).extensions.code, (e as DomainError).extensions.reason];
  }
  return null;
};

describe('from the start, and not empty', () => {
  const start = new Date('2026-12-03T10:00:00Z');
  it('a meeting has started at its start instant, not a millisecond before', () => {
    expect(hasStarted(start, new Date('2026-12-03T09:59:59.999Z'))).toBe(false);
    expect(hasStarted(start, start)).toBe(true);
    expect(hasStarted('2026-12-03T10:00:00Z', new Date('2026-12-04T00:00:00Z'))).toBe(true);
  });
  it('before the start: INVALID_TRANSITION with reason NOT_STARTED', () => {
    expect(reasonOf(() => assertStarted('x', start, new Date('2026-12-02T10:00:00Z')))).toEqual([
      'INVALID_TRANSITION',
      'NOT_STARTED',
    ]);
    expect(reasonOf(() => assertStarted('x', start, start))).toBeNull();
  });
  it('an empty agenda: INVALID_TRANSITION with reason EMPTY_AGENDA', () => {
    expect(reasonOf(() => assertPublishable(0))).toEqual(['INVALID_TRANSITION', 'EMPTY_AGENDA']);
    expect(reasonOf(() => assertPublishable(1))).toBeNull();
  });
  it('reschedules until concluded', () => {
    expect(mayDo('reschedule', SCHEDULED)).toBe(true);
    expect(mayDo('reschedule', AGENDA_PUBLISHED)).toBe(true);
    expect(codeOf(() => assertMayDo('reschedule', CONCLUDED))).toBe('INVALID_TRANSITION');
    expect(codeOf(() => assertMayDo('reschedule', CANCELLED))).toBe('INVALID_TRANSITION');
  });
});

describe('the research deadline of a rescheduled meeting', () => {
  // a stand-in default: the day before at the same time
  const def = (d: Date) => new Date(d.getTime() - 86_400_000);
  const oldStartsAt = new Date('2026-12-10T10:00:00Z');
  const newStartsAt = new Date('2026-12-17T10:00:00Z');
  it('is the one given', () => {
    const given = new Date('2026-12-12T17:00:00Z');
    expect(movedResearchDueAt({ oldStartsAt, newStartsAt, oldDueAt: def(oldStartsAt), given }, def)).toEqual(
      given,
    );
  });
  it('follows the default when it was the default (or unset)', () => {
    expect(movedResearchDueAt({ oldStartsAt, newStartsAt, oldDueAt: def(oldStartsAt) }, def)).toEqual(
      def(newStartsAt),
    );
    expect(movedResearchDueAt({ oldStartsAt, newStartsAt, oldDueAt: null }, def)).toEqual(def(newStartsAt));
  });
  it('moves by as much as the meeting when it was set by hand', () => {
    const byHand = new Date('2026-12-05T12:00:00Z');
    expect(movedResearchDueAt({ oldStartsAt, newStartsAt, oldDueAt: byHand }, def)).toEqual(
      new Date('2026-12-12T12:00:00Z'),
    );
  });
  it('must be before the start (BAD_USER_INPUT on researchDueAt)', () => {
    expect(codeOf(() => assertResearchDueAt(oldStartsAt, oldStartsAt))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => assertResearchDueAt(def(oldStartsAt), oldStartsAt))).toBeNull();
  });
});
