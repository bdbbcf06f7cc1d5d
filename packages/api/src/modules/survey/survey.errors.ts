import type { GraphQLError } from 'graphql';
import { badInput, conflict, ruleText } from '../../core/errors';

/** The rules the survey module raises (docs/procedure.md, Satisfaction survey). */
export type SurveyRule =
  'SURVEY_LINK_UNKNOWN' | 'SURVEY_LINK_USED' | 'SURVEY_LINK_EXPIRED' | 'PERSONAL_DATA';

export function surveyError(rule: SurveyRule, detail?: string, field = 'token'): GraphQLError {
  switch (rule) {
    case 'SURVEY_LINK_UNKNOWN':
      return badInput(field, rule, ruleText(rule, detail));
    case 'SURVEY_LINK_USED':
      return conflict(rule, ruleText(rule, detail));
    case 'SURVEY_LINK_EXPIRED':
      return conflict(rule, ruleText(rule, detail));
    case 'PERSONAL_DATA':
      return badInput('comment', rule, ruleText(rule, detail));
  }
}
