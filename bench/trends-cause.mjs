/**
 * The trends page's "Root cause" filter at each bench size: the statement complaintTrends sends
 * for one cause (from the cause_subtree_* summaries, migration CauseSubtreeSummaries) against the
 * statement it sent before (counting complaints: the same filter given as the cause twice, which
 * still takes that path), each EXPLAIN (ANALYZE, BUFFERS)'d and timed in turn (median of `runs`
 * after a warm-up). Last 24 months by month, the most common top-level cause and its most common
 * sub-cause (and the group with the busiest service area), as bench/lib/dashboard-pages.mjs sends them.
 *   npm run build -w @chp/domain -w @chp/api && BENCH_PG_PORT=… node bench/trends-cause.mjs [runs]
 * On the bench's embedded PostgreSQL (.bench-pgdata/, port BENCH_PG_PORT, databases loaded by
 * `npm run bench`) unless DATABASE_URL names a server. Prints a table and the plans, and what
 * setting a complaint's causes costs with and without the triggers that keep cause_subtree_*.
 */
import path from 'node:path';
import pg from 'pg';
import { api, apiRequire, repoRoot } from './lib/api.mjs';
import { databaseUrl, TODAY } from './lib/datasets.mjs';

const runs = Number(process.argv[2] ?? 15);
const { complaintTrends } = api('modules/analytics/trends.queries.js');
const { startEmbeddedPostgres } = api('db/embedded-postgres.js');
const domain = apiRequire('@chp/domain');

let embedded;
let serverUrl = process.env.DATABASE_URL?.trim() || null;
if (!serverUrl) {
  const port = Number(process.env.BENCH_PG_PORT ?? 54339);
  embedded = await startEmbeddedPostgres({
    dataDir: path.join(repoRoot, '.bench-pgdata'),
    port,
    database: 'postgres',
  });
  serverUrl = embedded.url;
}

