import { seesPersonalData, type Role } from '@chp/domain';

/** A column of the register's export: its header and its SQL over the register's row `c`. */
export interface RegisterColumn {
  header: string;
  sql: string;
  /** The customer's details and the complaint's words: only roles that see personal data. */
  personal?: true;
}

const london = (col: string) =>
  `to_char(${col} AT TIME ZONE 'Europe/London', 'YYYY-MM-DD HH24:MI')`;

/**
 * The columns, in order. A role that may not read personal data (communications; Part 1 §15–18
 * and docs/procedure.md, Who sees what) gets the same file without the personal ones, as the
 * register's GraphQL fields refuse them to it.
 */
export const REGISTER_COLUMNS: readonly RegisterColumn[] = [
  { header: 'Reference', sql: 'c.reference' },
  { header: 'Received (UK time)', sql: london('c.received_at') },
  { header: 'Channel', sql: 'c.channel' },
  { header: 'Contact type', sql: 'c.contact_type' },
  { header: 'Service area', sql: 'sa.name' },
  { header: 'Category', sql: 'c.category' },
  { header: 'Route', sql: 'c.route' },
  { header: 'Current stage', sql: 'c.current_stage' },
  { header: 'Status', sql: 'c.status' },
  {
    header: 'Due',
    sql: `to_char(CASE WHEN c.current_stage = 1 THEN coalesce(c.stage1_extended_due_on, c.stage1_due_on)
                  ELSE coalesce(c.stage2_extended_due_on, c.stage2_due_on) END, 'YYYY-MM-DD')`,
  },
  { header: 'Serious (§36)', sql: 'c.serious' },
  { header: 'About named staff', sql: 'c.about_named_staff' },
  { header: 'Handler', sql: 'h.name' },
  { header: 'Stage 1 closed on', sql: `to_char(c.stage1_closed_on, 'YYYY-MM-DD')` },
  { header: 'Stage 1 outcome', sql: 'c.stage1_outcome' },
  { header: 'Stage 1 working days', sql: 'c.stage1_working_days' },
  { header: 'Stage 1 within timescale', sql: 'c.stage1_within_timescale' },
  { header: 'Escalated (UK time)', sql: london('c.escalated_at') },
  { header: 'Stage 2 closed on', sql: `to_char(c.stage2_closed_on, 'YYYY-MM-DD')` },
  { header: 'Stage 2 outcome', sql: 'c.stage2_outcome' },
  { header: 'Stage 2 working days', sql: 'c.stage2_working_days' },
  { header: 'Stage 2 within timescale', sql: 'c.stage2_within_timescale' },
  { header: 'Other outcome', sql: 'c.other_outcome' },
  { header: 'SPSO decision', sql: 'c.spso_decision' },
  { header: 'Customer name', sql: 'cu.name', personal: true },
  { header: 'Customer e-mail', sql: 'cu.email', personal: true },
  { header: 'Customer phone', sql: 'cu.phone', personal: true },
  { header: 'Customer postcode', sql: 'cu.postcode', personal: true },
  { header: 'Summary', sql: 'c.summary', personal: true },
  { header: 'Outcome sought', sql: 'c.outcome_sought', personal: true },
];

/** The columns `role` may read. */
export const registerColumnsFor = (role: Role): RegisterColumn[] =>
  REGISTER_COLUMNS.filter((col) => !col.personal || seesPersonalData(role));
