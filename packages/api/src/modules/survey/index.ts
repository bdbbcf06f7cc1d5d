/**
 * The satisfaction survey (docs/procedure.md, Satisfaction survey): consent is recorded with the
 * customer (complaints module); the survey goes out after the closure and, later, the recurrence
 * question; the answers keep no personal data; results by quarter under the small-number rule.
 * What other modules, the app and the demo seeder may use.
 */
export { SurveyResolver } from './survey.resolver';
export { inviteAfterClosure, recurrenceSurveys, runRecurrenceSurveys } from './survey-invitations';
export {
  surveyResultsFor,
  surveyResultsForYear,
  surveyCountsFor,
  type PeriodResults,
} from './survey-results.queries';
export { useSurveyCommentCheck, type CommentCheck } from './comment-check';
