import type { GraphQLError } from 'graphql';
import type { PasswordProblem } from '@chp/domain';
import { badInput, conflict, ruleText } from '../../core/errors';

const password = (rule: PasswordProblem) =>
  badInput('password', rule, ruleText(rule, undefined, { field: 'password' }));

/**
 * Every rule the people module raises, by code, and how it reaches a GraphQL client: CONFLICT
 * (with `rule`), BAD_USER_INPUT (with `field` and `rule`) or FORBIDDEN. The message is the
 * domain's for the rule sent (ruleText: @chp/domain's ruleMessage), the raiser adding only its
 * specifics (`detail`: dates, names); a FORBIDDEN gives the raiser's message; the switch is exhaustive, so a new code does not compile until it is mapped here.
 */
export type PeopleRule =
  | 'EMAIL_TAKEN'
  | 'NAME_LENGTH'
  | 'ROLE_LAST_ADMINISTRATOR'
  | 'ACTIVE_LAST_ADMINISTRATOR'
  | 'SERVICE_AREA_ID_EXISTS'
  | 'SERVICE_AREA_NAME_TAKEN'
  | `PASSWORD_${PasswordProblem}`;

export function peopleError(rule: PeopleRule, detail?: string): GraphQLError {
  switch (rule) {
    case 'NAME_LENGTH':
      return badInput('name', 'length', ruleText('length', detail, { field: 'name' }));
    case 'ROLE_LAST_ADMINISTRATOR':
      return badInput('role', 'lastAdministrator', ruleText('lastAdministrator', detail));
    case 'ACTIVE_LAST_ADMINISTRATOR':
      return badInput('active', 'lastAdministrator', ruleText('lastAdministrator', detail));
    case 'SERVICE_AREA_ID_EXISTS':
      return badInput(
        'serviceAreaId',
        'exists',
        ruleText('exists', detail, { field: 'serviceAreaId' }),
      );
    case 'EMAIL_TAKEN':
      return conflict('EMAIL_TAKEN', ruleText('EMAIL_TAKEN', detail));
    case 'PASSWORD_minLength':
    case 'PASSWORD_maxLength':
    case 'PASSWORD_commonPassword':
    case 'PASSWORD_containsName':
    case 'PASSWORD_containsEmail':
      return password(rule.slice('PASSWORD_'.length) as PasswordProblem);
    case 'SERVICE_AREA_NAME_TAKEN':
      return conflict('SERVICE_AREA_NAME_TAKEN', ruleText('SERVICE_AREA_NAME_TAKEN', detail));
  }
}
