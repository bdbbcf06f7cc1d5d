import { addWorkingDays } from '../addWorkingDays';
import { ChpRuleError } from '../errors';
import { assertIsoDate } from '../internal/dates';
import type { CalendarSettings, IsoDate } from '../types';

/**
 * Product choice (docs/procedure.md, The investigation file): when the handler does not say
 * what timescale the customer was told for the record of a meeting (§59), it is 5 working days
 * after the meeting.
 */
export const DEFAULT_MEETING_RECORD_WORKING_DAYS = 5;

/** A meeting with the customer during the investigation and its record (§58–59). */
export interface MeetingRecordDates {
  heldOn: IsoDate;
  /** The date the customer was told to expect the record by (§59); null: the default timescale. */
  recordDueOn: IsoDate | null;
  /** When the record (written, or in the agreed other format) was given to the customer. */
  recordSentOn: IsoDate | null;
}

export type MeetingRecordState = 'sent' | 'sent_late' | 'due' | 'overdue';

/**
 * §59: the record of a meeting is due by the timescale the customer was told; without one, 5
 * working days after the meeting ({@link DEFAULT_MEETING_RECORD_WORKING_DAYS}).
 *
 * @example
 * meetingRecordDueOn({ heldOn: '2026-04-02', recordDueOn: null, recordSentOn: null })
 * // '2026-04-10': Good Friday 3 April is not a working day
 */
export function meetingRecordDueOn(
  meeting: Pick<MeetingRecordDates, 'heldOn' | 'recordDueOn'>,
  settings?: CalendarSettings,
): IsoDate {
  assertIsoDate(meeting.heldOn, 'heldOn');
  if (meeting.recordDueOn !== null) return assertIsoDate(meeting.recordDueOn, 'recordDueOn');
  return addWorkingDays(meeting.heldOn, DEFAULT_MEETING_RECORD_WORKING_DAYS, settings);
}

/**
 * §59: where the record of a meeting stands on `today`: sent (on time or late), or still due
 * (overdue after its due date).
 */
export function meetingRecordState(
  meeting: MeetingRecordDates,
  today: IsoDate,
  settings?: CalendarSettings,
): MeetingRecordState {
  const dueOn = meetingRecordDueOn(meeting, settings);
  assertIsoDate(today, 'today');
  if (meeting.recordSentOn !== null)
    return assertIsoDate(meeting.recordSentOn, 'recordSentOn') > dueOn ? 'sent_late' : 'sent';
  return today > dueOn ? 'overdue' : 'due';
}

/**
 * §58–59: the dates of a meeting make sense: the record cannot be due, or sent, before the
 * meeting, nor sent after `today`.
 */
export function checkMeetingRecord(meeting: MeetingRecordDates, today: IsoDate): void {
  assertIsoDate(meeting.heldOn, 'heldOn');
  assertIsoDate(today, 'today');
  if (meeting.recordDueOn !== null && assertIsoDate(meeting.recordDueOn) < meeting.heldOn)
    throw new ChpRuleError(
      'MEETING_RECORD_DUE_BEFORE_MEETING',
      'The record cannot be due before the meeting',
    );
  if (meeting.recordSentOn !== null) {
    assertIsoDate(meeting.recordSentOn, 'recordSentOn');
    if (meeting.recordSentOn < meeting.heldOn)
      throw new ChpRuleError(
        'MEETING_RECORD_SENT_BEFORE_MEETING',
        'The record cannot be sent before the meeting',
      );
    if (meeting.recordSentOn > today)
      throw new ChpRuleError('MEETING_RECORD_SENT_IN_FUTURE', 'The record was not sent yet');
  }
}
