import { ChpRuleError } from '../errors';
import { assertIsoDate } from '../internal/dates';
import type { IsoDate } from '../types';

/** §54: the alternative complaint resolution approaches the procedure names, and any other. */
export const ALTERNATIVE_RESOLUTION_APPROACHES = [
  'resolution_discussion',
  'mediation',
  'conciliation',
  'other',
] as const;
export type AlternativeResolutionApproach = (typeof ALTERNATIVE_RESOLUTION_APPROACHES)[number];

export const ALTERNATIVE_RESOLUTION_LABELS: Record<AlternativeResolutionApproach, string> = {
  resolution_discussion: 'Complaint resolution discussion',
  mediation: 'Mediation',
  conciliation: 'Conciliation',
  other: 'Another approach',
};

export interface AlternativeResolutionRecord {
  approach: AlternativeResolutionApproach;
  startedOn: IsoDate;
  endedOn: IsoDate | null;
  result: string | null;
}

/**
 * §54–55: an approach ends on or after it started, and its result is recorded when it ends
 * (a result without an end date is refused; an end without a result is allowed while the
 * result is written up).
 */
export function checkAlternativeResolution(record: AlternativeResolutionRecord): void {
  if (!ALTERNATIVE_RESOLUTION_APPROACHES.includes(record.approach))
    throw new ChpRuleError('INVALID_ALTERNATIVE_RESOLUTION', 'Choose one of the approaches listed');
  assertIsoDate(record.startedOn, 'startedOn');
  if (record.endedOn !== null && assertIsoDate(record.endedOn, 'endedOn') < record.startedOn)
    throw new ChpRuleError(
      'ALTERNATIVE_RESOLUTION_ENDED_BEFORE_START',
      'It cannot end before it started',
    );
  if (record.result !== null && record.endedOn === null)
    throw new ChpRuleError(
      'ALTERNATIVE_RESOLUTION_RESULT_NEEDS_END',
      'Give the date it ended with its result',
    );
}

/**
 * §57: when the customer agrees to an alternative approach at stage 2, an extension to the
 * timeline is likely to be needed. True when an approach was used on a stage 2 that has not
 * been extended, so the page can prompt for one (it never extends by itself: only a manager
 * records an extension, §62).
 */
export function alternativeResolutionSuggestsExtension(
  approaches: readonly Pick<AlternativeResolutionRecord, 'startedOn'>[],
  stageTwoExtended: boolean,
): boolean {
  return approaches.length > 0 && !stageTwoExtended;
}
