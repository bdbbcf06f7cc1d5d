import type { TimelineSettings } from '@chp/domain';
import type { ClosureDay } from './closure-day.entity';

/** The organisation's settings in the shape @chp/domain takes (cut-off time, closure days). */
export function timelineSettings(
  organisation: { cutOffTime: string | null },
  closureDays: Pick<ClosureDay, 'date'>[],
): TimelineSettings {
  return { cutOffTime: organisation.cutOffTime, closureDays: closureDays.map((d) => d.date) };
}
