import type { ClosureNote, ExplainSettings, TimelineSettings } from '@chp/domain';
import type { ClosureDay, ClosureReason } from './closure-day.entity';

/** The organisation's settings in the shape @chp/domain takes (cut-off time, closure days). */
export function timelineSettings(
  organisation: { cutOffTime: string | null },
  closureDays: Pick<ClosureDay, 'date'>[],
): TimelineSettings {
  return { cutOffTime: organisation.cutOffTime, closureDays: closureDays.map((d) => d.date) };
}

const CLOSURE_REASON_LABEL: Record<ClosureReason, string> = {
  local_holiday: 'Local holiday',
  industrial_action: 'Industrial action',
  other: 'Closed',
};

/** Each closure day's reason in words ('Industrial action: strike'), for "why this date". */
export function closureNotes(
  closureDays: readonly Pick<ClosureDay, 'date' | 'reason' | 'description'>[],
): ClosureNote[] {
  return closureDays.map((d) => {
    const label = CLOSURE_REASON_LABEL[d.reason] ?? 'Closed';
    const description = d.description?.trim();
    return { date: d.date, reason: description ? `${label}: ${description}` : label };
  });
}

const explained = new WeakMap<
  TimelineSettings,
  { days: readonly Pick<ClosureDay, 'date' | 'reason' | 'description'>[]; explain: ExplainSettings }
>();

/**
 * The settings with their closure days' reasons (`closureNotes`), as a timeline explains its
 * dates: built once for a request's settings and days, not once per complaint on a page.
 */
export function explainSettings(
  settings: TimelineSettings,
  closureDays: readonly Pick<ClosureDay, 'date' | 'reason' | 'description'>[],
): ExplainSettings {
  const made = explained.get(settings);
  if (made?.days === closureDays) return made.explain;
  const explain = { ...settings, closureNotes: closureNotes(closureDays) };
  explained.set(settings, { days: closureDays, explain });
  return explain;
}
