import {
  isChpRuleError,
  type ChpRuleCode,
  type ChpRuleError,
  type RuleMessageContext,
} from '@chp/domain';
import type { GraphQLError } from 'graphql';
import { badInput, conflict, forbidden, ruleText } from './errors';

/**
 * How each @chp/domain rule reaches a GraphQL client. A rule about the complaint's state or the
 * order of its steps is a CONFLICT (the same request could succeed on another complaint); a rule
 * about a value the caller sent is BAD_USER_INPUT naming the input field; a rule about who may
 * take a step (improvement actions) is FORBIDDEN. For CONFLICT and BAD_USER_INPUT `rule` is
 * the domain's code, so clients can rely on it. The message is the domain's (ruleMessage). The switch is exhaustive: a new domain code
 * does not compile until it is mapped here.
 */
type Mapping =
  { code: 'CONFLICT' } | { code: 'FORBIDDEN' } | { code: 'BAD_USER_INPUT'; field: string };

const state = (): Mapping => ({ code: 'CONFLICT' });
const who = (): Mapping => ({ code: 'FORBIDDEN' });
const value = (field: string): Mapping => ({ code: 'BAD_USER_INPUT', field });

export function domainRuleMapping(code: ChpRuleCode): Mapping {
  switch (code) {
    // sequence and state rules: CONFLICT
    case 'NOT_RECEIVED':
      return state();
    case 'ALREADY_RECEIVED':
      return state();
    case 'CLOSED_BEFORE_RECEIVED':
      return state();
    case 'EVENT_BEFORE_PREVIOUS':
      return state();
    case 'ALREADY_CLOSED':
      return state();
    case 'STAGE_NOT_CURRENT':
      return state();
    case 'STAGE1_ONE_EXTENSION_ONLY':
      return state();
    case 'ESCALATION_NOT_FROM_STAGE_1':
      return state();
    case 'ALREADY_ESCALATED':
      return state();
    case 'ACKNOWLEDGED_AT_STAGE_1':
      return state();
    case 'ALREADY_ACKNOWLEDGED':
      return state();
    // corrections and voided steps (docs/procedure.md, Correcting a record)
    case 'VOID_ALREADY_VOIDED':
      return state();
    case 'VOID_LEAVES_IMPOSSIBLE_JOURNEY':
      return state();
    case 'VOID_NOT_FOUND':
      return value('eventId');
    case 'VOID_RECEIPT':
      return value('eventId');
    case 'VOID_NOT_A_STEP':
      return value('eventId');
    case 'CORRECTION_CHANGES_NOTHING':
      return value('input');
    // the investigation file (§54–59)
    case 'MEETING_RECORD_DUE_BEFORE_MEETING':
      return value('recordDueOn');
    case 'MEETING_RECORD_SENT_BEFORE_MEETING':
      return value('recordSentOn');
    case 'MEETING_RECORD_SENT_IN_FUTURE':
      return value('recordSentOn');
    case 'INVALID_ALTERNATIVE_RESOLUTION':
      return value('approach');
    case 'ALTERNATIVE_RESOLUTION_ENDED_BEFORE_START':
      return value('endedOn');
    case 'ALTERNATIVE_RESOLUTION_RESULT_NEEDS_END':
      return value('endedOn');
    // value rules: BAD_USER_INPUT naming the field
    case 'STAGE1_EXTENSION_NOT_LATER':
      return value('dueOn');
    case 'STAGE1_EXTENSION_PAST_DAY_10':
      return value('dueOn');
    case 'STAGE2_EXTENSION_NOT_LATER':
      return value('dueOn');
    case 'EXTENSION_NOT_WORKING_DAY':
      return value('dueOn');
    case 'OUTCOME_REQUIRED':
      return value('outcome');
    case 'INVALID_OUTCOME':
      return value('outcome');
    case 'RESOLVED_NEEDS_AGREEMENT':
      return value('resolution');
    case 'SIGN_OFF_REQUIRED':
      return value('signOff');
    case 'SPSO_SIGNPOSTING_REQUIRED':
      return value('spsoSignposted');
    case 'SPSO_SIGNPOSTED_AT_STAGE_1':
      return value('spsoSignposted');
    case 'TRIBUNAL_SIGNPOSTING_REQUIRED':
      return value('tribunalSignposted');
    case 'NO_FINDINGS':
      return value('findings');
    case 'STAGE1_LATE_NEEDS_REASON':
      return value('lateReason');
    case 'POINT_WITHOUT_FINDING':
      return value('findings');
    case 'SIGN_OFF_OUT_OF_DATE':
      return value('signOff');
    case 'TRIBUNAL_NOT_APPLICABLE':
      return value('tribunalCase');
    case 'SERIOUS_AT_STAGE_1_NEEDS_REASON':
      return value('seriousStageOneReason');
    case 'CHANNEL_NOT_FOR_COMPLAINTS':
      return value('channel');
    case 'INVALID_DATE':
      return value('date');
    case 'INVALID_INSTANT':
      return value('at');
    case 'INVALID_STAGE':
      return value('stage');
    case 'INVALID_CUT_OFF':
      return value('cutOffTime');
    case 'INVALID_SETTINGS':
      return value('settings');
    case 'INVALID_NUMBER':
      return value('number');
    case 'INVALID_PERIOD':
      return value('to');
    case 'INVALID_EVENT':
      return value('event');
    case 'UNKNOWN_EVENT_TYPE':
      return value('type');
    // first contact and the outcomes beyond the four (docs/procedure.md, Before stage 1)
    case 'ALREADY_ENDED':
      return state();
    case 'OTHER_OUTCOME_AFTER_RESPONSE':
      return state();
    case 'INVALID_CONTACT_TYPE':
      return value('contactType');
    case 'INVALID_OTHER_OUTCOME':
      return value('outcome');
    case 'INVALID_TIME_LIMIT':
      return value('complaintTimeLimitMonths');
    case 'SIGNPOSTING_REQUIRED':
      return value('signposting');
    case 'COMPLAINT_OUT_OF_TIME':
      return value('specialCircumstances');
    case 'NOT_OUT_OF_TIME':
      return value('outOfTimeReason');
    case 'SPECIAL_CIRCUMSTANCES_WITH_OUT_OF_TIME':
      return value('outOfTimeReason');
    case 'OTHER_ORGANISATION_INCOMPLETE':
      return value('passedToOtherOrganisation');
    case 'OTHER_OUTCOME_NEEDS_REASON':
      return value('reason');
    case 'DUPLICATE_NEEDS_ORIGINAL':
      return value('duplicateOfId');
    case 'DUPLICATE_OF_ITSELF':
      return value('duplicateOfId');
    case 'DUPLICATE_OF_DUPLICATE':
      return value('duplicateOfId');
    // improvement actions (Part 4, Learning from complaints): who may take the step -> FORBIDDEN
    case 'AUTHORISER_NOT_MANAGER':
      return who();
    case 'MANAGER_REQUIRED':
      return who();
    case 'NOT_ACTION_OWNER':
      return who();
    // the action's state -> CONFLICT
    case 'ACTION_NOT_AUTHORISED':
      return state();
    case 'ACTION_ALREADY_AUTHORISED':
      return state();
    case 'ACTION_ALREADY_DONE':
    case 'RECOMMENDATION_ALREADY_COMPLETED':
      return state();
    case 'ACTION_CLOSED':
      return state();
    case 'VERIFY_BEFORE_DONE':
      return state();
    case 'MONITORING_NOT_OVER':
      return state();
    // the step's data -> BAD_USER_INPUT (the domain names the field in details.field where it can)
    case 'INVALID_ACTION':
      return value('action');
    case 'INVALID_RECURRENCE_WINDOW':
      return value('months');
    case 'RECOMMENDATION_NEEDS_TEXT':
      return value('recommendation');
    case 'INVALID_ACTION_STATUS':
      return value('status');
    case 'UNKNOWN_ACTION_STEP':
      return value('step');
    case 'ACTION_NEEDS_OWNER':
      return value('ownerId');
    case 'TARGET_DATE_IN_PAST':
      return value('targetDate');
    case 'PROGRESS_NEEDS_NOTE':
      return value('note');
    case 'COMPLETION_NEEDS_EVIDENCE':
      return value('evidence');
    case 'COMPLETED_ON_IN_FUTURE':
      return value('completedOn');
    case 'COMPLETED_BEFORE_AUTHORISED':
      return value('completedOn');
    case 'MONITORING_BEFORE_COMPLETION':
      return value('monitoringUntil');
    case 'INVALID_EFFECTIVENESS':
      return value('effectiveness');
    case 'EFFECT_NEEDS_NOTE':
      return value('note');
    case 'CANCEL_NEEDS_REASON':
      return value('reason');
    // contact restrictions (Part 1 §12–13): who decides -> FORBIDDEN, the restriction's state ->
    // CONFLICT, the values sent -> BAD_USER_INPUT (the domain names the field where it can)
    case 'RESTRICTION_MANAGER_REQUIRED':
      return who();
    case 'RESTRICTION_OWN_PROPOSAL':
      return who();
    case 'RESTRICTION_NOT_PROPOSED':
      return state();
    case 'SENDING_HOURS_ORDER':
      return value('sendUntil');
    case 'RESTRICTION_NOT_IN_FORCE':
      return state();
    case 'INVALID_RESTRICTION':
      return value('restriction');
    case 'RESTRICTION_KIND_UNKNOWN':
      return value('kind');
    case 'RESTRICTION_NEEDS_DETAILS':
      return value('details');
    case 'RESTRICTION_NEEDS_REASON':
      return value('reason');
    case 'RESTRICTION_NEEDS_NOTE':
      return value('note');
    case 'REVIEW_DATE_NOT_LATER':
      return value('reviewOn');
    case 'REVIEW_DATE_TOO_FAR':
      return value('reviewOn');
    case 'REVIEW_DECISION_UNKNOWN':
      return value('decision');
    case 'CUSTOMER_NOT_TOLD':
      return value('toldOfReview');
    case 'TOLD_ON_IN_FUTURE':
      return value('customerToldOn');
    case 'TOLD_BEFORE_PROPOSAL':
      return value('customerToldOn');
    // staff complained about (§37, §48): the raiser names the field
    case 'INVESTIGATOR_NAMED_IN_COMPLAINT':
      return value('handlerId');
    case 'SUPPORT_CONTACT_IS_STAFF_MEMBER':
      return value('supportContactId');
    case 'SUPPORT_CONTACT_INVESTIGATES':
      return value('supportContactId');
    case 'SUPPORT_CONTACT_SIGNS_OFF':
      return value('supportContactId');
    case 'INVALID_STAFF_CONTACT_METHOD':
      return value('how');
    case 'INVALID_STAFF_SHARING':
      return value('shared');
    case 'NOT_SHARED_NEEDS_REASON':
      return value('notSharedReason');
    // the customer's side (docs/procedure.md, The customer's side)
    case 'ANONYMOUS_WITH_DETAILS':
      return value('anonymous');
    case 'ANONYMOUS_WITH_REPRESENTATIVE':
      return value('customer.representative');
    case 'ANONYMOUS_WITH_SUPPORT_NEEDS':
      return value('customer.supportNeeds');
    case 'SURVEY_CONSENT_WITHOUT_EMAIL':
      return value('customer.surveyConsent');
    case 'CONSENT_INCOMPLETE':
      return value('customer.representative.consent.scope');
    case 'CONSENT_IN_FUTURE':
      return value('customer.representative.consent.givenOn');
    case 'CLOSER_NOT_ALLOWED':
      return who();
    // the record of what was said, and letters (docs/procedure.md, Responses and letters)
    case 'CLOSURE_REASONS_REQUIRED':
      return value('reasons');
    case 'CLOSURE_COMMUNICATION_REQUIRED':
      return value('communicatedBy');
    case 'INVALID_RESPONSE_METHOD':
      return value('communicatedBy');
    case 'LETTER_EMPTY':
      return value('text');
    case 'LETTER_UNKNOWN_PLACEHOLDER':
      return value('body');
    case 'LETTER_PLACEHOLDER_NOT_FOR_KIND':
      return value('body');
    case 'LETTER_SPSO_REQUIRED':
      return value('text');
    case 'LETTER_ESCALATION_REQUIRED':
      return value('body');
    case 'LETTER_NOT_FINISHED':
      return value('text');
    case 'LETTER_SPSO_FINAL_ONLY':
      return value('text');
    default: {
      const unmapped: never = code;
      throw new Error(`unmapped domain rule ${String(unmapped)}`);
    }
  }
}

