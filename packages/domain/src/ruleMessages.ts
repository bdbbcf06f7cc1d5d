import { INPUT_RULE_MESSAGES } from './inputRuleMessages';
import { isRuleCode, type RuleCode } from './ruleCodes';
import { displayDate } from './reportingPeriods';
import type { IsoDate } from './types';

export {
  API_RULE_CODES,
  VALIDATION_RULE_CODES,
  RULE_CODES,
  isRuleCode,
  type RuleCode,
} from './ruleCodes';

/** Dates and the field a message may name (dates as YYYY-MM-DD; shown as '13 Mar 2026'). */
export interface RuleMessageContext {
  /** The input field the API named. */
  field?: string;
  /** Stage 1 day 10: the latest a stage 1 extension may reach. */
  latestExtension?: IsoDate | null;
  /** The current (possibly extended) due date of the open stage. */
  currentDeadline?: IsoDate | null;
  /** Stage 1 day 5. */
  stageOneDueOn?: IsoDate | null;
  escalationDeadline?: IsoDate | null;
  /** Stage 1: day 10, or its extended due date (§29). */
  stageOneLastDay?: IsoDate | null;
  monitoringUntil?: IsoDate | null;
  /** The latest review date a contact restriction may have (Part 1 §12–13). */
  latestReview?: IsoDate | null;
  /** The last day to make a complaint in time (§11). */
  complaintTimeLimit?: IsoDate | null;
  /** Sign-in throttling: whole minutes until the next attempt is allowed. */
  waitMinutes?: number | null;
  /**
   * The organisation's word for the person complaining ('customer' by default, 'complainant' in
   * colleges and universities: docs/procedure.md, Sector settings), filling `{person}`.
   */
  person?: string | null;
}

/**
 * Puts the organisation's word for the person complaining into a message: `{person}` as it is,
 * `{Person}` capitalised to start a sentence; 'customer' when the word is not known.
 *
 * @example
 * withPerson('The {person} must be told.', 'complainant') // 'The complainant must be told.'
 */
export function withPerson(text: string, person?: string | null): string {
  const term = person?.trim().toLowerCase() || 'customer';
  const Term = term.charAt(0).toUpperCase() + term.slice(1);
  return text.replaceAll('{person}', term).replaceAll('{Person}', Term);
}

const ENTER_VALID = 'Check this value.';

