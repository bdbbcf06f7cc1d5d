import type { GraphQLError } from 'graphql';
import { badInput, conflict, ruleText } from '../../core/errors';

/**
 * Every rule the restrictions module raises itself (the rules of a restriction are @chp/domain's,
 * through withDomainRules): CONFLICT with `rule`, or BAD_USER_INPUT with `field` and `rule`. The
 * switch is exhaustive, so a new code does not compile until it is mapped here.
 */
export type RestrictionRule =
  | 'NO_CUSTOMER'
  | 'NEXT_REVIEW_REQUIRED'
  | 'KIND_REQUIRED'
  | 'DETAILS_REQUIRED'
  | 'TOLD_ON_REQUIRED';

export function restrictionError(rule: RestrictionRule, detail?: string): GraphQLError {
  switch (rule) {
    case 'NO_CUSTOMER':
      return conflict('NO_CUSTOMER', ruleText('NO_CUSTOMER', detail));
    case 'NEXT_REVIEW_REQUIRED':
      return required('nextReviewOn', detail);
    case 'KIND_REQUIRED':
      return required('kind', detail);
    case 'DETAILS_REQUIRED':
      return required('details', detail);
    case 'TOLD_ON_REQUIRED':
      return required('customerToldOn', detail);
  }
}

const required = (field: string, detail?: string) =>
  badInput(field, 'required', ruleText('required', detail, { field }));
