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

/** The taxonomy as it is now: (organisation_id, id, parent_id). */
const TREE = `(SELECT organisation_id, id, parent_id FROM root_cause)`;
/** The taxonomy before a statement that moved causes (`old_causes`: their rows before). */
const TREE_BEFORE = `(SELECT r.organisation_id, r.id, CASE WHEN o.id IS NULL THEN r.parent_id ELSE o.parent_id END AS parent_id
    FROM root_cause r LEFT JOIN old_causes o ON o.organisation_id = r.organisation_id AND o.id = r.id)`;

/**
 * The signed wide rows of the complaints in `complaints` (rows of complaint, alias c) with the
 * links `links` (organisation_id, complaint_id, root_cause_id) and the taxonomy `tree`: per
 * complaint counted as received, per cause that is one of its causes or above one (each once,
 * however many of its causes it is above) and per cause linked, `complaints` = sign (the
 * root-cause breakdown counts a complaint under each of its causes) and `counted` = sign on the
 * row of its first cause only (every other breakdown counts it once).
 */
const subtreeRows = (complaints: string, links: string, tree: string, sign: number) => `(
  WITH RECURSIVE lk AS (SELECT organisation_id, complaint_id, root_cause_id FROM ${links}),
  up AS (
    SELECT organisation_id, complaint_id, root_cause_id AS cause FROM lk
    UNION
    SELECT u.organisation_id, u.complaint_id, t.parent_id FROM up u
      JOIN ${tree} t ON t.organisation_id = u.organisation_id AND t.id = u.cause
     WHERE t.parent_id IS NOT NULL),
  first AS (SELECT organisation_id, complaint_id, min(root_cause_id::text) AS cause FROM lk GROUP BY 1, 2)
  SELECT c.organisation_id, x.date, up.cause AS subtree_cause_id, lk.root_cause_id,
         x.service_area_id, x.category, x.channel, x.stage, x.outcome, coalesce(lower(c.contractor), '') AS contractor,
         ${sign} AS complaints, CASE WHEN lk.root_cause_id::text = f.cause THEN ${sign} ELSE 0 END AS counted
    FROM ${complaints} c CROSS JOIN LATERAL complaint_dimensions(c::complaint) x
    JOIN up ON up.organisation_id = c.organisation_id AND up.complaint_id = c.id
    JOIN lk ON lk.organisation_id = c.organisation_id AND lk.complaint_id = c.id
    JOIN first f ON f.organisation_id = c.organisation_id AND f.complaint_id = c.id)`;

const upsertInto = (grain: (typeof GRAINS)[number], source: string) => `
  INSERT INTO cause_subtree_${grain[0]} AS d (organisation_id, ${grain[1]}, ${KEY.join(', ')}, complaints, counted)
  SELECT s.organisation_id, ${grain[2]}, ${KEY.map((k) => `s.${k}`).join(', ')}, sum(s.complaints), sum(s.counted) FROM ${source} s
   GROUP BY s.organisation_id, ${grain[2]}, ${KEY.map((k) => `s.${k}`).join(', ')}
  HAVING sum(s.complaints) <> 0 OR sum(s.counted) <> 0
  ON CONFLICT (organisation_id, subtree_cause_id, ${grain[1]}, ${KEY.slice(1).join(', ')})
  DO UPDATE SET complaints = d.complaints + EXCLUDED.complaints, counted = d.counted + EXCLUDED.counted`;

/** The same rows into the day and the month tables (the source is small: one statement's complaints). */
const upsert = (source: string) => GRAINS.map((g) => upsertInto(g, source)).join(';\n');

