import type { TimelineSettings } from '@chp/domain';

/** The demo generator's options and the rows it yields, column names as in the database. */
export const DEFAULT_TODAY = '2026-11-20';

export interface DemoServiceArea {
  id: string;
  name: string;
}
export interface DemoPerson {
  id: string;
  role: string;
  serviceAreaId?: string | null;
  name?: string;
}
export interface DemoRootCause {
  id: string;
  name: string;
  parentId: string | null;
}

export interface GenerateOptions {
  seed: number;
  count: number;
  organisationId: string;
  serviceAreas: DemoServiceArea[];
  people: DemoPerson[];
  rootCauses: DemoRootCause[];
  /** The organisation's timeline settings (cut-off time, closure days) as the API loads them. */
  settings: TimelineSettings;
  /** First and last date of receipt (local dates); default the four years up to `today`. */
  from?: string;
  to?: string;
  /** The day the data is "as of": nothing happens after it (default 2026-11-20). The clock is never read. */
  today?: string;
  /** The instant the data is as of (ISO 8601): nothing is received or happens after it. Default noon (London) on `today`. */
  now?: string;
  /** The last reference number already used per year of receipt, e.g. { '2026': 120 }. */
  referencesUsed?: Record<string, number>;
  /** Distinguishes further loads into the same organisation (their own random streams and ids). */
  stream?: number;
  /** Largest number of complaints per batch (default 5,000). */
  batchSize?: number;
}

export interface CustomerRow {
  organisation_id: string;
  id: string;
  name: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  postcode: string | null;
  preferred_contact: string | null;
  created_at: string;
}

export interface ComplaintRow {
  organisation_id: string;
  id: string;
  reference: string;
  customer_id: string | null;
  received_at: string;
  aware_on: string | null;
  channel: string;
  service_area_id: string;
  category: string;
  summary: string;
  outcome_sought: string;
  serious: boolean;
  about_named_staff: boolean;
  handler_id: string;
  route: string;
  current_stage: number;
  status: string;
  stage1_day_one: string | null;
  stage1_due_on: string | null;
  stage1_extended_due_on: string | null;
  stage1_closed_on: string | null;
  stage1_outcome: string | null;
  stage1_working_days: number | null;
  stage1_within_timescale: boolean | null;
  escalated_at: string | null;
  escalation_exceptional_circumstances: string | null;
  stage2_day_one: string | null;
  stage2_due_on: string | null;
  stage2_extended_due_on: string | null;
  stage2_acknowledge_by: string | null;
  stage2_acknowledged_on: string | null;
  stage2_closed_on: string | null;
  stage2_outcome: string | null;
  stage2_working_days: number | null;
  stage2_within_timescale: boolean | null;
  spso_decision: string | null;
  spso_decided_on: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface EventRow {
  organisation_id: string;
  complaint_id: string;
  sequence: number;
  type: string;
  at: string;
  stage: number | null;
  payload: Record<string, unknown>;
  recorded_by_id: string | null;
  recorded_at: string;
}

export interface PointRow {
  organisation_id: string;
  id: string;
  complaint_id: string;
  position: number;
  description: string;
  finding: string | null;
  finding_reason: string | null;
}

export interface ComplaintRootCauseRow {
  organisation_id: string;
  complaint_id: string;
  root_cause_id: string;
}
export interface StaffMemberRow {
  organisation_id: string;
  complaint_id: string;
  person_id: string;
}

/** A closed complaint an improvement action may be linked to (a small sample of them). */
export interface ActionCandidate {
  complaintId: string;
  serviceAreaId: string;
  rootCauseId: string;
  closedOn: string;
  outcome: string;
}

export interface ComplaintBatch {
  customers: CustomerRow[];
  complaints: ComplaintRow[];
  staffMembers: StaffMemberRow[];
  events: EventRow[];
  points: PointRow[];
  rootCauses: ComplaintRootCauseRow[];
  candidates: ActionCandidate[];
}

// --- calendar helpers (calendar arithmetic only: every working-day date comes from @chp/domain) ---
