import { foldEvents } from './internal/fold';
import type { ComplaintEvent, ComplaintEventType, TimelineSettings } from './types';

/**
 * The event types (with their stage where relevant) that may follow `events`, ignoring dates.
 *
 * @example
 * allowedNextEvents([{ type: 'received', at: '2026-03-30T09:00:00Z', stage: 1 }])
 * // [{ type: 'extended', stage: 1 }, { type: 'escalated' }, { type: 'closed', stage: 1 }]
 */
export function allowedNextEvents(
  events: ComplaintEvent[],
  settings: TimelineSettings = {},
): { type: ComplaintEventType; stage?: 1 | 2 }[] {
  const s = foldEvents(events, settings);
  if (s.stage === null) return [{ type: 'received' }];
  if (s.ended) return [];
  if (s.stage === 1) {
    const t = s.stage1!;
    if (t.closedOn) return [{ type: 'escalated' }];
    const out: { type: ComplaintEventType; stage?: 1 | 2 }[] = [];
    if (t.extendedDueOn === null) out.push({ type: 'extended', stage: 1 });
    out.push({ type: 'escalated' }, { type: 'closed', stage: 1 });
    return out;
  }
  const t = s.stage2!;
  if (t.closedOn) return [];
  const out: { type: ComplaintEventType; stage?: 1 | 2 }[] = [{ type: 'extended', stage: 2 }];
  if (!t.acknowledgedOn) out.push({ type: 'acknowledged' });
  out.push({ type: 'closed', stage: 2 });
  return out;
}
