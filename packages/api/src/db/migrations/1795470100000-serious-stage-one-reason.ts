import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A serious, high-risk or high-profile complaint kept at stage 1 records why it is not at stage 2,
 * and managers list such complaints (§36, docs/procedure.md §36). Complaints recorded before keep
 * a null reason; the partial index serves the managers' list.
 */
export class SeriousStageOneReason1795470100000 implements MigrationInterface {
  name = 'SeriousStageOneReason1795470100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE complaint ADD COLUMN serious_stage_one_reason text`);
    await q.query(
      `CREATE INDEX complaint_serious_at_stage_one ON complaint (organisation_id, received_at DESC) WHERE serious AND current_stage = 1`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX complaint_serious_at_stage_one`);
    await q.query(`ALTER TABLE complaint DROP COLUMN serious_stage_one_reason`);
  }
}
