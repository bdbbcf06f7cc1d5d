import type { MigrationInterface, QueryRunner } from 'typeorm';

const FIGURES = [
  'received',
  'closed',
  'resolved',
  'upheld',
  'partially_upheld',
  'not_upheld',
  'working_days',
  'within_timescale',
  'extended',
];
const OTHER = ['not_a_complaint', 'withdrawn', 'out_of_time', 'duplicate'];
const ALL = [...FIGURES, ...OTHER];

/** A complaint's contribution to indicator_day, signed (+1 new row, -1 old row). */
function contributions(others: boolean): string {
  const zeros = others ? ', 0, 0, 0, 0' : '';
  const columns = (others ? ALL : FIGURES)
    .map((f) => `${f} ${f === 'working_days' ? 'bigint' : 'integer'}`)
    .join(', ');
  // docs/procedure.md, SPSO performance indicators, row A: not a complaint and duplicates are not complaints received
  const received = others
    ? `sign * (c.other_outcome IS NULL OR c.other_outcome IN ('withdrawn', 'out_of_time'))::int`
    : 'sign';
  return `
      CREATE FUNCTION indicator_contributions(c complaint, sign integer)
      RETURNS TABLE (organisation_id uuid, date date, bucket smallint, ${columns})
      LANGUAGE plpgsql IMMUTABLE AS $$
      BEGIN
        RETURN QUERY
        SELECT c.organisation_id, (c.received_at AT TIME ZONE 'Europe/London')::date, 0::smallint, ${received}, 0, 0, 0, 0, 0, 0::bigint, 0, 0${zeros}
        UNION ALL
        SELECT c.organisation_id, c.stage1_closed_on, 1::smallint, 0, sign,
               sign * (c.stage1_outcome = 'resolved')::int, sign * (c.stage1_outcome = 'upheld')::int,
               sign * (c.stage1_outcome = 'partially_upheld')::int, sign * (c.stage1_outcome = 'not_upheld')::int,
               sign * coalesce(c.stage1_working_days, 0)::bigint, sign * coalesce(c.stage1_within_timescale, false)::int,
               sign * (c.stage1_extended_due_on IS NOT NULL)::int${zeros}
         WHERE c.stage1_closed_on IS NOT NULL
        UNION ALL
        SELECT c.organisation_id, c.stage2_closed_on, CASE WHEN c.route = 'stage2_direct' THEN 2 ELSE 3 END::smallint, 0, sign,
               sign * (c.stage2_outcome = 'resolved')::int, sign * (c.stage2_outcome = 'upheld')::int,
               sign * (c.stage2_outcome = 'partially_upheld')::int, sign * (c.stage2_outcome = 'not_upheld')::int,
               sign * coalesce(c.stage2_working_days, 0)::bigint, sign * coalesce(c.stage2_within_timescale, false)::int,
               sign * (c.stage2_extended_due_on IS NOT NULL)::int${zeros}
         WHERE c.stage2_closed_on IS NOT NULL
        ${
          others
            ? `UNION ALL
        SELECT c.organisation_id, c.other_outcome_on, 4::smallint, 0, 0, 0, 0, 0, 0, 0::bigint, 0, 0,
               sign * (c.other_outcome = 'not_a_complaint')::int, sign * (c.other_outcome = 'withdrawn')::int,
               sign * (c.other_outcome = 'out_of_time')::int, sign * (c.other_outcome = 'duplicate')::int
         WHERE c.other_outcome_on IS NOT NULL`
            : ''
        };
      END $$`;
}

function maintain(figures: string[]): string {
  const upsert = (source: string) => `
      INSERT INTO indicator_day AS d (organisation_id, date, bucket, ${figures.join(', ')})
      SELECT * FROM ${source}
      ON CONFLICT (organisation_id, date, bucket) DO UPDATE SET ${figures.map((f) => `${f} = d.${f} + EXCLUDED.${f}`).join(', ')}`;
  return `
      CREATE FUNCTION indicator_day_maintain() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN ${upsert('indicator_contributions(OLD, -1)')}; END IF;
        IF TG_OP <> 'DELETE' THEN ${upsert('indicator_contributions(NEW, 1)')}; END IF;
        RETURN NULL;
      END $$`;
}

