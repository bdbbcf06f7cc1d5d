/**
 * Why a message is sent, and which of a person's preferences allows it (docs/procedure.md,
 * Reminders and e-mail).
 */
export const MAIL_REASONS = [
  'action_due_soon',
  'action_due_today',
  'action_overdue',
  // an SPSO recommendation's owner (docs/procedure.md, SPSO recommendations)
  'recommendation_due_soon',
  'recommendation_due_today',
  'recommendation_overdue',
  'response_due_soon',
  'response_due_today',
  'response_overdue',
  'acknowledgement_due_soon',
  'acknowledgement_due_today',
  'acknowledgement_overdue',
  'update_due_soon',
  'update_due_today',
  'update_overdue',
  'action_to_authorise',
  'actions_waiting_authorisation',
  'publications_waiting_review',
  'extension_to_approve',
  'sign_off_to_approve',
  'weekly_digest',
  'quarterly_indicators',
  'daily_summary',
  // staff complained about (§48): told once, whatever their preferences
  'named_in_complaint',
  'support_contact_asked',
  // an action's root cause came back after it (docs/procedure.md, Recurrence after an improvement action)
  'action_cause_returned',
  // to customers who agreed to the satisfaction survey (docs/procedure.md, Satisfaction survey)
  'satisfaction_survey',
  'recurrence_survey',
] as const;
export type MailReason = (typeof MAIL_REASONS)[number];

/** A person's choices: each reminder kind may be turned off. */
export type MailPreferenceKind =
  'actionReminders' | 'complaintReminders' | 'approvalReminders' | 'weeklyDigest';

/** The preference that allows each reason; the daily summary is how preferences are honoured, not a kind. */
export const PREFERENCE_OF: Record<MailReason, MailPreferenceKind | null> = {
  action_due_soon: 'actionReminders',
  action_due_today: 'actionReminders',
  action_overdue: 'actionReminders',
  // tracked like improvement actions: the same preference
  recommendation_due_soon: 'actionReminders',
  recommendation_due_today: 'actionReminders',
  recommendation_overdue: 'actionReminders',
  response_due_soon: 'complaintReminders',
  response_due_today: 'complaintReminders',
  response_overdue: 'complaintReminders',
  acknowledgement_due_soon: 'complaintReminders',
  acknowledgement_due_today: 'complaintReminders',
  acknowledgement_overdue: 'complaintReminders',
  update_due_soon: 'complaintReminders',
  update_due_today: 'complaintReminders',
  update_overdue: 'complaintReminders',
  action_to_authorise: 'approvalReminders',
  actions_waiting_authorisation: 'approvalReminders',
  publications_waiting_review: 'approvalReminders',
  extension_to_approve: 'approvalReminders',
  sign_off_to_approve: 'approvalReminders',
  weekly_digest: 'weeklyDigest',
  // the digest preference covers both reports to senior managers
  quarterly_indicators: 'weeklyDigest',
  daily_summary: null,
  named_in_complaint: null,
  support_contact_asked: null,
  // raised once per action: told whatever their preferences
  action_cause_returned: null,
  satisfaction_survey: null,
  recurrence_survey: null,
};

/** Messages to a customer (no person, no preferences): the survey's. */
export const CUSTOMER_REASONS: ReadonlySet<MailReason> = new Set([
  'satisfaction_survey',
  'recurrence_survey',
]);
