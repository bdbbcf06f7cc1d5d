import { describe, expect, it } from 'vitest';
import { blankSurvey, surveyProblems, toSurveyAnswerInput } from './survey-answers';

describe('the survey form (docs/procedure.md, Satisfaction survey)', () => {
  it('asks for at least one answer or a comment', () => {
    expect(surveyProblems('closure', blankSurvey())).toEqual({
      easeOfComplaining: 'Answer at least one question, or add a comment.',
    });
    expect(surveyProblems('recurrence', { ...blankSurvey(), comment: 'Fine now' })).toEqual({});
  });
  it('sends the closure survey’s scores as numbers, unanswered as null, and no recurrence answer', () => {
    const v = blankSurvey();
    v.scores.keptInformed = '2';
    expect(toSurveyAnswerInput('t', 'closure', { ...v, comment: '  ' })).toEqual({
      token: 't',
      easeOfComplaining: null,
      keptInformed: 2,
      outcomeExplained: null,
      comment: null,
    });
  });
  it('sends only the recurrence answer on the recurrence survey', () => {
    expect(toSurveyAnswerInput('t', 'recurrence', { ...blankSurvey(), problemBack: 'no' })).toEqual(
      { token: 't', problemBack: 'no', comment: null },
    );
  });
});
