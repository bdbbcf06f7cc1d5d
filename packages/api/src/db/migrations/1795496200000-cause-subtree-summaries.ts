import type { MigrationInterface, QueryRunner } from 'typeorm';

/** By day, or by month (the first of the month), as received_day and received_month. */
const GRAINS = [
  ['day', 'date', 's.date'],
  ['month', 'month', `date_trunc('month', s.date)::date`],
] as const;

/** The wide rows' key after the date: the chosen cause, a cause linked, the trend dimensions. */
const KEY = [
  'subtree_cause_id',
  'root_cause_id',
  'service_area_id',
  'category',
  'channel',
  'stage',
  'outcome',
  'contractor',
];

/** The complaint columns the rows read (as migration ReceivedSummaries): other updates cost nothing. */
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

/**
 * The causes that are one of `causes` or above one, each once (the taxonomy is at most three
 * levels deep: docs/procedure.md, Root causes). `moved` and `moved_parent`: the parents some causes had
 * before a statement that moved them, to answer for the tree as it was.
 */
const CAUSE_ANCESTORS = `
  CREATE FUNCTION cause_ancestors(org uuid, causes uuid[], moved uuid[] DEFAULT '{}', moved_parent uuid[] DEFAULT '{}')
  RETURNS SETOF uuid LANGUAGE sql STABLE AS $$
    WITH RECURSIVE up(id) AS (
      SELECT unnest(causes)
      UNION
      SELECT CASE WHEN array_position(moved, r.id) IS NULL THEN r.parent_id ELSE moved_parent[array_position(moved, r.id)] END
        FROM up JOIN root_cause r ON r.organisation_id = org AND r.id = up.id)
    SELECT id FROM up WHERE id IS NOT NULL $$`;

/**
 * One complaint's signed rows, with its causes `causes` (sorted): when it counts as received, per
 * cause that is one of its causes or above one (each once) and per cause linked, `complaints` =
 * sign (the root-cause breakdown counts a complaint under each of its causes) and `counted` = sign
 * on the row of its first cause only (every other breakdown counts it once). No cause, no row.
 */
const CONTRIBUTIONS = `
  CREATE FUNCTION cause_subtree_contributions(c complaint, causes uuid[], sign integer, moved uuid[] DEFAULT '{}', moved_parent uuid[] DEFAULT '{}')
  RETURNS TABLE (organisation_id uuid, date date, subtree_cause_id uuid, root_cause_id uuid, service_area_id uuid, category text,
                 channel text, stage text, outcome text, contractor text, complaints integer, counted integer)
  LANGUAGE sql STABLE AS $$
    SELECT c.organisation_id, x.date, a.id, l.cause, x.service_area_id, x.category, x.channel, x.stage, x.outcome,
           coalesce(lower(c.contractor), ''), sign, CASE WHEN l.ord = 1 THEN sign ELSE 0 END
      FROM complaint_dimensions(c) x
     CROSS JOIN unnest(causes) WITH ORDINALITY l(cause, ord)
     CROSS JOIN cause_ancestors(c.organisation_id, causes, moved, moved_parent) a(id) $$`;

/** A complaint's causes now, sorted (NULL when it has none), for a complaint row `c`. */
const causesOf = (c: string) =>
  `(SELECT array_agg(l.root_cause_id ORDER BY l.root_cause_id) FROM complaint_root_cause l
     WHERE l.organisation_id = ${c}.organisation_id AND l.complaint_id = ${c}.id)`;

const upsertInto = (grain: (typeof GRAINS)[number], source: string) => `
  INSERT INTO cause_subtree_${grain[0]} AS d (organisation_id, ${grain[1]}, ${KEY.join(', ')}, complaints, counted)
  SELECT s.organisation_id, ${grain[2]}, ${KEY.map((k) => `s.${k}`).join(', ')}, sum(s.complaints), sum(s.counted) FROM ${source} s
   GROUP BY s.organisation_id, ${grain[2]}, ${KEY.map((k) => `s.${k}`).join(', ')}
  HAVING sum(s.complaints) <> 0 OR sum(s.counted) <> 0
  ON CONFLICT (organisation_id, subtree_cause_id, ${grain[1]}, ${KEY.slice(1).join(', ')})
  DO UPDATE SET complaints = d.complaints + EXCLUDED.complaints, counted = d.counted + EXCLUDED.counted`;

/** The same rows into the day and the month tables (the source is small: one statement's complaints). */
const upsert = (source: string) => GRAINS.map((g) => upsertInto(g, source)).join(';\n');

/**
 * The trend dimensions one at a time, as migration ReceivedByDimension: (dimension, its key as
 * text from a wide row `r`, the measure it sums).
 */
