import { addCalendarMonths } from './addCalendarMonths';
import { parseCutOffTime } from './dayOne';
import { DEADLINE_RULES, stageRule, type DeadlineRule, type ExplainedDate } from './deadlineRules';
import { ChpRuleError } from './errors';
import { escalationDeadline, type EscalationLimitDates } from './escalationDeadline';
import { calendarFor } from './internal/calendar';
import { assertIsoDate, dayNumber, fromDayNumber } from './internal/dates';
import { londonParts } from './internal/instants';
import { renderDateExplanation } from './renderDateExplanation';
import { whyNotAWorkingDay, type ExplainSettings, type SkippedDay } from './skippedDay';
import { spsoDeadline } from './spsoDeadline';
import type { Instant, IsoDate, Stage, StageTimeline } from './types';

/** A date counted in calendar months from another (§36, §75). */
export interface MonthsFrom {
  /**
   * What the start date is: 'aware' (the customer became aware), 'received' (the date of receipt,
   * standing in for an awareness date not recorded, §36) or 'stage1_response'.
   */
  from: 'aware' | 'received' | 'stage1_response';
  startDate: IsoDate;
  months: number;
  date: IsoDate;
}

/**
 * Why a date of a complaint is what it is: the rule and its paragraph, the day the count starts
 * from, the days counted and the days skipped with their reasons, and the date they lead to.
 * `text` says the same in plain English ({@link renderDateExplanation}).
 */
export interface DateExplanation {
  what: ExplainedDate;
  /** The stage the date belongs to; null for the escalation and SPSO limits. */
  stage: Stage | null;
  rule: DeadlineRule;
  paragraph: string;
  /** The day the count starts from (for day one, the date of receipt or of the request). */
  startDate: IsoDate;
  /** Day one: the local time of receipt ('HH:MM', seconds when not zero). */
  startTime: string | null;
  /** Working days counted after the start day (day one: its 1 day), or calendar months. */
  count: number;
  unit: 'working_days' | 'calendar_months';
  /** The working days counted, in order; the last is the result. Empty for calendar months. */
  countedDays: IsoDate[];
  /** Days between the start and the result that did not count, with why. */
  skippedDays: SkippedDay[];
  /** Calendar-month rules: each date considered (the later one is the result). */
  monthsFrom: MonthsFrom[];
  resultDate: IsoDate;
  text: string;
}

type Draft = Omit<DateExplanation, 'paragraph' | 'text'>;

function finish(d: Draft): DateExplanation {
  const e: DateExplanation = { ...d, paragraph: DEADLINE_RULES[d.rule].paragraph, text: '' };
  e.text = renderDateExplanation(e);
  return e;
}

/**
 * Walks the organisation's working-day calendar (the one every date is computed with) forward
 * from `start`, recording each day counted or skipped, until `done` says stop.
 */
function walk(
  start: IsoDate,
  settings: ExplainSettings | undefined,
  done: (counted: number, day: number) => boolean,
): { countedDays: IsoDate[]; skippedDays: SkippedDay[] } {
  const cal = calendarFor(settings);
  const countedDays: IsoDate[] = [];
  const skippedDays: SkippedDay[] = [];
  let d = dayNumber(start, 'start');
  while (!done(countedDays.length, d)) {
    d++;
    const date = fromDayNumber(d);
    if (cal.isWorkingDay(d)) countedDays.push(date);
    else skippedDays.push(whyNotAWorkingDay(date, settings)!);
  }
  return { countedDays, skippedDays };
}

function checkWorkingDay(date: IsoDate, settings: ExplainSettings | undefined, what: string) {
  assertIsoDate(date, what);
  if (!calendarFor(settings).isWorkingDay(dayNumber(date)))
    throw new ChpRuleError('INVALID_DATE', `${what} must be a working day, got ${date}`);
}

