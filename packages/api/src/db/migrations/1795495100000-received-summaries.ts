import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The dimensions the trends page filters and groups by, as one complaint has them. */
const DIMENSIONS = ['service_area_id', 'category', 'channel', 'stage', 'outcome'];
const RECEIVED_KEY = [...DIMENSIONS, 'contractor'];

/**
 * A complaint's dimensions, when it counts as received (indicator A: not what was not a
 * complaint, nor duplicates): its local date of receipt, service area, category, channel, how
 * far it went (docs/procedure.md, SPSO performance indicators, row B) and its current stage's
 * outcome or 'open'. The same expressions as the analytics queries (trends.queries.ts).
 */
const DIMENSION_SQL = `
  (c.received_at AT TIME ZONE 'Europe/London')::date,
  c.service_area_id, c.category::text, c.channel::text,
  (CASE WHEN c.route = 'stage2_direct' THEN 'stage2_direct' WHEN c.escalated_at IS NOT NULL THEN 'stage2_escalated' ELSE 'stage1' END),
  coalesce(CASE WHEN c.current_stage = 1 THEN c.stage1_outcome ELSE c.stage2_outcome END, 'open')::text`;
const COUNTS_AS_RECEIVED = `(c.other_outcome IS NULL OR c.other_outcome IN ('withdrawn', 'out_of_time'))`;

/** The complaint columns the summaries read: an update that changes none of them costs nothing. */
const COUNTED = [
  'received_at',
  'service_area_id',
  'category',
  'channel',
  'route',
  'escalated_at',
  'current_stage',
  'stage1_outcome',
  'stage2_outcome',
  'other_outcome',
  'contractor',
];

const cols = (alias: string, names: string[]) => names.map((n) => `${alias}.${n}`).join(', ');

/** By day, or by month (the first of the month) for whole months of a period. */
const GRAINS = [
  ['day', 'date', 's.date'],
  ['month', 'month', `date_trunc('month', s.date)::date`],
] as const;

const upsertReceivedInto = (grain: (typeof GRAINS)[number], source: string) => `
  INSERT INTO received_${grain[0]} AS d (organisation_id, ${grain[1]}, ${RECEIVED_KEY.join(', ')}, received)
  SELECT s.organisation_id, ${grain[2]}, ${cols('s', RECEIVED_KEY)}, sum(s.n) FROM ${source}
   GROUP BY s.organisation_id, ${grain[2]}, ${cols('s', RECEIVED_KEY)}
  HAVING sum(s.n) <> 0
  ON CONFLICT (organisation_id, ${grain[1]}, ${RECEIVED_KEY.join(', ')}) DO UPDATE SET received = d.received + EXCLUDED.received`;

const upsertRootCauseInto = (grain: (typeof GRAINS)[number], source: string) => `
  INSERT INTO root_cause_${grain[0]} AS d (organisation_id, ${grain[1]}, root_cause_id, ${DIMENSIONS.join(', ')}, complaints)
  SELECT s.organisation_id, ${grain[2]}, s.root_cause_id, ${cols('s', DIMENSIONS)}, sum(s.n) FROM ${source}
   GROUP BY s.organisation_id, ${grain[2]}, s.root_cause_id, ${cols('s', DIMENSIONS)}
  HAVING sum(s.n) <> 0
  ON CONFLICT (organisation_id, ${grain[1]}, root_cause_id, ${DIMENSIONS.join(', ')}) DO UPDATE SET complaints = d.complaints + EXCLUDED.complaints`;

/** The same rows into the day and the month tables (a CTE would be read twice: the source is small). */
const upsertReceived = (source: string) =>
  GRAINS.map((g) => upsertReceivedInto(g, source)).join(';\n');
const upsertRootCause = (source: string) =>
  GRAINS.map((g) => upsertRootCauseInto(g, source)).join(';\n');

/**
 * The links' effect on root_cause_day, from the link rows a statement added (`added`) and
 * removed (`removed`): each link counts its complaint under its cause, and a complaint with no
 * link at all counts under "none" (root_cause_id NULL). The complaint's link count before the
 * statement is the count now, less what was added, plus what was removed.
 */
