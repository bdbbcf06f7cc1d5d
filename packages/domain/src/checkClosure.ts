import { ChpRuleError } from './errors';
import { assertIsoDate } from './internal/dates';
import { OUTCOMES, type IsoDate, type Outcome, type Stage } from './types';

export interface ClosureRecord {
  stage: Stage;
  outcome?: Outcome | null;
  /** Required for 'resolved' (§2-7): what was agreed and when the customer agreed it. */
  resolution?: { agreedAction: string; customerAgreedOn: IsoDate } | null;
  /** Required at stage 2 (§65-69): sign-off by a manager or officer empowered to give the final response. */
  signOff?: { byId: string; empowered: boolean } | null;
  /** Required at stage 2 (§73); must not be given at stage 1 (§31). */
  spsoSignposted?: boolean;
  /** Factoring, shared owner or private residential tenancy complaint (§74, housing). */
  tribunalCase?: boolean;
  /** Required at stage 2 when tribunalCase. */
  tribunalSignposted?: boolean;
}

/**
 * Throws the ChpRuleError for the first closure requirement that is not met.
 *
 * @example
 * checkClosure({ stage: 2, outcome: 'upheld', signOff: { byId: 'm1', empowered: true } }) // throws SPSO_SIGNPOSTING_REQUIRED
 */
export function checkClosure(record: ClosureRecord): void {
  if (record === null || typeof record !== 'object')
    throw new ChpRuleError('INVALID_EVENT', 'expected a closure record');
  if (record.stage !== 1 && record.stage !== 2)
    throw new ChpRuleError('INVALID_STAGE', 'stage must be 1 or 2');
  if (record.outcome == null)
    throw new ChpRuleError('OUTCOME_REQUIRED', 'a closure records its outcome (§31, §66)');
  if (!OUTCOMES.includes(record.outcome))
    throw new ChpRuleError('INVALID_OUTCOME', `unknown outcome ${String(record.outcome)}`);
  if (record.outcome === 'resolved') {
    const r = record.resolution;
    if (
      !r ||
      typeof r.agreedAction !== 'string' ||
      r.agreedAction.trim() === '' ||
      !r.customerAgreedOn
    ) {
      throw new ChpRuleError(
        'RESOLVED_NEEDS_AGREEMENT',
        'resolved needs the agreed action and the customer agreement date',
      );
    }
    assertIsoDate(r.customerAgreedOn, 'customerAgreedOn');
  }
  if (record.stage === 1) {
    if (record.spsoSignposted === true) {
      throw new ChpRuleError(
        'SPSO_SIGNPOSTED_AT_STAGE_1',
        'do not signpost to the SPSO before stage 2 is completed (§31)',
      );
    }
    return;
  }
  if (!record.signOff || !record.signOff.byId || record.signOff.empowered !== true) {
    throw new ChpRuleError(
      'SIGN_OFF_REQUIRED',
      'stage 2 responses are signed off by an empowered manager (§65)',
    );
  }
  if (record.spsoSignposted !== true) {
    throw new ChpRuleError(
      'SPSO_SIGNPOSTING_REQUIRED',
      'all investigation responses signpost to the SPSO (§73)',
    );
  }
  if (record.tribunalCase === true && record.tribunalSignposted !== true) {
    throw new ChpRuleError(
      'TRIBUNAL_SIGNPOSTING_REQUIRED',
      'also signpost the First-tier Tribunal (§74)',
    );
  }
}
