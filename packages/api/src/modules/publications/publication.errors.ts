import { GraphQLError } from 'graphql';
import { badInput, conflict, forbidden, ruleText } from '../../core/errors';

/**
 * Every rule the publications module raises, by code, and how it reaches a GraphQL client: CONFLICT
 * (with `rule`), BAD_USER_INPUT (with `field` and `rule`) or FORBIDDEN. The message is the
 * domain's for the rule sent (ruleText: @chp/domain's ruleMessage), the raiser adding only its
 * specifics (`detail`: dates, names); a FORBIDDEN gives the raiser's message; the switch is exhaustive, so a new code does not compile until it is mapped here.
 */
export type PublicationRule =
  | 'ACTION_IDS_COMPLETED'
  | 'ACTION_IDS_EXISTS'
  | 'ANNUAL_ONLY'
  | 'INTRODUCTION_REQUIRED'
  | 'NOT_A_SECOND_APPROVER'
  | 'PERIOD_COMPLETED'
  | 'PERIOD_MATCHES'
  | 'PERIOD_NOT_OVER'
  | 'PERIOD_YEAR_IN_RANGE'
  | 'PUBLICATION_EXISTS'
  | 'PUBLICATION_OWN_EDIT'
  | 'PUBLICATION_STATUS'
  | 'SEND_BACK_COMMENT_MAX_LENGTH'
  | 'SEND_BACK_COMMENT_REQUIRED'
  | 'TEXT_QUOTA';

export function publicationError(
  rule: PublicationRule,
  detail?: string,
  field?: string,
): GraphQLError {
  switch (rule) {
    case 'ACTION_IDS_COMPLETED':
      return badInput(
        'actionIds',
        'completed',
        ruleText('completed', detail, { field: 'actionIds' }),
      );
    case 'ACTION_IDS_EXISTS':
      return badInput('actionIds', 'exists', ruleText('exists', detail, { field: 'actionIds' }));
    case 'ANNUAL_ONLY':
      return badInput(
        field ?? '',
        'annualOnly',
        ruleText('annualOnly', detail, { field: field ?? '' }),
      );
    case 'INTRODUCTION_REQUIRED':
      return badInput(
        'introduction',
        'required',
        ruleText('required', detail, { field: 'introduction' }),
      );
    case 'PERIOD_COMPLETED':
      return badInput(
        'period',
        'completedPeriod',
        ruleText('completedPeriod', detail, { field: 'period' }),
      );
    case 'PERIOD_NOT_OVER':
      return conflict('PERIOD_NOT_OVER', ruleText('PERIOD_NOT_OVER', detail));
    case 'PERIOD_MATCHES':
      return badInput('period', 'matches', ruleText('matches', detail, { field: 'period' }));
    case 'PERIOD_YEAR_IN_RANGE':
      return badInput(
        'period',
        'yearInRange',
        ruleText('yearInRange', detail, { field: 'period' }),
      );
    case 'PUBLICATION_STATUS':
      return conflict('PUBLICATION_STATUS', ruleText('PUBLICATION_STATUS', detail));
    case 'PUBLICATION_EXISTS':
      return conflict('PUBLICATION_EXISTS', ruleText('PUBLICATION_EXISTS', detail));
    case 'TEXT_QUOTA':
      return badInput(
        field ?? '',
        'textQuota',
        ruleText('textQuota', detail, { field: field ?? '' }),
      );
    case 'NOT_A_SECOND_APPROVER':
      return forbidden(detail);
    case 'PUBLICATION_OWN_EDIT':
      // The approver is named as the field: whoever last edited the text approves nothing of it.
      return new GraphQLError(ruleText('PUBLICATION_OWN_EDIT', detail), {
        extensions: { code: 'CONFLICT', rule: 'PUBLICATION_OWN_EDIT', field: 'lastEditedBy' },
      });
    case 'SEND_BACK_COMMENT_REQUIRED':
      return badInput('comment', 'required', ruleText('required', detail, { field: 'comment' }));
    case 'SEND_BACK_COMMENT_MAX_LENGTH':
      return badInput('comment', 'maxLength', ruleText('maxLength', detail, { field: 'comment' }));
  }
}
