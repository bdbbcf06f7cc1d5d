import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { formatDate } from './format-date';

/** One error from the API, as its extensions describe it. */
export interface ApiProblem {
  code: string;
  field?: string;
  rule?: string;
  message: string;
}

/** What a form shows: messages next to the fields they concern, and one for the form itself. */
export interface FormErrors {
  fields: Record<string, string>;
  form: string | null;
}

/** Dates a message may name, computed by the page (e.g. with @chp/domain). */
export interface RuleContext {
  /** Stage 1 day 10: the latest a stage 1 extension may reach. */
  latestExtension?: string | null;
  /** The current (possibly extended) due date of the open stage. */
  currentDeadline?: string | null;
  /** Stage 1 day 5. */
  stageOneDueOn?: string | null;
  escalationDeadline?: string | null;
  monitoringUntil?: string | null;
}

const NETWORK = "The dashboard couldn't reach the server. Check your connection and try again.";

function asProblem(e: {
  message: string;
  extensions?: Record<string, unknown> | null;
}): ApiProblem {
  const ext = e.extensions ?? {};
  return {
    code: typeof ext['code'] === 'string' ? ext['code'] : 'INTERNAL_SERVER_ERROR',
    field: typeof ext['field'] === 'string' ? ext['field'] : undefined,
    rule: typeof ext['rule'] === 'string' ? ext['rule'] : undefined,
    message: e.message,
  };
}

/** The API's errors inside whatever Apollo Client threw (GraphQL errors, or an HTTP error with a GraphQL body). */
export function apiProblems(error: unknown): ApiProblem[] {
  if (!error) return [];
  if (CombinedGraphQLErrors.is(error)) return error.errors.map((e) => asProblem(e as never));
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as {
        errors?: { message: string; extensions?: Record<string, unknown> }[];
      };
      if (body.errors?.length) return body.errors.map(asProblem);
    } catch {
      // not JSON: fall through
    }
    return [{ code: 'NETWORK', message: NETWORK }];
  }
  const e = error as { message?: string; extensions?: Record<string, unknown> };
  if (e && typeof e === 'object' && e.extensions)
    return [asProblem({ message: e.message ?? '', extensions: e.extensions })];
  return [{ code: 'NETWORK', message: NETWORK }];
}

const d = (date: string | null | undefined) => (date ? formatDate(date) : null);

/**
 * The procedure's rules and the API's checks in plain English. `rule` is the API's
 * `extensions.rule` (a @chp/domain rule code, or a validation rule such as `notBlank`).
 */
