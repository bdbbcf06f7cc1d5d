import { useQuery } from '@apollo/client/react';
import { financialYearStarting, SURVEY_SCALE_QUESTIONS } from '@chp/domain';
import type { SurveyResultsQuery, SurveyResultsQueryVariables } from '../generated/graphql';
import { QueryState } from '../lib/ui';
import { SURVEY_RESULTS } from './queries';

const SHORT: Record<string, string> = {
  easeOfComplaining: 'Easy to complain',
  keptInformed: 'Kept informed',
  outcomeExplained: 'Outcome explained',
};

/**
 * Satisfaction survey results for the reporting year that holds `today`, by quarter
 * (docs/procedure.md, Satisfaction survey): the share answering good or very good; no figure from
 * fewer than 5 answers.
 */
export function SurveyResultsTable({ today, startMonth }: { today: string; startMonth: number }) {
  const financialYear = financialYearStarting(today, startMonth);
  const { data, loading, error, refetch } = useQuery<
    SurveyResultsQuery,
    SurveyResultsQueryVariables
  >(SURVEY_RESULTS, { variables: { financialYear } });
  const r = data?.surveyResults;
  return (
    <section aria-labelledby="survey-results">
      <h2 id="survey-results">Customer satisfaction with the complaints process</h2>
      <QueryState
        loading={loading}
        error={error && !r ? error : null}
        retry={() => void refetch()}
        what="Loading the survey results"
      >
        {r ? (
          <div className="table-wrap" tabIndex={0} role="region" aria-label="Survey results">
            <table>
              <caption>
                Satisfaction survey, {r.year.label}: the share answering good or very good, of those
                who answered. No figure is shown from fewer than 5 answers.
              </caption>
              <thead>
                <tr>
                  <th scope="col">Period</th>
                  <th scope="col">Answers</th>
                  {SURVEY_SCALE_QUESTIONS.map((q) => (
                    <th key={q.key} scope="col">
                      {SHORT[q.key]}
                    </th>
                  ))}
                  <th scope="col">Asked if the problem came back</th>
                  <th scope="col">Said it came back</th>
                </tr>
              </thead>
              <tbody>
                {[...r.quarters, r.year].map((p) => (
                  <tr key={p.label}>
                    <th scope="row">{p.label}</th>
                    <td>{p.answers.display}</td>
                    {p.questions.map((q) => (
                      <td key={q.key}>{q.satisfied.display}</td>
                    ))}
                    <td>{p.recurrenceAnswers.display}</td>
                    <td>{p.problemBack.display}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </QueryState>
    </section>
  );
}