const NARROW = [
  ['all', () => `'all'`, 'counted'],
  ['service_area', (r: string) => `${r}.service_area_id::text`, 'counted'],
  ['category', (r: string) => `${r}.category`, 'counted'],
  ['channel', (r: string) => `${r}.channel`, 'counted'],
  ['stage', (r: string) => `${r}.stage`, 'counted'],
  ['outcome', (r: string) => `${r}.outcome`, 'counted'],
  ['contractor', (r: string) => `${r}.contractor`, 'counted'],
  ['root_cause', (r: string) => `${r}.root_cause_id::text`, 'complaints'],
] as const;
const narrowKeys = (r: string) =>
  NARROW.map(([d, key, measure]) => `('${d}', ${key(r)}, ${r}.${measure})`).join(', ');

/**
 * Summaries for the trends with a root-cause filter (issue 19, docs/analytics.md): the filter
 * counts a complaint once if ANY of its causes is the chosen cause or under it, which no per-cause
 * row (root_cause_day) can tell. So the rows are keyed by the chosen cause itself:
 * - `cause_subtree_day` / `_month`: per organisation, local date of receipt (month), chosen cause
 *   (`subtree_cause_id`: each cause that is one of a complaint's causes or above one), cause linked
 *   (`root_cause_id`) and the trend dimensions (as received_day, with the contractor):
 *   `complaints` (under each cause linked, for the root-cause breakdown) and `counted` (once per
 *   complaint and chosen cause, on the row of its first cause linked);
 * - `cause_subtree_by_day` / `_month`: the same summed per dimension and key (as received_by_*:
 *   'all', 'service_area', ..., and 'root_cause' with `complaints`), for the filter alone.
 * Complaints with no cause are in no row. Kept exact in the same transaction:
 * - statement triggers on complaint_root_cause (INSERT, UPDATE: a merge, DELETE) take away the
 *   rows of the complaints touched as they were (the links now, less those added, plus those
 *   removed) and add them as they are now: causes set, replaced, cleared, merged, imports and the
 *   demo loader's COPY;
 * - a row trigger on UPDATE of a counted column of complaint (corrections, steps, voids, other
 *   outcomes) moves the complaint's rows from its old dimensions to its new ones. None on INSERT or
 *   DELETE: a link needs its complaint (a foreign key checked at once), so a complaint has no link
 *   when it is inserted or deleted;
 * - a statement trigger on UPDATE of root_cause, when a parent changed (a cause moved), moves the
 *   complaints linked to the moved causes or under them from the old tree's ancestors to the new.
 * Each complaint's rows come from cause_subtree_contributions (its causes, sorted, and their
 * cause_ancestors), one touched complaint at a time through the indexes: a plan over the
 * transition tables as sets misjudged their sizes and rescanned them in nested loops.
 * The narrow tables are kept from the wide ones by statement triggers, as migration
 * ReceivedByDimension.
 */
export class CauseSubtreeSummaries1795496200000 implements MigrationInterface {
  name = 'CauseSubtreeSummaries1795496200000';

