/** 'YYYY-MM-DD', a calendar date in Europe/London. */
export type IsoDate = string;
/** ISO 8601 with an offset, e.g. '2026-03-30T16:30:00Z'. */
export type Instant = string;
export type Outcome = 'resolved' | 'upheld' | 'partially_upheld' | 'not_upheld';
export const OUTCOMES: readonly Outcome[] = [
  'resolved',
  'upheld',
  'partially_upheld',
  'not_upheld',
];
export type Stage = 1 | 2;

/** What a first contact is (§11–12): only a complaint enters the procedure. */
export type ContactType = 'enquiry' | 'service_request' | 'complaint';
export const CONTACT_TYPES: readonly ContactType[] = ['enquiry', 'service_request', 'complaint'];

/**
 * The outcomes beyond the four (§11–12, docs/procedure.md, Before stage 1): the record ends
 * without a response at a stage, so none of them is a closure in the SPSO indicators.
 */
export type OtherOutcome = 'not_a_complaint' | 'withdrawn' | 'out_of_time' | 'duplicate';
export const OTHER_OUTCOMES: readonly OtherOutcome[] = [
  'not_a_complaint',
  'withdrawn',
  'out_of_time',
  'duplicate',
];

export interface CalendarSettings {
  /** Organisation closure days on top of Scottish bank holidays. */
  closureDays?: IsoDate[];
  /** Bank holidays on which the organisation is open (counted as working days). */
  openDays?: IsoDate[];
}

export interface TimelineSettings extends CalendarSettings {
  /** 'HH:MM' local time; receipts after it start the next working day. Default null. */
  cutOffTime?: string | null;
}

export type ComplaintEvent =
  | { type: 'received'; at: Instant; stage: Stage; awareOn?: IsoDate }
  | { type: 'extended'; at: Instant; stage: Stage; dueOn: IsoDate }
  | { type: 'escalated'; at: Instant }
  | { type: 'acknowledged'; at: Instant }
  | { type: 'closed'; at: Instant; stage: Stage; outcome: Outcome }
  | { type: 'ended'; at: Instant; outcome: OtherOutcome };

export type ComplaintEventType = ComplaintEvent['type'];

export interface StageTimeline {
  dayOne: IsoDate;
  /** Day 5 (stage 1) or day 20 (stage 2), before any extension. */
  dueOn: IsoDate;
  /** The latest approved extension, if any. */
  extendedDueOn: IsoDate | null;
  /** Stage 2: day 3; stage 1: null. */
  acknowledgeBy: IsoDate | null;
  acknowledgedOn: IsoDate | null;
  closedOn: IsoDate | null;
  outcome: Outcome | null;
  /** Working days from day one to closedOn, day one counting as 1. */
  workingDays: number | null;
  /** Closed on or before dueOn (extensions do not count); null while open. */
  withinTimescale: boolean | null;
}

export interface ComplaintTimeline {
  stage1: StageTimeline | null;
  stage2: StageTimeline | null;
}
