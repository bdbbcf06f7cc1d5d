import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Work queues (docs/procedure.md, Work queues). A handler asks a manager to agree a stage 2 or
 * stage 1 extension (§27, §62) or to sign off a stage 2 response (§65); the request waits in the
 * managers' queue until the complaint's journey shows the extension or the sign-off after it
 * (`after_sequence`: the journey's last step when it was asked), or the stage ends. The partial
 * index serves the queue's open complaints by handler.
 */
export class WorkQueues1795485000000 implements MigrationInterface {
  name = 'WorkQueues1795485000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE approval_request (
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        complaint_id uuid NOT NULL,
        kind varchar(20) NOT NULL CHECK (kind IN ('extension','sign_off')),
        stage smallint NOT NULL CHECK (stage IN (1,2)),
        after_sequence integer NOT NULL,
        due_on date,
        reason text,
        requested_by_id uuid NOT NULL,
        requested_at timestamptz NOT NULL,
        PRIMARY KEY (organisation_id, id),
        FOREIGN KEY (organisation_id, complaint_id) REFERENCES complaint(organisation_id, id),
        FOREIGN KEY (organisation_id, requested_by_id) REFERENCES person(organisation_id, id),
        CHECK (kind <> 'extension' OR (due_on IS NOT NULL AND reason IS NOT NULL))
      )`);
    await q.query(
      `CREATE INDEX approval_request_complaint_idx ON approval_request (organisation_id, complaint_id, kind)`,
    );
    await q.query(
      `CREATE INDEX complaint_open_handler_idx ON complaint (organisation_id, handler_id) WHERE status = 'open'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX complaint_open_handler_idx`);
    await q.query(`DROP TABLE approval_request`);
  }
}
