import { assertIsoDate } from './internal/dates';
import { nextUpdateDue } from './nextUpdateDue';
import type { CalendarSettings, IsoDate, StageTimeline } from './types';

/**
 * When the next update to the customer (and staff complained about) is due on an extended
 * stage 2 that is still open (§62): 20 working days after day 20 or after the latest update
 * sent, whichever is later. Null when stage 2 is not extended or is closed.
 *
 * @example
 * nextStageTwoUpdateDue({ ...stage2, dueOn: '2026-04-27', extendedDueOn: '2026-06-30', closedOn: null }, ['2026-05-01'])
 * // 20 working days after 1 May, skipping the May bank holidays
 */
export function nextStageTwoUpdateDue(
  stage2: Pick<StageTimeline, 'dueOn' | 'extendedDueOn' | 'closedOn'>,
  updatesSentOn: readonly IsoDate[],
  settings?: CalendarSettings,
): IsoDate | null {
  if (stage2.extendedDueOn === null || stage2.closedOn !== null) return null;
  for (const d of updatesSentOn) assertIsoDate(d, 'updatesSentOn');
  const last = [stage2.dueOn, ...updatesSentOn].sort().at(-1)!;
  return nextUpdateDue(last, settings);
}
