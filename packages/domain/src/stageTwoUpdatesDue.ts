import { ChpRuleError } from './errors';
import { assertIsoDate } from './internal/dates';
import { nextUpdateDue } from './nextUpdateDue';
import type { CalendarSettings, IsoDate, StageTimeline } from './types';

/**
 * Update dates for an extended stage 2 investigation up to `asOf` (or its closure): every 20
 * working days beyond the original day 20 (§62, SPSO practice note), i.e. days 40, 60, ...
 * Empty when the stage was never extended. The first date after `asOf` is included so the
 * caller sees the next one coming.
 *
 * @example
 * stageTwoUpdatesDue({ dueOn: '2026-04-27', extendedDueOn: '2026-06-30', closedOn: null }, '2026-06-01')
 * // ['2026-05-27', '2026-06-24']
 */
export function stageTwoUpdatesDue(
  timeline: Pick<StageTimeline, 'dueOn' | 'extendedDueOn' | 'closedOn'>,
  asOf: IsoDate,
  settings?: CalendarSettings,
): IsoDate[] {
  if (timeline === null || typeof timeline !== 'object')
    throw new ChpRuleError('INVALID_DATE', 'expected a stage timeline');
  assertIsoDate(asOf, 'asOf');
  if (timeline.extendedDueOn === null) return [];
  const end = timeline.closedOn !== null && timeline.closedOn < asOf ? timeline.closedOn : asOf;
  const out: IsoDate[] = [];
  let next = nextUpdateDue(assertIsoDate(timeline.dueOn, 'dueOn'), settings);
  while (true) {
    if (timeline.closedOn !== null && next > timeline.closedOn) break;
    out.push(next);
    if (next > end) break;
    next = nextUpdateDue(next, settings);
  }
  return out;
}
