import { isChpRuleError, type ChpRuleCode, type ChpRuleError } from '@chp/domain';
import type { GraphQLError } from 'graphql';
import { badInput, conflict, forbidden } from './errors';

/**
 * How each @chp/domain rule reaches a GraphQL client. A rule about the complaint's state or the
 * order of its steps is a CONFLICT (the same request could succeed on another complaint); a rule
 * about a value the caller sent is BAD_USER_INPUT naming the input field; a rule about who may
 * take a step (improvement actions) is FORBIDDEN. For CONFLICT and BAD_USER_INPUT `rule` is
 * the domain's code, so clients can rely on it. The switch is exhaustive: a new domain code
 * does not compile until it is mapped here.
 */
type Mapping =
  { code: 'CONFLICT' } | { code: 'FORBIDDEN' } | { code: 'BAD_USER_INPUT'; field: string };

const state = (): Mapping => ({ code: 'CONFLICT' });
const who = (): Mapping => ({ code: 'FORBIDDEN' });
const value = (field: string): Mapping => ({ code: 'BAD_USER_INPUT', field });

export function domainRuleMapping(code: ChpRuleCode): Mapping & { message: string } {
  switch (code) {
    // sequence and state rules: CONFLICT
    case 'NOT_RECEIVED':
      return { ...state(), message: 'The complaint has not been received yet.' };
    case 'ALREADY_RECEIVED':
      return { ...state(), message: 'The complaint has already been received.' };
    case 'CLOSED_BEFORE_RECEIVED':
      return { ...state(), message: 'A complaint cannot be closed before it was received.' };
    case 'EVENT_BEFORE_PREVIOUS':
      return {
        ...state(),
        message:
          'This step is dated before the previous step of the complaint. Record steps in the order they happened.',
      };
    case 'ALREADY_CLOSED':
      return { ...state(), message: 'This stage of the complaint is already closed.' };
    case 'STAGE_NOT_CURRENT':
      return { ...state(), message: 'The complaint is not at that stage.' };
    case 'STAGE1_ONE_EXTENSION_ONLY':
      return {
        ...state(),
        message:
          'Stage 1 has already been extended once; it cannot be extended again. Escalate to stage 2 if it cannot be closed by day 10.',
      };
    case 'ESCALATION_NOT_FROM_STAGE_1':
      return {
        ...state(),
        message: 'This complaint went straight to stage 2, so there is nothing to escalate.',
      };
    case 'ALREADY_ESCALATED':
      return { ...state(), message: 'The complaint has already been escalated to stage 2.' };
    case 'ACKNOWLEDGED_AT_STAGE_1':
      return {
        ...state(),
        message: 'Acknowledgements are sent at stage 2; this complaint is at stage 1.',
      };
    case 'ALREADY_ACKNOWLEDGED':
      return { ...state(), message: 'Stage 2 has already been acknowledged.' };
    // value rules: BAD_USER_INPUT naming the field
    case 'STAGE1_EXTENSION_NOT_LATER':
      return { ...value('dueOn'), message: 'The new due date must be after day 5 of stage 1.' };
    case 'STAGE1_EXTENSION_PAST_DAY_10':
      return {
        ...value('dueOn'),
        message: 'A stage 1 extension cannot go beyond day 10. Escalate to stage 2 instead.',
      };
    case 'STAGE2_EXTENSION_NOT_LATER':
      return {
        ...value('dueOn'),
        message: 'The new due date must be after the current stage 2 due date.',
      };
    case 'EXTENSION_NOT_WORKING_DAY':
      return {
        ...value('dueOn'),
        message: 'The new due date is not a working day (weekend, bank holiday or closure day).',
      };
    case 'OUTCOME_REQUIRED':
      return {
        ...value('outcome'),
        message:
          'Give the outcome of this stage (resolved, upheld, partially upheld or not upheld).',
      };
    case 'INVALID_OUTCOME':
      return { ...value('outcome'), message: 'That is not an outcome the procedure recognises.' };
    case 'RESOLVED_NEEDS_AGREEMENT':
      return {
        ...value('resolution'),
        message:
          'A resolved complaint needs the action agreed with the customer and the date they agreed it.',
      };
    case 'SIGN_OFF_REQUIRED':
      return {
        ...value('signOff'),
        message:
          'A stage 2 response must be signed off by a manager empowered to give it before it is closed.',
      };
    case 'SPSO_SIGNPOSTING_REQUIRED':
      return {
        ...value('spsoSignposted'),
        message: 'A stage 2 response must tell the customer how to go to the SPSO.',
      };
    case 'SPSO_SIGNPOSTED_AT_STAGE_1':
      return {
        ...value('spsoSignposted'),
        message:
          'Do not signpost to the SPSO at stage 1: tell the customer how to escalate to stage 2 instead.',
      };
    case 'TRIBUNAL_SIGNPOSTING_REQUIRED':
      return {
        ...value('tribunalSignposted'),
        message:
          'This is a tribunal case: the stage 2 response must also signpost the First-tier Tribunal.',
      };
    case 'NO_FINDINGS':
      return {
        ...value('findings'),
        message: 'Give a finding on at least one point of complaint.',
      };
    case 'INVALID_DATE':
      return { ...value('date'), message: 'That is not a real calendar date.' };
    case 'INVALID_INSTANT':
      return { ...value('at'), message: 'That is not a date and time with a time zone.' };
    case 'INVALID_STAGE':
      return { ...value('stage'), message: 'The stage must be 1 or 2.' };
    case 'INVALID_CUT_OFF':
      return { ...value('cutOffTime'), message: "The organisation's cut-off time must be HH:MM." };
    case 'INVALID_SETTINGS':
      return {
        ...value('settings'),
        message: "The organisation's calendar settings are not valid.",
      };
    case 'INVALID_NUMBER':
      return { ...value('number'), message: 'That number of days is not valid.' };
    case 'INVALID_PERIOD':
      return { ...value('to'), message: 'The period ends before it starts.' };
    case 'INVALID_EVENT':
      return { ...value('event'), message: 'That step is not valid.' };
    case 'UNKNOWN_EVENT_TYPE':
      return { ...value('type'), message: 'That kind of step is not part of the procedure.' };
    // improvement actions (Part 4, Learning from complaints): who may take the step -> FORBIDDEN
    case 'AUTHORISER_NOT_MANAGER':
      return { ...who(), message: 'An improvement action must be authorised by a manager.' };
    case 'MANAGER_REQUIRED':
      return { ...who(), message: 'Only a manager may take this step on an improvement action.' };
    case 'NOT_ACTION_OWNER':
      return { ...who(), message: "Only the action's owner or a manager may do this." };
    // the action's state -> CONFLICT
    case 'ACTION_NOT_AUTHORISED':
      return {
        ...state(),
        message: 'A manager must authorise the action before work on it is recorded.',
      };
    case 'ACTION_ALREADY_AUTHORISED':
      return { ...state(), message: 'The action is already authorised.' };
    case 'ACTION_ALREADY_DONE':
      return { ...state(), message: 'The action is already done.' };
    case 'ACTION_CLOSED':
      return { ...state(), message: 'The action is verified or cancelled: no further steps.' };
    case 'VERIFY_BEFORE_DONE':
      return { ...state(), message: 'Only a done action can have its effect verified.' };
    case 'MONITORING_NOT_OVER':
      return {
        ...state(),
        message:
          'Monitoring is not over yet: only a finding that the action did not work may come earlier.',
      };
    // the step's data -> BAD_USER_INPUT (the domain names the field in details.field where it can)
    case 'INVALID_ACTION':
      return { ...value('action'), message: 'That improvement action is not valid.' };
    case 'INVALID_ACTION_STATUS':
      return { ...value('status'), message: 'That is not an improvement action status.' };
    case 'UNKNOWN_ACTION_STEP':
      return { ...value('step'), message: 'That is not a step of an improvement action.' };
    case 'ACTION_NEEDS_OWNER':
      return { ...value('ownerId'), message: 'An improvement action needs an owner.' };
    case 'TARGET_DATE_IN_PAST':
      return { ...value('targetDate'), message: 'The target date is in the past.' };
    case 'PROGRESS_NEEDS_NOTE':
      return { ...value('note'), message: 'Say what was done.' };
    case 'COMPLETION_NEEDS_EVIDENCE':
      return { ...value('evidence'), message: 'Say what shows the action was taken.' };
    case 'COMPLETED_ON_IN_FUTURE':
      return { ...value('completedOn'), message: 'The completion date is in the future.' };
    case 'COMPLETED_BEFORE_AUTHORISED':
      return {
        ...value('completedOn'),
        message: 'The action cannot be completed before it was authorised.',
      };
    case 'MONITORING_BEFORE_COMPLETION':
      return {
        ...value('monitoringUntil'),
        message: 'Monitoring ends on or after the completion date.',
      };
    case 'INVALID_EFFECTIVENESS':
      return { ...value('effectiveness'), message: 'That is not an effectiveness finding.' };
    case 'EFFECT_NEEDS_NOTE':
      return { ...value('note'), message: 'Say what monitoring found.' };
    case 'CANCEL_NEEDS_REASON':
      return { ...value('reason'), message: 'Say why the action is cancelled.' };
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
  if (mapping.code === 'CONFLICT') return conflict(error.code, mapping.message);
  if (mapping.code === 'FORBIDDEN') return forbidden(mapping.message);
  const named =
    typeof error.details?.['field'] === 'string' ? (error.details['field'] as string) : undefined;
  return badInput(fields[error.code] ?? named ?? mapping.field, error.code, mapping.message);
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
