import DataLoader from 'dataloader';
import type { TimelineSettings } from '@chp/domain';
import { defineLoader, loadManyByKey } from '../../core/loaders';
import { ClosureDay, type ClosureReason } from './closure-day.entity';
import { timelineSettings } from './timeline-settings';

/** An organisation's closure days, by date. */
export const closureDaysByOrganisation = defineLoader(
  'closureDaysByOrganisation',
  ({ dataSource, organisationIds }) =>
    loadManyByKey(dataSource, ClosureDay, 'organisationId', organisationIds, { date: 'ASC' }),
);

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
      const rows = await scope.dataSource.query<
        {
          id: string;
          cut_off_time: string | null;
          days: { date: string; reason: ClosureReason; description: string; created_at: string }[];
        }[]
      >(
        `SELECT o.id, o.cut_off_time,
                coalesce((SELECT json_agg(json_build_object('date', d.date, 'reason', d.reason,
                            'description', d.description, 'created_at', d.created_at) ORDER BY d.date)
                            FROM closure_day d WHERE d.organisation_id = o.id), '[]') AS days
           FROM organisation o WHERE o.id = ANY($1::uuid[])`,
        [inScope],
      );
      const byId = new Map(rows.map((r) => [r.id, r]));
      const closureDays = scope.loaders.get(closureDaysByOrganisation);
      return ids.map((id) => {
        const row = inScope.includes(id) ? byId.get(id) : undefined;
        if (!row) return null;
        const days = row.days.map((d) =>
          Object.assign(new ClosureDay(), {
            organisationId: id,
            date: d.date,
            reason: d.reason,
            description: d.description,
            createdAt: new Date(d.created_at),
          }),
        );
        closureDays.prime(id, days);
        return timelineSettings({ cutOffTime: row.cut_off_time }, days);
      });
    }),
);
