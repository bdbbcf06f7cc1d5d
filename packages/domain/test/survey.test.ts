import { describe, expect, it } from 'vitest';
import {
  checkSurveyConsent,
  isChpRuleError,
  maySendSurvey,
  recurrenceSurveyDue,
  recurrenceSurveyDueOn,
  surveyCounts,
  surveyLinkLastDay,
  surveyResults,
  type SurveyAnswer,
} from '../src';

const answer = (over: Partial<SurveyAnswer> = {}): SurveyAnswer => ({
  kind: 'closure',
  answeredOn: '2026-05-10',
  easeOfComplaining: 5,
  keptInformed: 2,
  outcomeExplained: null,
  problemBack: null,
  ...over,
});

describe('survey consent (docs/procedure.md, Satisfaction survey)', () => {
  it('refuses consent without an e-mail address', () => {
    expect(() => checkSurveyConsent({ anonymous: false, surveyConsent: true, email: ' ' })).toThrow(
      expect.objectContaining({ code: 'SURVEY_CONSENT_WITHOUT_EMAIL' }),
    );
  });
  it('refuses consent from an anonymous customer (§11)', () => {
    let error: unknown;
    try {
      checkSurveyConsent({ anonymous: true, surveyConsent: true, email: 'a@example.org' });
    } catch (e) {
      error = e;
    }
    expect(isChpRuleError(error, 'SURVEY_CONSENT_WITHOUT_EMAIL')).toBe(true);
  });
  it('sends only with consent and an e-mail address', () => {
    expect(maySendSurvey({ anonymous: false, surveyConsent: true, email: 'a@example.org' })).toBe(
      true,
    );
    expect(maySendSurvey({ anonymous: false, surveyConsent: false, email: 'a@example.org' })).toBe(
      false,
    );
  });
});

describe('survey timing', () => {
  it('a link sent on 1 May works to 30 May', () => {
    expect(surveyLinkLastDay('2026-05-01')).toBe('2026-05-30');
  });
  it('the recurrence question is due three months after the action was completed', () => {
    expect(recurrenceSurveyDueOn('2026-02-15')).toBe('2026-05-15');
    const complaint = { receivedOn: '2026-01-10', closedOn: '2026-02-01' };
    expect(recurrenceSurveyDue(complaint, ['2026-02-15'], '2026-05-14')).toBe(false);
    expect(recurrenceSurveyDue(complaint, ['2026-02-15'], '2026-05-15')).toBe(true);
  });
  it('an action completed before the complaint was received does not count', () => {
    const complaint = { receivedOn: '2026-03-10', closedOn: '2026-03-20' };
    expect(recurrenceSurveyDue(complaint, ['2026-01-15'], '2026-09-01')).toBe(false);
  });
});

describe('survey results under the small-number rule', () => {
  it('shows no figure from fewer than 5 answers', () => {
    const counts = surveyCounts(
      [1, 2, 3, 4].map(() => answer()),
      '2026-04-01',
      '2026-06-30',
    );
    const shown = surveyResults(counts);
    expect(shown.answers.display).toBe('fewer than 5');
    expect(shown.questions[0]!.satisfied).toEqual({
      value: null,
      display: 'fewer than 5 answers',
    });
  });
  it('shows the shares at 5 answers, counting only those who answered the question', () => {
    const five = [1, 2, 3, 4, 5].map((i) => answer({ keptInformed: i }));
    const shown = surveyResults(surveyCounts(five, '2026-04-01', '2026-06-30'));
    expect(shown.answers.value).toBe(5);
    expect(shown.questions.map((q) => q.satisfied.display)).toEqual(['100%', '40%', 'no answers']);
  });
  it('counts only the answers given in the period', () => {
    const counts = surveyCounts(
      [
        answer(),
        answer({ answeredOn: '2026-07-01' }),
        answer({ kind: 'recurrence', problemBack: 'yes', easeOfComplaining: null }),
      ],
      '2026-04-01',
      '2026-06-30',
    );
    expect(counts.answers).toBe(1);
    expect(counts.recurrenceAnswers).toBe(1);
    expect(counts.problemBack).toBe(1);
  });
});