const linkDelta = (added: string, removed: string) => `(
  WITH changed AS (
    SELECT organisation_id, complaint_id, root_cause_id, 1 AS n FROM ${added}
    UNION ALL SELECT organisation_id, complaint_id, root_cause_id, -1 FROM ${removed}),
  per_complaint AS (
    SELECT ch.organisation_id, ch.complaint_id, sum(ch.n) AS net,
           (SELECT count(*) FROM complaint_root_cause l WHERE l.organisation_id = ch.organisation_id AND l.complaint_id = ch.complaint_id) AS now
      FROM changed ch GROUP BY ch.organisation_id, ch.complaint_id),
  deltas AS (
    SELECT organisation_id, complaint_id, root_cause_id, n FROM changed
    UNION ALL
    SELECT organisation_id, complaint_id, NULL::uuid, (now = 0)::int - (now - net = 0)::int FROM per_complaint)
  SELECT c.organisation_id, x.date, d.root_cause_id, x.service_area_id, x.category, x.channel, x.stage, x.outcome, d.n
    FROM deltas d JOIN complaint c ON c.organisation_id = d.organisation_id AND c.id = d.complaint_id
   CROSS JOIN LATERAL complaint_dimensions(c) x
   WHERE d.n <> 0) s`;

/**
 * Summary tables for every grouping the dashboard shows (issue 19), kept exact in the same
 * transaction as every write like indicator_day (which already holds closures by day per stage
 * bucket):
 * - `received_day`: complaints received per organisation, local date of receipt, service area,
 *   category, channel, stage reached, current outcome and contractor (lower case, '' for none);
 * - `root_cause_day`: the same complaints per root cause linked (NULL: no root cause recorded),
 *   by the same dimensions but the contractor. A complaint with two causes counts under each;
 * - `received_month` and `root_cause_month`: the same by month (its first day), for the whole
 *   months of a period (a day has a few hundred rows at 1M complaints, a month a few thousand).
 * Row triggers keep them through updates and deletes of complaint, statement triggers with
 * transition tables through inserted complaints (imports: one statement per batch) and through
 * every insert, update (a merge of causes) and delete of complaint_root_cause.
 */
export class ReceivedSummaries1795495100000 implements MigrationInterface {
  name = 'ReceivedSummaries1795495100000';

  async up(q: QueryRunner): Promise<void> {
    for (const [grain, column] of GRAINS) await this.createTables(q, grain, column);

    await q.query(`
      CREATE FUNCTION complaint_dimensions(c complaint)
      RETURNS TABLE (date date, service_area_id uuid, category text, channel text, stage text, outcome text)
      LANGUAGE sql IMMUTABLE AS $$ SELECT ${DIMENSION_SQL} WHERE ${COUNTS_AS_RECEIVED} $$`);
    // One complaint's rows, signed: +1 for the new row, -1 for the old one.
    await q.query(`
      CREATE FUNCTION received_contributions(c complaint, sign integer)
      RETURNS TABLE (organisation_id uuid, date date, service_area_id uuid, category text, channel text, stage text, outcome text, contractor text, n integer)
      LANGUAGE sql IMMUTABLE AS $$
        SELECT c.organisation_id, x.*, coalesce(lower(c.contractor), ''), sign FROM complaint_dimensions(c) x $$`);
    await q.query(`
      CREATE FUNCTION root_cause_contributions(c complaint, sign integer)
      RETURNS TABLE (organisation_id uuid, date date, root_cause_id uuid, service_area_id uuid, category text, channel text, stage text, outcome text, n integer)
      LANGUAGE sql STABLE AS $$
        SELECT c.organisation_id, x.date, l.root_cause_id, x.service_area_id, x.category, x.channel, x.stage, x.outcome, sign
          FROM complaint_dimensions(c) x
          LEFT JOIN complaint_root_cause l ON l.organisation_id = c.organisation_id AND l.complaint_id = c.id $$`);

    await q.query(`
      CREATE FUNCTION received_summaries_maintain() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN
          ${upsertReceived('received_contributions(OLD, -1) s')};
          ${upsertRootCause('root_cause_contributions(OLD, -1) s')};
        END IF;
        IF TG_OP <> 'DELETE' THEN
          ${upsertReceived('received_contributions(NEW, 1) s')};
          ${upsertRootCause('root_cause_contributions(NEW, 1) s')};
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER complaint_received_summaries_update AFTER UPDATE ON complaint
      FOR EACH ROW WHEN (${COUNTED.map((f) => `OLD.${f} IS DISTINCT FROM NEW.${f}`).join(' OR ')})
      EXECUTE FUNCTION received_summaries_maintain()`);
    await q.query(`
      CREATE TRIGGER complaint_received_summaries_delete AFTER DELETE ON complaint
      FOR EACH ROW EXECUTE FUNCTION received_summaries_maintain()`);
    await q.query(`
      CREATE FUNCTION received_summaries_add_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${upsertReceived('inserted_complaints c CROSS JOIN LATERAL received_contributions(c::complaint, 1) s')};
        ${upsertRootCause('inserted_complaints c CROSS JOIN LATERAL root_cause_contributions(c::complaint, 1) s')};
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER complaint_received_summaries_insert AFTER INSERT ON complaint
        REFERENCING NEW TABLE AS inserted_complaints
        FOR EACH STATEMENT EXECUTE FUNCTION received_summaries_add_inserted()`);

    // a transition table serves one event only: one trigger per event, one function for all
    const none = `(SELECT organisation_id, complaint_id, root_cause_id FROM complaint_root_cause WHERE false)`;
    await q.query(`
      CREATE FUNCTION root_cause_day_links() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN ${upsertRootCause(linkDelta('added_links', none))};
        ELSIF TG_OP = 'DELETE' THEN ${upsertRootCause(linkDelta(none, 'removed_links'))};
        ELSE ${upsertRootCause(linkDelta('added_links', 'removed_links'))};
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER complaint_root_cause_day_insert AFTER INSERT ON complaint_root_cause
        REFERENCING NEW TABLE AS added_links
        FOR EACH STATEMENT EXECUTE FUNCTION root_cause_day_links()`);
    await q.query(`
      CREATE TRIGGER complaint_root_cause_day_delete AFTER DELETE ON complaint_root_cause
        REFERENCING OLD TABLE AS removed_links
        FOR EACH STATEMENT EXECUTE FUNCTION root_cause_day_links()`);
    await q.query(`
      CREATE TRIGGER complaint_root_cause_day_update AFTER UPDATE ON complaint_root_cause
        REFERENCING OLD TABLE AS removed_links NEW TABLE AS added_links
        FOR EACH STATEMENT EXECUTE FUNCTION root_cause_day_links()`);

    // complaints already stored, by day, then the months from the days
    await q.query(
      upsertReceivedInto(
        GRAINS[0],
        'complaint c CROSS JOIN LATERAL received_contributions(c, 1) s',
      ),
    );
    await q.query(
      upsertRootCauseInto(
        GRAINS[0],
        'complaint c CROSS JOIN LATERAL root_cause_contributions(c, 1) s',
      ),
    );
    await q.query(
      upsertReceivedInto(
        GRAINS[1],
        `(SELECT organisation_id, date, ${RECEIVED_KEY.join(', ')}, received AS n FROM received_day) s`,
      ),
    );
    await q.query(
      upsertRootCauseInto(
        GRAINS[1],
        `(SELECT organisation_id, date, root_cause_id, ${DIMENSIONS.join(', ')}, complaints AS n FROM root_cause_day) s`,
      ),
    );
  }

