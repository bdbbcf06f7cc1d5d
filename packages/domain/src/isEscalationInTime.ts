import { escalationDeadline } from './escalationDeadline';
import { assertIsoDate } from './internal/dates';
import type { IsoDate } from './types';

/**
 * Whether a stage 2 request on `requestedOn` is within the time limit (on the deadline is in
 * time). A warning, not an error: staff may go ahead recording exceptional circumstances.
 * With no known dates, true (nothing to warn about).
 *
 * @example
 * isEscalationInTime({ awareOn: '2025-01-15', stageOneClosedOn: '2025-05-01' }, '2025-07-16') // false
 */
export function isEscalationInTime(
  input: { awareOn?: IsoDate | null; stageOneClosedOn?: IsoDate | null },
  requestedOn: IsoDate,
): boolean {
  assertIsoDate(requestedOn, 'requestedOn');
  const deadline = escalationDeadline(input);
  return deadline === null || requestedOn <= deadline;
}
