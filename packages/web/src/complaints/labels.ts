import { NEW_COMPLAINT_CHANNELS } from '@chp/domain';
import type {
  Channel,
  ComplaintStatus,
  ContactType,
  OtherOutcome,
  Outcome,
  PreferredContact,
  SpsoDecision,
} from '../generated/graphql';

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

/** What a first contact is (§11–12). */
export const CONTACT_TYPES: [ContactType, string][] = [
  ['complaint', 'A complaint'],
  ['enquiry', 'An enquiry'],
  ['service_request', 'A request for service'],
];

/** The outcomes beyond the four: none is a closure (docs/procedure.md, Before stage 1). */
export const OTHER_OUTCOMES: [OtherOutcome, string][] = [
  ['not_a_complaint', 'Not a complaint'],
  ['withdrawn', 'Withdrawn'],
  ['out_of_time', 'Out of time'],
  ['duplicate', 'Duplicate'],
];

/** The register's status filter: open or closed at the current stage, or an outcome beyond the four. */
export const STATUSES: [ComplaintStatus, string][] = [
  ['open', 'Open'],
  ['closed', 'Closed'],
  ...OTHER_OUTCOMES,
];
