import { DEADLINE_RULES } from './deadlineRules';
import type { DateExplanation, MonthsFrom } from './explainDate';
import { dayNumber, weekdayIndex } from './internal/dates';
import type { SkippedDay } from './skippedDay';
import type { IsoDate } from './types';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A date as a letter writes it, with its weekday, whatever the machine's time zone.
 *
 * @example
 * longDate('2026-11-30') // 'Monday 30 November 2026'
 */
export function longDate(date: IsoDate): string {
  const weekday = WEEKDAYS[weekdayIndex(dayNumber(date))]!;
  return `${weekday} ${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}

function why(d: SkippedDay): string {
  switch (d.reason) {
    case 'weekend':
      return 'weekend';
    case 'bank_holiday':
      return `${d.name}, a bank holiday`;
    case 'substitute_bank_holiday':
      return `${d.name}, a bank holiday because ${d.substituteFor ? longDate(d.substituteFor) : 'the holiday'} fell on a weekend`;
    case 'closure_day':
      return `organisation closed: ${d.name}`;
    case 'after_cut_off':
      return d.name;
  }
}

function skipped(e: DateExplanation): string {
  if (e.skippedDays.length === 0) return 'No day was skipped.';
  return `Not counted: ${e.skippedDays.map((d) => `${longDate(d.date)} (${why(d)})`).join('; ')}.`;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

function months(m: MonthsFrom): string {
  const from =
    m.from === 'aware'
      ? `the customer became aware on ${longDate(m.startDate)}`
      : m.from === 'received'
        ? `the complaint was received on ${longDate(m.startDate)} (no date of awareness was recorded, and the customer knew at the latest on the day they complained)`
        : `the stage 1 response on ${longDate(m.startDate)}`;
  const clamped = Number(m.date.slice(8, 10)) < Number(m.startDate.slice(8, 10));
  return `${plural(m.months, 'calendar month')} after ${from}: ${longDate(m.date)}${clamped ? ' (the last day of that month, which is shorter)' : ''}`;
}

/**
 * The plain-English "why this date" of an explanation: the rule and its paragraph, the start day,
 * the days skipped and why, and the date. Built from the structured explanation only, so the
 * dashboard and letters say what the data says.
 */
export function renderDateExplanation(e: DateExplanation): string {
  const head = `${DEADLINE_RULES[e.rule].title} (${e.paragraph}).`;
  const result = longDate(e.resultDate);
  switch (e.what) {
    case 'day_one': {
      const asked = e.rule === 'STAGE2_DAY_ONE' ? 'Received at stage 2' : 'Received';
      const start = `${asked} on ${longDate(e.startDate)} at ${e.startTime}.`;
      if (e.skippedDays.length === 0)
        return `${head} ${start} That is a working day, so it is day one.`;
      return `${head} ${start} Day one is the next working day. ${skipped(e)} Day one: ${result}.`;
    }
    case 'due':
    case 'acknowledge_by':
      return `${head} Day one is ${longDate(e.startDate)}; day ${e.count + 1} is ${plural(e.count, 'working day')} later. ${skipped(e)} Due: ${result}.`;
    case 'extended_due': {
      const limit = e.stage === 1 ? ', within the day 10 limit' : '';
      return `${head} The extension agreed with a manager set ${result}: day ${e.count + 1} of stage ${e.stage}, counting from day one, ${longDate(e.startDate)}${limit}. ${skipped(e)}`;
    }
    case 'update_due':
      return `${head} While stage 2 is extended, the customer and staff are updated at least every 20 working days, counted from the later of day 20 and the last update: ${longDate(e.startDate)}. ${skipped(e)} Next update due: ${result}.`;
    case 'escalation_limit': {
      const options = e.monthsFrom.map(months);
      const which =
        options.length > 1 ? `The later of ${options.join(', and ')}.` : `${options[0] ?? ''}.`;
      return `${head} ${which} Later requests need exceptional circumstances. Last day: ${result}.`;
    }
    case 'spso_limit':
      return `${head} The SPSO normally looks at a complaint brought within the 12 months beginning with the day the customer became aware of the matter, ${longDate(e.startDate)}; that period ends the day before the same date a year later (or on the last day of that month when it has no such day). Last day: ${result}.`;
  }
}
