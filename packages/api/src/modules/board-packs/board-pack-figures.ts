import type { DataSource, EntityManager } from 'typeorm';
import {
  BOARD_PACK_TOP_ROOT_CAUSES,
  boardPackComparisons,
  boardPackMonths,
  MONTH_NAMES,
  type Period,
  type SpsoComparisonCounts,
} from '@chp/domain';
import { indicatorFigures, type IndicatorFigures } from '../analytics';
import { recurrenceSummary } from '../learning';
import { spsoDecisionsSummary } from '../spso';
import { surveyResultsFor, type PeriodResults } from '../survey';

/**
 * Every figure of a board pack (docs/procedure.md, The quarterly board pack), computed from the
 * records when the pack is drafted or refreshed and stored with it, so an approved pack shows
 * what the board saw. The SPSO indicators come from the analytics module (the same figures as
 * the indicators page, equal to @chp/domain's spsoIndicators); the rest are plain counts.
 * Nothing here names a customer or a member of staff.
 */
export interface PeriodRef {
  from: string;
  to: string;
  label: string;
}

export interface BoardPackFigures {
  periods: { current: PeriodRef; previous: PeriodRef; lastYear: PeriodRef };
  /** The SPSO indicators per stage bucket of the quarter and the two it is compared with. */
  indicators: { current: IndicatorFigures; previous: IndicatorFigures; lastYear: IndicatorFigures };
  /** The 12 months to the quarter's end: complaints received and closures (all buckets). */
  months: (PeriodRef & { received: number; closed: number })[];
  /** The root causes of the complaints received in the quarter, most frequent first. */
  rootCauses: { name: string; complaints: number }[];
  /** Actions completed in the quarter, with what they taught and what changed. */
  actionsCompleted: {
    title: string;
    serviceArea: string;
    completedOn: string;
    targetDate: string;
    learning: string | null;
    whatChanged: string | null;
    effectiveness: string | null;
  }[];
  /** Authorised actions whose target date passed in or before the quarter without completion by its end. */
  actionsOverdue: { title: string; serviceArea: string; targetDate: string; status: string }[];
  /** Serious, high-risk or high-profile complaints received in the quarter (§36), anonymised. */
  serious: {
    received: number;
    keptAtStageOne: number;
    cases: {
      serviceArea: string;
      receivedMonth: string;
      stage: number;
      status: string;
      outcome: string | null;
      stageOneReasonRecorded: boolean | null;
    }[];
  };
  /** SPSO decisions recorded with a decision date in the quarter, against our final outcome. */
  spsoDecisions: { decision: string; ourOutcome: string | null; complaints: number }[];
  /**
   * The sections added after the first packs (absent from packs drafted before them, which keep
   * their frozen figures). Satisfaction survey results of the quarter and the two it is compared
   * with, under the small-number rule (modules/survey).
   */
  survey?: { current: PeriodResults; previous: PeriodResults; lastYear: PeriodResults };
  /** The SPSO decisions of the quarter compared with ours, in total and per service (modules/spso); no references. */
  spsoComparison?: {
    total: SpsoComparisonCounts;
    byServiceArea: { serviceArea: string; counts: SpsoComparisonCounts }[];
  };
  /** Whether the changes worked (modules/learning): actions flagged as their cause came back, effects verified, reviews overdue. */
  recurrence?: {
    flagged: { title: string; flaggedOn: string; before: number; after: number }[];
    verified: { effective: number; partlyEffective: number; notEffective: number };
    reviewsOverdue: number;
    reviewsOverdueOverAYear: number;
  };
}

type Db = DataSource | EntityManager;

const ref = (p: Period): PeriodRef => ({ from: p.from, to: p.to, label: p.label });

/** Local (Europe/London) date of receipt within [from, to]. */
const RECEIVED_IN = `(c.received_at AT TIME ZONE 'Europe/London')::date BETWEEN $2 AND $3`;

