import { CHP_RULE_CODES, type ChpRuleCode } from './errors';
import { INPUT_RULE_CODES, type InputRuleCode } from './inputRuleMessages';

/**
 * Every rule a client can be told about: the domain's {@link ChpRuleCode}s, the API's own rules
 * (sent as `extensions.rule` with CONFLICT or BAD_USER_INPUT) and the validation rules of its
 * inputs (class-validator constraint names and the scalar types a GraphQL variable can fail:
 * inputRuleMessages.ts). Each has one message in ruleMessages.ts.
 */
export const API_RULE_CODES = [
  // the procedure, checked by the API (complaints)
  'ESCALATION_OUT_OF_TIME',
  'OUTCOME_CONTRADICTS_FINDINGS',
  // letters (docs/procedure.md, Responses and letters)
  'LETTER_STAGE_NOT_CURRENT',
  'NOT_AT_STAGE_2',
  'NOT_CLOSED',
  'NOT_CLOSED_AT_STAGE_2',
  'ESCALATE_INSTEAD',
  // work queues: requests for a manager's approval (docs/procedure.md, Work queues)
  'NOT_OPEN',
  'REQUEST_PENDING',
  // the investigation file's evidence (docs/procedure.md, The investigation file)
  'EVIDENCE_TYPE_NOT_ALLOWED',
  'EVIDENCE_TOO_LARGE',
  'EVIDENCE_EMPTY',
  'EVIDENCE_IN_REPORT',
  // SPSO recommendations (docs/procedure.md, SPSO recommendations)
  'NO_SPSO_DECISION',
  // staff complained about (§48)
  'ALREADY_NAMED',
  'NOT_NAMED',
  // contact restrictions (Part 1 §12–13)
  'NO_CUSTOMER',
  // records
  'STALE_VERSION',
  'CLOSURE_DAY_EXISTS',
  'EMAIL_TAKEN',
  'SERVICE_AREA_NAME_TAKEN',
  'ROOT_CAUSE_NAME_TAKEN',
  // organisations and groups (the platform administrator)
  'SLUG_TAKEN',
  'NOT_IN_GROUP',
  'NOT_COMPLETED',
  // publications (docs/procedure.md, Reporting and publishing)
  'PERSONAL_DATA',
  // retention and erasure (docs/procedure.md, Retention and erasure)
  'LEGAL_HOLD_EXISTS',
  'NO_LEGAL_HOLD',
  'PUBLICATION_EXISTS',
  'PUBLICATION_STATUS',
  // the quarterly board pack (docs/procedure.md, The quarterly board pack)
  'BOARD_PACK_EXISTS',
  'BOARD_PACK_FROZEN',
  'PUBLICATION_OWN_EDIT',
  // accounts (docs/procedure.md, Accounts)
  'SIGN_IN_THROTTLED',
  'LINK_UNKNOWN',
  'LINK_USED',
  'LINK_EXPIRED',
  // the satisfaction survey (docs/procedure.md, Satisfaction survey)
  'SURVEY_LINK_UNKNOWN',
  'SURVEY_LINK_USED',
  'SURVEY_LINK_EXPIRED',
  'SURVEY_QUESTION_NOT_ASKED',
  'SURVEY_NOTHING_ANSWERED',
  // single sign-on (docs/procedure.md, Accounts: single sign-on), shown on the sign-in page
  'SSO_NOT_SET_UP',
  'SSO_DOMAIN_NOT_ALLOWED',
  'SSO_EMAIL_NOT_VERIFIED',
  'SSO_NO_ROLE',
  'SSO_PERSON_DEACTIVATED',
  'SSO_REFUSED',
  'SSO_TOKEN_REFUSED',
  'SSO_ATTEMPT_EXPIRED',
  'SSO_PROVIDER_UNAVAILABLE',
  'SSO_CLIENT_SECRET_REQUIRED',
  'SSO_DOMAIN_TAKEN',
  // query limits
  'MAX_DEPTH',
  'MAX_COMPLEXITY',
  'MAX_REQUEST_SIZE',
  'MAX_TOKENS',
  'MAX_FIELDS',
  'MAX_ROOT_FIELDS',
] as const;

/** The API's own validation rules (BAD_USER_INPUT `rule`), camelCase. */
export const VALIDATION_RULE_CODES = [
  'notBlank',
  'notInFuture',
  'notBeforeReceipt',
  'notAfterReceipt',
  'alreadyRecorded',
  'notBeforeClosure',
  'notBeforeFrom',
  'agreedPoint',
  'onePerPoint',
  'everyPoint',
  'exists',
  'sameOrganisation',
  'active',
  'activeServiceArea',
  'handlesComplaints',
  'noCycle',
  'taxonomyDepth',
  'mergeIntoItself',
  'mergeIntoRetired',
  'alreadyMerged',
  'hasSubCauses',
  'lastAdministrator',
  'completed',
  'annualOnly',
  'textQuota',
  'required',
  'exactlyOne',
  'yearInRange',
  'maxRange',
  'isDate',
  'length',
  // passwords (passwordRules.ts)
  'commonPassword',
  'containsName',
  'containsEmail',
  // single sign-on settings
  'issuerUrl',
  'emailDomain',
  // class-validator constraint names
  'isNotEmpty',
  'isEmail',
  'isString',
  'isBoolean',
  'isInt',
  'isIn',
  'isUuid',
  'isLength',
  'matches',
  'min',
  'max',
  'minLength',
  'maxLength',
  'arrayMinSize',
  'arrayMaxSize',
  'arrayUnique',
  // imports (docs/procedure.md, Importing complaints)
  'readableFile',
] as const;

export const RULE_CODES = [
  ...CHP_RULE_CODES,
  ...API_RULE_CODES,
  ...VALIDATION_RULE_CODES,
  ...INPUT_RULE_CODES,
] as const;
export type RuleCode =
  | ChpRuleCode
  | (typeof API_RULE_CODES)[number]
  | (typeof VALIDATION_RULE_CODES)[number]
  | InputRuleCode;

/** True when `code` is one of {@link RULE_CODES}. */
export const isRuleCode = (code: unknown): code is RuleCode =>
  typeof code === 'string' && (RULE_CODES as readonly string[]).includes(code);
