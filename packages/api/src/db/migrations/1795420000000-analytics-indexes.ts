import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the analytics queries (docs/analytics.md). Each leads with `organisation_id`
 * (distribution key) and carries the projection columns the query reads, so the indicator and
 * trend statements are index-only range scans:
 * - receipts by instant (local date of receipt = a range of `received_at`), with the trend
 *   dimensions;
 * - stage 1 and stage 2 closures by local closing date, with outcome, working days, within
 *   timescale and extension (partial: closed stages only);
 * - improvement actions by completion date.
 */
export class AnalyticsIndexes1795420000000 implements MigrationInterface {
  name = 'AnalyticsIndexes1795420000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX complaint_analytics_received_idx ON complaint (organisation_id, received_at)
        INCLUDE (service_area_id, category, channel, route, escalated_at, current_stage, stage1_outcome, stage2_outcome)`);
    await q.query(`
      CREATE INDEX complaint_stage1_closed_idx ON complaint (organisation_id, stage1_closed_on)
        INCLUDE (stage1_outcome, stage1_working_days, stage1_within_timescale, stage1_extended_due_on)
        WHERE stage1_closed_on IS NOT NULL`);
    await q.query(`
      CREATE INDEX complaint_stage2_closed_idx ON complaint (organisation_id, stage2_closed_on)
        INCLUDE (route, stage2_outcome, stage2_working_days, stage2_within_timescale, stage2_extended_due_on)
        WHERE stage2_closed_on IS NOT NULL`);
    await q.query(`
      CREATE INDEX improvement_action_completed_idx ON improvement_action (organisation_id, completed_on)
        INCLUDE (target_date, status) WHERE completed_on IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const index of [
      'improvement_action_completed_idx',
      'complaint_stage2_closed_idx',
      'complaint_stage1_closed_idx',
      'complaint_analytics_received_idx',
    ]) {
      await q.query(`DROP INDEX IF EXISTS ${index}`);
    }
  }
}
