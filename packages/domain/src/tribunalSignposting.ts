import type { Stage } from './types';

/**
 * Whether the First-tier Tribunal may be signposted (§74): only by a housing organisation, and
 * only in the stage 2 final response (the SPSO's wording is for the final response only, §75).
 *
 * @example
 * tribunalSignpostingApplies('housing', 2) // true
 * tribunalSignpostingApplies('housing', 1) // false
 * tribunalSignpostingApplies('local_authority', 2) // false
 */
export function tribunalSignpostingApplies(
  sector: string | null | undefined,
  stage: Stage | null | undefined,
): boolean {
  return sector === 'housing' && stage === 2;
}
