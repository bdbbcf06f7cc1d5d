/**
 * The overview's overdue actions statement at each bench size (issue 19):
 * `npm run bench:overdue-actions [-- --runs 30]`.
 *
 * On the bench's databases (the embedded PostgreSQL on .bench-pgdata/, port BENCH_PG_PORT,
 * default 54339, or DATABASE_URL; `chp_bench_100k` and `chp_bench_1m` loaded once and reused,
 * migrated on every run) times main's statement before migration OverdueActions (at ee28725: the
 * actions joined to their owner and service area, then grouped) and the API's statement now
 * (grouped from the index, names joined to the counted groups), each with and without
 * improvement_action_overdue_idx (dropped inside a transaction that is rolled back), in turn, as
 * of the data's "today". Prints a table of medians, the buffers EXPLAIN (ANALYZE, BUFFERS)
 * reports and each plan's scan; checks the two statements give the same rows. A measurement, not
 * a test.
 */
import path from 'node:path';
import { api, apiRequire, repoRoot } from './lib/api.mjs';
import { wholeNumberOptions } from './lib/cli.mjs';
import { prepareDataset, TODAY } from './lib/datasets.mjs';
import { explain } from './lib/explain.mjs';
import { measureAlternating, ms } from './lib/stats.mjs';

const pg = apiRequire('pg');
const { OPEN_ACTION_STATUSES } = apiRequire('@chp/domain');
const USAGE = 'usage: npm run bench:overdue-actions -- [--runs 30]';
const options = wholeNumberOptions(process.argv.slice(2), USAGE, { runs: 30 });
const log = (m) => console.error(`[bench:overdue-actions] ${m}`);

const MAIN_STATEMENT = `
    SELECT a.owner_id, p.name AS owner_name, a.service_area_id, sa.name AS service_area_name, count(*)::int AS n,
           GROUPING(a.owner_id, p.name, a.service_area_id, sa.name)::int AS g
      FROM improvement_action a
      JOIN person p ON p.organisation_id = a.organisation_id AND p.id = a.owner_id
      JOIN service_area sa ON sa.organisation_id = a.organisation_id AND sa.id = a.service_area_id
     WHERE a.organisation_id = ANY($1::uuid[]) AND a.status = ANY($2::text[]) AND a.target_date < $3::date
     GROUP BY GROUPING SETS ((a.owner_id, p.name), (a.service_area_id, sa.name), ())`;

/** The statement the API sends now, as overdueActions sends it (captured, not copied). */
async function apiStatement(organisationId) {
  const { overdueActions } = api('modules/analytics/actions.queries.js');
  let sent;
  const capture = {
    query: async (sql, params) => {
      sent = { sql, params };
      return [];
    },
  };
  await overdueActions(capture, [organisationId], TODAY);
  return sent;
}

/** The same rows whatever the order and the extra GROUPING column. */
const key = (rows) =>
  JSON.stringify(
    rows
      .map((r) => [r.owner_id, r.owner_name, r.service_area_id, r.service_area_name, r.n])
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
  );

/** Each scan of the plan, as EXPLAIN names it ("Index Only Scan using … on …"), with the rows it returned. */
const scans = (lines) =>
  lines
    .map((l) => /(\w[\w ]* Scan\b.*?)\s+\(cost=.*actual rows=([\d.]+) loops=(\d+)/.exec(l))
    .filter(Boolean)
    .map((m) => `${m[1].trim()} (${m[2]} rows × ${m[3]})`)
    .join('; ');
const buffers = (lines) => {
  const m = /Buffers: shared (?:hit=(\d+))?(?: read=(\d+))?/.exec(
    lines.find((l) => l.includes('Buffers:')) ?? '',
  );
  return m ? Number(m[1] ?? 0) + Number(m[2] ?? 0) : NaN;
};

async function measureSize(serverUrl, size) {
  const dataset = await prepareDataset(serverUrl, size, { log });
  const client = new pg.Client({ connectionString: dataset.url });
  await client.connect();
  try {
    const org = dataset.organisationId;
    const params = [[org], [...OPEN_ACTION_STATUSES], TODAY];
    const now = await apiStatement(org);
    const {
      rows: [counts],
    } = await client.query(
      `SELECT count(*)::int AS actions, count(*) FILTER (WHERE status = ANY($2::text[]) AND target_date < $3::date)::int AS overdue
         FROM improvement_action WHERE organisation_id = ANY($1::uuid[])`,
      params,
    );
    const same =
      key((await client.query(MAIN_STATEMENT, params)).rows) ===
      key((await client.query(now.sql, now.params)).rows);
    const statements = [
      ['main (ee28725)', MAIN_STATEMENT, params],
      ['now', now.sql, now.params],
    ];
    const rows = [];
    for (const withIndex of [false, true]) {
      await client.query('BEGIN');
      try {
        if (!withIndex) await client.query('DROP INDEX improvement_action_overdue_idx');
        const plans = [];
        for (const [, sql, p] of statements) plans.push(await explain(client, sql, p));
        const timed = await measureAlternating(
          statements.map(
            ([, sql, p]) =>
              () =>
                client.query(sql, p),
          ),
          { warmup: 3, runs: options.runs },
        );
        statements.forEach(([name], i) =>
          rows.push(
            `| ${label(size)} | ${name} | ${withIndex ? 'yes' : 'no'} | ${ms(timed[i].median)} | ${buffers(plans[i].lines)} | ${scans(plans[i].lines)} |`,
          ),
        );
      } finally {
        await client.query('ROLLBACK');
      }
    }
    log(
      `${label(size)}: ${counts.actions} actions, ${counts.overdue} overdue; same rows: ${same ? 'yes' : 'NO'}`,
    );
    return { rows, counts, same };
  } finally {
    await client.end();
  }
}

const label = (size) => (size >= 1_000_000 ? `${size / 1_000_000}M` : `${size / 1000}k`);

const { startEmbeddedPostgres } = api('db/embedded-postgres.js');
let embedded;
let serverUrl = process.env.DATABASE_URL?.trim() || null;
if (!serverUrl) {
  embedded = await startEmbeddedPostgres({
    dataDir: path.join(repoRoot, '.bench-pgdata'),
    port: Number(process.env.BENCH_PG_PORT ?? 54339),
    database: 'postgres',
  });
  serverUrl = embedded.url;
}
try {
  const results = [];
  for (const size of [100_000, 1_000_000]) results.push(await measureSize(serverUrl, size));
  console.log(
    `| Size | Statement | improvement_action_overdue_idx | median ms (${options.runs} runs) | buffers | scans |`,
  );
  console.log('|---|---|---|---:|---:|---|');
  for (const r of results) for (const row of r.rows) console.log(row);
  for (const r of results)
    console.log(`actions ${r.counts.actions}, overdue ${r.counts.overdue}, same rows ${r.same}`);
} finally {
  await embedded?.stop();
}
