import { SURVEY_SCALE_QUESTIONS, type SurveyScaleKey } from '@chp/domain';
import type { ProblemBack, SurveyAnswerInput, SurveyKind } from '../generated/graphql';

/** The survey form's values: a scale question unanswered is ''. */
export interface SurveyValues {
  scores: Record<SurveyScaleKey, string>;
  problemBack: ProblemBack | '';
  comment: string;
}

export const blankSurvey = (): SurveyValues => ({
  scores: Object.fromEntries(SURVEY_SCALE_QUESTIONS.map((q) => [q.key, ''])) as Record<
    SurveyScaleKey,
    string
  >,
  problemBack: '',
  comment: '',
});

/** The form's own check: at least one answer or a comment (the API checks again). */
export function surveyProblems(kind: SurveyKind, v: SurveyValues): Record<string, string> {
  const answered =
    kind === 'closure' ? Object.values(v.scores).some((s) => s !== '') : v.problemBack !== '';
  if (!answered && !v.comment.trim())
    return {
      [kind === 'closure' ? SURVEY_SCALE_QUESTIONS[0].key : 'problemBack']:
        'Answer at least one question, or add a comment.',
    };
  return {};
}

/** The answers as sent: only the questions of this survey. */
export function toSurveyAnswerInput(
  token: string,
  kind: SurveyKind,
  v: SurveyValues,
): SurveyAnswerInput {
  const score = (s: string) => (s === '' ? null : Number(s));
  return {
    token,
    ...(kind === 'closure'
      ? {
          easeOfComplaining: score(v.scores.easeOfComplaining),
          keptInformed: score(v.scores.keptInformed),
          outcomeExplained: score(v.scores.outcomeExplained),
        }
      : { problemBack: v.problemBack === '' ? null : v.problemBack }),
    comment: v.comment.trim() || null,
  };
}
