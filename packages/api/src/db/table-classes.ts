/**
 * What each table is when the database is spread over several servers (docs/scaling.md):
 * - `tenant`: an organisation's records, with an organisation_id column that every key includes;
 *   distributed (sharded) by organisation_id, so one organisation's rows live together.
 * - `reference`: small tables every organisation reads, copied whole to every server.
 * - `platform`: the deployment's own bookkeeping, no organisation, never joined with the others.
 * test/tenant-keys.test.ts fails when a table is missing here or its keys break its class.
 */
export type TableClass = 'tenant' | 'reference' | 'platform';

export const TABLE_CLASSES: Readonly<Record<string, TableClass>> = {
  // reference: read on every request and joined with every tenant table
  organisation: 'reference',
  organisation_group: 'reference',

  // platform
  app_meta: 'platform',
  migrations: 'platform',
  request_budget: 'platform',
  sign_in_attempt: 'platform',

  // tenant: the organisation's people and settings
  person: 'tenant',
  person_session: 'tenant',
  password_link: 'tenant',
  mail_preference: 'tenant',
  organisation_sso: 'tenant',
  organisation_sso_domain: 'tenant',
  sso_attempt: 'tenant',
  calendar_feed: 'tenant',
  service_area: 'tenant',
  root_cause: 'tenant',
  closure_day: 'tenant',
  working_day: 'tenant',
  letter_template: 'tenant',
  import_mapping: 'tenant',
  import_run: 'tenant',
  reference_counter: 'tenant',
  demo_load: 'tenant',
  outbox_message: 'tenant',
  audit_log: 'tenant',

  // tenant: complaints and what hangs off them
  customer: 'tenant',
  complaint: 'tenant',
  complaint_event: 'tenant',
  complaint_point: 'tenant',
  complaint_root_cause: 'tenant',
  complaint_staff_member: 'tenant',
  complaint_staff_update: 'tenant',
  complaint_letter: 'tenant',
  contact_restriction: 'tenant',
  approval_request: 'tenant',
  investigation_plan: 'tenant',
  investigation_meeting: 'tenant',
  investigation_report: 'tenant',
  alternative_resolution: 'tenant',
  evidence_file: 'tenant',
  evidence_file_content: 'tenant',
  search_word: 'tenant',
  indicator_day: 'tenant',
  received_day: 'tenant',
  received_month: 'tenant',
  root_cause_day: 'tenant',
  root_cause_month: 'tenant',
  root_cause_total_day: 'tenant',
  received_by_day: 'tenant',
  received_by_month: 'tenant',
  root_cause_total_month: 'tenant',
  cause_subtree_day: 'tenant',
  cause_subtree_month: 'tenant',
  cause_subtree_by_day: 'tenant',
  cause_subtree_by_month: 'tenant',
  survey_invitation: 'tenant',
  survey_answer: 'tenant',

  // tenant: learning, publications and reports
  improvement_action: 'tenant',
  improvement_action_complaint: 'tenant',
  improvement_action_progress: 'tenant',
  improvement_action_root_cause: 'tenant',
  spso_recommendation: 'tenant',
  publication: 'tenant',
  publication_item: 'tenant',
  publication_item_action: 'tenant',
  publication_review_comment: 'tenant',
  board_pack: 'tenant',
};

/**
 * Keys of tenant tables that do not include organisation_id, on purpose, and why. Each is a
 * platform-wide rule; on a distributed database it needs the change given (docs/scaling.md).
 */
export const TENANT_KEY_EXCEPTIONS: Readonly<Record<string, string>> = {
  'person.person_email_key':
    'an e-mail address signs in to one organisation across the platform, found before the organisation is known; distributed, it moves to a platform table of e-mail addresses written with the person',
  'organisation_sso_domain.organisation_sso_domain_pkey':
    'a directory domain routes sign-in to one organisation across the platform, found from the e-mail before the organisation is known; distributed, the table becomes a reference table',
};
