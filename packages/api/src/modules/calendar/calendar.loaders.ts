import DataLoader from 'dataloader';
import type { TimelineSettings } from '@chp/domain';
import { defineLoader, loadManyByKey, type LoaderCache } from '../../core/loaders';
import { ClosureDay, type ClosureReason } from './closure-day.entity';
import { timelineSettings } from './timeline-settings';

/** An organisation's closure days, by date. */
export const closureDaysByOrganisation = defineLoader(
  'closureDaysByOrganisation',
  ({ dataSource, organisationIds }) =>
    loadManyByKey(dataSource, ClosureDay, 'organisationId', organisationIds, { date: 'ASC' }),
);

/** An organisation's calendar as one row reads it: its cut-off time and closure days. */
export interface OrganisationCalendarRow {
  cut_off_time: string | null;
  days: { date: string; reason: ClosureReason; description: string; created_at: string }[];
}

/** The columns of `OrganisationCalendarRow` for the organisation aliased `o`. */
export const ORGANISATION_CALENDAR_COLUMNS = `o.cut_off_time,
  coalesce((SELECT json_agg(json_build_object('date', d.date, 'reason', d.reason,
              'description', d.description, 'created_at', d.created_at) ORDER BY d.date)
              FROM closure_day d WHERE d.organisation_id = o.id), '[]') AS days`;

function closureDaysOf(organisationId: string, row: OrganisationCalendarRow): ClosureDay[] {
  return row.days.map((d) =>
    Object.assign(new ClosureDay(), {
      organisationId,
      date: d.date,
      reason: d.reason,
      description: d.description,
      createdAt: new Date(d.created_at),
    }),
  );
}

/**
 * An organisation's timeline settings (cut-off time and closure days) in the shape @chp/domain
 * takes; null for an organisation outside the viewer's scope. One statement reads a batch's
 * organisations with their closure days (issue 19: the organisation read once per request), and
 * primes `closureDaysByOrganisation` with them.
 */
export const timelineSettingsByOrganisation = defineLoader(
  'timelineSettingsByOrganisation',
  (scope) =>
    new DataLoader<string, TimelineSettings | null>(async (ids) => {
      const inScope = ids.filter((id) => scope.organisationIds.includes(id));
      if (inScope.length === 0) return ids.map(() => null);
      const rows = await scope.dataSource.query<({ id: string } & OrganisationCalendarRow)[]>(
        `SELECT o.id, ${ORGANISATION_CALENDAR_COLUMNS} FROM organisation o WHERE o.id = ANY($1::uuid[])`,
        [inScope],
      );
      const byId = new Map(rows.map((r) => [r.id, r]));
      const closureDays = scope.loaders.get(closureDaysByOrganisation);
      return ids.map((id) => {
        const row = inScope.includes(id) ? byId.get(id) : undefined;
        if (!row) return null;
        const days = closureDaysOf(id, row);
        closureDays.prime(id, days);
        return timelineSettings({ cutOffTime: row.cut_off_time }, days);
      });
    }),
);

/**
 * The viewer's organisation's calendar, read with their session (issue 19: one statement for
 * both), handed to the request's loaders for their first use.
 */
export function primeOrganisationCalendar(
  loaders: LoaderCache,
  organisationId: string,
  row: OrganisationCalendarRow,
): void {
  const days = closureDaysOf(organisationId, row);
  loaders.primeOnFirstUse(closureDaysByOrganisation, organisationId, days);
  loaders.primeOnFirstUse(
    timelineSettingsByOrganisation,
    organisationId,
    timelineSettings({ cutOffTime: row.cut_off_time }, days),
  );
}
