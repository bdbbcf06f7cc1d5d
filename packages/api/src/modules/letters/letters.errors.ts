import { conflict, ruleText } from '../../core/errors';
import type { GraphQLError } from 'graphql';

/** The rules the letters module raises itself; the letter rules of @chp/domain go through withDomainRules. */
export type LetterRule = 'LETTER_STAGE_NOT_CURRENT';

export function letterError(rule: LetterRule, detail?: string): GraphQLError {
  switch (rule) {
    case 'LETTER_STAGE_NOT_CURRENT':
      return conflict(rule, ruleText(rule, detail));
  }
}
