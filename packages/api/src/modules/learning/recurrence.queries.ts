import {
  addMonths,
  monthsCounted,
  RECURRENCE_WINDOW_MONTHS,
  recurrenceFigures,
  recurrenceWindows,
  type IsoDate,
  type IsoMonth,
  type RecurrenceFigures,
} from '@chp/domain';
import type { EntityManager } from 'typeorm';

/** What the recurrence of an action is counted from. */
export interface RecurrenceSubject {
  organisationId: string;
  id: string;
  serviceAreaId: string;
  completedOn: IsoDate;
}

/**
 * Complaints of the action's service area with one of its root causes (or a cause under one), by
 * the calendar month they were received in (local date), for the months the domain's
 * `monthsCounted` needs: ONE statement. Equal to the domain's `countByMonth` on the same data.
 */
export async function recurrenceMonthCounts(
  em: Pick<EntityManager, 'query'>,
  action: RecurrenceSubject,
  months: number,
): Promise<Map<IsoMonth, number>> {
  const wanted = monthsCounted(recurrenceWindows(action.completedOn, months));
  const from = `${wanted[0]}-01`;
  const toExclusive = `${addMonths(wanted[wanted.length - 1]!, 1)}-01`;
  const rows: { month: string; n: number }[] = await em.query(
    `
    WITH RECURSIVE tree AS (
      SELECT l.root_cause_id AS id FROM improvement_action_root_cause l
       WHERE l.organisation_id = $1 AND l.action_id = $2
      UNION
      SELECT r.id FROM root_cause r JOIN tree ON r.organisation_id = $1 AND r.parent_id = tree.id
    )
    SELECT to_char(c.received_at AT TIME ZONE 'Europe/London', 'YYYY-MM') AS month, count(DISTINCT c.id)::int AS n
      FROM complaint c
     WHERE c.organisation_id = $1 AND c.service_area_id = $3
       AND c.received_at >= ($4::timestamp AT TIME ZONE 'Europe/London')
       AND c.received_at < ($5::timestamp AT TIME ZONE 'Europe/London')
       AND EXISTS (SELECT 1 FROM complaint_root_cause crc JOIN tree ON tree.id = crc.root_cause_id
                    WHERE crc.organisation_id = c.organisation_id AND crc.complaint_id = c.id)
     GROUP BY 1`,
    [action.organisationId, action.id, action.serviceAreaId, from, toExclusive],
  );
  const counts = new Map(wanted.map((m) => [m, 0]));
  for (const row of rows) if (counts.has(row.month)) counts.set(row.month, row.n);
  return counts;
}

/** The action's recurrence figures on `today` (the domain's windows and "came back" test). */
export async function actionRecurrence(
  em: Pick<EntityManager, 'query'>,
  action: RecurrenceSubject,
  today: IsoDate,
  months: number,
): Promise<RecurrenceFigures> {
  const counts = await recurrenceMonthCounts(em, action, months);
  return recurrenceFigures(counts, action.completedOn, today, months);
}

/**
 * Verifying the effect records the figures it was based on (docs/procedure.md, Recurrence after
 * an improvement action), in the step's transaction; returns what the audit row adds.
 */
export async function recordEffectFigures(
  em: EntityManager,
  action: {
    organisationId: string;
    id: string;
    serviceAreaId: string;
    completedOn: string | null;
    effectFigures: RecurrenceFigures | null;
  },
  today: IsoDate,
): Promise<Record<string, unknown>> {
  if (action.completedOn === null) return {};
  const figures = await actionRecurrence(
    em,
    { ...action, completedOn: action.completedOn },
    today,
    RECURRENCE_WINDOW_MONTHS,
  );
  await em.query(
    `UPDATE improvement_action SET effect_figures = $3 WHERE organisation_id = $1 AND id = $2`,
    [action.organisationId, action.id, JSON.stringify(figures)],
  );
  action.effectFigures = figures;
  return {
    effectFigures: { before: figures.before, after: figures.after, months: figures.months },
  };
}