/**
 * The GraphQL error for a domain rule. `fields` renames the input field where the mutation's
 * input calls it something else (e.g. INVALID_DATE on `customerAgreedOn`).
 */
export function fromDomainError(
  error: ChpRuleError,
  fields: Partial<Record<ChpRuleCode, string>> = {},
): GraphQLError {
  const mapping = domainRuleMapping(error.code);
  const details = (error.details ?? {}) as RuleMessageContext & Record<string, unknown>;
  const named = typeof details['field'] === 'string' ? details['field'] : undefined;
  const field =
    fields[error.code] ?? named ?? (mapping.code === 'BAD_USER_INPUT' ? mapping.field : '');
  // the message is the domain's one text for the code (with any dates the rule carries)
  const message = ruleText(error.code, undefined, { ...details, field });
  if (mapping.code === 'CONFLICT') return conflict(error.code, message);
  if (mapping.code === 'FORBIDDEN') return forbidden(message);
  return badInput(field, error.code, message);
}

/** Runs `work`, turning any ChpRuleError it throws into its GraphQL error. */
export function withDomainRules<T>(
  work: () => T,
  fields: Partial<Record<ChpRuleCode, string>> = {},
): T {
  try {
    return work();
  } catch (error) {
    if (isChpRuleError(error)) throw fromDomainError(error, fields);
    throw error;
  }
}
