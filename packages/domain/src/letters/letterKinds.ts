import type { Stage } from '../types';

/**
 * The letters a complaint's handler writes to the customer (docs/procedure.md, Responses and
 * letters): the stage 1 response (§31–32), the stage 2 acknowledgement (§40–45), the extension
 * letters with their reasons (§27 at stage 1, §61 at stage 2) and the stage 2 final response
 * (§65–69, §75).
 */
export const LETTER_KINDS = [
  'stage1_response',
  'stage1_extension',
  'stage2_acknowledgement',
  'stage2_extension',
  'stage2_final_response',
] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

/** True when `value` is one of {@link LETTER_KINDS}. */
export const isLetterKind = (value: unknown): value is LetterKind =>
  typeof value === 'string' && (LETTER_KINDS as readonly string[]).includes(value);

/** How staff screens name each letter. */
export const LETTER_KIND_LABELS: Record<LetterKind, string> = {
  stage1_response: 'Stage 1 response',
  stage1_extension: 'Stage 1 extension letter',
  stage2_acknowledgement: 'Stage 2 acknowledgement',
  stage2_extension: 'Stage 2 extension letter',
  stage2_final_response: 'Stage 2 final response',
};

/** The stage each letter belongs to. */
export const LETTER_STAGE: Record<LetterKind, Stage> = {
  stage1_response: 1,
  stage1_extension: 1,
  stage2_acknowledgement: 2,
  stage2_extension: 2,
  stage2_final_response: 2,
};

/** The letter that gives the stage's response (and so records it for closure, §32, §69). */
export const RESPONSE_LETTER: Record<1 | 2, LetterKind> = {
  1: 'stage1_response',
  2: 'stage2_final_response',
};

/** How a response was given (§31: face to face, phone; §32, §65: in writing or the customer's preferred method). */
export const RESPONSE_METHODS = ['letter', 'email', 'in_person', 'phone'] as const;
export type ResponseMethod = (typeof RESPONSE_METHODS)[number];

/** True when `value` is one of {@link RESPONSE_METHODS}. */
export const isResponseMethod = (value: unknown): value is ResponseMethod =>
  typeof value === 'string' && (RESPONSE_METHODS as readonly string[]).includes(value);

/** How staff screens name each method. */
export const RESPONSE_METHOD_LABELS: Record<ResponseMethod, string> = {
  letter: 'Letter',
  email: 'E-mail',
  in_person: 'Face to face',
  phone: 'Phone',
};

/**
 * The SPSO's guidance on apology, as a hint beside the apology field: an apology is not an
 * expression of empathy (§66).
 */
export const APOLOGY_HINT =
  'A meaningful apology says sorry, accepts responsibility for what went wrong, and explains why it happened and what you are doing about it. "We are sorry you feel upset" is empathy, not an apology. Leave it blank when nothing went wrong.';
