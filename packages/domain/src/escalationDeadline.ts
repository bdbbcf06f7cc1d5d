import { addCalendarMonths } from './addCalendarMonths';
import { ChpRuleError } from './errors';
import { assertIsoDate } from './internal/dates';
import type { IsoDate } from './types';

/**
 * Last day to ask for stage 2 without exceptional circumstances (§36, Appendix 1 §12): the later
 * of six calendar months after the customer became aware and two after the stage 1 response.
 * Either input may be missing; with neither, null.
 *
 * @example
 * escalationDeadline({ awareOn: '2025-08-31', stageOneClosedOn: '2026-01-10' }) // '2026-03-10'
 */
export function escalationDeadline(input: {
  awareOn?: IsoDate | null;
  stageOneClosedOn?: IsoDate | null;
}): IsoDate | null {
  if (input === null || typeof input !== 'object')
    throw new ChpRuleError('INVALID_DATE', 'expected { awareOn, stageOneClosedOn }');
  const candidates: IsoDate[] = [];
  if (input.awareOn != null)
    candidates.push(addCalendarMonths(assertIsoDate(input.awareOn, 'awareOn'), 6));
  if (input.stageOneClosedOn != null) {
    candidates.push(
      addCalendarMonths(assertIsoDate(input.stageOneClosedOn, 'stageOneClosedOn'), 2),
    );
  }
  return candidates.length === 0 ? null : candidates.sort()[candidates.length - 1]!;
}
