import { ChpRuleError } from './errors';
import { assertIsoDate } from './internal/dates';
import { instantMs } from './internal/instants';
import { isResponseMethod } from './letters/letterKinds';
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
  /**
   * The record of what was said (§31–32, §69). `reasons`: why the decision was made (§31);
   * `communicatedBy`: how the response was given; `responseSent`: the stage's response letter
   * was recorded as sent, which records both. Left out (undefined), the rule is not checked: a
   * caller that checks only the other requirements (the forms' previews).
   */
  reasons?: string | null;
  communicatedBy?: string | null;
  responseSent?: boolean;
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
    checkRecordOfResponse(record);
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
  checkRecordOfResponse(record);
}

/**
 * §31–32: a stage 1 closure records the reasons for the decision (a resolved complaint records
 * the agreed action instead) and how it was given; §65, §69: a stage 2 closure records how the
 * final response was given. A response letter recorded as sent records both.
 */
function checkRecordOfResponse(record: ClosureRecord): void {
  if (record.responseSent === true) return;
  if (
    record.stage === 1 &&
    record.reasons !== undefined &&
    record.outcome !== 'resolved' &&
    blank(record.reasons)
  ) {
    throw new ChpRuleError(
      'CLOSURE_REASONS_REQUIRED',
      'the customer is told the reasons for the decision (§31)',
      { field: 'reasons' },
    );
  }
  if (record.communicatedBy === undefined) return;
  if (record.communicatedBy === null || blank(record.communicatedBy)) {
    throw new ChpRuleError(
      'CLOSURE_COMMUNICATION_REQUIRED',
      'record how the response was given to the customer (§31–32, §69)',
      { field: 'communicatedBy' },
    );
  }
  if (!isResponseMethod(record.communicatedBy)) {
    throw new ChpRuleError('INVALID_RESPONSE_METHOD', 'letter, email, in_person or phone', {
      field: 'communicatedBy',
    });
  }
}
