import { ChpRuleError } from './errors';
import type { Stage } from './types';

/**
 * A serious, high-risk or high-profile complaint goes to stage 2 (§36). Kept at stage 1 it needs
 * a recorded reason why not, and managers see it (docs/procedure.md §36). Throws
 * SERIOUS_AT_STAGE_1_NEEDS_REASON when the reason is missing.
 *
 * @example
 * checkSeriousRouting({ serious: true, stage: 1 }) // throws SERIOUS_AT_STAGE_1_NEEDS_REASON
 * checkSeriousRouting({ serious: true, stage: 2 }) // ok
 */
export function checkSeriousRouting(input: {
  serious: boolean;
  stage: Stage;
  notStageTwoReason?: string | null;
}): void {
  if (input === null || typeof input !== 'object')
    throw new ChpRuleError('INVALID_EVENT', 'expected { serious, stage, notStageTwoReason }');
  if (!isSeriousAtStageOne(input)) return;
  const reason = input.notStageTwoReason;
  if (typeof reason !== 'string' || reason.trim() === '') {
    throw new ChpRuleError(
      'SERIOUS_AT_STAGE_1_NEEDS_REASON',
      'a serious, high-risk or high-profile complaint kept at stage 1 needs the reason why not stage 2 (§36)',
      { field: 'seriousStageOneReason' },
    );
  }
}

/** Serious, high-risk or high-profile and at stage 1 (§36): the cases managers are shown. */
export function isSeriousAtStageOne(input: { serious: boolean; stage: Stage | null }): boolean {
  return input.serious === true && input.stage === 1;
}
