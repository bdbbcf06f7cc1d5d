import { workingDayCalendar } from '@chp/domain';
import type { EntityManager } from 'typeorm';

/** The dates the SQL calendar covers; complaints outside it are not counted by analytics. */
export const CALENDAR_FROM = '2000-01-01';
export const CALENDAR_TO = '2060-12-31';

/**
 * Rewrites an organisation's `working_day` rows from @chp/domain's calendar and its closure
 * days (as stored in the same transaction). Working days from A to B, counting A as day 1 when
 * it is a working day: `ordinal(B) - ordinal(A) + (A is a working day ? 1 : 0)`.
 */
export async function rebuildWorkingDays(em: EntityManager, organisationId: string): Promise<void> {
  const closures: { date: string }[] = await em.query(
    `SELECT date::text AS date FROM closure_day WHERE organisation_id = $1`,
    [organisationId],
  );
  const rows = workingDayCalendar(CALENDAR_FROM, CALENDAR_TO, {
    closureDays: closures.map((c) => c.date),
  });
  await em.query(`DELETE FROM working_day WHERE organisation_id = $1`, [organisationId]);
  await em.query(
    `INSERT INTO working_day (organisation_id, date, is_working_day, ordinal)
     SELECT $1, d, w, o FROM unnest($2::date[], $3::boolean[], $4::int[]) AS t(d, w, o)`,
    [
      organisationId,
      rows.map((r) => r.date),
      rows.map((r) => r.isWorkingDay),
      rows.map((r) => r.ordinal),
    ],
  );
}
