import { ChpRuleError } from './errors';
import { assertIsoDate } from './internal/dates';
import { instantMs } from './internal/instants';
import { tribunalSignpostingApplies } from './tribunalSignposting';
import { OUTCOMES, type Instant, type IsoDate, type Outcome, type Stage } from './types';

export interface ClosureRecord {
  stage: Stage;
  outcome?: Outcome | null;
  /** Required for 'resolved' (§2-7): what was agreed and when the customer agreed it. */
  resolution?: { agreedAction: string; customerAgreedOn: IsoDate } | null;
  /**
   * Required at stage 2 (§65-69): sign-off by a manager or officer empowered to give the final
   * response; `at` is when it was given.
   */
  signOff?: { byId: string; empowered: boolean; at?: Instant | null } | null;
  /**
   * Stage 2: when the response last changed (the points re-agreed, a later extension). A sign-off
   * given before it is for another response (§65).
   */
  responseChangedAt?: Instant | null;
  /** Required at stage 2 (§73); must not be given at stage 1 (§31). */
  spsoSignposted?: boolean;
  /** The organisation's sector: the Tribunal is signposted by housing organisations only (§74). */
  sector?: string | null;
  /** Factoring, shared owner or private residential tenancy complaint (§74, housing, stage 2). */
  tribunalCase?: boolean;
  /** Required at stage 2 when tribunalCase. */
  tribunalSignposted?: boolean;
  /** Stage 1: the day the response is given, and its last day (day 10 or its extension, §29). */
  closedOn?: IsoDate | null;
  stageOneLastDay?: IsoDate | null;
  /** Stage 1 closed after its last day: why it was not escalated (§29, Appendix 1 §10). */
  lateReason?: string | null;
  /** Stage 2: the agreed points, and the points the closure gives a finding on (§66). */
  agreedPointIds?: readonly string[];
  findingPointIds?: readonly string[];
}

const blank = (s: string | null | undefined) => typeof s !== 'string' || s.trim() === '';

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
  if (
    (record.tribunalCase === true || record.tribunalSignposted === true) &&
    !tribunalSignpostingApplies(record.sector, record.stage)
  ) {
    throw new ChpRuleError(
      'TRIBUNAL_NOT_APPLICABLE',
      'the First-tier Tribunal is signposted by housing organisations in the stage 2 final response only (§74)',
      { field: record.tribunalCase === true ? 'tribunalCase' : 'tribunalSignposted' },
    );
  }
  if (record.stage === 1) {
    if (record.spsoSignposted === true) {
      throw new ChpRuleError(
        'SPSO_SIGNPOSTED_AT_STAGE_1',
        'do not signpost to the SPSO before stage 2 is completed (§31)',
      );
    }
    if (
      record.closedOn != null &&
      record.stageOneLastDay != null &&
      assertIsoDate(record.closedOn, 'closedOn') >
        assertIsoDate(record.stageOneLastDay, 'stageOneLastDay') &&
      blank(record.lateReason)
    ) {
      throw new ChpRuleError(
        'STAGE1_LATE_NEEDS_REASON',
        'stage 1 past its last day goes to stage 2; closing it at stage 1 needs the reason (§29, Appendix 1 §10)',
        { field: 'lateReason', stageOneLastDay: record.stageOneLastDay },
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
  if (
    record.responseChangedAt != null &&
    record.signOff.at != null &&
    instantMs(record.signOff.at, 'signOff.at') <
      instantMs(record.responseChangedAt, 'responseChangedAt')
  ) {
    throw new ChpRuleError(
      'SIGN_OFF_OUT_OF_DATE',
      'the sign-off was given before the points were re-agreed or the response extended: sign off the response being sent (§65)',
      { field: 'signOff' },
    );
  }
  if (record.outcome !== 'resolved' && record.agreedPointIds && record.agreedPointIds.length) {
    // §66: every point answered (a resolved complaint confirms the resolution instead, §67)
    const answered = new Set(record.findingPointIds ?? []);
    if (record.agreedPointIds.some((id) => !answered.has(id))) {
      throw new ChpRuleError(
        'POINT_WITHOUT_FINDING',
        'the final response gives a finding on every agreed point of complaint (§66)',
        { field: 'findings' },
      );
    }
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
