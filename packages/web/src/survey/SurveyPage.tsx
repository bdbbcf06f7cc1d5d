import { useMutation, useQuery } from '@apollo/client/react';
import {
  displayDate,
  londonDateTime,
  PROBLEM_BACK_ANSWERS,
  RECURRENCE_QUESTION,
  SURVEY_COMMENT_MAX,
  SURVEY_SCALE,
  SURVEY_SCALE_QUESTIONS,
} from '@chp/domain';
import { useEffect, useState } from 'react';
import type {
  AnswerSurveyMutation,
  AnswerSurveyMutationVariables,
  SurveyLinkQuery,
  SurveyLinkQueryVariables,
} from '../generated/graphql';
import { tokenFromHash } from '../auth/password-link';
import { SignedOutPage } from '../auth/SignedOutPage';
import { apiProblems } from '../lib/errors';
import {
  FieldGroup,
  Form,
  FormActions,
  TextArea,
  messageFor,
  onSubmitted,
  useFormErrors,
} from '../lib/forms';
import { usePageTitle } from '../lib/page-title';
import { Loading } from '../lib/ui';
import { ANSWER_SURVEY, SURVEY_LINK } from './queries';
import {
  blankSurvey,
  surveyProblems,
  toSurveyAnswerInput,
  type SurveyValues,
} from './survey-answers';

/** The last day the link works: it stops at the start of the next day (London time). */
const lastDay = (expiresAt: string): string =>
  displayDate(londonDateTime(new Date(new Date(expiresAt).getTime() - 1).toISOString()).date);

const PROBLEM_BACK_LABELS: Record<(typeof PROBLEM_BACK_ANSWERS)[number], string> = {
  yes: 'Yes, it has come back',
  no: 'No',
  not_sure: 'Not sure',
};

/**
 * The satisfaction survey a customer opens from the e-mailed link (docs/procedure.md,
 * Satisfaction survey): no sign-in, the token read once from the address's fragment and taken
 * out of the address bar. A used or expired link says so plainly.
 */
export default function SurveyPage() {
  const [token] = useState(() => tokenFromHash(window.location.hash));
  useEffect(() => {
    if (window.location.hash) window.history.replaceState(null, '', window.location.pathname);
  }, []);
  const link = useQuery<SurveyLinkQuery, SurveyLinkQueryVariables>(SURVEY_LINK, {
    variables: { token: token ?? '' },
    skip: !token,
    fetchPolicy: 'network-only',
  });
  const [send, { loading }] = useMutation<AnswerSurveyMutation, AnswerSurveyMutationVariables>(
    ANSWER_SURVEY,
  );
  const [v, setV] = useState<SurveyValues>(blankSurvey);
  const [done, setDone] = useState(false);
  const form = useFormErrors();
  const info = link.data?.surveyLink;
  const title = info?.kind === 'recurrence' ? 'Has the problem come back?' : 'How did we do?';
  usePageTitle(title);

  async function submit() {
    if (!info || !token) return;
    if (form.check(surveyProblems(info.kind, v))) return;
    form.clear();
    try {
      await send({ variables: { input: toSurveyAnswerInput(token, info.kind, v) } });
      setDone(true);
    } catch (error) {
      form.failFrom(error, [
        'easeOfComplaining',
        'keptInformed',
        'outcomeExplained',
        'problemBack',
        'comment',
        'token',
      ]);
    }
  }

  let body;
  if (!token) {
    body = (
      <p className="error-message">
        {messageFor({ code: 'BAD_USER_INPUT', rule: 'SURVEY_LINK_UNKNOWN', message: '' })}
      </p>
    );
  } else if (link.loading) {
    body = <Loading what="Checking the link" />;
  } else if (link.error || !info) {
    const [problem] = apiProblems(link.error);
    body = (
      <p className="error-message" role="status">
        {problem ? messageFor(problem) : 'The link could not be checked. Try again.'}
      </p>
    );
  } else if (done) {
    body = (
      <p className="success" role="status">
        Thank you. Your answers have been sent; they are counted without your name.
      </p>
    );
  } else {
    body = (
      <>
        <p>
          Your answers are anonymous: they are kept without your name or your complaint, and every
          question is optional. This link works once, until the end of {lastDay(info.expiresAt)}.
        </p>
        <Form id="survey" state={form} onSubmit={onSubmitted(submit)}>
          {info.kind === 'closure' ? (
            SURVEY_SCALE_QUESTIONS.map((q) => (
              <FieldGroup key={q.key} name={q.key} legend={q.text} className="field survey-scale">
                {SURVEY_SCALE.map((point) => (
                  <label key={point.value} className="inline">
                    <input
                      type="radio"
                      name={q.key}
                      value={point.value}
                      checked={v.scores[q.key] === String(point.value)}
                      onChange={() =>
                        setV({ ...v, scores: { ...v.scores, [q.key]: String(point.value) } })
                      }
                    />{' '}
                    {point.label}
                  </label>
                ))}
              </FieldGroup>
            ))
          ) : (
            <FieldGroup
              name="problemBack"
              legend={RECURRENCE_QUESTION}
              className="field survey-scale"
            >
              {PROBLEM_BACK_ANSWERS.map((answer) => (
                <label key={answer} className="inline">
                  <input
                    type="radio"
                    name="problemBack"
                    value={answer}
                    checked={v.problemBack === answer}
                    onChange={() => setV({ ...v, problemBack: answer })}
                  />{' '}
                  {PROBLEM_BACK_LABELS[answer]}
                </label>
              ))}
            </FieldGroup>
          )}
          <TextArea
            name="comment"
            label="Anything else you would like to tell us (optional)"
            hint={`Please do not include names, addresses or contact details. At most ${SURVEY_COMMENT_MAX} characters.`}
            rows={4}
            value={v.comment}
            onChange={(comment) => setV({ ...v, comment })}
          />
          <FormActions submit="Send my answers" busy="Sending…" loading={loading} />
        </Form>
      </>
    );
  }
  return <SignedOutPage title={title}>{body}</SignedOutPage>;
}
