/**
 * The import template: one row per complaint, one column per field (docs/procedure.md, Importing
 * complaints). The header is the field's name; an organisation's saved mapping may name its own
 * columns instead.
 */
export const IMPORT_FIELDS = [
  'source_reference',
  'received_at',
  'received_stage',
  'channel',
  'service_area',
  'category',
  'summary',
  'outcome_sought',
  'customer_name',
  'customer_email',
  'customer_phone',
  'aware_on',
  'handler',
  'extension_at',
  'extension_reason',
  'extension_due_on',
  'stage1_closed_at',
  'stage1_outcome',
  'stage1_resolution',
  'stage1_late_reason',
  'escalated_at',
  'escalation_exceptional_circumstances',
  'stage2_acknowledged_at',
  'points',
  'stage2_closed_at',
  'stage2_outcome',
  'stage2_resolution',
  'spso_decision',
  'spso_decided_on',
  'root_causes',
] as const;

export type ImportField = (typeof IMPORT_FIELDS)[number];

/** The fields every row must give. */
export const REQUIRED_IMPORT_FIELDS: readonly ImportField[] = [
  'source_reference',
  'received_at',
  'channel',
  'service_area',
  'category',
  'summary',
];

/** What each column holds, for the template and the mapping screen. */
export const IMPORT_FIELD_HINTS: Record<ImportField, string> = {
  source_reference: "The complaint's reference in the system it comes from (unique)",
  received_at: 'Date (and time) received: 2025-03-14 or 2025-03-14 10:30 or 14/03/2025',
  received_stage: '1 (default) or 2 for a complaint taken straight to stage 2',
  channel: 'phone, email, letter, in person, web form or other',
  service_area: 'Service area by name',
  category: 'Category',
  summary: 'What the complaint is about',
  outcome_sought: 'What the customer wants',
  customer_name: "Customer's name",
  customer_email: "Customer's e-mail",
  customer_phone: "Customer's phone",
  aware_on: 'Date the customer first knew of the problem',
  handler: 'Handler by name or e-mail',
  extension_at: 'Date the extension was agreed',
  extension_reason: 'Why it was extended',
  extension_due_on: 'The new due date',
  stage1_closed_at: 'Date of the stage 1 response',
  stage1_outcome: 'resolved, upheld, partially upheld or not upheld',
  stage1_resolution: 'Resolved: the action the customer agreed',
  stage1_late_reason: 'Stage 1 closed after its last day: why it was not escalated',
  escalated_at: 'Date escalated to stage 2',
  escalation_exceptional_circumstances: 'Escalated out of time: the exceptional circumstances',
  stage2_acknowledged_at: 'Date stage 2 was acknowledged',
  points: 'Points of complaint, separated by ;',
  stage2_closed_at: 'Date of the stage 2 final response',
  stage2_outcome: 'resolved, upheld, partially upheld or not upheld',
  stage2_resolution: 'Resolved: the action the customer agreed',
  spso_decision:
    "SPSO's decision: not taken forward, resolved, upheld, partially upheld, not upheld",
  spso_decided_on: "Date of the SPSO's decision",
  root_causes: 'Root causes by name, separated by ;',
};

/** A source column → field mapping; fields not mapped are read from the column of their own name. */
export type ImportMapping = Partial<Record<ImportField, string>>;

/** The source column a field is read from. */
export const sourceColumn = (field: ImportField, mapping: ImportMapping = {}): string =>
  mapping[field]?.trim() || field;
