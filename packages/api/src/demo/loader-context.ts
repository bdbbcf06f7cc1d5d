import type { ClientBase } from 'pg';
import { COMPLAINT_REFERENCE_SQL_PATTERN, type TimelineSettings } from '@chp/domain';
import { timelineSettings } from '../modules/calendar';
import { REFERENCE_NUMBER_SQL, REFERENCE_YEAR_SQL } from '../modules/complaints';
import type { DemoPerson, DemoRootCause, DemoServiceArea } from './generator';

export interface DemoContext {
  serviceAreas: DemoServiceArea[];
  people: DemoPerson[];
  rootCauses: DemoRootCause[];
  settings: TimelineSettings;
  /** The highest reference number per year already used by the organisation. */
  referencesUsed: Record<string, number>;
  existingComplaints: number;
}

/** What the generator needs to know about the organisation, read from the database. */
export async function readDemoContext(
  client: ClientBase,
  organisationId: string,
): Promise<DemoContext> {
  const q = async <R>(sql: string): Promise<R[]> =>
    (await client.query(sql, [organisationId])).rows as R[];
  const [org] = await q<{ cut_off_time: string | null }>(
    `SELECT cut_off_time FROM organisation WHERE id = $1`,
  );
  if (!org) throw new Error(`no organisation ${organisationId}`);
  const closureDays = await q<{ date: string }>(
    `SELECT date::text AS date FROM closure_day WHERE organisation_id = $1 ORDER BY date`,
  );
  const serviceAreas = await q<DemoServiceArea>(
    `SELECT id, name FROM service_area WHERE organisation_id = $1 AND active ORDER BY created_at, name`,
  );
  const people = await q<{
    id: string;
    role: string;
    service_area_id: string | null;
    name: string;
  }>(
    `SELECT id, role, service_area_id, name FROM person WHERE organisation_id = $1 AND active ORDER BY created_at, email`,
  );
  const rootCauses = await q<{ id: string; name: string; parent_id: string | null }>(
    `SELECT id, name, parent_id FROM root_cause WHERE organisation_id = $1 AND active ORDER BY created_at, name`,
  );
  const refs = await q<{ year: string; n: number }>(
    `SELECT substring(reference FROM '${REFERENCE_YEAR_SQL}') AS year,
            max(substring(reference FROM '${REFERENCE_NUMBER_SQL}')::int) AS n
       FROM complaint WHERE organisation_id = $1 AND reference ~ '${COMPLAINT_REFERENCE_SQL_PATTERN}' GROUP BY 1`,
  );
  const [{ n }] = (await q<{ n: number }>(
    `SELECT count(*)::int AS n FROM complaint WHERE organisation_id = $1`,
  )) as [{ n: number }];
  return {
    serviceAreas,
    people: people.map((p) => ({
      id: p.id,
      role: p.role,
      serviceAreaId: p.service_area_id,
      name: p.name,
    })),
    rootCauses: rootCauses.map((c) => ({ id: c.id, name: c.name, parentId: c.parent_id })),
    settings: timelineSettings({ cutOffTime: org.cut_off_time }, closureDays),
    referencesUsed: Object.fromEntries(refs.map((r) => [r.year, r.n])),
    existingComplaints: n,
  };
}