/** The rows of `before` taken away and those of `after` added, in one source. */
const change = (before: string, after: string) => `(${before} UNION ALL ${after})`;

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

    // the links of the complaints a statement touched, now and before it
    const touched = (added: string, removed: string) =>
      `(SELECT DISTINCT organisation_id, complaint_id FROM (SELECT organisation_id, complaint_id FROM ${added}
         UNION ALL SELECT organisation_id, complaint_id FROM ${removed}) t)`;
    const linksNow = (added: string, removed: string) =>
      `(SELECT l.organisation_id, l.complaint_id, l.root_cause_id FROM complaint_root_cause l
         JOIN ${touched(added, removed)} t ON t.organisation_id = l.organisation_id AND t.complaint_id = l.complaint_id)`;
    const linksBefore = (added: string, removed: string) =>
      `((SELECT organisation_id, complaint_id, root_cause_id FROM ${linksNow(added, removed)} n
          EXCEPT SELECT organisation_id, complaint_id, root_cause_id FROM ${added})
        UNION SELECT organisation_id, complaint_id, root_cause_id FROM ${removed})`;
    const complaints = (added: string, removed: string) =>
      `(SELECT c.* FROM complaint c JOIN ${touched(added, removed)} t ON t.organisation_id = c.organisation_id AND t.complaint_id = c.id)`;
    const links = (added: string, removed: string) =>
      upsert(
        change(
          subtreeRows(complaints(added, removed), linksBefore(added, removed), TREE, -1),
          subtreeRows(complaints(added, removed), linksNow(added, removed), TREE, 1),
        ),
      );
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

    const ownLinks = `(SELECT organisation_id, complaint_id, root_cause_id FROM complaint_root_cause
                        WHERE organisation_id = NEW.organisation_id AND complaint_id = NEW.id)`;
    await q.query(`
      CREATE FUNCTION cause_subtree_complaint() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NOT EXISTS (SELECT FROM complaint_root_cause WHERE organisation_id = NEW.organisation_id AND complaint_id = NEW.id) THEN
          RETURN NULL;
        END IF;
        ${upsert(change(subtreeRows('(SELECT (OLD).*)', ownLinks, TREE, -1), subtreeRows('(SELECT (NEW).*)', ownLinks, TREE, 1)))};
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER complaint_cause_subtree_update AFTER UPDATE ON complaint
      FOR EACH ROW WHEN (${COUNTED.map((f) => `OLD.${f} IS DISTINCT FROM NEW.${f}`).join(' OR ')})
      EXECUTE FUNCTION cause_subtree_complaint()`);

    // a move: the complaints linked to a moved cause or a cause under it (in the old tree or the new)
    const movedLinks = `(
      WITH RECURSIVE moved AS (
        SELECT n.organisation_id, n.id FROM new_causes n JOIN old_causes o ON o.organisation_id = n.organisation_id AND o.id = n.id
         WHERE o.parent_id IS DISTINCT FROM n.parent_id
        UNION
        SELECT r.organisation_id, r.id FROM moved m
          JOIN (SELECT * FROM ${TREE_BEFORE} b UNION ALL SELECT * FROM ${TREE} a) r
            ON r.organisation_id = m.organisation_id AND r.parent_id = m.id),
      touched AS (SELECT DISTINCT l.organisation_id, l.complaint_id FROM complaint_root_cause l
                    JOIN moved m ON m.organisation_id = l.organisation_id AND m.id = l.root_cause_id)
      SELECT l.organisation_id, l.complaint_id, l.root_cause_id FROM complaint_root_cause l
        JOIN touched t ON t.organisation_id = l.organisation_id AND t.complaint_id = l.complaint_id)`;
    const movedComplaints = `(SELECT c.* FROM complaint c WHERE (c.organisation_id, c.id) IN (SELECT organisation_id, complaint_id FROM ${movedLinks} m))`;
    await q.query(`
      CREATE FUNCTION cause_subtree_moves() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NOT EXISTS (SELECT FROM new_causes n JOIN old_causes o ON o.organisation_id = n.organisation_id AND o.id = n.id
                        WHERE o.parent_id IS DISTINCT FROM n.parent_id) THEN
          RETURN NULL;
        END IF;
        ${upsert(change(subtreeRows(movedComplaints, movedLinks, TREE_BEFORE, -1), subtreeRows(movedComplaints, movedLinks, TREE, 1)))};
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER root_cause_subtree_move AFTER UPDATE ON root_cause
        REFERENCING OLD TABLE AS old_causes NEW TABLE AS new_causes
        FOR EACH STATEMENT EXECUTE FUNCTION cause_subtree_moves()`);

    // complaints already stored, by day, then the months from the days (the narrow tables follow)
    await q.query(upsertInto(GRAINS[0], subtreeRows('complaint', 'complaint_root_cause', TREE, 1)));
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
    for (const [grain] of GRAINS) {
      await q.query(`DROP TABLE cause_subtree_${grain}`);
      await q.query(`DROP FUNCTION cause_subtree_by_${grain}_maintain()`);
      await q.query(`DROP TABLE cause_subtree_by_${grain}`);
    }
  }
}
