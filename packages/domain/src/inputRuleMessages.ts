/**
 * The rules every GraphQL input is held to before a resolver sees it (text that is well formed,
 * dates in a plausible range, no null for a field an update may only leave out) and the scalar
 * types a GraphQL variable can fail (the type's name), with their messages. Part of
 * {@link RULE_CODES} (ruleMessages.ts).
 */
export const INPUT_RULE_CODES = [
  'noControlCharacters',
  'wellFormedText',
  'notNull',
  'distinct',
  'dateInRange',
  'notBeforeEarliestRecord',
  'completedPeriod',
  'PERIOD_NOT_OVER',
  // GraphQL variables that fail their type (the type's name)
  'LocalDate',
  'DateTime',
  'UUID',
  'Int',
  'Float',
  'String',
  'Boolean',
  'ID',
  'type',
] as const;

export type InputRuleCode = (typeof INPUT_RULE_CODES)[number];

const ENTER_VALID = 'Check this value.';

export const INPUT_RULE_MESSAGES: Record<InputRuleCode, string> = {
  noControlCharacters:
    'This text contains an invisible control character (such as a NUL byte): type it again or paste it as plain text.',
  wellFormedText:
    'This text contains a broken character (half of an emoji or symbol): type it again or paste it as plain text.',
  notNull: 'This cannot be cleared: leave it out to keep it as it is.',
  distinct: 'Each entry must be different.',
  dateInRange: 'Enter a date between the years 1900 and 2100.',
  notBeforeEarliestRecord:
    "This date is before the earliest date your organisation records (an administrator can change it in the organisation's settings).",
  completedPeriod:
    'Choose a period that has ended: the current quarter or year is not complete yet.',
  PERIOD_NOT_OVER:
    'The period this publication covers has not ended yet: it can go ahead once the period is over.',
  LocalDate: 'Enter a real date.',
  DateTime: 'Enter a real date and time.',
  UUID: "That choice isn't available in your organisation.",
  Int: 'Enter a whole number.',
  Float: 'Enter a number.',
  String: ENTER_VALID,
  Boolean: ENTER_VALID,
  ID: ENTER_VALID,
  type: ENTER_VALID,
};
