import type { IsoDate } from '@chp/domain';
import type { EntityManager } from 'typeorm';
import { REVIEW_DATE_SQL } from './effect-reviews';

/** For the board pack (docs/procedure.md, Recurrence after an improvement action): a period's recurrence. */
export interface RecurrenceSummary {
  from: IsoDate;
  to: IsoDate;
  /** Actions flagged in the period because their root cause came back, in flag order. */
  flagged: {
    actionId: string;
    title: string;
    flaggedOn: IsoDate;
    before: number;
    after: number;
  }[];
  /** Effects verified in the period, by finding. */
  verified: { effective: number; partlyEffective: number; notEffective: number };
  /** Done actions whose effect review date had passed at the period's end, and those by over a year. */
  reviewsOverdue: number;
  reviewsOverdueOverAYear: number;
}

/** The recurrence summary of the organisations' actions for a period (counts and titles only). */
export async function recurrenceSummary(
  em: Pick<EntityManager, 'query'>,
  organisationIds: string[],
  period: { from: IsoDate; to: IsoDate },
): Promise<RecurrenceSummary> {
  const flagged: {
    id: string;
    title: string;
    flagged_on: string;
    before: number;
    after: number;
  }[] = await em.query(
    `SELECT id, title, recurrence_flagged_on::text AS flagged_on,
            (recurrence_flag_figures->>'before')::int AS before, (recurrence_flag_figures->>'after')::int AS after
       FROM improvement_action
      WHERE organisation_id = ANY($1::uuid[]) AND recurrence_flagged_on BETWEEN $2::date AND $3::date
      ORDER BY recurrence_flagged_on, id`,
    [organisationIds, period.from, period.to],
  );
  const [counts]: {
    effective: number;
    partly: number;
    not_effective: number;
    overdue: number;
    over_a_year: number;
  }[] = await em.query(
    `SELECT count(*) FILTER (WHERE a.verified_on BETWEEN $2::date AND $3::date AND a.effectiveness = 'effective')::int AS effective,
            count(*) FILTER (WHERE a.verified_on BETWEEN $2::date AND $3::date AND a.effectiveness = 'partly_effective')::int AS partly,
            count(*) FILTER (WHERE a.verified_on BETWEEN $2::date AND $3::date AND a.effectiveness = 'not_effective')::int AS not_effective,
            count(*) FILTER (WHERE a.status = 'done' AND ${REVIEW_DATE_SQL} < $3::date)::int AS overdue,
            count(*) FILTER (WHERE a.status = 'done' AND ${REVIEW_DATE_SQL} + interval '1 year' < $3::date)::int AS over_a_year
       FROM improvement_action a
      WHERE a.organisation_id = ANY($1::uuid[])`,
    [organisationIds, period.from, period.to],
  );
  return {
    from: period.from,
    to: period.to,
    flagged: flagged.map((r) => ({
      actionId: r.id,
      title: r.title,
      flaggedOn: r.flagged_on,
      before: r.before,
      after: r.after,
    })),
    verified: {
      effective: counts!.effective,
      partlyEffective: counts!.partly,
      notEffective: counts!.not_effective,
    },
    reviewsOverdue: counts!.overdue,
    reviewsOverdueOverAYear: counts!.over_a_year,
  };
}