export const RULE_MESSAGES: Record<RuleCode, string> = {
  // --- the domain's codes ---
  INVALID_DATE: 'Enter a real date.',
  INVALID_INSTANT: 'Enter a real date and time.',
  INVALID_CUT_OFF: "The organisation's cut-off time must be HH:MM.",
  INVALID_SETTINGS: "The organisation's calendar settings are not valid.",
  INVALID_NUMBER: 'That number is not valid.',
  INVALID_PERIOD: 'That period is not valid.',
  INVALID_EVENT: 'That step is not valid.',
  UNKNOWN_EVENT_TYPE: 'That kind of step is not part of the procedure.',
  INVALID_STAGE: 'The stage must be 1 or 2.',
  INVALID_OUTCOME: 'Choose one of the outcomes listed.',
  EVENT_BEFORE_PREVIOUS: 'This date is before the last step recorded on the complaint.',
  NOT_RECEIVED: 'The complaint has not been received yet.',
  ALREADY_RECEIVED: 'The complaint has already been received.',
  CLOSED_BEFORE_RECEIVED: 'A complaint cannot be closed before it was received.',
  ALREADY_CLOSED: 'This stage is already closed.',
  STAGE_NOT_CURRENT: 'That step belongs to a stage the complaint is no longer at.',
  EXTENSION_NOT_WORKING_DAY:
    'The new due date must be a working day: not a weekend, a public holiday or one of your closure days.',
  STAGE1_EXTENSION_NOT_LATER: 'A stage 1 extension must be later than day 5.',
  STAGE1_EXTENSION_PAST_DAY_10: "A stage 1 extension can't go past day 10.",
  STAGE1_ONE_EXTENSION_ONLY: 'Stage 1 can be extended only once.',
  STAGE2_EXTENSION_NOT_LATER: 'The new due date must be later than the current one.',
  ESCALATION_NOT_FROM_STAGE_1: 'Only a complaint received at stage 1 can be escalated.',
  ALREADY_ESCALATED: 'This complaint is already at stage 2.',
  ACKNOWLEDGED_AT_STAGE_1: 'Acknowledgement is recorded at stage 2 only.',
  ALREADY_ACKNOWLEDGED: 'The stage 2 complaint has already been acknowledged.',
  OUTCOME_REQUIRED: 'Choose the outcome of the complaint.',
  RESOLVED_NEEDS_AGREEMENT:
    'A resolved complaint needs the action agreed with the {person} and the date they agreed it.',
  SIGN_OFF_REQUIRED:
    'A manager must sign off the stage 2 response before it is sent: use “Sign off the response” first.',
  SPSO_SIGNPOSTING_REQUIRED:
    'A stage 2 response must tell the {person} how to take the complaint to the SPSO.',
  CLOSURE_REASONS_REQUIRED:
    'Give the reasons for the decision, or send the response letter first: the {person} must be told why (§31).',
  CLOSURE_COMMUNICATION_REQUIRED:
    'Say how the response was given to the {person} (letter, e-mail, face to face or phone), or send the response letter first (§31–32, §69).',
  INVALID_RESPONSE_METHOD: 'Choose letter, e-mail, face to face or phone.',
  LETTER_STAGE_NOT_CURRENT:
    "This letter belongs to a stage the complaint is not at: write the current stage's letter.",
  LETTER_EMPTY: 'The letter has no text.',
  LETTER_UNKNOWN_PLACEHOLDER:
    'The template uses a placeholder that does not exist: check its spelling.',
  LETTER_PLACEHOLDER_NOT_FOR_KIND:
    'The template uses a placeholder that does not belong in this letter (the SPSO text is for the final response only, §75).',
  LETTER_SPSO_REQUIRED:
    "The final response must carry the SPSO's text (the SPSO text placeholder in a template, §75).",
  LETTER_ESCALATION_REQUIRED:
    'The stage 1 response must tell the {person} how to escalate to stage 2 (the escalation placeholder in a template, §31).',
  LETTER_NOT_FINISHED:
    'The letter still has parts marked "[to write: …]": write them before sending.',
  LETTER_SPSO_FINAL_ONLY:
    'Only the final response signposts the SPSO: take it out of this letter (§31, §75).',
  SPSO_SIGNPOSTED_AT_STAGE_1:
    "Don't signpost the SPSO at stage 1: the {person} can ask for a stage 2 investigation first.",
  TRIBUNAL_SIGNPOSTING_REQUIRED:
    'For a factoring, shared owner or private tenancy case the response must also signpost the First-tier Tribunal.',
  NO_FINDINGS: 'Record a finding on every agreed point of complaint.',
  STAGE1_LATE_NEEDS_REASON:
    'Stage 1 is past its last day (day 10, or its extension): escalate it to stage 2, or record why it is closed at stage 1.',
  POINT_WITHOUT_FINDING:
    'The final response answers every point: record a finding on each agreed point of complaint.',
  SIGN_OFF_OUT_OF_DATE:
    'The sign-off was given before the points were re-agreed or the response was extended: a manager must sign off this response again.',
  TRIBUNAL_NOT_APPLICABLE:
    'The First-tier Tribunal is signposted only by housing organisations, in the stage 2 final response.',
  SERIOUS_AT_STAGE_1_NEEDS_REASON:
    'A serious, high-risk or high-profile complaint goes to stage 2: record why it stays at stage 1.',
  CHANNEL_NOT_FOR_COMPLAINTS:
    "Complaints aren't taken through social media: tell the person how to complain (phone, e-mail, letter, in person or the web form).",
  ANONYMOUS_WITH_DETAILS:
    'An anonymous complaint has no personal details: untick "anonymous" or leave the details empty.',
  ANONYMOUS_WITH_REPRESENTATIVE:
    'An anonymous complaint has no representative: untick "anonymous" or remove the representative.',
  ANONYMOUS_WITH_SUPPORT_NEEDS:
    'An anonymous complaint records no support needs: untick "anonymous" or remove them.',
  SURVEY_CONSENT_WITHOUT_EMAIL:
    'A satisfaction survey is sent by e-mail: record an e-mail address, or untick the survey (nobody can be surveyed about an anonymous complaint).',
  CONSENT_INCOMPLETE: 'Record the date consent was given and what it covers.',
  CONSENT_IN_FUTURE: 'Consent cannot be dated after today.',
  CLOSER_NOT_ALLOWED:
    'Only complaint handlers and managers may close this stage (the organisation decides who may respond at stage 1).',
  CORRECTION_CHANGES_NOTHING:
    'This correction changes nothing: change at least one detail, or leave the record as it is.',
  VOID_NOT_FOUND: 'That step is not part of this complaint’s journey.',
  VOID_RECEIPT:
    'The receipt of a complaint cannot be voided: correct its details instead, or record the right outcome.',
  VOID_NOT_A_STEP: 'A correction or a voided step cannot itself be voided.',
  VOID_ALREADY_VOIDED: 'That step has already been voided.',
  VOID_LEAVES_IMPOSSIBLE_JOURNEY:
    'Voiding that step would leave a journey the procedure does not allow: void the later steps that depend on it first.',
  // the investigation file (§54–59)
  MEETING_RECORD_DUE_BEFORE_MEETING: 'The record of the meeting cannot be due before the meeting.',
  MEETING_RECORD_SENT_BEFORE_MEETING:
    'The record of the meeting cannot be sent before the meeting.',
  MEETING_RECORD_SENT_IN_FUTURE: 'The date the record was sent cannot be in the future.',
  INVALID_ALTERNATIVE_RESOLUTION: 'Choose one of the approaches listed.',
  ALTERNATIVE_RESOLUTION_ENDED_BEFORE_START: 'The approach cannot end before it started.',
  ALTERNATIVE_RESOLUTION_RESULT_NEEDS_END: 'Give the date the approach ended with its result.',
  INVALID_ACTION: 'That improvement action is not valid.',
  INVALID_RECURRENCE_WINDOW:
    'Recurrence is counted over 1 to 24 months before and after the action.',
  NO_SPSO_DECISION: 'Record the SPSO’s decision on the complaint before its recommendations.',
  RECOMMENDATION_NEEDS_TEXT: 'Say what the SPSO recommended.',
  RECOMMENDATION_ALREADY_COMPLETED: 'The SPSO recommendation is already completed.',
  INVALID_ACTION_STATUS: 'That is not an improvement action status.',
  UNKNOWN_ACTION_STEP: 'That is not a step of an improvement action.',
  ACTION_NEEDS_OWNER: 'An improvement action needs an owner.',
  TARGET_DATE_IN_PAST: "The target date can't be in the past.",
  AUTHORISER_NOT_MANAGER: 'Only a manager can do this.',
  MANAGER_REQUIRED: 'Only a manager can do this.',
  NOT_ACTION_OWNER: "Only the action's owner or a manager can do this.",
  ACTION_NOT_AUTHORISED: 'A manager must authorise this action before work on it is recorded.',
  ACTION_ALREADY_AUTHORISED: 'This action is already authorised.',
  ACTION_ALREADY_DONE: 'This action is already done.',
  ACTION_CLOSED: 'This action is closed: nothing more can be recorded on it.',
  PROGRESS_NEEDS_NOTE: 'Write what has been done.',
  COMPLETION_NEEDS_EVIDENCE: 'Say what shows the action was taken (the evidence).',
  COMPLETED_ON_IN_FUTURE: "The completion date can't be in the future.",
  COMPLETED_BEFORE_AUTHORISED: "The completion date can't be before the action was authorised.",
  MONITORING_BEFORE_COMPLETION: 'Monitoring must end on or after the completion date.',
  VERIFY_BEFORE_DONE: 'The effect is recorded once the action is done.',
  MONITORING_NOT_OVER:
    'Monitoring is not over yet: record “effective” or “partly effective” once it is.',
  INVALID_EFFECTIVENESS: 'That is not an effectiveness finding.',
  EFFECT_NEEDS_NOTE: 'Say what monitoring found.',
  CANCEL_NEEDS_REASON: 'Give the reason for cancelling.',
  INVALID_RESTRICTION: 'That restriction is not valid.',
  RESTRICTION_KIND_UNKNOWN:
    'Choose how contact is restricted: letter only, a named officer or limited times.',
  RESTRICTION_NEEDS_DETAILS:
    'Say exactly how contact is limited (which officer, which times, which address).',
  RESTRICTION_NEEDS_REASON: 'Give the reason for restricting contact.',
  RESTRICTION_NEEDS_NOTE: 'Give the reason for this decision.',
  REVIEW_DATE_NOT_LATER: 'The review date must be after today.',
  REVIEW_DATE_TOO_FAR:
    'A restriction is reviewed at least every six months: choose an earlier review date.',
  REVIEW_DECISION_UNKNOWN: 'Choose whether to continue, vary or lift the restriction.',
  CUSTOMER_NOT_TOLD:
    'The {person} must be told of the decision, of their right to have it reviewed and that they can go to the SPSO.',
  TOLD_ON_IN_FUTURE: 'The date the {person} was told cannot be in the future.',
  ALREADY_NAMED: 'This member of staff is already named in the complaint.',
  NOT_NAMED: 'This member of staff is not named in the complaint.',
  INVESTIGATOR_NAMED_IN_COMPLAINT:
    'A member of staff named in the complaint may not investigate it: choose someone not involved (§37).',
  SUPPORT_CONTACT_IS_STAFF_MEMBER:
    'The support contact must be someone other than the member of staff complained about (§48).',
  SUPPORT_CONTACT_INVESTIGATES:
    'The support contact may not be the person investigating the complaint (§48).',
  SUPPORT_CONTACT_SIGNS_OFF:
    'The support contact may not be the person signing off the response (§48).',
  INVALID_STAFF_CONTACT_METHOD:
    'Choose how the member of staff was told: in person, phone, video call, e-mail or letter.',
  INVALID_STAFF_SHARING: 'Choose what was shared: the complaint in full, a summary or nothing.',
  NOT_SHARED_NEEDS_REASON:
    'Give the compelling reason for not sharing the complaint with the member of staff (§48).',
  TOLD_BEFORE_PROPOSAL: 'The {person} cannot have been told before the restriction was proposed.',
  RESTRICTION_MANAGER_REQUIRED: 'Only a manager may approve, decline or review a restriction.',
  RESTRICTION_OWN_PROPOSAL: 'Another manager must approve a restriction you proposed.',
  RESTRICTION_NOT_PROPOSED: 'This restriction has already been decided.',
  RESTRICTION_NOT_IN_FORCE: 'Only a restriction in force can be reviewed.',
  SENDING_HOURS_ORDER: 'Mail must start being sent before the time it stops.',
  INVALID_CONTACT_TYPE: 'Choose a complaint, an enquiry or a request for service.',
  INVALID_OTHER_OUTCOME: 'Choose not a complaint, withdrawn, out of time or duplicate.',
  INVALID_TIME_LIMIT: "The organisation's time limit for complaints must be 1 to 120 months.",
  SIGNPOSTING_REQUIRED:
    'Say what the person was told and where they were signposted: it is not a complaint, so it is not handled under the procedure.',
  COMPLAINT_OUT_OF_TIME:
    'The complaint was made after the time limit. Record the special circumstances to take it on, or record it as out of time with the reason.',
  NOT_OUT_OF_TIME:
    'The complaint may be in time: it is out of time only when the date the {person} knew of the problem is recorded and the limit has passed.',
  SPECIAL_CIRCUMSTANCES_WITH_OUT_OF_TIME:
    'A late complaint is either taken on with its special circumstances or recorded as out of time, not both.',
  OTHER_ORGANISATION_INCOMPLETE: 'Name the other organisation and say what was passed to it.',
  OTHER_OUTCOME_NEEDS_REASON: 'Give the reason, as the {person} was told it.',
  OTHER_OUTCOME_AFTER_RESPONSE:
    'A complaint that has had a stage 1 response can only be withdrawn: not a complaint, out of time and duplicate are decided before responding.',
  ALREADY_ENDED: 'This record already has its outcome: nothing more can be recorded on it.',
  DUPLICATE_NEEDS_ORIGINAL: 'Choose the complaint this one repeats.',
  DUPLICATE_OF_ITSELF: 'A complaint cannot be a duplicate of itself.',
  DUPLICATE_OF_DUPLICATE: 'Link to the original complaint, not to another duplicate.',
  // --- the API's own rules ---
  ESCALATION_OUT_OF_TIME:
    'The request for stage 2 is past the time limit. Record the exceptional circumstances to accept it.',
  OUTCOME_CONTRADICTS_FINDINGS:
    "The outcome doesn't match the findings: all points upheld is upheld, none is not upheld, some is partially upheld.",
  NOT_AT_STAGE_2: 'Points of complaint and sign-off belong to an open stage 2 investigation.',
  NOT_CLOSED: 'The complaint is still open: record a contact update instead.',
  NOT_OPEN: 'The complaint is no longer open: there is nothing to approve.',
  REQUEST_PENDING: 'A manager has already been asked: the request is waiting in their queue.',
  EVIDENCE_TYPE_NOT_ALLOWED:
    'This kind of file cannot be kept as evidence: send a PDF, Word, Excel, PNG, JPEG, text or e-mail file whose content matches its name.',
  EVIDENCE_TOO_LARGE: 'The file is larger than the largest evidence file allowed.',
  EVIDENCE_EMPTY: 'The file is empty.',
  EVIDENCE_IN_REPORT:
    "This file is the investigator's report: save the report without it before deleting it.",
  NOT_CLOSED_AT_STAGE_2: 'The SPSO decision can be recorded only after the stage 2 response.',
  ESCALATE_INSTEAD:
    'The {person} is dissatisfied after the stage 1 response: escalate the complaint to stage 2 instead.',
  STALE_VERSION:
    'Someone else changed this record while you were working on it. The page now shows the latest version: check it and try again.',
  CLOSURE_DAY_EXISTS: 'That day is already a closure day.',
  EMAIL_TAKEN: 'Someone already signs in with that e-mail address.',
  SERVICE_AREA_NAME_TAKEN: 'There is already a service area with that name.',
  ROOT_CAUSE_NAME_TAKEN: 'There is already a root cause with that name here.',
  SLUG_TAKEN:
    'Another organisation or group already has that short name (slug): choose another, e.g. add the town.',
  NOT_IN_GROUP:
    "This person's organisation is not in a group: put it in one first, then grant group access.",
  NO_CUSTOMER:
    'This complaint has no {person} details (none were recorded, or they were anonymised): there is no one whose contact could be restricted.',
  NOT_COMPLETED: 'The action has no completion date yet: recurrence is measured from it.',
  PERSONAL_DATA:
    'The text contains personal data. Change it where the check shows, then try again.',
  LEGAL_HOLD_EXISTS:
    'This complaint is already on legal hold: lift the hold first to change its reason.',
  NO_LEGAL_HOLD: 'This complaint is not on legal hold.',
  PUBLICATION_EXISTS:
    'There is already a publication for this period: open it from the list, or withdraw it to start again.',
  PUBLICATION_STATUS:
    'This publication has moved on since you opened it: the page now shows where it is.',
  BOARD_PACK_EXISTS:
    'There is already a board pack being drafted or reviewed for this quarter: open it from the list, or withdraw it to start again.',
  BOARD_PACK_FROZEN:
    'This board pack is approved and frozen: what went to the board stays as it was. Draft a new edition for the quarter instead.',
  PUBLICATION_OWN_EDIT:
    'You made the last change to this text, so another manager approves this version (or send it back with comments).',
  SIGN_IN_THROTTLED:
    'Too many attempts to sign in. Try again in a few minutes, or ask your administrator for a password reset link.',
  LINK_UNKNOWN:
    'This link is not valid. Check it was copied in full, or ask your administrator for a new one.',
  LINK_USED: 'This link has already been used. Ask your administrator for a new one.',
  LINK_EXPIRED: 'This link has expired. Ask your administrator for a new one.',
  SURVEY_LINK_UNKNOWN:
    'This survey link is not valid. Check it was copied in full from the e-mail.',
  SURVEY_LINK_USED: 'This survey has already been answered. Thank you for your answers.',
  SURVEY_LINK_EXPIRED:
    'This survey link has expired. Thank you all the same: you can still contact the complaints team.',
  SURVEY_QUESTION_NOT_ASKED: 'This survey does not ask that question.',
  SURVEY_NOTHING_ANSWERED: 'Answer at least one question, or add a comment.',
  SSO_NOT_SET_UP:
    'Single sign-on is not set up for that e-mail address. Sign in with your e-mail and password instead.',
  SSO_DOMAIN_NOT_ALLOWED:
    "Your organisation's account uses an e-mail address this service does not accept. Ask your administrator.",
  SSO_EMAIL_NOT_VERIFIED:
    "Your organisation's account did not confirm your e-mail address. Ask your administrator.",
  SSO_NO_ROLE:
    'Your organisation has not given your account access to this service. Ask your administrator.',
  SSO_PERSON_DEACTIVATED:
    'Your access to this service has been turned off. Ask your administrator if you need it again.',
  SSO_REFUSED:
    "Your organisation's account cannot be used to sign in here. Ask your administrator.",
  SSO_TOKEN_REFUSED:
    "The sign-in from your organisation's account could not be confirmed. Please try again.",
  SSO_ATTEMPT_EXPIRED: 'That sign-in took too long or was already used. Please start again.',
  SSO_PROVIDER_UNAVAILABLE:
    "Your organisation's sign-in service could not be reached. Try again shortly, or sign in with your password.",
  SSO_DOMAIN_TAKEN:
    'Another organisation on this service already signs in people from that e-mail domain. Contact the service administrator.',
  SSO_CLIENT_SECRET_REQUIRED: 'Enter the client secret the first time single sign-on is set up.',
  MAX_DEPTH: 'The request is nested too deeply.',
  MAX_COMPLEXITY: 'The request asks for too much at once.',
  MAX_REQUEST_SIZE: 'The request is too large.',
  MAX_TOKENS: 'The request is too long.',
  MAX_FIELDS: 'The request asks for too many fields at once.',
  MAX_ROOT_FIELDS: 'The request asks for too many things at once: send fewer, or several requests.',
  // --- validation rules ---
  notBlank: 'This must be filled in.',
  notInFuture: "This date can't be in the future.",
  notBeforeReceipt: "This can't be before the complaint was received.",
  notAfterReceipt: "This can't be after the complaint was received.",
  notBeforeClosure: "The SPSO's decision can't be before the stage 2 response.",
  notBeforeFrom: 'The end of the period must not be before its start.',
  agreedPoint: 'Record exactly one finding on each agreed point of complaint.',
  onePerPoint: 'Record exactly one finding on each agreed point of complaint.',
  alreadyRecorded:
    'The date the {person} first knew of the problem is already recorded with the complaint.',
  everyPoint: 'Record exactly one finding on each agreed point of complaint.',
  exists: "That choice isn't available in your organisation.",
  sameOrganisation: "That choice isn't available in your organisation.",
  active: 'That choice is no longer active.',
  activeServiceArea: 'That choice is no longer active.',
  handlesComplaints: 'Choose a complaint handler or manager.',
  noCycle: 'A root cause cannot sit under itself or one of its own sub-causes.',
  taxonomyDepth:
    'The root-cause tree has at most three levels (group, cause, sub-cause): choose a higher parent.',
  mergeIntoItself: 'Choose another root cause to merge this one into.',
  mergeIntoRetired: 'Merge into an active root cause: this one is retired.',
  alreadyMerged: 'This root cause has already been merged into another.',
  hasSubCauses: 'Move or merge the sub-causes of this root cause first.',
  lastAdministrator:
    'The organisation needs at least one active administrator: make someone else an administrator first.',
  completed: 'Only done or verified improvement actions can be reported.',
  annualOnly: 'This part belongs to the annual report only.',
  textQuota:
    "The publication's texts together are too long: shorten this text, or another part of the publication.",
  required: 'This must be filled in.',
  exactlyOne: 'Choose one period: a quarter, a year, a financial year, or dates from and to.',
  yearInRange: 'Choose a year from 1990 to 2100.',
  maxRange: 'A trend covers at most 30 years.',
  isDate: 'Enter a real date.',
  length: 'This is too short or too long.',
  commonPassword:
    'This is one of the passwords people use most often, so it is easy to guess. Choose another.',
  containsName: 'The password must not contain your name. Choose another.',
  containsEmail: 'The password must not contain your e-mail address. Choose another.',
  issuerUrl:
    'Enter the issuer address your directory gives, starting https:// (such as https://login.microsoftonline.com/<tenant id>/v2.0).',
  emailDomain: 'Enter each e-mail domain on its own, such as clyde-ha.org.uk (no @ and no spaces).',
  isNotEmpty: 'This must be filled in.',
  isEmail: 'Enter an e-mail address, like name@example.org.',
  isString: ENTER_VALID,
  isBoolean: ENTER_VALID,
  isInt: 'Enter a whole number.',
  isIn: 'Choose one of the options listed.',
  isUuid: "That choice isn't available in your organisation.",
  isLength: 'This is too short or too long.',
  matches: "This isn't in the expected format.",
  min: 'This number is too small.',
  max: 'This number is too large.',
  minLength: 'This is too short.',
  maxLength: 'This is too long.',
  arrayMinSize: 'Add at least one.',
  arrayMaxSize: 'There are too many of these.',
  arrayUnique: 'Each entry must be different.',
  readableFile: 'Upload a CSV file or an Excel workbook (.xlsx) with a header row.',
  ...INPUT_RULE_MESSAGES,
};