  async up(q: QueryRunner): Promise<void> {
    for (const [grain, column] of GRAINS) {
      await q.query(`
        CREATE TABLE cause_subtree_${grain} (
          organisation_id uuid NOT NULL REFERENCES organisation(id),
          ${column} date NOT NULL,
          subtree_cause_id uuid NOT NULL,
          root_cause_id uuid NOT NULL,
          service_area_id uuid NOT NULL,
          category text NOT NULL,
          channel text NOT NULL,
          stage text NOT NULL,
          outcome text NOT NULL,
          contractor text NOT NULL,
          complaints integer NOT NULL,
          counted integer NOT NULL,
          PRIMARY KEY (organisation_id, subtree_cause_id, ${column}, ${KEY.slice(1).join(', ')})
        )`);
      await q.query(`
        CREATE TABLE cause_subtree_by_${grain} (
          organisation_id uuid NOT NULL REFERENCES organisation(id),
          ${column} date NOT NULL,
          subtree_cause_id uuid NOT NULL,
          dimension text NOT NULL,
          key text NOT NULL,
          complaints integer NOT NULL,
          PRIMARY KEY (organisation_id, subtree_cause_id, dimension, ${column}, key)
        )`);
      await this.narrowTriggers(q, grain, column);
    }

    await q.query(CAUSE_ANCESTORS);
    await q.query(CONTRIBUTIONS);

    // the complaints a statement touched with the causes it added and removed; their causes
    // before it are those now, less those added, plus those removed
    const links = (added: string, removed: string) =>
      upsert(`(
        WITH t AS (
          SELECT organisation_id, complaint_id, array_agg(root_cause_id) FILTER (WHERE n > 0) AS added,
                 array_agg(root_cause_id) FILTER (WHERE n < 0) AS removed
            FROM (SELECT organisation_id, complaint_id, root_cause_id, 1 AS n FROM ${added}
                  UNION ALL SELECT organisation_id, complaint_id, root_cause_id, -1 FROM ${removed}) ch
           GROUP BY organisation_id, complaint_id)
        SELECT s.* FROM t JOIN complaint c ON c.organisation_id = t.organisation_id AND c.id = t.complaint_id
         CROSS JOIN LATERAL (SELECT coalesce(${causesOf('c')}, '{}') AS now) n
         CROSS JOIN LATERAL (
           SELECT array_agg(x ORDER BY x) AS before FROM (
             SELECT unnest(n.now) EXCEPT SELECT unnest(coalesce(t.added, '{}')) UNION SELECT unnest(coalesce(t.removed, '{}'))) b(x)) b
         CROSS JOIN LATERAL (
           SELECT * FROM cause_subtree_contributions(c, b.before, -1)
           UNION ALL SELECT * FROM cause_subtree_contributions(c, n.now, 1)) s)`);
    const none = `(SELECT organisation_id, complaint_id, root_cause_id FROM complaint_root_cause WHERE false)`;
    await q.query(`
      CREATE FUNCTION cause_subtree_links() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN ${links('added_links', none)};
        ELSIF TG_OP = 'DELETE' THEN ${links(none, 'removed_links')};
        ELSE ${links('added_links', 'removed_links')};
        END IF;
        RETURN NULL;
      END $$`);
    // a transition table serves one event only: one trigger per event, one function for all
    await q.query(`
      CREATE TRIGGER complaint_root_cause_subtree_insert AFTER INSERT ON complaint_root_cause
        REFERENCING NEW TABLE AS added_links
        FOR EACH STATEMENT EXECUTE FUNCTION cause_subtree_links()`);
    await q.query(`
      CREATE TRIGGER complaint_root_cause_subtree_delete AFTER DELETE ON complaint_root_cause
        REFERENCING OLD TABLE AS removed_links
        FOR EACH STATEMENT EXECUTE FUNCTION cause_subtree_links()`);
    await q.query(`
      CREATE TRIGGER complaint_root_cause_subtree_update AFTER UPDATE ON complaint_root_cause
        REFERENCING OLD TABLE AS removed_links NEW TABLE AS added_links
        FOR EACH STATEMENT EXECUTE FUNCTION cause_subtree_links()`);

    await q.query(`
      CREATE FUNCTION cause_subtree_complaint() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE causes uuid[] := ${causesOf('NEW')};
      BEGIN
        IF causes IS NULL THEN RETURN NULL; END IF;
        ${upsert(`(SELECT * FROM cause_subtree_contributions(OLD, causes, -1) UNION ALL SELECT * FROM cause_subtree_contributions(NEW, causes, 1))`)};
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER complaint_cause_subtree_update AFTER UPDATE ON complaint
      FOR EACH ROW WHEN (${COUNTED.map((f) => `OLD.${f} IS DISTINCT FROM NEW.${f}`).join(' OR ')})
      EXECUTE FUNCTION cause_subtree_complaint()`);

    // a move: the complaints linked to a cause with a moved cause above it (or itself moved), in
    // the tree before or after the statement
    const affected = `(SELECT r.organisation_id, r.id FROM root_cause r
       WHERE EXISTS (SELECT FROM cause_ancestors(r.organisation_id, ARRAY[r.id]) a WHERE a = ANY(moved))
          OR EXISTS (SELECT FROM cause_ancestors(r.organisation_id, ARRAY[r.id], moved, moved_parent) a WHERE a = ANY(moved)))`;
    await q.query(`
      CREATE FUNCTION cause_subtree_moves() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE moved uuid[]; moved_parent uuid[];
      BEGIN
        SELECT array_agg(o.id), array_agg(o.parent_id) INTO moved, moved_parent
          FROM old_causes o JOIN new_causes n ON n.organisation_id = o.organisation_id AND n.id = o.id
         WHERE o.parent_id IS DISTINCT FROM n.parent_id;
        IF moved IS NULL THEN RETURN NULL; END IF;
        ${upsert(`(
          SELECT s.* FROM complaint c
           CROSS JOIN LATERAL (SELECT ${causesOf('c')} AS causes) k
           CROSS JOIN LATERAL (
             SELECT * FROM cause_subtree_contributions(c, k.causes, -1, moved, moved_parent)
             UNION ALL SELECT * FROM cause_subtree_contributions(c, k.causes, 1)) s
           WHERE (c.organisation_id, c.id) IN (
             SELECT l.organisation_id, l.complaint_id FROM complaint_root_cause l
               JOIN ${affected} r ON r.organisation_id = l.organisation_id AND r.id = l.root_cause_id))`)};
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER root_cause_subtree_move AFTER UPDATE ON root_cause
        REFERENCING OLD TABLE AS old_causes NEW TABLE AS new_causes
        FOR EACH STATEMENT EXECUTE FUNCTION cause_subtree_moves()`);

    // complaints already stored, by day, then the months from the days (the narrow tables follow)
    await q.query(
      upsertInto(
        GRAINS[0],
        `(SELECT s.* FROM (SELECT organisation_id, complaint_id, array_agg(root_cause_id ORDER BY root_cause_id) AS causes
                             FROM complaint_root_cause GROUP BY 1, 2) t
            JOIN complaint c ON c.organisation_id = t.organisation_id AND c.id = t.complaint_id
           CROSS JOIN LATERAL cause_subtree_contributions(c, t.causes, 1) s)`,
      ),
    );
    await q.query(
      upsertInto(
        GRAINS[1],
        `(SELECT organisation_id, date, ${KEY.join(', ')}, complaints, counted FROM cause_subtree_day)`,
      ),
    );
  }

