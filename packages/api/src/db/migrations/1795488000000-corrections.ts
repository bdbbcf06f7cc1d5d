import type { MigrationInterface, QueryRunner } from 'typeorm';

const STEPS = `'received','extended','escalated','acknowledged','closed',
          'note','contact_update','points_agreed','signed_off','spso_decision','post_closure_contact','ended'`;

/**
 * Corrections (docs/procedure.md, Correcting a record): the journey stays append-only, so a
 * correction of the details and a void of a step recorded by mistake are journey rows of their
 * own (`corrected`, `voided`), and the projection is recomputed from the corrected journey.
 */
export class Corrections1795488000000 implements MigrationInterface {
  name = 'Corrections1795488000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE complaint_event DROP CONSTRAINT complaint_event_type_check,
        ADD CONSTRAINT complaint_event_type_check CHECK (type IN (${STEPS},
          'corrected','voided'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    // refused while corrections are stored: the journey is append-only
    await q.query(`
      ALTER TABLE complaint_event DROP CONSTRAINT complaint_event_type_check,
        ADD CONSTRAINT complaint_event_type_check CHECK (type IN (${STEPS}))`);
  }
}
