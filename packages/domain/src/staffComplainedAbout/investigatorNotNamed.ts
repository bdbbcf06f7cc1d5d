import { ChpRuleError } from '../errors';
import type { Stage } from '../types';

/**
 * §37: a stage 2 complaint is investigated by someone not involved in it, so its handler (the
 * investigator) may not be a member of staff named in it. At stage 1 anyone may respond,
 * including the person complained about (§21), so the rule starts at stage 2.
 *
 * @example
 * assertInvestigatorNotNamed({ stage: 2, handlerId: 'a', namedStaffIds: ['a'] }) // throws INVESTIGATOR_NAMED_IN_COMPLAINT
 */
export function assertInvestigatorNotNamed(
  complaint: { stage: Stage | null; handlerId: string | null; namedStaffIds: readonly string[] },
  field = 'handlerId',
): void {
  if (complaint.stage !== 2 || complaint.handlerId === null) return;
  if (complaint.namedStaffIds.includes(complaint.handlerId))
    throw new ChpRuleError(
      'INVESTIGATOR_NAMED_IN_COMPLAINT',
      'the investigator of a stage 2 complaint may not be a member of staff named in it',
      { field },
    );
}
