import type { GraphQLError } from 'graphql';
import { badInput, ruleText } from '../../core/errors';

/**
 * Every rule the organisations module raises, by code, and how it reaches a GraphQL client
 * (BAD_USER_INPUT with `field` and `rule`, the domain's message); the switch is exhaustive, so a
 * new code does not compile until it is mapped here.
 */
export type OrganisationRule = 'EARLIEST_RECORD_DATE_NOT_IN_FUTURE';

export function organisationError(rule: OrganisationRule, detail?: string): GraphQLError {
  switch (rule) {
    case 'EARLIEST_RECORD_DATE_NOT_IN_FUTURE':
      return badInput(
        'earliestRecordDate',
        'notInFuture',
        ruleText('notInFuture', detail, { field: 'earliestRecordDate' }),
      );
  }
}