export async function boardPackFigures(
  db: Db,
  organisationId: string,
  quarter: Period,
): Promise<BoardPackFigures> {
  const { current, previous, lastYear } = boardPackComparisons(quarter);
  const months = boardPackMonths(current.to);
  const [org] = await db.query<{ population: number | null; population_label: string | null }[]>(
    `SELECT population, population_label FROM organisation WHERE id = $1`,
    [organisationId],
  );
  const facts = {
    population: org?.population ?? null,
    populationLabel: org?.population_label ?? null,
  };
  const [now, before, yearAgo, ...monthly] = await indicatorFigures(
    db as DataSource,
    organisationId,
    [current, previous, lastYear, ...months],
    facts,
  );
  const args = [organisationId, current.from, current.to];
  const rootCauses: { name: string; complaints: number }[] = await db.query(
    `SELECT r.name, count(DISTINCT c.id)::int AS complaints
       FROM complaint c
       JOIN complaint_root_cause l ON l.organisation_id = c.organisation_id AND l.complaint_id = c.id
       JOIN root_cause r ON r.organisation_id = l.organisation_id AND r.id = l.root_cause_id
      WHERE c.organisation_id = $1 AND ${RECEIVED_IN}
      GROUP BY r.id, r.name
      ORDER BY complaints DESC, r.name
      LIMIT ${BOARD_PACK_TOP_ROOT_CAUSES}`,
    args,
  );
  const actionsCompleted: BoardPackFigures['actionsCompleted'] = await db.query(
    `SELECT a.title, s.name AS "serviceArea", a.completed_on::text AS "completedOn",
            a.target_date::text AS "targetDate", nullif(a.learning_shared, '') AS learning,
            nullif(a.public_summary, '') AS "whatChanged", a.effectiveness
       FROM improvement_action a JOIN service_area s ON s.organisation_id = a.organisation_id AND s.id = a.service_area_id
      WHERE a.organisation_id = $1 AND a.completed_on BETWEEN $2 AND $3 AND a.status IN ('done', 'verified')
      ORDER BY a.completed_on, a.title, a.id`,
    args,
  );
  const actionsOverdue: BoardPackFigures['actionsOverdue'] = await db.query(
    `SELECT a.title, s.name AS "serviceArea", a.target_date::text AS "targetDate", a.status
       FROM improvement_action a JOIN service_area s ON s.organisation_id = a.organisation_id AND s.id = a.service_area_id
      WHERE a.organisation_id = $1 AND a.status NOT IN ('proposed', 'cancelled')
        AND a.target_date < $2 AND (a.completed_on IS NULL OR a.completed_on > $2)
      ORDER BY a.target_date, a.title, a.id`,
    [organisationId, current.to],
  );
  const cases: BoardPackFigures['serious']['cases'] = (
    await db.query<Record<string, unknown>[]>(
      `SELECT s.name AS "serviceArea", to_char((c.received_at AT TIME ZONE 'Europe/London')::date, 'YYYY-MM') AS month,
              c.current_stage AS stage, c.status,
              CASE WHEN c.current_stage = 1 THEN c.stage1_outcome ELSE c.stage2_outcome END AS outcome,
              CASE WHEN c.current_stage = 1 THEN c.serious_stage_one_reason IS NOT NULL END AS "reasonRecorded"
         FROM complaint c JOIN service_area s ON s.organisation_id = c.organisation_id AND s.id = c.service_area_id
        WHERE c.organisation_id = $1 AND c.serious AND ${RECEIVED_IN}
        ORDER BY c.received_at, c.id`,
      args,
    )
  ).map((r) => ({
    serviceArea: String(r['serviceArea']),
    receivedMonth: monthLabel(String(r['month'])),
    stage: Number(r['stage']),
    status: String(r['status']),
    outcome: (r['outcome'] as string | null) ?? null,
    stageOneReasonRecorded: (r['reasonRecorded'] as boolean | null) ?? null,
  }));
  const spsoDecisions: BoardPackFigures['spsoDecisions'] = await db.query(
    `SELECT c.spso_decision AS decision, coalesce(c.stage2_outcome, c.stage1_outcome) AS "ourOutcome",
            count(*)::int AS complaints
       FROM complaint c
      WHERE c.organisation_id = $1 AND c.spso_decision IS NOT NULL AND c.spso_decided_on BETWEEN $2 AND $3
      GROUP BY 1, 2 ORDER BY 1, 2 NULLS FIRST`,
    args,
  );
  const [surveyNow, surveyBefore, surveyYearAgo] = await surveyResultsFor(db, organisationId, [
    current,
    previous,
    lastYear,
  ]);
  const spso = await spsoDecisionsSummary(db, [organisationId], current);
  const recurrence = await recurrenceSummary(db, [organisationId], current);
  return {
    periods: { current: ref(current), previous: ref(previous), lastYear: ref(lastYear) },
    indicators: { current: now!, previous: before!, lastYear: yearAgo! },
    months: months.map((m, i) => ({
      ...ref(m),
      received: monthly[i]!.received,
      closed: monthly[i]!.closed,
    })),
    rootCauses,
    actionsCompleted,
    actionsOverdue,
    serious: {
      received: cases.length,
      keptAtStageOne: cases.filter((c) => c.stage === 1).length,
      cases,
    },
    spsoDecisions,
    survey: { current: surveyNow!, previous: surveyBefore!, lastYear: surveyYearAgo! },
    spsoComparison: {
      total: spso.total,
      byServiceArea: spso.byServiceArea.map((a) => ({
        serviceArea: a.serviceAreaName,
        counts: a.counts,
      })),
    },
    recurrence: {
      flagged: recurrence.flagged.map(({ title, flaggedOn, before, after }) => ({
        title,
        flaggedOn,
        before,
        after,
      })),
      verified: recurrence.verified,
      reviewsOverdue: recurrence.reviewsOverdue,
      reviewsOverdueOverAYear: recurrence.reviewsOverdueOverAYear,
    },
  };
}

const monthLabel = (yyyyMm: string) =>
  `${MONTH_NAMES[Number(yyyyMm.slice(5, 7)) - 1]} ${yyyyMm.slice(0, 4)}`;
