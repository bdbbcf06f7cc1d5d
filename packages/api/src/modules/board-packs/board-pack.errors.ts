import type { GraphQLError } from 'graphql';
import { badInput, conflict, forbidden, ruleText } from '../../core/errors';

/**
 * Every rule the board packs module raises, by code, and how it reaches a GraphQL client: CONFLICT
 * (with `rule`), BAD_USER_INPUT (with `field` and `rule`) or FORBIDDEN (the switch is exhaustive).
 */
export type BoardPackRule =
  | 'BOARD_PACK_EXISTS'
  | 'BOARD_PACK_FROZEN'
  | 'PUBLICATION_STATUS'
  | 'NOT_A_SECOND_APPROVER'
  | 'QUARTER_COMPLETED'
  | 'SECTION_EXISTS'
  | 'SEND_BACK_COMMENT_REQUIRED'
  | 'SEND_BACK_COMMENT_MAX_LENGTH';

export function boardPackError(rule: BoardPackRule, detail?: string): GraphQLError {
  switch (rule) {
    case 'BOARD_PACK_EXISTS':
      return conflict('BOARD_PACK_EXISTS', ruleText('BOARD_PACK_EXISTS', detail));
    case 'BOARD_PACK_FROZEN':
      return conflict('BOARD_PACK_FROZEN', ruleText('BOARD_PACK_FROZEN', detail));
    case 'PUBLICATION_STATUS':
      return conflict('PUBLICATION_STATUS', ruleText('PUBLICATION_STATUS', detail));
    case 'NOT_A_SECOND_APPROVER':
      return forbidden(detail);
    case 'QUARTER_COMPLETED':
      return badInput(
        'quarter',
        'completedPeriod',
        ruleText('completedPeriod', detail, { field: 'quarter' }),
      );
    case 'SECTION_EXISTS':
      return badInput('commentary', 'exists', ruleText('exists', detail, { field: 'commentary' }));
    case 'SEND_BACK_COMMENT_REQUIRED':
      return badInput('comment', 'required', ruleText('required', detail, { field: 'comment' }));
    case 'SEND_BACK_COMMENT_MAX_LENGTH':
      return badInput('comment', 'maxLength', ruleText('maxLength', detail, { field: 'comment' }));
  }
}