const COUNTED = `
        OLD.received_at IS DISTINCT FROM NEW.received_at OR OLD.route IS DISTINCT FROM NEW.route OR
        OLD.stage1_closed_on IS DISTINCT FROM NEW.stage1_closed_on OR OLD.stage1_outcome IS DISTINCT FROM NEW.stage1_outcome OR
        OLD.stage1_working_days IS DISTINCT FROM NEW.stage1_working_days OR OLD.stage1_within_timescale IS DISTINCT FROM NEW.stage1_within_timescale OR
        OLD.stage1_extended_due_on IS DISTINCT FROM NEW.stage1_extended_due_on OR
        OLD.stage2_closed_on IS DISTINCT FROM NEW.stage2_closed_on OR OLD.stage2_outcome IS DISTINCT FROM NEW.stage2_outcome OR
        OLD.stage2_working_days IS DISTINCT FROM NEW.stage2_working_days OR OLD.stage2_within_timescale IS DISTINCT FROM NEW.stage2_within_timescale OR
        OLD.stage2_extended_due_on IS DISTINCT FROM NEW.stage2_extended_due_on`;

function updateTrigger(others: boolean): string {
  const extra = others
    ? ` OR
        OLD.other_outcome IS DISTINCT FROM NEW.other_outcome OR OLD.other_outcome_on IS DISTINCT FROM NEW.other_outcome_on`
    : '';
  return `
      CREATE TRIGGER complaint_indicator_day_update AFTER UPDATE ON complaint
      FOR EACH ROW WHEN (${COUNTED}${extra})
      EXECUTE FUNCTION indicator_day_maintain()`;
}

/**
 * First contact (§11–12; docs/procedure.md, Before stage 1): what the contact was (an enquiry
 * and a request for service are recorded, as "not a complaint"), the time limit for complaining
 * (an organisation setting, six months by default) and a late complaint's special circumstances,
 * another organisation involved and what was passed to it, a contractor, an elected member acting
 * for the customer; and the outcomes beyond the four (not a complaint, withdrawn, out of time,
 * duplicate, linked to the complaint it repeats), which are a status of their own.
 *
 * indicator_day learns the new outcomes: bucket 4 counts them by their date, never as closures,
 * and the receipts of bucket 0 leave out what was not a complaint and duplicates (indicator A).
 * Complaints stored before this migration have no such outcome, so their rows are unchanged.
 */
