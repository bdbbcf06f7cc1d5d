import type { GraphQLError } from 'graphql';
import { badInput, conflict, forbidden, ruleText } from '../../core/errors';

/**
 * Every rule the learning module raises, by code, and how it reaches a GraphQL client: CONFLICT
 * (with `rule`), BAD_USER_INPUT (with `field` and `rule`) or FORBIDDEN. The message is the
 * domain's for the rule sent (ruleText: @chp/domain's ruleMessage), the raiser adding only its
 * specifics (`detail`: dates, names); a FORBIDDEN gives the raiser's message; the switch is exhaustive, so a new code does not compile until it is mapped here.
 */
export type LearningRule =
  | 'EXISTS'
  | 'NOT_OWNER_OR_MANAGER'
  | 'OWNER_ID_ACTIVE'
  | 'OWNER_ID_EXISTS'
  | 'PARENT_ID_ACTIVE'
  | 'PARENT_ID_EXISTS'
  | 'PARENT_ID_NO_CYCLE'
  | 'PARENT_ID_TAXONOMY_DEPTH'
  | 'ACTIVE_ALREADY_MERGED'
  | 'ID_ALREADY_MERGED'
  | 'ID_HAS_SUB_CAUSES'
  | 'SURVIVOR_ID_EXISTS'
  | 'SURVIVOR_ID_MERGE_INTO_ITSELF'
  | 'SURVIVOR_ID_MERGE_INTO_RETIRED'
  | 'ROOT_CAUSE_NAME_TAKEN';

export function learningError(rule: LearningRule, detail?: string, field?: string): GraphQLError {
  switch (rule) {
    case 'EXISTS':
      return badInput(field ?? '', 'exists', ruleText('exists', detail, { field: field ?? '' }));
    case 'OWNER_ID_ACTIVE':
      return badInput('ownerId', 'active', ruleText('active', detail, { field: 'ownerId' }));
    case 'OWNER_ID_EXISTS':
      return badInput('ownerId', 'exists', ruleText('exists', detail, { field: 'ownerId' }));
    case 'PARENT_ID_ACTIVE':
      return badInput('parentId', 'active', ruleText('active', detail, { field: 'parentId' }));
    case 'PARENT_ID_EXISTS':
      return badInput('parentId', 'exists', ruleText('exists', detail, { field: 'parentId' }));
    case 'PARENT_ID_NO_CYCLE':
      return badInput('parentId', 'noCycle', ruleText('noCycle', detail, { field: 'parentId' }));
    case 'PARENT_ID_TAXONOMY_DEPTH':
      return badInput(
        'parentId',
        'taxonomyDepth',
        ruleText('taxonomyDepth', detail, { field: 'parentId' }),
      );
    case 'ACTIVE_ALREADY_MERGED':
      return badInput('active', 'alreadyMerged', ruleText('alreadyMerged', detail));
    case 'ID_ALREADY_MERGED':
      return badInput('id', 'alreadyMerged', ruleText('alreadyMerged', detail));
    case 'ID_HAS_SUB_CAUSES':
      return badInput('id', 'hasSubCauses', ruleText('hasSubCauses', detail));
    case 'SURVIVOR_ID_EXISTS':
      return badInput('survivorId', 'exists', ruleText('exists', detail, { field: 'survivorId' }));
    case 'SURVIVOR_ID_MERGE_INTO_ITSELF':
      return badInput('survivorId', 'mergeIntoItself', ruleText('mergeIntoItself', detail));
    case 'SURVIVOR_ID_MERGE_INTO_RETIRED':
      return badInput('survivorId', 'mergeIntoRetired', ruleText('mergeIntoRetired', detail));
    case 'ROOT_CAUSE_NAME_TAKEN':
      return conflict('ROOT_CAUSE_NAME_TAKEN', ruleText('ROOT_CAUSE_NAME_TAKEN', detail));
    case 'NOT_OWNER_OR_MANAGER':
      return forbidden(detail);
  }
}
