import { escalationDeadline, type EscalationLimitDates } from './escalationDeadline';
import { assertIsoDate } from './internal/dates';
import type { IsoDate } from './types';

/**
 * Whether a stage 2 request on `requestedOn` is within the time limit (on the deadline is in
 * time; §36, Appendix 1 §12). Without a recorded awareness date, the date of receipt stands in
 * for it, so a request that may be in time is in time. With no known dates, true.
 *
 * @example
 * isEscalationInTime({ awareOn: '2025-01-15', stageOneClosedOn: '2025-05-01' }, '2025-07-16') // false
 * isEscalationInTime({ receivedOn: '2026-01-05', stageOneClosedOn: '2026-02-05' }, '2026-06-05') // true
 */
export function isEscalationInTime(input: EscalationLimitDates, requestedOn: IsoDate): boolean {
  assertIsoDate(requestedOn, 'requestedOn');
  const deadline = escalationDeadline(input);
  return deadline === null || requestedOn <= deadline;
}
