import type { GraphQLError } from 'graphql';
import { badInput, conflict, forbidden } from '../../core/errors';

/**
 * Every rule the publications module raises, by code, and how it reaches a GraphQL client: CONFLICT
 * (with `rule`), BAD_USER_INPUT (with `field` and `rule`) or FORBIDDEN. The raiser gives the
 * message; the switch is exhaustive, so a new code does not compile until it is mapped here.
 */
export type PublicationRule =
  | 'ACTION_IDS_COMPLETED'
  | 'ACTION_IDS_EXISTS'
  | 'ANNUAL_ONLY'
  | 'INTRODUCTION_REQUIRED'
  | 'NOT_A_SECOND_APPROVER'
  | 'PERIOD_MATCHES'
  | 'PERIOD_YEAR_IN_RANGE'
  | 'PUBLICATION_EXISTS'
  | 'PUBLICATION_STATUS';

export function publicationError(
  rule: PublicationRule,
  message: string,
  field?: string,
): GraphQLError {
  switch (rule) {
    case 'ACTION_IDS_COMPLETED':
      return badInput('actionIds', 'completed', message);
    case 'ACTION_IDS_EXISTS':
      return badInput('actionIds', 'exists', message);
    case 'ANNUAL_ONLY':
      return badInput(field ?? '', 'annualOnly', message);
    case 'INTRODUCTION_REQUIRED':
      return badInput('introduction', 'required', message);
    case 'PERIOD_MATCHES':
      return badInput('period', 'matches', message);
    case 'PERIOD_YEAR_IN_RANGE':
      return badInput('period', 'yearInRange', message);
    case 'PUBLICATION_STATUS':
      return conflict('PUBLICATION_STATUS', message);
    case 'PUBLICATION_EXISTS':
      return conflict('PUBLICATION_EXISTS', message);
    case 'NOT_A_SECOND_APPROVER':
      return forbidden(message);
  }
}
