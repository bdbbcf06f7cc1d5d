import { ChpRuleError } from './errors';
import { assertIsoDate } from './internal/dates';
import { stageOneLatestExtension } from './stageOneLatestExtension';
import type { CalendarSettings, IsoDate, StageTimeline } from './types';

/**
 * The last day stage 1 may be closed at stage 1 (§29, Appendix 1 §3, §10): its extended due date
 * when extended, otherwise day 10. After it the complaint should go to stage 2; closing it at
 * stage 1 needs a recorded reason ({@link checkClosure}).
 *
 * @example
 * stageOneLastDay({ dayOne: '2026-03-02', extendedDueOn: null }) // '2026-03-13'
 * stageOneLastDay({ dayOne: '2026-03-02', extendedDueOn: '2026-03-10' }) // '2026-03-10'
 */
export function stageOneLastDay(
  stage1: Pick<StageTimeline, 'dayOne' | 'extendedDueOn'>,
  settings?: CalendarSettings,
): IsoDate {
  if (stage1 === null || typeof stage1 !== 'object')
    throw new ChpRuleError('INVALID_EVENT', 'expected the stage 1 timeline');
  if (stage1.extendedDueOn != null) return assertIsoDate(stage1.extendedDueOn, 'extendedDueOn');
  return stageOneLatestExtension(stage1.dayOne, settings);
}

/**
 * Whether closing stage 1 on `closedOn` is past its last day ({@link stageOneLastDay}).
 *
 * @example
 * stageOneClosedLate('2026-03-16', { dayOne: '2026-03-02', extendedDueOn: null }) // true
 */
export function stageOneClosedLate(
  closedOn: IsoDate,
  stage1: Pick<StageTimeline, 'dayOne' | 'extendedDueOn'>,
  settings?: CalendarSettings,
): boolean {
  return assertIsoDate(closedOn, 'closedOn') > stageOneLastDay(stage1, settings);
}
