import type { GraphQLError } from 'graphql';
import { badInput, conflict, forbidden, ruleText } from '../../core/errors';

/**
 * Every rule the platform module raises, by code, and how it reaches a GraphQL client; the switch
 * is exhaustive, so a new code does not compile until it is mapped here.
 */
export type PlatformRule = 'SLUG_TAKEN' | 'NOT_PLATFORM_ADMIN' | 'NOT_IN_GROUP';

export function platformError(rule: PlatformRule, detail?: string): GraphQLError {
  switch (rule) {
    case 'SLUG_TAKEN':
      return conflict('SLUG_TAKEN', ruleText('SLUG_TAKEN', detail));
    case 'NOT_PLATFORM_ADMIN':
      return forbidden(
        'Only the platform administrator creates organisations and groups and grants group access',
      );
    case 'NOT_IN_GROUP':
      return badInput('personId', 'NOT_IN_GROUP', ruleText('NOT_IN_GROUP', detail));
  }
}