  /** cause_subtree_by_<grain> kept from cause_subtree_<grain>, as migration ReceivedByDimension. */
  private async narrowTriggers(q: QueryRunner, grain: string, column: string): Promise<void> {
    const upsertNarrow = (changes: string) => `
      INSERT INTO cause_subtree_by_${grain} AS t (organisation_id, ${column}, subtree_cause_id, dimension, key, complaints)
      SELECT r.organisation_id, r.${column}, r.subtree_cause_id, v.dimension, v.key, sum(r.sign * v.n)
        FROM (${changes}) r CROSS JOIN LATERAL (VALUES ${narrowKeys('r')}) v(dimension, key, n)
       GROUP BY r.organisation_id, r.${column}, r.subtree_cause_id, v.dimension, v.key
      HAVING sum(r.sign * v.n) <> 0
      ON CONFLICT (organisation_id, subtree_cause_id, dimension, ${column}, key) DO UPDATE SET complaints = t.complaints + EXCLUDED.complaints`;
    await q.query(`
      CREATE FUNCTION cause_subtree_by_${grain}_maintain() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- an upsert fires both the insert and the update trigger: one of them has no rows
        IF TG_OP = 'DELETE' THEN
          IF NOT EXISTS (SELECT FROM old_rows) THEN RETURN NULL; END IF;
        ELSIF NOT EXISTS (SELECT FROM new_rows) THEN RETURN NULL;
        END IF;
        IF TG_OP = 'INSERT' THEN ${upsertNarrow('SELECT *, 1 AS sign FROM new_rows')};
        ELSIF TG_OP = 'UPDATE' THEN ${upsertNarrow('SELECT *, 1 AS sign FROM new_rows UNION ALL SELECT *, -1 FROM old_rows')};
        ELSE ${upsertNarrow('SELECT *, -1 AS sign FROM old_rows')};
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER cause_subtree_${grain}_by_dimension_insert AFTER INSERT ON cause_subtree_${grain}
        REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION cause_subtree_by_${grain}_maintain()`);
    await q.query(`
      CREATE TRIGGER cause_subtree_${grain}_by_dimension_update AFTER UPDATE ON cause_subtree_${grain}
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION cause_subtree_by_${grain}_maintain()`);
    await q.query(`
      CREATE TRIGGER cause_subtree_${grain}_by_dimension_delete AFTER DELETE ON cause_subtree_${grain}
        REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION cause_subtree_by_${grain}_maintain()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER root_cause_subtree_move ON root_cause`);
    await q.query(`DROP FUNCTION cause_subtree_moves()`);
    await q.query(`DROP TRIGGER complaint_cause_subtree_update ON complaint`);
    await q.query(`DROP FUNCTION cause_subtree_complaint()`);
    for (const event of ['insert', 'update', 'delete'])
      await q.query(`DROP TRIGGER complaint_root_cause_subtree_${event} ON complaint_root_cause`);
    await q.query(`DROP FUNCTION cause_subtree_links()`);
    await q.query(
      `DROP FUNCTION cause_subtree_contributions(complaint, uuid[], integer, uuid[], uuid[])`,
    );
    await q.query(`DROP FUNCTION cause_ancestors(uuid, uuid[], uuid[], uuid[])`);
    for (const [grain] of GRAINS) {
      await q.query(`DROP TABLE cause_subtree_${grain}`);
      await q.query(`DROP FUNCTION cause_subtree_by_${grain}_maintain()`);
      await q.query(`DROP TABLE cause_subtree_by_${grain}`);
    }
  }
}
