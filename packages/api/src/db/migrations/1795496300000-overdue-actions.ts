import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The overview's overdue improvement actions (docs/procedure.md, Learning from complaints; issue
 * 19): open actions (proposed, authorised, in progress) whose target date is before today,
 * counted by owner and by service area. The index holds only open actions, in target-date order
 * with the owner and service area beside each, so the count reads the overdue ones from the index
 * alone (not every action of the organisation, nor its rows) however many have been completed.
 */
export class OverdueActions1795496300000 implements MigrationInterface {
  name = 'OverdueActions1795496300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX improvement_action_overdue_idx ON improvement_action (organisation_id, target_date)
         INCLUDE (owner_id, service_area_id) WHERE status IN ('proposed', 'authorised', 'in_progress')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX improvement_action_overdue_idx`);
  }
}
