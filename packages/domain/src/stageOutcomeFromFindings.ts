import { ChpRuleError } from './errors';
import type { Outcome } from './types';

export type Finding = 'upheld' | 'not_upheld';

/**
 * The stage outcome from the findings on each agreed point of complaint (docs/procedure.md, Outcomes:
 * product choice): upheld if all are upheld, not upheld if none are, partially upheld otherwise;
 * 'resolved' when the stage was resolved, whatever the findings.
 *
 * @example
 * stageOutcomeFromFindings(['upheld', 'not_upheld']) // 'partially_upheld'
 */
export function stageOutcomeFromFindings(
  findings: readonly Finding[],
  options: { resolved?: boolean } = {},
): Outcome {
  if (options.resolved === true) return 'resolved';
  if (!Array.isArray(findings) || findings.length === 0) {
    throw new ChpRuleError('NO_FINDINGS', 'at least one point of complaint needs a finding');
  }
  for (const f of findings) {
    if (f !== 'upheld' && f !== 'not_upheld')
      throw new ChpRuleError('INVALID_OUTCOME', `unknown finding ${String(f)}`);
  }
  const upheld = findings.filter((f) => f === 'upheld').length;
  if (upheld === findings.length) return 'upheld';
  if (upheld === 0) return 'not_upheld';
  return 'partially_upheld';
}
