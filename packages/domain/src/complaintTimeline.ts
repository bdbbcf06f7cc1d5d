import { foldEvents, type ReplayOptions } from './internal/fold';
import type { ComplaintEvent, ComplaintTimeline, TimelineSettings } from './types';

/**
 * Stage 1 and stage 2 timelines from a complaint's events (oldest first). Throws ChpRuleError
 * for malformed input or an illegal sequence, never returns a wrong date.
 *
 * @example
 * complaintTimeline([{ type: 'received', at: '2025-11-27T10:00:00Z', stage: 1 }]).stage1?.dueOn
 * // '2025-12-04': day 5 skips the weekend and the St Andrew's Day substitute
 */
export function complaintTimeline(
  events: ComplaintEvent[],
  settings: TimelineSettings = {},
  options: ReplayOptions = {},
): ComplaintTimeline {
  const s = foldEvents(events, settings, options.recorded === true);
  return { stage1: s.stage1, stage2: s.stage2 };
}
