import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The recording model of issue 3: organisations, people, customers, complaints with their
 * append-only journey, points of complaint, root causes, improvement actions and the audit log.
 *
 * Distribution: every organisation-owned table carries `organisation_id` as the first column of
 * its primary key, of every foreign key and of every index that queries use, so the schema can be
 * distributed by organisation (Citus) without reshaping. `organisation`, `person` and
 * `person_session` are small reference tables (sign-in looks people up by e-mail across
 * organisations).
 */
export class ComplaintsSchema1795400000000 implements MigrationInterface {
  name = 'ComplaintsSchema1795400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organisation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(200) NOT NULL,
        slug varchar(80) NOT NULL UNIQUE,
        parent_id uuid REFERENCES organisation(id),
        sector varchar(30) NOT NULL CHECK (sector IN ('housing','local_authority','higher_education','further_education','other')),
        person_term varchar(30) NOT NULL DEFAULT 'customer',
        cut_off_time varchar(5) CHECK (cut_off_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
        population integer CHECK (population > 0),
        population_label varchar(60),
        spso_signposting text NOT NULL DEFAULT '',
        tribunal_signposting text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE closure_day (
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        date date NOT NULL,
        reason varchar(30) NOT NULL CHECK (reason IN ('local_holiday','industrial_action','other')),
        description varchar(200) NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organisation_id, date)
      )`);

    await q.query(`
      CREATE TABLE service_area (
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        name varchar(120) NOT NULL,
        active boolean NOT NULL DEFAULT true,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organisation_id, id),
        UNIQUE (organisation_id, name)
      )`);

    await q.query(`
      CREATE TABLE person (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        email varchar(254) NOT NULL,
        name varchar(120) NOT NULL,
        role varchar(30) NOT NULL CHECK (role IN ('admin','senior_manager','manager','handler','communications','staff')),
        group_access boolean NOT NULL DEFAULT false,
        service_area_id uuid,
        password_hash varchar(200),
        active boolean NOT NULL DEFAULT true,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (organisation_id, id),
        FOREIGN KEY (organisation_id, service_area_id) REFERENCES service_area(organisation_id, id)
      )`);
    await q.query(`CREATE UNIQUE INDEX person_email_key ON person (lower(email))`);
    await q.query(`CREATE INDEX person_organisation_idx ON person (organisation_id, role)`);

    await q.query(`
      CREATE TABLE person_session (
        token_hash char(64) PRIMARY KEY,
        person_id uuid NOT NULL REFERENCES person(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`);
    await q.query(`CREATE INDEX person_session_person_idx ON person_session (person_id)`);

    await q.query(`
      CREATE TABLE customer (
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        name varchar(200),
        email varchar(254),
        phone varchar(40),
        address text,
        postcode varchar(10),
        preferred_contact varchar(20) CHECK (preferred_contact IN ('email','phone','letter','in_person')),
        anonymised_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organisation_id, id)
      )`);

    await q.query(`
      CREATE TABLE complaint (
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        reference varchar(30) NOT NULL,
        customer_id uuid,
        received_at timestamptz NOT NULL,
        aware_on date,
        channel varchar(20) NOT NULL CHECK (channel IN ('phone','email','letter','in_person','web_form','social_media','other')),
        service_area_id uuid NOT NULL,
        category varchar(120) NOT NULL,
        summary text NOT NULL,
        outcome_sought text NOT NULL DEFAULT '',
        serious boolean NOT NULL DEFAULT false,
        about_named_staff boolean NOT NULL DEFAULT false,
        handler_id uuid,
        route varchar(20) NOT NULL CHECK (route IN ('stage1','stage2_direct')),
        current_stage smallint NOT NULL CHECK (current_stage IN (1,2)),
        status varchar(10) NOT NULL CHECK (status IN ('open','closed')),
        stage1_day_one date,
        stage1_due_on date,
        stage1_extended_due_on date,
        stage1_closed_on date,
        stage1_outcome varchar(20),
        stage1_working_days integer,
        stage1_within_timescale boolean,
        escalated_at timestamptz,
        escalation_exceptional_circumstances text,
        stage2_day_one date,
        stage2_due_on date,
        stage2_extended_due_on date,
        stage2_acknowledge_by date,
        stage2_acknowledged_on date,
        stage2_closed_on date,
        stage2_outcome varchar(20),
        stage2_working_days integer,
        stage2_within_timescale boolean,
        spso_decision varchar(30) CHECK (spso_decision IN ('not_taken_forward','resolved','upheld','partially_upheld','not_upheld')),
        spso_decided_on date,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organisation_id, id),
        UNIQUE (organisation_id, reference),
        FOREIGN KEY (organisation_id, customer_id) REFERENCES customer(organisation_id, id),
        FOREIGN KEY (organisation_id, service_area_id) REFERENCES service_area(organisation_id, id),
        FOREIGN KEY (organisation_id, handler_id) REFERENCES person(organisation_id, id),
        CHECK (stage1_outcome IN ('resolved','upheld','partially_upheld','not_upheld')),
        CHECK (stage2_outcome IN ('resolved','upheld','partially_upheld','not_upheld'))
      )`);
    await q.query(
      `CREATE INDEX complaint_received_idx ON complaint (organisation_id, received_at DESC, id)`,
    );
    await q.query(
      `CREATE INDEX complaint_open_idx ON complaint (organisation_id, status, current_stage)`,
    );
    await q.query(
      `CREATE INDEX complaint_service_area_idx ON complaint (organisation_id, service_area_id)`,
    );
    await q.query(`CREATE INDEX complaint_handler_idx ON complaint (organisation_id, handler_id)`);

    await q.query(`
      CREATE TABLE complaint_staff_member (
        organisation_id uuid NOT NULL,
        complaint_id uuid NOT NULL,
        person_id uuid NOT NULL,
        PRIMARY KEY (organisation_id, complaint_id, person_id),
        FOREIGN KEY (organisation_id, complaint_id) REFERENCES complaint(organisation_id, id),
        FOREIGN KEY (organisation_id, person_id) REFERENCES person(organisation_id, id)
      )`);

    // The journey: append-only. The trigger below refuses UPDATE and DELETE (docs/procedure.md, What every complaint records: the
    // record the SPSO may ask for).
    await q.query(`
      CREATE TABLE complaint_event (
        organisation_id uuid NOT NULL,
        id bigint GENERATED ALWAYS AS IDENTITY,
        complaint_id uuid NOT NULL,
        sequence integer NOT NULL,
        type varchar(30) NOT NULL CHECK (type IN ('received','extended','escalated','acknowledged','closed',
          'note','contact_update','points_agreed','signed_off','spso_decision','post_closure_contact')),
        at timestamptz NOT NULL,
        stage smallint CHECK (stage IN (1,2)),
        payload jsonb NOT NULL DEFAULT '{}',
        recorded_by_id uuid,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organisation_id, id),
        UNIQUE (organisation_id, complaint_id, sequence),
        FOREIGN KEY (organisation_id, complaint_id) REFERENCES complaint(organisation_id, id),
        FOREIGN KEY (organisation_id, recorded_by_id) REFERENCES person(organisation_id, id)
      )`);
    await q.query(`
      CREATE FUNCTION complaint_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'complaint_event is append-only' USING ERRCODE = 'restrict_violation';
      END $$`);
    await q.query(`
      CREATE TRIGGER complaint_event_append_only BEFORE UPDATE OR DELETE ON complaint_event
      FOR EACH ROW EXECUTE FUNCTION complaint_event_is_append_only()`);

    await q.query(`
      CREATE TABLE complaint_point (
        organisation_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        complaint_id uuid NOT NULL,
        position smallint NOT NULL CHECK (position > 0),
        description text NOT NULL,
        finding varchar(20) CHECK (finding IN ('upheld','not_upheld')),
        finding_reason text,
        PRIMARY KEY (organisation_id, id),
        UNIQUE (organisation_id, complaint_id, position),
        FOREIGN KEY (organisation_id, complaint_id) REFERENCES complaint(organisation_id, id)
      )`);

    await q.query(`
      CREATE TABLE root_cause (
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        parent_id uuid,
        name varchar(120) NOT NULL,
        description text NOT NULL DEFAULT '',
        active boolean NOT NULL DEFAULT true,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organisation_id, id),
        FOREIGN KEY (organisation_id, parent_id) REFERENCES root_cause(organisation_id, id)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX root_cause_name_key ON root_cause (organisation_id, coalesce(parent_id, '00000000-0000-0000-0000-000000000000'::uuid), lower(name))`,
    );

    await q.query(`
      CREATE TABLE complaint_root_cause (
        organisation_id uuid NOT NULL,
        complaint_id uuid NOT NULL,
        root_cause_id uuid NOT NULL,
        PRIMARY KEY (organisation_id, complaint_id, root_cause_id),
        FOREIGN KEY (organisation_id, complaint_id) REFERENCES complaint(organisation_id, id),
        FOREIGN KEY (organisation_id, root_cause_id) REFERENCES root_cause(organisation_id, id)
      )`);
    await q.query(
      `CREATE INDEX complaint_root_cause_cause_idx ON complaint_root_cause (organisation_id, root_cause_id)`,
    );

    await q.query(`
      CREATE TABLE improvement_action (
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        title varchar(200) NOT NULL,
        description text NOT NULL,
        service_area_id uuid NOT NULL,
        owner_id uuid NOT NULL,
        proposed_by_id uuid,
        authorised_by_id uuid,
        authorised_on date,
        target_date date NOT NULL,
        status varchar(20) NOT NULL CHECK (status IN ('proposed','authorised','in_progress','done','verified','cancelled')),
        completed_on date,
        completion_evidence text,
        monitoring_until date,
        effectiveness varchar(20) CHECK (effectiveness IN ('effective','partly_effective','not_effective')),
        effectiveness_note text,
        verified_on date,
        learning_shared text,
        public_summary text,
        cancelled_reason text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organisation_id, id),
        FOREIGN KEY (organisation_id, service_area_id) REFERENCES service_area(organisation_id, id),
        FOREIGN KEY (organisation_id, owner_id) REFERENCES person(organisation_id, id),
        FOREIGN KEY (organisation_id, proposed_by_id) REFERENCES person(organisation_id, id),
        FOREIGN KEY (organisation_id, authorised_by_id) REFERENCES person(organisation_id, id)
      )`);
    await q.query(
      `CREATE INDEX improvement_action_owner_idx ON improvement_action (organisation_id, owner_id, status, target_date)`,
    );
    await q.query(
      `CREATE INDEX improvement_action_due_idx ON improvement_action (organisation_id, status, target_date)`,
    );

    await q.query(`
      CREATE TABLE improvement_action_progress (
        organisation_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        action_id uuid NOT NULL,
        author_id uuid NOT NULL,
        note text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organisation_id, id),
        FOREIGN KEY (organisation_id, action_id) REFERENCES improvement_action(organisation_id, id),
        FOREIGN KEY (organisation_id, author_id) REFERENCES person(organisation_id, id)
      )`);
    await q.query(
      `CREATE INDEX improvement_action_progress_action_idx ON improvement_action_progress (organisation_id, action_id, recorded_at)`,
    );

    await q.query(`
      CREATE TABLE improvement_action_complaint (
        organisation_id uuid NOT NULL,
        action_id uuid NOT NULL,
        complaint_id uuid NOT NULL,
        PRIMARY KEY (organisation_id, action_id, complaint_id),
        FOREIGN KEY (organisation_id, action_id) REFERENCES improvement_action(organisation_id, id),
        FOREIGN KEY (organisation_id, complaint_id) REFERENCES complaint(organisation_id, id)
      )`);
    await q.query(
      `CREATE INDEX improvement_action_complaint_complaint_idx ON improvement_action_complaint (organisation_id, complaint_id)`,
    );

    await q.query(`
      CREATE TABLE improvement_action_root_cause (
        organisation_id uuid NOT NULL,
        action_id uuid NOT NULL,
        root_cause_id uuid NOT NULL,
        PRIMARY KEY (organisation_id, action_id, root_cause_id),
        FOREIGN KEY (organisation_id, action_id) REFERENCES improvement_action(organisation_id, id),
        FOREIGN KEY (organisation_id, root_cause_id) REFERENCES root_cause(organisation_id, id)
      )`);
    await q.query(
      `CREATE INDEX improvement_action_root_cause_cause_idx ON improvement_action_root_cause (organisation_id, root_cause_id)`,
    );

    await q.query(`
      CREATE TABLE audit_log (
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        id bigint GENERATED ALWAYS AS IDENTITY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid REFERENCES person(id),
        operation varchar(60) NOT NULL,
        entity varchar(40) NOT NULL,
        entity_id varchar(80) NOT NULL,
        changes jsonb NOT NULL DEFAULT '{}',
        PRIMARY KEY (organisation_id, id)
      )`);
    await q.query(
      `CREATE INDEX audit_log_entity_idx ON audit_log (organisation_id, entity, entity_id, at)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'audit_log',
      'improvement_action_root_cause',
      'improvement_action_complaint',
      'improvement_action_progress',
      'improvement_action',
      'complaint_root_cause',
      'root_cause',
      'complaint_point',
      'complaint_event',
      'complaint_staff_member',
      'complaint',
      'customer',
      'person_session',
      'person',
      'service_area',
      'closure_day',
      'organisation',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
    await q.query(`DROP FUNCTION IF EXISTS complaint_event_is_append_only()`);
  }
}
