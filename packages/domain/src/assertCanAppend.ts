import { applyEvent, foldEvents } from './internal/fold';
import type { ComplaintEvent, TimelineSettings } from './types';

/**
 * Throws the ChpRuleError that storing `next` after `events` would break; returns nothing if allowed.
 * `events` are the stored journey, read as recorded (an extension agreed before a calendar change
 * stands); `next` is checked in full against today's calendar.
 *
 * @example
 * assertCanAppend([], { type: 'acknowledged', at: '2026-03-30T09:00:00Z' }) // throws NOT_RECEIVED
 */
export function assertCanAppend(
  events: ComplaintEvent[],
  next: ComplaintEvent,
  settings: TimelineSettings = {},
): void {
  applyEvent(foldEvents(events, settings, true), next, settings);
}
