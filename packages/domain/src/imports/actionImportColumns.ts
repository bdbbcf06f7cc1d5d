/**
 * The improvement-action import template: one row per action, one column per field
 * (docs/procedure.md, Importing improvement actions). Like the complaint template, the header is
 * the field's name; an organisation's saved mapping for actions may name its own columns.
 */
export const ACTION_IMPORT_FIELDS = [
  'source_reference',
  'title',
  'description',
  'service_area',
  'root_causes',
  'owner',
  'raised_on',
  'target_date',
  'status',
  'authorised_on',
  'progress_note',
  'completed_on',
  'completion_evidence',
  'monitoring_until',
  'learning_shared',
  'effectiveness',
  'effectiveness_note',
  'verified_on',
  'cancelled_reason',
  'public_summary',
] as const;

export type ActionImportField = (typeof ACTION_IMPORT_FIELDS)[number];

/** The fields every row must give (the action form's required fields, and the row's dates). */
export const REQUIRED_ACTION_IMPORT_FIELDS: readonly ActionImportField[] = [
  'source_reference',
  'title',
  'description',
  'service_area',
  'owner',
  'raised_on',
  'target_date',
  'status',
];

/** What each column holds, for the template and the mapping screen. */
export const ACTION_IMPORT_FIELD_HINTS: Record<ActionImportField, string> = {
  source_reference: "The action's reference in the log or system it comes from (unique)",
  title: 'A short title (at most 200 characters)',
  description: 'What is to be done',
  service_area: 'Service area by name',
  root_causes: 'Root causes it addresses, by name, separated by ;',
  owner: 'The owner (a member of staff) by name or e-mail',
  raised_on: 'Date the action was raised: 2025-03-14 or 14/03/2025',
  target_date: 'Date it is to be done by (not before it was raised)',
  status: 'proposed, authorised, in progress, done, verified or cancelled',
  authorised_on: 'Date a manager authorised it (default: the date raised)',
  progress_note: 'In progress: what has been done so far',
  completed_on: 'Done or verified: the date it was completed',
  completion_evidence: 'Done or verified: what shows it was taken (the outcome)',
  monitoring_until: 'Done: monitor its effect until this date',
  learning_shared: 'How the learning was shared with staff',
  effectiveness: 'Verified: effective, partly effective or not effective',
  effectiveness_note: 'Verified: what monitoring found',
  verified_on: 'Verified: the date its effect was verified',
  cancelled_reason: 'Cancelled: why',
  public_summary: "Plain public text for 'you said, we did'",
};
