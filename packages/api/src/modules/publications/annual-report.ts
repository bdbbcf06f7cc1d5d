import type { DataSource, EntityManager } from 'typeorm';
import { indicatorFigures } from '../analytics';
import { TrendBreakdown, TrendGrain } from '../analytics';
import { addDays, previousPeriod, type Period } from '../analytics';
import { complaintTrends } from '../analytics';
import type { PublicText } from './personal-data-check';
import {
  countFigure,
  publicSpsoRows,
  surveyResults,
  type Figure,
  type PublicSpsoLine,
  type SurveyResults,
} from '@chp/domain';
import { spsoReturnInputOf } from '../returns';
import { surveyCountsFor } from '../survey';

type Queryable = Pick<DataSource | EntityManager, 'query'>;

/**
 * The parts of the annual complaints performance report beyond the headline figures
 * (docs/procedure.md, Reporting and publishing: "the indicators, trends and the actions taken or planned"): complaints
 * received and closed month by month, complaints received per service against the previous
 * year, and the improvement actions completed in the year or still planned, told through their
 * public summaries. Frozen with the figures at approval, under the same small-number rule.
 */
export interface MonthFigures {
  month: string;
  label: string;
  received: Figure;
  closed: Figure;
}
export interface ServiceAreaFigures {
  name: string;
  received: Figure;
  previousReceived: Figure;
}
export interface PublicAction {
  serviceArea: string;
  summary: string;
  date: string;
}
export interface AnnualReport {
  /** The SPSO indicator set of the year, bucket by bucket, as the indicators page counts it (absent from snapshots frozen before it was added). */
  indicators?: PublicSpsoLine[];
  /** The satisfaction survey's results for the year, under the small-number rule (absent from snapshots frozen before it was added). */
  survey?: SurveyResults;
  months: MonthFigures[];
  serviceAreas: ServiceAreaFigures[];
  actionsTaken: PublicAction[];
  actionsPlanned: PublicAction[];
}

/** 'April 2026'. */
export const longMonthLabel = (monthStart: string): string =>
  new Date(`${monthStart}T00:00:00Z`).toLocaleString('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

/** The calendar months of a period, as periods (the last may be cut short by the period's end). */
export function monthsOf(period: { from: string; to: string }): Period[] {
  const months: Period[] = [];
  let from = period.from;
  while (from <= period.to) {
    const [y, m] = from.split('-').map(Number) as [number, number];
    const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
    const to = addDays(next, -1) < period.to ? addDays(next, -1) : period.to;
    months.push({ kind: 'range', from, to, label: longMonthLabel(from.slice(0, 8) + '01') });
    from = next;
  }
  return months;
}

interface ActionRow {
  id: string;
  status: string;
  service_area: string;
  summary: string;
  date: string;
}

/**
 * The improvement actions an annual report tells: done or verified with their completion date
 * in the year ("taken"), and authorised or in progress now ("planned", by target date). Only
 * actions with a public summary: nothing else about an action is public.
 */
export async function annualActions(
  db: Queryable,
  organisationId: string,
  period: { from: string; to: string },
): Promise<{ taken: ActionRow[]; planned: ActionRow[] }> {
  const rows: ActionRow[] = await db.query(
    `SELECT a.id, a.status, s.name AS service_area, btrim(a.public_summary) AS summary,
            to_char(CASE WHEN a.status IN ('done', 'verified') THEN a.completed_on ELSE a.target_date END, 'YYYY-MM-DD') AS date
       FROM improvement_action a
       JOIN service_area s ON s.organisation_id = a.organisation_id AND s.id = a.service_area_id
      WHERE a.organisation_id = $1 AND coalesce(btrim(a.public_summary), '') <> ''
        AND ((a.status IN ('done', 'verified') AND a.completed_on BETWEEN $2 AND $3) OR a.status IN ('authorised', 'in_progress'))
      ORDER BY date, s.name, a.id`,
    [organisationId, period.from, period.to],
  );
  return {
    taken: rows.filter((r) => r.status === 'done' || r.status === 'verified'),
    planned: rows.filter((r) => r.status === 'authorised' || r.status === 'in_progress'),
  };
}

/** The public summaries the report would publish, named for the personal-data check's findings. */
export function actionTexts(actions: { taken: ActionRow[]; planned: ActionRow[] }): PublicText[] {
  return [...actions.taken, ...actions.planned].map((a) => ({
    field: `actions[${a.id}].publicSummary`,
    text: a.summary,
  }));
}

/** Received per active service area in a period (complaintTrends, summed over its quarters). */
async function receivedByServiceArea(
  db: Queryable,
  organisationId: string,
  period: Period,
): Promise<Map<string, number>> {
  const { buckets } = await complaintTrends(
    db as DataSource,
    organisationId,
    TrendGrain.quarter,
    TrendBreakdown.serviceArea,
    period.from,
    period.to,
    null,
  );
  const byName = new Map<string, number>();
  for (const b of buckets) byName.set(b.keyLabel, (byName.get(b.keyLabel) ?? 0) + b.count);
  return byName;
}

export async function annualReport(
  db: Queryable,
  organisationId: string,
  period: Period,
  threshold: number,
  population: { count: number | null; wording: string },
): Promise<AnnualReport> {
  // the SPSO indicator set exactly: the three stage buckets, never merged or added across stages
  const [year] = await indicatorFigures(db as DataSource, organisationId, [period], {
    population: population.count,
    populationLabel: population.wording,
  });
  const indicators = publicSpsoRows(spsoReturnInputOf(year!), population, threshold);
  // the report's own year (the survey module's surveyResultsForYear would take the organisation's
  // reporting year, which may start in another month), with the publication's threshold
  const [answers] = await surveyCountsFor(db, organisationId, [period]);
  const survey = surveyResults(answers!, threshold);
  const months = monthsOf(period);
  const monthly = await indicatorFigures(db as DataSource, organisationId, months, {
    population: null,
    populationLabel: null,
  });
  const previous = previousPeriod(period);
  const [now, before] = [
    await receivedByServiceArea(db, organisationId, period),
    await receivedByServiceArea(db, organisationId, previous),
  ];
  const names = [...new Set([...now.keys(), ...before.keys()])].sort((a, b) =>
    a.localeCompare(b, 'en-GB'),
  );
  const actions = await annualActions(db, organisationId, period);
  const told = (a: ActionRow): PublicAction => ({
    serviceArea: a.service_area,
    summary: a.summary,
    date: a.date,
  });
  return {
    indicators,
    survey,
    months: months.map((m, i) => ({
      month: m.from.slice(0, 7),
      label: m.label,
      received: countFigure(monthly[i]!.received, threshold),
      closed: countFigure(monthly[i]!.closed, threshold),
    })),
    serviceAreas: names.map((name) => ({
      name,
      received: countFigure(now.get(name) ?? 0, threshold),
      previousReceived: countFigure(before.get(name) ?? 0, threshold),
    })),
    actionsTaken: actions.taken.map(told),
    actionsPlanned: actions.planned.map(told),
  };
}