/** The SQL and parameters complaintTrends sends for these arguments (nothing is run). */
async function statementOf(org, breakdown, filters) {
  const captured = [];
  const ds = { query: async (sql, params) => (captured.push({ sql, params }), []) };
  const from = domain.monthsBefore(TODAY, 23);
  await complaintTrends(ds, org, 'month', breakdown, from, TODAY, filters);
  return captured[0];
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const SUBTREE_TRIGGERS = [
  'complaint_root_cause_subtree_insert',
  'complaint_root_cause_subtree_delete',
];

/**
 * What setting a complaint's causes costs with and without the cause_subtree_* triggers: for
 * `n` complaints with causes, in turn, its links deleted and inserted again (as
 * setComplaintRootCauses does) in a transaction rolled back, the triggers disabled inside it for
 * "without". Medians of the two statements' time.
 */
async function causesSetCost(client, org, n = 40) {
  const { rows: complaints } = await client.query(
    `SELECT complaint_id AS id, array_agg(root_cause_id) AS causes FROM complaint_root_cause
      WHERE organisation_id = $1 GROUP BY complaint_id ORDER BY complaint_id LIMIT $2`,
    [org, n],
  );
  const times = { with: [], without: [] };
  for (const c of complaints)
    for (const mode of ['with', 'without']) {
      await client.query('BEGIN');
      if (mode === 'without')
        for (const t of SUBTREE_TRIGGERS)
          await client.query(`ALTER TABLE complaint_root_cause DISABLE TRIGGER ${t}`);
      const t = performance.now();
      await client.query(
        `DELETE FROM complaint_root_cause WHERE organisation_id = $1 AND complaint_id = $2`,
        [org, c.id],
      );
      await client.query(
        `INSERT INTO complaint_root_cause (organisation_id, complaint_id, root_cause_id)
         SELECT $1, $2, unnest($3::uuid[])`,
        [org, c.id, c.causes],
      );
      times[mode].push(performance.now() - t);
      await client.query('ROLLBACK');
    }
  return { n: complaints.length, with: median(times.with), without: median(times.without) };
}

try {
  const out = [];
  const writes = [];
  for (const database of ['chp_bench_100k', 'chp_bench_1m']) {
    const client = new pg.Client({ connectionString: databaseUrl(serverUrl, database) });
    try {
      await client.connect();
    } catch {
      continue; // not loaded
    }
    try {
      const {
        rows: [{ organisation_id: org }],
      } = await client.query(
        `SELECT organisation_id FROM complaint GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
      );
      const {
        rows: [{ top, sub }],
      } = await client.query(
        `WITH linked AS (
           SELECT r.id, coalesce(r.parent_id, r.id) AS top FROM complaint_root_cause l
             JOIN root_cause r ON r.organisation_id = l.organisation_id AND r.id = l.root_cause_id
            WHERE l.organisation_id = $1),
         t AS (SELECT top FROM linked GROUP BY top ORDER BY count(*) DESC, top LIMIT 1)
         SELECT t.top, (SELECT id FROM linked WHERE linked.top = t.top AND id <> t.top
                          GROUP BY id ORDER BY count(*) DESC, id LIMIT 1) AS sub FROM t`,
        [org],
      );
      const {
        rows: [{ area }],
      } = await client.query(
        `SELECT service_area_id AS area FROM complaint WHERE organisation_id = $1 GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
        [org],
      );
      const cases = [
        ['group × none', 'none', { rootCauseIds: [top] }],
        ['group × rootCause', 'rootCause', { rootCauseIds: [top] }],
        [
          'group + busiest service area × none',
          'none',
          { rootCauseIds: [top], serviceAreaIds: [area] },
        ],
        ['sub-cause × none', 'none', { rootCauseIds: [sub] }],
      ];
      for (const [name, breakdown, filters] of cases) {
        const after = await statementOf(org, breakdown, filters);
        const before = await statementOf(org, breakdown, {
          ...filters,
          rootCauseIds: [...filters.rootCauseIds, ...filters.rootCauseIds],
        });
        const row = { database, name };
        for (const [label, s] of [
          ['before', before],
          ['after', after],
        ]) {
          const { rows } = await client.query(
            `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${s.sql}`,
            s.params,
          );
          const plan = rows[0]['QUERY PLAN'][0];
          row[label] = {
            explainMs: plan['Execution Time'],
            buffers: plan.Plan['Shared Hit Blocks'] + plan.Plan['Shared Read Blocks'],
            times: [],
          };
          const { rows: text } = await client.query(
            `EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${s.sql}`,
            s.params,
          );
          row[label].plan = text.map((r) => r['QUERY PLAN']).join('\n');
          await client.query(s.sql, s.params); // warm-up
        }
        // in turn, so a burst of load falls on both
        for (let i = 0; i < runs; i++)
          for (const [label, s] of [
            ['before', before],
            ['after', after],
          ]) {
            const t = performance.now();
            await client.query(s.sql, s.params);
            row[label].times.push(performance.now() - t);
          }
        out.push(row);
        console.error(`${database} ${name}: done`);
      }
      writes.push({ database, ...(await causesSetCost(client, org)) });
    } finally {
      await client.end();
    }
  }
  const load = (await import('node:os')).loadavg().map((x) => x.toFixed(2));
  console.log(`Load average at the end: ${load.join(' ')}; ${runs} runs each, in turn.\n`);
  console.log(
    '| database | request | before: median / EXPLAIN / buffers | after: median / EXPLAIN / buffers |',
  );
  console.log('|---|---|---|---|');
  const f = (x) =>
    `${median(x.times).toFixed(1)} ms / ${x.explainMs.toFixed(1)} ms / ${x.buffers.toLocaleString('en-GB')}`;
  for (const r of out)
    console.log(`| ${r.database} | ${r.name} | ${f(r.before)} | ${f(r.after)} |`);
  console.log(
    '\n| database | causes of a complaint deleted and inserted again: median with the cause_subtree triggers | without |',
  );
  console.log('|---|---|---|');
  for (const w of writes)
    console.log(
      `| ${w.database} | ${w.with.toFixed(2)} ms | ${w.without.toFixed(2)} ms (${w.n} complaints) |`,
    );
  for (const r of out)
    console.log(
      `\n### ${r.database}, ${r.name}\n\nbefore:\n\n${r.before.plan}\n\nafter:\n\n${r.after.plan}`,
    );
} finally {
  await embedded?.stop();
}
