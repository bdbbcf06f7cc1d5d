import {
  financialQuarterPeriod,
  financialYearPeriod,
  surveyResults,
  type Period,
  type SurveyCounts,
  type SurveyResults,
} from '@chp/domain';
import type { EntityManager } from 'typeorm';

export type PeriodResults = SurveyResults & { label: string; from: string; to: string };

/**
 * The survey counts of each period in one statement, the same counts as @chp/domain's
 * `surveyCounts` (test/survey-results.test.ts checks them on the same answers).
 */
export async function surveyCountsFor(
  em: Pick<EntityManager, 'query'>,
  organisationId: string,
  periods: readonly Pick<Period, 'from' | 'to'>[],
): Promise<SurveyCounts[]> {
  const rows: Record<string, number>[] = await em.query(
    `SELECT p.n,
            count(a.id) FILTER (WHERE a.kind = 'closure')::int AS answers,
            count(a.ease_of_complaining)::int AS ease_answered,
            count(*) FILTER (WHERE a.ease_of_complaining >= 4)::int AS ease_satisfied,
            count(a.kept_informed)::int AS informed_answered,
            count(*) FILTER (WHERE a.kept_informed >= 4)::int AS informed_satisfied,
            count(a.outcome_explained)::int AS explained_answered,
            count(*) FILTER (WHERE a.outcome_explained >= 4)::int AS explained_satisfied,
            count(a.id) FILTER (WHERE a.kind = 'recurrence')::int AS recurrence_answers,
            count(*) FILTER (WHERE a.kind = 'recurrence' AND a.problem_back = 'yes')::int AS problem_back
       FROM unnest($2::date[], $3::date[]) WITH ORDINALITY AS p(from_on, to_on, n)
       LEFT JOIN survey_answer a
         ON a.organisation_id = $1 AND a.answered_on BETWEEN p.from_on AND p.to_on
      GROUP BY p.n ORDER BY p.n`,
    [organisationId, periods.map((p) => p.from), periods.map((p) => p.to)],
  );
  return rows.map((r) => ({
    answers: r['answers']!,
    questions: {
      easeOfComplaining: { answered: r['ease_answered']!, satisfied: r['ease_satisfied']! },
      keptInformed: { answered: r['informed_answered']!, satisfied: r['informed_satisfied']! },
      outcomeExplained: {
        answered: r['explained_answered']!,
        satisfied: r['explained_satisfied']!,
      },
    },
    recurrenceAnswers: r['recurrence_answers']!,
    problemBack: r['problem_back']!,
  }));
}

/** Each period's results under the small-number rule (for the indicators, the annual report and the board pack). */
export async function surveyResultsFor(
  em: Pick<EntityManager, 'query'>,
  organisationId: string,
  periods: readonly Period[],
): Promise<PeriodResults[]> {
  const counts = await surveyCountsFor(em, organisationId, periods);
  return periods.map((p, i) => ({
    label: p.label,
    from: p.from,
    to: p.to,
    ...surveyResults(counts[i]!),
  }));
}

/** The reporting year starting in `year` (the organisation's start month) and its four quarters. */
export async function surveyResultsForYear(
  em: Pick<EntityManager, 'query'>,
  organisationId: string,
  year: number,
): Promise<{ financialYear: number; year: PeriodResults; quarters: PeriodResults[] }> {
  const [org]: { startMonth: number }[] = await em.query(
    `SELECT financial_year_start_month AS "startMonth" FROM organisation WHERE id = $1`,
    [organisationId],
  );
  const startMonth = org?.startMonth ?? 4;
  const periods = [
    financialYearPeriod(year, startMonth),
    ...[1, 2, 3, 4].map((q) => financialQuarterPeriod(year, q, startMonth)),
  ];
  const [whole, ...quarters] = await surveyResultsFor(em, organisationId, periods);
  return { financialYear: year, year: whole!, quarters };
}