const d = (date: IsoDate | null | undefined): string | null => (date ? displayDate(date) : null);

/**
 * One plain-English message for every rule a client can be told about (ruleCodes.ts): the domain's
 * {@link ChpRuleCode}s, the API's own rules (sent as `extensions.rule` with CONFLICT or
 * BAD_USER_INPUT) and the validation rules of its inputs (class-validator constraint names and
 * the scalar types a GraphQL variable can fail: inputRuleMessages.ts).
 *
 * @example
 * ruleMessage('STALE_VERSION') // 'Someone else changed this record while you were working on it. …'
 * ruleMessage('STAGE1_EXTENSION_PAST_DAY_10', { latestExtension: '2026-03-13' })
 * // "A stage 1 extension can't go past day 10 (13 Mar 2026)."
 */
export function ruleMessage(code: string, ctx: RuleMessageContext = {}): string | null {
  const text = ruleMessageText(code, ctx);
  return text === null ? null : withPerson(text, ctx.person);
}

function ruleMessageText(code: string, ctx: RuleMessageContext): string | null {
  if (!isRuleCode(code)) return null;
  switch (code) {
    case 'STAGE1_EXTENSION_PAST_DAY_10':
      if (d(ctx.latestExtension))
        return `A stage 1 extension can't go past day 10 (${d(ctx.latestExtension)}).`;
      break;
    case 'STAGE1_EXTENSION_NOT_LATER':
      if (d(ctx.stageOneDueOn))
        return `A stage 1 extension must be later than day 5 (${d(ctx.stageOneDueOn)}).`;
      break;
    case 'STAGE2_EXTENSION_NOT_LATER':
      if (d(ctx.currentDeadline))
        return `The new due date must be later than the current one (${d(ctx.currentDeadline)}).`;
      break;
    case 'STAGE1_LATE_NEEDS_REASON':
      if (d(ctx.stageOneLastDay))
        return `Stage 1 is past its last day (${d(ctx.stageOneLastDay)}): escalate it to stage 2, or record why it is closed at stage 1.`;
      break;
    case 'ESCALATION_OUT_OF_TIME':
      if (d(ctx.escalationDeadline))
        return `The request for stage 2 is past the time limit (${d(ctx.escalationDeadline)}). Record the exceptional circumstances to accept it.`;
      break;
    case 'COMPLAINT_OUT_OF_TIME':
      if (d(ctx.complaintTimeLimit))
        return `The complaint was made after the time limit (${d(ctx.complaintTimeLimit)}). Record the special circumstances to take it on, or record it as out of time with the reason.`;
      break;
    case 'SIGN_IN_THROTTLED':
      if (ctx.waitMinutes)
        return `Too many attempts to sign in. Try again in ${ctx.waitMinutes} minute${ctx.waitMinutes === 1 ? '' : 's'}, or ask your administrator for a password reset link.`;
      break;
    case 'MONITORING_NOT_OVER':
      if (d(ctx.monitoringUntil))
        return `Monitoring runs until ${d(ctx.monitoringUntil)}: record “effective” or “partly effective” from then (“not effective” can be recorded now).`;
      break;
    case 'REVIEW_DATE_TOO_FAR':
      if (d(ctx.latestReview))
        return `A restriction is reviewed at least every six months: choose a review date on or before ${d(ctx.latestReview)}.`;
      break;
    case 'INVALID_OUTCOME':
      if (ctx.field === 'findings') return 'Each point needs a finding: upheld or not upheld.';
      break;
    case 'required':
      if (ctx.field === 'introduction')
        return 'Write an introduction before sending it for review.';
      break;
    default:
      break;
  }
  return RULE_MESSAGES[code];
}
