import type { GraphQLError } from 'graphql';
import { badInput, conflict, forbidden } from '../../core/errors';

/**
 * Every rule the learning module raises, by code, and how it reaches a GraphQL client: CONFLICT
 * (with `rule`), BAD_USER_INPUT (with `field` and `rule`) or FORBIDDEN. The raiser gives the
 * message; the switch is exhaustive, so a new code does not compile until it is mapped here.
 */
export type LearningRule =
  | 'EXISTS'
  | 'NOT_OWNER_OR_MANAGER'
  | 'OWNER_ID_ACTIVE'
  | 'OWNER_ID_EXISTS'
  | 'PARENT_ID_ACTIVE'
  | 'PARENT_ID_EXISTS'
  | 'PARENT_ID_NO_CYCLE'
  | 'ROOT_CAUSE_NAME_TAKEN';

export function learningError(rule: LearningRule, message: string, field?: string): GraphQLError {
  switch (rule) {
    case 'EXISTS':
      return badInput(field ?? '', 'exists', message);
    case 'OWNER_ID_ACTIVE':
      return badInput('ownerId', 'active', message);
    case 'OWNER_ID_EXISTS':
      return badInput('ownerId', 'exists', message);
    case 'PARENT_ID_ACTIVE':
      return badInput('parentId', 'active', message);
    case 'PARENT_ID_EXISTS':
      return badInput('parentId', 'exists', message);
    case 'PARENT_ID_NO_CYCLE':
      return badInput('parentId', 'noCycle', message);
    case 'ROOT_CAUSE_NAME_TAKEN':
      return conflict('ROOT_CAUSE_NAME_TAKEN', message);
    case 'NOT_OWNER_OR_MANAGER':
      return forbidden(message);
  }
}
