/** Every code a {@link ChpRuleError} can carry. Stable: the API maps them to messages. */
export const CHP_RULE_CODES = [
  'INVALID_DATE',
  'INVALID_INSTANT',
  'INVALID_CUT_OFF',
  'INVALID_SETTINGS',
  'INVALID_NUMBER',
  'INVALID_PERIOD',
  'INVALID_EVENT',
  'UNKNOWN_EVENT_TYPE',
  'INVALID_STAGE',
  'INVALID_OUTCOME',
  'EVENT_BEFORE_PREVIOUS',
  'NOT_RECEIVED',
  'ALREADY_RECEIVED',
  'CLOSED_BEFORE_RECEIVED',
  'ALREADY_CLOSED',
  'STAGE_NOT_CURRENT',
  'EXTENSION_NOT_WORKING_DAY',
  'STAGE1_EXTENSION_NOT_LATER',
  'STAGE1_EXTENSION_PAST_DAY_10',
  'STAGE1_ONE_EXTENSION_ONLY',
  'STAGE2_EXTENSION_NOT_LATER',
  'ESCALATION_NOT_FROM_STAGE_1',
  'ALREADY_ESCALATED',
  'ACKNOWLEDGED_AT_STAGE_1',
  'ALREADY_ACKNOWLEDGED',
  'OUTCOME_REQUIRED',
  'RESOLVED_NEEDS_AGREEMENT',
  'SIGN_OFF_REQUIRED',
  'SPSO_SIGNPOSTING_REQUIRED',
  'SPSO_SIGNPOSTED_AT_STAGE_1',
  'TRIBUNAL_SIGNPOSTING_REQUIRED',
  'NO_FINDINGS',
  'STAGE1_LATE_NEEDS_REASON',
  'POINT_WITHOUT_FINDING',
  'SIGN_OFF_OUT_OF_DATE',
  'TRIBUNAL_NOT_APPLICABLE',
  'SERIOUS_AT_STAGE_1_NEEDS_REASON',
  'CHANNEL_NOT_FOR_COMPLAINTS',
  // the record of what was said, and letters (§31–32, §42–45, §61, §65–69, §75)
  'CLOSURE_REASONS_REQUIRED',
  'CLOSURE_COMMUNICATION_REQUIRED',
  'INVALID_RESPONSE_METHOD',
  'LETTER_EMPTY',
  'LETTER_UNKNOWN_PLACEHOLDER',
  'LETTER_PLACEHOLDER_NOT_FOR_KIND',
  'LETTER_SPSO_REQUIRED',
  'LETTER_ESCALATION_REQUIRED',
  'LETTER_NOT_FINISHED',
  'LETTER_SPSO_FINAL_ONLY',
  // first contact and the outcomes beyond the four (§11–12, docs/procedure.md, Before stage 1)
  'INVALID_CONTACT_TYPE',
  'INVALID_OTHER_OUTCOME',
  'INVALID_TIME_LIMIT',
  'SIGNPOSTING_REQUIRED',
  'COMPLAINT_OUT_OF_TIME',
  'NOT_OUT_OF_TIME',
  'SPECIAL_CIRCUMSTANCES_WITH_OUT_OF_TIME',
  'OTHER_ORGANISATION_INCOMPLETE',
  'OTHER_OUTCOME_NEEDS_REASON',
  'OTHER_OUTCOME_AFTER_RESPONSE',
  'ALREADY_ENDED',
  'DUPLICATE_NEEDS_ORIGINAL',
  'DUPLICATE_OF_ITSELF',
  'DUPLICATE_OF_DUPLICATE',
  // improvement actions (Part 4, Learning from complaints)
  'INVALID_ACTION',
  'INVALID_ACTION_STATUS',
  'UNKNOWN_ACTION_STEP',
  'ACTION_NEEDS_OWNER',
  'TARGET_DATE_IN_PAST',
  'AUTHORISER_NOT_MANAGER',
  'MANAGER_REQUIRED',
  'NOT_ACTION_OWNER',
  'ACTION_NOT_AUTHORISED',
  'ACTION_ALREADY_AUTHORISED',
  'ACTION_ALREADY_DONE',
  'ACTION_CLOSED',
  'PROGRESS_NEEDS_NOTE',
  'COMPLETION_NEEDS_EVIDENCE',
  'COMPLETED_ON_IN_FUTURE',
  'COMPLETED_BEFORE_AUTHORISED',
  'MONITORING_BEFORE_COMPLETION',
  'VERIFY_BEFORE_DONE',
  'MONITORING_NOT_OVER',
  'INVALID_EFFECTIVENESS',
  'EFFECT_NEEDS_NOTE',
  'CANCEL_NEEDS_REASON',
  // contact restrictions under the unacceptable actions policy (Part 1 §12–13)
  'INVALID_RESTRICTION',
  'RESTRICTION_KIND_UNKNOWN',
  'RESTRICTION_NEEDS_DETAILS',
  'RESTRICTION_NEEDS_REASON',
  'RESTRICTION_NEEDS_NOTE',
  'REVIEW_DATE_NOT_LATER',
  'REVIEW_DATE_TOO_FAR',
  'REVIEW_DECISION_UNKNOWN',
  'CUSTOMER_NOT_TOLD',
  'TOLD_ON_IN_FUTURE',
  'TOLD_BEFORE_PROPOSAL',
  'RESTRICTION_MANAGER_REQUIRED',
  'RESTRICTION_OWN_PROPOSAL',
  'RESTRICTION_NOT_PROPOSED',
  'RESTRICTION_NOT_IN_FORCE',
  // reminders and e-mail (docs/procedure.md, Reminders and e-mail)
  'SENDING_HOURS_ORDER',
  // corrections and voided steps (docs/procedure.md, Correcting a record)
  'CORRECTION_CHANGES_NOTHING',
  'VOID_NOT_FOUND',
  'VOID_RECEIPT',
  'VOID_NOT_A_STEP',
  'VOID_ALREADY_VOIDED',
  'VOID_LEAVES_IMPOSSIBLE_JOURNEY',
] as const;

export type ChpRuleCode = (typeof CHP_RULE_CODES)[number];

/**
 * The only error the domain throws. `code` names the rule that was broken.
 *
 * @example
 * try { localDate('2026-03-30T16:30:00') } catch (e) { (e as ChpRuleError).code } // 'INVALID_INSTANT'
 */
export class ChpRuleError extends Error {
  readonly code: ChpRuleCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ChpRuleCode, message: string, details?: Record<string, unknown>) {
    super(`${code}: ${message}`);
    this.name = 'ChpRuleError';
    this.code = code;
    this.details = details;
  }
}

/** True when `error` is a {@link ChpRuleError}, optionally with the given code. */
export function isChpRuleError(error: unknown, code?: ChpRuleCode): error is ChpRuleError {
  return error instanceof ChpRuleError && (code === undefined || error.code === code);
}
