import { NEW_COMPLAINT_CHANNELS } from '@chp/domain';
import type { Channel, Outcome, PreferredContact, SpsoDecision } from '../generated/graphql';

export const CHANNELS: [Channel, string][] = [
  ['phone', 'Phone'],
  ['email', 'E-mail'],
  ['web_form', 'Web form'],
  ['letter', 'Letter'],
  ['in_person', 'In person'],
  ['social_media', 'Social media'],
  ['other', 'Other'],
];

/**
 * The channels offered when recording a complaint: not social media (docs/procedure.md, What
 * every complaint records); complaints recorded before keep theirs and show it.
 */
export const NEW_COMPLAINT_CHANNEL_OPTIONS: [Channel, string][] = CHANNELS.filter(([c]) =>
  (NEW_COMPLAINT_CHANNELS as readonly string[]).includes(c),
);

export const OUTCOMES: [Outcome, string][] = [
  ['resolved', 'Resolved'],
  ['upheld', 'Upheld'],
  ['partially_upheld', 'Partially upheld'],
  ['not_upheld', 'Not upheld'],
];

export const SPSO_DECISIONS: [SpsoDecision, string][] = [
  ['not_taken_forward', 'Not taken forward'],
  ['resolved', 'Resolved'],
  ['upheld', 'Upheld'],
  ['partially_upheld', 'Partially upheld'],
  ['not_upheld', 'Not upheld'],
];

export const PREFERRED_CONTACT: [PreferredContact | '', string][] = [
  ['', 'Not given'],
  ['email', 'E-mail'],
  ['phone', 'Phone'],
  ['letter', 'Letter'],
  ['in_person', 'In person'],
];
