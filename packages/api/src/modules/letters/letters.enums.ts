import { LETTER_KINDS, RESPONSE_METHODS } from '@chp/domain';
import { registerEnumType } from 'type-graphql';

/** The letters a handler writes (docs/procedure.md, Responses and letters); values are @chp/domain's LETTER_KINDS. */
export const LetterKind = Object.fromEntries(LETTER_KINDS.map((k) => [k, k])) as {
  readonly [K in (typeof LETTER_KINDS)[number]]: K;
};
export type LetterKind = (typeof LETTER_KINDS)[number];
registerEnumType(LetterKind, { name: 'LetterKind' });

/** How a response was given (§31–32, §65); values are @chp/domain's RESPONSE_METHODS. */
export const ResponseMethod = Object.fromEntries(RESPONSE_METHODS.map((k) => [k, k])) as {
  readonly [K in (typeof RESPONSE_METHODS)[number]]: K;
};
export type ResponseMethod = (typeof RESPONSE_METHODS)[number];
registerEnumType(ResponseMethod, {
  name: 'ResponseMethod',
  description: 'letter, email, in_person (face to face) or phone',
});
