import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A manager's work queue (docs/procedure.md, Work queues; issue 19): completed actions whose
 * effect is due for review, in the order they fall due (the end of monitoring, else the day of
 * completion). The queue reads only its first items in that order and counts the rest from the
 * index alone, so the count's cost stays small as an organisation's completed actions build up.
 */
export class ActionEffectDue1795496100000 implements MigrationInterface {
  name = 'ActionEffectDue1795496100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX improvement_action_effect_due_idx ON improvement_action
         (organisation_id, (coalesce(monitoring_until, completed_on)))
         INCLUDE (monitoring_until, completed_on) WHERE status = 'done'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX improvement_action_effect_due_idx`);
  }
}