export class FirstContact1795471000000 implements MigrationInterface {
  name = 'FirstContact1795471000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE organisation ADD COLUMN complaint_time_limit_months smallint NOT NULL DEFAULT 6
         CHECK (complaint_time_limit_months BETWEEN 1 AND 120)`,
    );
    await q.query(`ALTER TABLE complaint ALTER COLUMN status TYPE varchar(20)`);
    await q.query(`
      ALTER TABLE complaint
        DROP CONSTRAINT complaint_status_check,
        ADD CONSTRAINT complaint_status_check CHECK (status IN ('open','closed','not_a_complaint','withdrawn','out_of_time','duplicate')),
        ADD COLUMN contact_type varchar(20) NOT NULL DEFAULT 'complaint' CHECK (contact_type IN ('enquiry','service_request','complaint')),
        ADD COLUMN other_outcome varchar(20) CHECK (other_outcome IN ('not_a_complaint','withdrawn','out_of_time','duplicate')),
        ADD COLUMN other_outcome_on date,
        ADD COLUMN other_outcome_reason text,
        ADD COLUMN duplicate_of_id uuid,
        ADD COLUMN special_circumstances text,
        ADD COLUMN other_organisation varchar(200),
        ADD COLUMN passed_to_other_organisation text,
        ADD COLUMN contractor varchar(200),
        ADD COLUMN elected_member varchar(200),
        ADD CONSTRAINT complaint_duplicate_of_fkey FOREIGN KEY (organisation_id, duplicate_of_id) REFERENCES complaint(organisation_id, id),
        ADD CONSTRAINT complaint_only_complaints_enter CHECK (contact_type = 'complaint' OR other_outcome = 'not_a_complaint'),
        ADD CONSTRAINT complaint_duplicate_linked CHECK ((other_outcome = 'duplicate') = (duplicate_of_id IS NOT NULL)),
        ADD CONSTRAINT complaint_other_outcome_dated CHECK ((other_outcome IS NULL) = (other_outcome_on IS NULL))`);
    await q.query(
      `CREATE INDEX complaint_contractor_idx ON complaint (organisation_id, lower(contractor)) WHERE contractor IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX complaint_duplicate_of_idx ON complaint (organisation_id, duplicate_of_id) WHERE duplicate_of_id IS NOT NULL`,
    );
    await q.query(`
      ALTER TABLE complaint_event DROP CONSTRAINT complaint_event_type_check,
        ADD CONSTRAINT complaint_event_type_check CHECK (type IN ('received','extended','escalated','acknowledged','closed',
          'note','contact_update','points_agreed','signed_off','spso_decision','post_closure_contact','ended'))`);

    await q.query(`
      ALTER TABLE indicator_day
        DROP CONSTRAINT indicator_day_bucket_check,
        ADD CONSTRAINT indicator_day_bucket_check CHECK (bucket BETWEEN 0 AND 4),
        ${OTHER.map((f) => `ADD COLUMN ${f} integer NOT NULL DEFAULT 0`).join(',\n        ')}`);
    await q.query(`DROP TRIGGER complaint_indicator_day_update ON complaint`);
    await q.query(`DROP TRIGGER complaint_indicator_day_insert ON complaint`);
    await q.query(`DROP FUNCTION indicator_day_maintain()`);
    await q.query(`DROP FUNCTION indicator_contributions(complaint, integer)`);
    await q.query(contributions(true));
    await q.query(maintain(ALL));
    await q.query(`
      CREATE TRIGGER complaint_indicator_day_insert AFTER INSERT OR DELETE ON complaint
      FOR EACH ROW EXECUTE FUNCTION indicator_day_maintain()`);
    await q.query(updateTrigger(true));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER complaint_indicator_day_update ON complaint`);
    await q.query(`DROP TRIGGER complaint_indicator_day_insert ON complaint`);
    await q.query(`DROP FUNCTION indicator_day_maintain()`);
    await q.query(`DROP FUNCTION indicator_contributions(complaint, integer)`);
    await q.query(`DELETE FROM indicator_day WHERE bucket = 4`);
    await q.query(`
      ALTER TABLE indicator_day
        ${OTHER.map((f) => `DROP COLUMN ${f}`).join(', ')},
        DROP CONSTRAINT indicator_day_bucket_check,
        ADD CONSTRAINT indicator_day_bucket_check CHECK (bucket BETWEEN 0 AND 3)`);
    // the records that were not complaints go with the columns that said so
    await q.query(`ALTER TABLE complaint_event DISABLE TRIGGER complaint_event_append_only`);
    await q.query(`DELETE FROM complaint_event WHERE type = 'ended'`);
    await q.query(`ALTER TABLE complaint_event ENABLE TRIGGER complaint_event_append_only`);
    await q.query(`
      ALTER TABLE complaint_event DROP CONSTRAINT complaint_event_type_check,
        ADD CONSTRAINT complaint_event_type_check CHECK (type IN ('received','extended','escalated','acknowledged','closed',
          'note','contact_update','points_agreed','signed_off','spso_decision','post_closure_contact'))`);
    await q.query(`DROP INDEX complaint_duplicate_of_idx`);
    await q.query(`DROP INDEX complaint_contractor_idx`);
    await q.query(`
      ALTER TABLE complaint
        DROP CONSTRAINT complaint_other_outcome_dated,
        DROP CONSTRAINT complaint_duplicate_linked,
        DROP CONSTRAINT complaint_only_complaints_enter,
        DROP CONSTRAINT complaint_duplicate_of_fkey,
        DROP COLUMN elected_member, DROP COLUMN contractor, DROP COLUMN passed_to_other_organisation,
        DROP COLUMN other_organisation, DROP COLUMN special_circumstances, DROP COLUMN duplicate_of_id,
        DROP COLUMN other_outcome_reason, DROP COLUMN other_outcome_on, DROP COLUMN other_outcome,
        DROP COLUMN contact_type,
        DROP CONSTRAINT complaint_status_check`);
    await q.query(
      `UPDATE complaint SET status = CASE WHEN coalesce(stage2_closed_on, stage1_closed_on) IS NOT NULL THEN 'closed' ELSE 'open' END WHERE status NOT IN ('open','closed')`,
    );
    await q.query(
      `ALTER TABLE complaint ALTER COLUMN status TYPE varchar(10), ADD CONSTRAINT complaint_status_check CHECK (status IN ('open','closed'))`,
    );
    await q.query(contributions(false));
    await q.query(maintain(FIGURES));
    await q.query(`
      CREATE TRIGGER complaint_indicator_day_insert AFTER INSERT OR DELETE ON complaint
      FOR EACH ROW EXECUTE FUNCTION indicator_day_maintain()`);
    await q.query(updateTrigger(false));
    // every receipt counts again
    await q.query(`DELETE FROM indicator_day`);
    await q.query(`
      INSERT INTO indicator_day (organisation_id, date, bucket, ${FIGURES.join(', ')})
      SELECT x.organisation_id, x.date, x.bucket, ${FIGURES.map((f) => `sum(x.${f})`).join(', ')}
        FROM complaint c CROSS JOIN LATERAL indicator_contributions(c, 1) x
       GROUP BY x.organisation_id, x.date, x.bucket`);
    await q.query(`ALTER TABLE organisation DROP COLUMN complaint_time_limit_months`);
  }
}
