import type { ComplaintEvent, TimelineSettings } from './types';
import { complaintState } from './complaintState';

/**
 * What contact after a closure means (§76). It records nothing in the timeline.
 * - after stage 2: clarification only; dissatisfaction is signposted to the SPSO;
 * - after stage 1: clarification, or dissatisfaction, which is an escalation to stage 2;
 * - while open: not post-closure contact.
 *
 * @example
 * postClosureContact(eventsClosedAtStage2, true) // 'signpost_spso'
 */
export function postClosureContact(
  events: ComplaintEvent[],
  dissatisfied: boolean,
  settings: TimelineSettings = {},
): 'not_closed' | 'clarify' | 'escalate' | 'signpost_spso' {
  const s = complaintState(events, settings);
  if (s.status !== 'closed') return 'not_closed';
  if (!dissatisfied) return 'clarify';
  return s.stage === 1 ? 'escalate' : 'signpost_spso';
}
