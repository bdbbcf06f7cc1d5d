import DataLoader from 'dataloader';
import type { TimelineSettings } from '@chp/domain';
import { defineLoader, loadManyByKey } from '../../core/loaders';
import { ClosureDay } from './closure-day.entity';
import { timelineSettings } from './timeline-settings';

/** An organisation's closure days, by date. */
export const closureDaysByOrganisation = defineLoader(
  'closureDaysByOrganisation',
  ({ dataSource, organisationIds }) =>
    loadManyByKey(dataSource, ClosureDay, 'organisationId', organisationIds, { date: 'ASC' }),
);

/**
 * An organisation's timeline settings (cut-off time and closure days) in the shape @chp/domain
 * takes; null for an organisation outside the viewer's scope. One statement for the cut-off
 * times of a batch, and the closure days through `closureDaysByOrganisation`.
 */
export const timelineSettingsByOrganisation = defineLoader(
  'timelineSettingsByOrganisation',
  (scope) =>
    new DataLoader<string, TimelineSettings | null>(async (ids) => {
      const inScope = ids.filter((id) => scope.organisationIds.includes(id));
      if (inScope.length === 0) return ids.map(() => null);
      const [rows, days] = await Promise.all([
        scope.dataSource.query<{ id: string; cut_off_time: string | null }[]>(
          `SELECT id, cut_off_time FROM organisation WHERE id = ANY($1::uuid[])`,
          [inScope],
        ),
        scope.loaders.get(closureDaysByOrganisation).loadMany(inScope),
      ]);
      const cutOff = new Map(rows.map((r) => [r.id, r.cut_off_time]));
      return ids.map((id) => {
        const i = inScope.indexOf(id);
        const closureDays = days[i];
        if (i < 0 || !cutOff.has(id) || !Array.isArray(closureDays)) return null;
        return timelineSettings({ cutOffTime: cutOff.get(id) ?? null }, closureDays);
      });
    }),
);
