import { stageOutcomeFromFindings, type Finding as DomainFinding } from '@chp/domain';
import { withDomainRules } from '../../core/domain-errors';
import { Outcome } from './complaint.enums';
import type { FindingInput } from './step.inputs';
import { complaintError } from './complaint.errors';

/**
 * The findings rule at closure (§66–69): one finding on each agreed point of complaint, on every
 * one of them; unless the stage was resolved, the outcome follows from the findings, and an
 * outcome given with them must agree. Pure: returns the stage's outcome or throws the rule.
 */
export function outcomeFromFindings(
  agreedPointIds: readonly string[],
  findings: readonly FindingInput[],
  given: Outcome | null,
): Outcome | null {
  let outcome = given;
  const ids = new Set(agreedPointIds);
  const seen = new Set<string>();
  for (const f of findings) {
    if (!ids.has(f.pointId)) throw complaintError('FINDINGS_AGREED_POINT');
    if (seen.has(f.pointId)) throw complaintError('FINDINGS_ONE_PER_POINT');
    seen.add(f.pointId);
  }
  if (seen.size !== ids.size) throw complaintError('FINDINGS_EVERY_POINT');
  if (outcome !== Outcome.resolved) {
    const derived = withDomainRules(
      () => stageOutcomeFromFindings(findings.map((f) => f.finding as DomainFinding)),
      { INVALID_OUTCOME: 'findings' },
    );
    if (outcome !== null && outcome !== (derived as Outcome)) {
      throw complaintError(
        'OUTCOME_CONTRADICTS_FINDINGS',
        `(The findings make it ${derived.replace('_', ' ')}, not ${outcome.replace('_', ' ')}.)`,
      );
    }
    outcome = derived as Outcome;
  }
  return outcome;
}