export function ruleMessage(problem: ApiProblem, ctx: RuleContext = {}): string {
  const { code, rule, field } = problem;
  switch (rule) {
    // extensions (§27)
    case 'STAGE1_EXTENSION_PAST_DAY_10':
      return d(ctx.latestExtension)
        ? `A stage 1 extension can't go past day 10 (${d(ctx.latestExtension)}).`
        : "A stage 1 extension can't go past day 10.";
    case 'STAGE1_EXTENSION_NOT_LATER':
      return d(ctx.stageOneDueOn)
        ? `A stage 1 extension must be later than day 5 (${d(ctx.stageOneDueOn)}).`
        : 'A stage 1 extension must be later than day 5.';
    case 'STAGE2_EXTENSION_NOT_LATER':
      return d(ctx.currentDeadline)
        ? `The new due date must be later than the current one (${d(ctx.currentDeadline)}).`
        : 'The new due date must be later than the current one.';
    case 'EXTENSION_NOT_WORKING_DAY':
      return 'The new due date must be a working day: not a weekend, a public holiday or one of your closure days.';
    case 'STAGE1_ONE_EXTENSION_ONLY':
      return 'Stage 1 can be extended only once.';
    // closing (§31–34, §65–69)
    case 'OUTCOME_REQUIRED':
      return 'Choose the outcome of the complaint.';
    case 'INVALID_OUTCOME':
      return field === 'findings'
        ? 'Each point needs a finding: upheld or not upheld.'
        : 'Choose one of the outcomes listed.';
    case 'RESOLVED_NEEDS_AGREEMENT':
      return 'A resolved complaint needs the action agreed with the customer and the date they agreed it.';
    case 'SIGN_OFF_REQUIRED':
      return 'A manager must sign off the stage 2 response before it is sent: use “Sign off the response” first.';
    case 'SPSO_SIGNPOSTING_REQUIRED':
      return 'A stage 2 response must tell the customer how to take the complaint to the SPSO.';
    case 'SPSO_SIGNPOSTED_AT_STAGE_1':
      return "Don't signpost the SPSO at stage 1: the customer can ask for a stage 2 investigation first.";
    case 'TRIBUNAL_SIGNPOSTING_REQUIRED':
      return 'For a factoring, shared owner or private tenancy case the response must also signpost the First-tier Tribunal.';
    case 'NO_FINDINGS':
      return 'Record a finding on every agreed point of complaint.';
    case 'OUTCOME_CONTRADICTS_FINDINGS':
      return "The outcome doesn't match the findings: all points upheld is upheld, none is not upheld, some is partially upheld.";
    case 'agreedPoint':
    case 'onePerPoint':
    case 'everyPoint':
      return 'Record exactly one finding on each agreed point of complaint.';
    // escalation (§36)
    case 'ESCALATION_OUT_OF_TIME':
      return d(ctx.escalationDeadline)
        ? `The request for stage 2 is past the time limit (${d(ctx.escalationDeadline)}). Record the exceptional circumstances to accept it.`
        : 'The request for stage 2 is past the time limit. Record the exceptional circumstances to accept it.';
    case 'ALREADY_ESCALATED':
      return 'This complaint is already at stage 2.';
    case 'ESCALATION_NOT_FROM_STAGE_1':
      return 'Only a complaint received at stage 1 can be escalated.';
    case 'ACKNOWLEDGED_AT_STAGE_1':
      return 'Acknowledgement is recorded at stage 2 only.';
    case 'ALREADY_ACKNOWLEDGED':
      return 'The stage 2 complaint has already been acknowledged.';
    case 'ALREADY_CLOSED':
      return 'This stage is already closed.';
    case 'STAGE_NOT_CURRENT':
      return 'That step belongs to a stage the complaint is no longer at.';
    case 'NOT_AT_STAGE_2':
      return 'Points of complaint and sign-off belong to an open stage 2 investigation.';
    case 'NOT_CLOSED':
      return 'The complaint is still open: record a contact update instead.';
    case 'ESCALATE_INSTEAD':
      return 'The customer is dissatisfied after the stage 1 response: escalate the complaint to stage 2 instead.';
    case 'NOT_CLOSED_AT_STAGE_2':
      return 'The SPSO decision can be recorded only after the stage 2 response.';
    case 'EVENT_BEFORE_PREVIOUS':
      return 'This date is before the last step recorded on the complaint.';
    case 'notInFuture':
      return "This date can't be in the future.";
    case 'notBeforeReceipt':
      return "This can't be before the complaint was received.";
    case 'notAfterReceipt':
      return "This can't be after the complaint was received.";
    case 'notBeforeClosure':
      return "The SPSO's decision can't be before the stage 2 response.";
    case 'STALE_VERSION':
      return 'Someone else changed this record while you were working on it. The page now shows the latest version: check it and try again.';
    // improvement actions
    case 'TARGET_DATE_IN_PAST':
      return "The target date can't be in the past.";
    case 'PROGRESS_NEEDS_NOTE':
      return 'Write what has been done.';
    case 'COMPLETION_NEEDS_EVIDENCE':
      return 'Say what shows the action was taken (the evidence).';
    case 'COMPLETED_ON_IN_FUTURE':
      return "The completion date can't be in the future.";
    case 'COMPLETED_BEFORE_AUTHORISED':
      return "The completion date can't be before the action was authorised.";
    case 'MONITORING_BEFORE_COMPLETION':
      return 'Monitoring must end on or after the completion date.';
    case 'EFFECT_NEEDS_NOTE':
      return 'Say what monitoring found.';
    case 'CANCEL_NEEDS_REASON':
      return 'Give the reason for cancelling.';
    case 'MONITORING_NOT_OVER':
      return d(ctx.monitoringUntil)
        ? `Monitoring runs until ${d(ctx.monitoringUntil)}: record “effective” or “partly effective” from then (“not effective” can be recorded now).`
        : 'Monitoring is not over yet: record “effective” or “partly effective” once it is.';
    case 'VERIFY_BEFORE_DONE':
      return 'The effect is recorded once the action is done.';
    case 'ACTION_NOT_AUTHORISED':
      return 'A manager must authorise this action before work on it is recorded.';
    case 'ACTION_ALREADY_AUTHORISED':
      return 'This action is already authorised.';
    case 'ACTION_ALREADY_DONE':
      return 'This action is already done.';
    case 'ACTION_CLOSED':
      return 'This action is closed: nothing more can be recorded on it.';
    case 'NOT_ACTION_OWNER':
      return "Only the action's owner or a manager can do this.";
    case 'AUTHORISER_NOT_MANAGER':
    case 'MANAGER_REQUIRED':
      return 'Only a manager can do this.';
    // publications (docs/procedure.md, Reporting and publishing)
    case 'PERSONAL_DATA':
      return 'The text contains personal data. Change it where the check shows, then try again.';
    case 'PUBLICATION_EXISTS':
      return 'There is already a publication for this period: open it from the list, or withdraw it to start again.';
    case 'PUBLICATION_STATUS':
      return 'This publication has moved on since you opened it: the page now shows where it is.';
    case 'completed':
      return 'Only done or verified improvement actions can be reported.';
    case 'annualOnly':
      return 'This part belongs to the annual report only.';
    case 'required':
      return field === 'introduction'
        ? 'Write an introduction before sending it for review.'
        : 'This must be filled in.';
    // validation rules
    case 'notBlank':
    case 'isNotEmpty':
      return 'This must be filled in.';
    case 'isEmail':
      return 'Enter an e-mail address, like name@example.org.';
    case 'maxLength':
      return 'This is too long.';
    case 'arrayMinSize':
      return 'Add at least one.';
    case 'arrayUnique':
      return 'Each entry must be different.';
    case 'exists':
    case 'sameOrganisation':
      return "That choice isn't available in your organisation.";
    case 'active':
    case 'activeServiceArea':
      return 'That choice is no longer active.';
    case 'handlesComplaints':
      return 'Choose a complaint handler or manager.';
    case 'LocalDate':
    case 'INVALID_DATE':
      return 'Enter a real date.';
    case 'DateTime':
    case 'INVALID_INSTANT':
      return 'Enter a real date and time.';
    default:
      break;
  }
  switch (code) {
    case 'UNAUTHENTICATED':
      return 'Your session has ended. Sign in again.';
    case 'FORBIDDEN':
      return "Your role doesn't allow this.";
    case 'NOT_FOUND':
      return "This record doesn't exist, or it isn't visible to you.";
    case 'NETWORK':
      return NETWORK;
    case 'BAD_USER_INPUT':
      return 'Check this value.';
    case 'CONFLICT':
      return "The procedure doesn't allow this step now.";
    default:
      return 'Something went wrong on the server. Try again; if it keeps happening, tell your administrator.';
  }
}

/** One sentence for a page that failed to load. */
export function loadErrorMessage(error: unknown): string {
  const [first] = apiProblems(error);
  return first ? ruleMessage(first) : NETWORK;
}

export function isUnauthenticated(error: unknown): boolean {
  return apiProblems(error).some((p) => p.code === 'UNAUTHENTICATED');
}