  /** received_<grain> and root_cause_<grain>, keyed by `column` (a date, or a month's first day). */
  private async createTables(q: QueryRunner, grain: string, column: string): Promise<void> {
    await q.query(`
      CREATE TABLE received_${grain} (
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        ${column} date NOT NULL,
        service_area_id uuid NOT NULL,
        category text NOT NULL,
        channel text NOT NULL,
        stage text NOT NULL,
        outcome text NOT NULL,
        contractor text NOT NULL,
        received integer NOT NULL,
        PRIMARY KEY (organisation_id, ${column}, ${RECEIVED_KEY.join(', ')})
      )`);
    await q.query(`
      CREATE TABLE root_cause_${grain} (
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        ${column} date NOT NULL,
        root_cause_id uuid,
        service_area_id uuid NOT NULL,
        category text NOT NULL,
        channel text NOT NULL,
        stage text NOT NULL,
        outcome text NOT NULL,
        complaints integer NOT NULL,
        CONSTRAINT root_cause_${grain}_key UNIQUE NULLS NOT DISTINCT (organisation_id, ${column}, root_cause_id, ${DIMENSIONS.join(', ')})
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER complaint_root_cause_day_update ON complaint_root_cause`);
    await q.query(`DROP TRIGGER complaint_root_cause_day_delete ON complaint_root_cause`);
    await q.query(`DROP TRIGGER complaint_root_cause_day_insert ON complaint_root_cause`);
    await q.query(`DROP FUNCTION root_cause_day_links()`);
    await q.query(`DROP TRIGGER complaint_received_summaries_insert ON complaint`);
    await q.query(`DROP FUNCTION received_summaries_add_inserted()`);
    await q.query(`DROP TRIGGER complaint_received_summaries_delete ON complaint`);
    await q.query(`DROP TRIGGER complaint_received_summaries_update ON complaint`);
    await q.query(`DROP FUNCTION received_summaries_maintain()`);
    await q.query(`DROP FUNCTION root_cause_contributions(complaint, integer)`);
    await q.query(`DROP FUNCTION received_contributions(complaint, integer)`);
    await q.query(`DROP FUNCTION complaint_dimensions(complaint)`);
    for (const [grain] of GRAINS)
      await q.query(`DROP TABLE root_cause_${grain}, received_${grain}`);
  }
}