function clock(msOfDay: number): string {
  const s = Math.floor(msOfDay / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const hm = `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}`;
  return s % 60 === 0 ? hm : `${hm}:${pad(s % 60)}`;
}

/**
 * Why day one of a stage is what it is (§26, §60, Appendix 1 §2 and §5): the local date of
 * receipt (or of the request for stage 2), or the next working day when that date is not a
 * working day or the receipt is after the cut-off time. `at` is the receipt at stage 1, or the
 * receipt or escalation at stage 2.
 *
 * @example
 * explainDayOne('2026-11-28T10:00:00Z', 1).skippedDays.map((d) => d.reason)
 * // ['weekend', 'weekend', 'bank_holiday']: day one is Tuesday 1 December 2026
 */
export function explainDayOne(
  at: Instant,
  stage: Stage,
  settings: ExplainSettings = {},
): DateExplanation {
  const cutOff = parseCutOffTime(settings?.cutOffTime);
  const { date, msOfDay } = londonParts(at, 'at');
  const cal = calendarFor(settings);
  const skippedDays: SkippedDay[] = [];
  let d = dayNumber(date);
  if (cutOff !== null && msOfDay > cutOff && cal.isWorkingDay(d)) {
    skippedDays.push({
      date,
      reason: 'after_cut_off',
      name: `received at ${clock(msOfDay)}, after the ${settings.cutOffTime} cut-off`,
    });
    d++;
  }
  while (!cal.isWorkingDay(d)) {
    skippedDays.push(whyNotAWorkingDay(fromDayNumber(d), settings)!);
    d++;
  }
  const resultDate = fromDayNumber(d);
  return finish({
    what: 'day_one',
    stage,
    rule: stageRule(stage, 'day_one'),
    startDate: date,
    startTime: clock(msOfDay),
    count: 1,
    unit: 'working_days',
    countedDays: [resultDate],
    skippedDays,
    monthsFrom: [],
    resultDate,
  });
}

/** Day N of a stage from its day one: day one plus N − 1 working days. */
function explainDayN(
  what: ExplainedDate,
  stage: Stage,
  rule: DeadlineRule,
  dayOne: IsoDate,
  n: number,
  settings?: ExplainSettings,
): DateExplanation {
  checkWorkingDay(dayOne, settings, 'dayOne');
  const { countedDays, skippedDays } = walk(dayOne, settings, (counted) => counted === n - 1);
  return finish({
    what,
    stage,
    rule,
    startDate: dayOne,
    startTime: null,
    count: n - 1,
    unit: 'working_days',
    countedDays,
    skippedDays,
    monthsFrom: [],
    resultDate: countedDays.at(-1) ?? dayOne,
  });
}

/**
 * Why stage 1 is due on its day 5 (§26): 4 working days after day one, skipping what does not
 * count.
 *
 * @example
 * explainStageOneDue('2026-11-26').resultDate // '2026-12-03': skips the weekend and St Andrew's Day
 */
export function explainStageOneDue(dayOne: IsoDate, settings?: ExplainSettings): DateExplanation {
  return explainDayN('due', 1, 'STAGE1_DAY_5', dayOne, 5, settings);
}

/** Why stage 2 is to be acknowledged by its day 3 (§40): 2 working days after day one. */
export function explainStageTwoAcknowledgeBy(
  dayOne: IsoDate,
  settings?: ExplainSettings,
): DateExplanation {
  return explainDayN('acknowledge_by', 2, 'STAGE2_DAY_3', dayOne, 3, settings);
}

/** Why stage 2 is due on its day 20 (§60): 19 working days after day one. */
export function explainStageTwoDue(dayOne: IsoDate, settings?: ExplainSettings): DateExplanation {
  return explainDayN('due', 2, 'STAGE2_DAY_20', dayOne, 20, settings);
}

/**
 * Why a stage is due on its extended date (§27 at stage 1, at most day 10; §62 at stage 2): the
 * date agreed with a manager, shown as the day of the stage it is, counting from day one.
 *
 * @example
 * explainExtendedDue(1, '2026-11-26', '2026-12-08').count // 7: the extension reaches day 8
 */
export function explainExtendedDue(
  stage: Stage,
  dayOne: IsoDate,
  extendedDueOn: IsoDate,
  settings?: ExplainSettings,
): DateExplanation {
  checkWorkingDay(dayOne, settings, 'dayOne');
  const end = dayNumber(assertIsoDate(extendedDueOn, 'extendedDueOn'));
  if (end < dayNumber(dayOne))
    throw new ChpRuleError('INVALID_DATE', `extended date ${extendedDueOn} is before day one`);
  const { countedDays, skippedDays } = walk(dayOne, settings, (_, day) => day >= end);
  return finish({
    what: 'extended_due',
    stage,
    rule: stageRule(stage, 'extended_due'),
    startDate: dayOne,
    startTime: null,
    count: countedDays.length,
    unit: 'working_days',
    countedDays,
    skippedDays,
    monthsFrom: [],
    resultDate: extendedDueOn,
  });
}

/**
 * Why the next update on an extended, open stage 2 is due when it is (§62): 20 working days after
 * the later of day 20 and the last update sent. Null when no update is due (stage 2 not extended
 * or closed), as for {@link nextStageTwoUpdateDue}.
 */
export function explainNextStageTwoUpdateDue(
  stage2: Pick<StageTimeline, 'dueOn' | 'extendedDueOn' | 'closedOn'>,
  updatesSentOn: readonly IsoDate[],
  settings?: ExplainSettings,
): DateExplanation | null {
  if (stage2.extendedDueOn === null || stage2.closedOn !== null) return null;
  for (const d of updatesSentOn) assertIsoDate(d, 'updatesSentOn');
  const last = [assertIsoDate(stage2.dueOn, 'dueOn'), ...updatesSentOn].sort().at(-1)!;
  const n = 20;
  const { countedDays, skippedDays } = walk(last, settings, (counted) => counted === n);
  return finish({
    what: 'update_due',
    stage: 2,
    rule: 'STAGE2_UPDATE',
    startDate: last,
    startTime: null,
    count: n,
    unit: 'working_days',
    countedDays,
    skippedDays,
    monthsFrom: [],
    resultDate: countedDays.at(-1)!,
  });
}

/**
 * Why the last day to ask for stage 2 without exceptional circumstances is what it is (§36,
 * Appendix 1 §12): each date considered (six months after awareness, two after the stage 1
 * response) and the later one, which is {@link escalationDeadline}'s. Null when it is.
 */
export function explainEscalationLimit(input: EscalationLimitDates): DateExplanation | null {
  const resultDate = escalationDeadline(input);
  if (resultDate === null) return null;
  const monthsFrom: MonthsFrom[] = [];
  if (input.awareOn != null)
    monthsFrom.push({
      from: 'aware',
      startDate: input.awareOn,
      months: 6,
      date: addCalendarMonths(input.awareOn, 6),
    });
  // §36: without an awareness date, the customer knew at the latest on the day of receipt
  else if (input.receivedOn != null)
    monthsFrom.push({
      from: 'received',
      startDate: input.receivedOn,
      months: 6,
      date: addCalendarMonths(input.receivedOn, 6),
    });
  if (input.stageOneClosedOn != null)
    monthsFrom.push({
      from: 'stage1_response',
      startDate: input.stageOneClosedOn,
      months: 2,
      date: addCalendarMonths(input.stageOneClosedOn, 2),
    });
  const chosen = monthsFrom.find((m) => m.date === resultDate) ?? monthsFrom[0]!;
  return finish({
    what: 'escalation_limit',
    stage: null,
    rule: 'ESCALATION_LIMIT',
    startDate: chosen.startDate,
    startTime: null,
    count: chosen.months,
    unit: 'calendar_months',
    countedDays: [],
    skippedDays: [],
    monthsFrom,
    resultDate,
  });
}

/**
 * Why the last day to go to the SPSO is what it is (§75): the last day of the 12 months beginning
 * with the day the customer became aware, by {@link spsoDeadline}.
 */
export function explainSpsoLimit(awareOn: IsoDate): DateExplanation {
  const resultDate = spsoDeadline(awareOn);
  return finish({
    what: 'spso_limit',
    stage: null,
    rule: 'SPSO_LIMIT',
    startDate: awareOn,
    startTime: null,
    count: 12,
    unit: 'calendar_months',
    countedDays: [],
    skippedDays: [],
    monthsFrom: [{ from: 'aware', startDate: awareOn, months: 12, date: resultDate }],
    resultDate,
  });
}
