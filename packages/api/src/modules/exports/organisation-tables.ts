/**
 * What the organisation export holds (docs/procedure.md, Exports): every table of the
 * organisation's records, each filtered to that organisation, without secrets. A table is either
 * exported here or listed in {@link NOT_EXPORTED} with the reason; test/organisation-export.test.ts
 * fails when a table is in neither, so a new table is never left out (or let out) unnoticed.
 */
export interface ExportedTable {
  table: string;
  /** Restricts the table to the organisation `$1`. */
  where: string;
  /** A stable order for the rows. */
  orderBy: string;
  /** Columns never exported: credentials (password hashes, token hashes, client secrets). */
  secret?: readonly string[];
}

const own = 'organisation_id = $1';

export const EXPORTED_TABLES: readonly ExportedTable[] = [
  { table: 'organisation', where: 'id = $1', orderBy: 'id' },
  { table: 'service_area', where: own, orderBy: 'name, id' },
  { table: 'root_cause', where: own, orderBy: 'name, id' },
  { table: 'closure_day', where: own, orderBy: 'date' },
  {
    table: 'person',
    where: own,
    orderBy: 'name, id',
    secret: ['password_hash'],
  },
  { table: 'mail_preference', where: own, orderBy: 'person_id' },
  { table: 'customer', where: own, orderBy: 'created_at, id' },
  { table: 'complaint', where: own, orderBy: 'received_at, id' },
  { table: 'complaint_event', where: own, orderBy: 'complaint_id, sequence' },
  { table: 'complaint_point', where: own, orderBy: 'complaint_id, position' },
  { table: 'complaint_root_cause', where: own, orderBy: 'complaint_id, root_cause_id' },
  { table: 'complaint_staff_member', where: own, orderBy: 'complaint_id, person_id' },
  {
    table: 'complaint_staff_update',
    where: own,
    orderBy: 'complaint_id, person_id, at',
  },
  { table: 'complaint_letter', where: own, orderBy: 'complaint_id, kind, version' },
  { table: 'letter_template', where: own, orderBy: 'kind' },
  { table: 'investigation_plan', where: own, orderBy: 'complaint_id' },
  { table: 'investigation_meeting', where: own, orderBy: 'complaint_id, recorded_at, id' },
  { table: 'alternative_resolution', where: own, orderBy: 'complaint_id, recorded_at, id' },
  { table: 'evidence_file', where: own, orderBy: 'complaint_id, uploaded_at, id' },
  { table: 'investigation_report', where: own, orderBy: 'complaint_id' },
  { table: 'approval_request', where: own, orderBy: 'requested_at, id' },
  { table: 'contact_restriction', where: own, orderBy: 'created_at, id' },
  { table: 'improvement_action', where: own, orderBy: 'created_at, id' },
  { table: 'spso_recommendation', where: own, orderBy: 'created_at, id' },
  { table: 'improvement_action_complaint', where: own, orderBy: 'action_id, complaint_id' },
  { table: 'improvement_action_progress', where: own, orderBy: 'action_id, recorded_at, id' },
  { table: 'improvement_action_root_cause', where: own, orderBy: 'action_id, root_cause_id' },
  { table: 'publication', where: own, orderBy: 'created_at, id' },
  { table: 'publication_item', where: own, orderBy: 'publication_id, position' },
  { table: 'publication_item_action', where: own, orderBy: 'item_id, action_id' },
  { table: 'board_pack', where: own, orderBy: 'period_from, edition, id' },
  { table: 'publication_review_comment', where: own, orderBy: 'publication_id, sent_back_at, id' },
  { table: 'reference_counter', where: own, orderBy: 'year' },
  { table: 'import_mapping', where: own, orderBy: 'organisation_id' },
  { table: 'import_run', where: own, orderBy: 'started_at, id' },
  { table: 'outbox_message', where: own, orderBy: 'created_at, id' },
  {
    table: 'survey_invitation',
    where: own,
    orderBy: 'sent_at, id',
    secret: ['token_hash'],
  },
  { table: 'survey_answer', where: own, orderBy: 'answered_on, id' },
  {
    table: 'organisation_sso',
    where: own,
    orderBy: 'organisation_id',
    secret: ['client_secret'],
  },
  { table: 'organisation_sso_domain', where: own, orderBy: 'domain' },
  { table: 'calendar_feed', where: own, orderBy: 'issued_at, id', secret: ['token_hash'] },
  { table: 'audit_log', where: own, orderBy: 'at, id' },
];

/** The tables the export leaves out, and why. */
export const NOT_EXPORTED: Readonly<Record<string, string>> = {
  evidence_file_content:
    "the evidence files' bytes: evidence_file lists each file, downloaded from its complaint's page",
  person_session: 'sign-in sessions: token hashes only (secrets)',
  password_link: 'password set-up and reset links: token hashes only (secrets)',
  sso_attempt: 'sign-ins through the directory in progress: state and verifier (secrets)',
  sign_in_attempt: "the sign-in throttle's counters, by address (no organisation)",
  request_budget: "the request budget's counters (no organisation)",
  search_word: "the search box's index, rebuilt from complaint and customer",
  working_day: 'the working-day calendar, computed from the settings and closure_day',
  indicator_day: 'daily indicator figures, computed from complaint',
  received_day:
    'daily counts of complaints received by each trend dimension, computed from complaint',
  root_cause_day:
    'daily counts of complaints received by root cause, computed from complaint and its root causes',
  received_month:
    'monthly counts of complaints received by each trend dimension, computed from complaint',
  root_cause_month:
    'monthly counts of complaints received by root cause, computed from complaint and its root causes',
  received_by_day:
    'daily counts of complaints received by one trend dimension at a time, computed from received_day',
  received_by_month:
    'monthly counts of complaints received by one trend dimension at a time, computed from received_month',
  root_cause_total_day:
    'daily counts of complaints received per root cause, computed from root_cause_day',
  root_cause_total_month:
    'monthly counts of complaints received per root cause, computed from root_cause_month',
  cause_subtree_day:
    "daily counts of complaints received with a root cause in each cause's subtree, computed from complaint and its root causes",
  cause_subtree_month:
    "monthly counts of complaints received with a root cause in each cause's subtree, computed from complaint and its root causes",
  cause_subtree_by_day:
    "daily counts of complaints received with a root cause in each cause's subtree by one trend dimension at a time, computed from cause_subtree_day",
  cause_subtree_by_month:
    "monthly counts of complaints received with a root cause in each cause's subtree by one trend dimension at a time, computed from cause_subtree_month",
  demo_load: "the demo loader's progress",
  organisation_group: "a group's name: shared with other organisations (organisation.group_id)",
  app_meta: "the platform's own settings (no organisation)",
  migrations: "the database's schema history (no organisation)",
};
