import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Recurrence that acts (docs/procedure.md, Recurrence after an improvement action): the figures a
 * verification was based on, kept with it, and the flag raised once when an action's root cause
 * comes back (the day and the figures that raised it).
 */
export class RecurrenceThatActs1795494100000 implements MigrationInterface {
  name = 'RecurrenceThatActs1795494100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE improvement_action
        ADD COLUMN effect_figures jsonb,
        ADD COLUMN recurrence_flagged_on date,
        ADD COLUMN recurrence_flag_figures jsonb`);
    // the reminder run looks for done and verified actions not yet flagged
    await q.query(`
      CREATE INDEX improvement_action_recurrence_check
          ON improvement_action (organisation_id, completed_on)
       WHERE status IN ('done', 'verified') AND recurrence_flagged_on IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX improvement_action_recurrence_check`);
    await q.query(`
      ALTER TABLE improvement_action
        DROP COLUMN effect_figures,
        DROP COLUMN recurrence_flagged_on,
        DROP COLUMN recurrence_flag_figures`);
  }
}
