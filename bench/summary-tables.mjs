/**
 * The analytics statements the summary tables serve (trends by every breakdown, quiet areas), each
 * EXPLAIN (ANALYZE, BUFFERS)'d and timed (median of 5 after a warm-up) on a loaded bench database:
 *   BENCH_DATABASE_URL=postgres://…/chp_bench_1m node bench/summary-tables.mjs packages/api/dist <label>
 * Prints one line per statement; writes the plans and figures to the temporary directory (summary-tables-*-<label>).
 * Run it with the dist of two commits (before/after) on the same database to compare them.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
const [distDir, label] = process.argv.slice(2);
const require = createRequire(path.resolve(distDir) + '/index.js');
const { complaintTrends, quietAreas } = require(
  path.resolve(distDir) + '/modules/analytics/trends.queries.js',
);
const client = new pg.Client({
  connectionString:
    process.env.BENCH_DATABASE_URL ?? 'postgres://chp:chp@127.0.0.1:54339/chp_bench_1m',
});
await client.connect();
// the organisation with the most complaints (the bench loads one)
const {
  rows: [{ organisation_id: org }],
} = await client.query(
  `SELECT organisation_id FROM complaint GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
);
const {
  rows: [rc],
} = await client.query(
  `SELECT root_cause_id FROM complaint_root_cause WHERE organisation_id = $1 LIMIT 1`,
  [org],
);
let captured = [];
const capture = {
  query: async (sql, params) => {
    captured.push({ sql, params });
    return [];
  },
};
const q = (kind, from, to, label) => ({ kind, from, to, label });
const quarters = [
  q('range', '2026-07-01', '2026-09-30', 'Q3'),
  q('range', '2026-04-01', '2026-06-30', 'Q2'),
  q('range', '2026-01-01', '2026-03-31', 'Q1'),
  q('range', '2025-10-01', '2025-12-31', 'Q4'),
  q('range', '2025-07-01', '2025-09-30', 'Q3p'),
];
const cases = [
  [
    'trends month x serviceArea 2025',
    (ds) => complaintTrends(ds, org, 'month', 'serviceArea', '2025-01-01', '2025-12-31', null),
  ],
  [
    'trends month x stage 12 months (overview)',
    (ds) => complaintTrends(ds, org, 'month', 'stage', '2025-11-21', '2026-11-20', null),
  ],
  [
    'trends year x rootCause 12 months (overview)',
    (ds) => complaintTrends(ds, org, 'year', 'rootCause', '2025-11-21', '2026-11-20', null),
  ],
  [
    'trends month x rootCause 2025',
    (ds) => complaintTrends(ds, org, 'month', 'rootCause', '2025-01-01', '2025-12-31', null),
  ],
  [
    'trends month x none 2025',
    (ds) => complaintTrends(ds, org, 'month', 'none', '2025-01-01', '2025-12-31', null),
  ],
  [
    'trends month x category 2025',
    (ds) => complaintTrends(ds, org, 'month', 'category', '2025-01-01', '2025-12-31', null),
  ],
  [
    'trends month x channel 2025',
    (ds) => complaintTrends(ds, org, 'month', 'channel', '2025-01-01', '2025-12-31', null),
  ],
  [
    'trends month x outcome 2025',
    (ds) => complaintTrends(ds, org, 'month', 'outcome', '2025-01-01', '2025-12-31', null),
  ],
  [
    'trends month x contractor 2025',
    (ds) => complaintTrends(ds, org, 'month', 'contractor', '2025-01-01', '2025-12-31', null),
  ],
  [
    'trends quarter x none 2023-2026',
    (ds) => complaintTrends(ds, org, 'quarter', 'none', '2023-01-01', '2026-11-20', null),
  ],
  [
    'trends month x stage, channel+outcome filters 2025',
    (ds) =>
      complaintTrends(ds, org, 'month', 'stage', '2025-01-01', '2025-12-31', {
        channels: ['phone', 'email'],
        outcome: 'upheld',
      }),
  ],
  [
    'trends month x rootCause, root-cause filter 2025 (not rewritten)',
    (ds) =>
      complaintTrends(ds, org, 'month', 'rootCause', '2025-01-01', '2025-12-31', {
        rootCauseIds: [rc.root_cause_id],
      }),
  ],
  [
    'quietAreas serviceArea quarter + 4 (overview)',
    (ds) => quietAreas(ds, org, 'serviceArea', quarters[0], quarters.slice(1), 0.5),
  ],
  [
    'quietAreas category quarter + 4',
    (ds) => quietAreas(ds, org, 'category', quarters[0], quarters.slice(1), 0.5),
  ],
];
const out = [];
for (const [name, run] of cases) {
  captured = [];
  await run(capture).catch(() => {});
  const { sql, params } = captured[0];
  await client.query(sql, params); // warm
  const times = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    await client.query(sql, params);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const plan = (await client.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}`, params))
    .rows[0]['QUERY PLAN'][0];
  const text = (await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params)).rows
    .map((r) => r['QUERY PLAN'])
    .join('\n');
  const p = plan.Plan;
  const buffers = p['Shared Hit Blocks'] + p['Shared Read Blocks'];
  out.push({
    name,
    median: times[2],
    exec: plan['Execution Time'],
    buffers,
    temp: p['Temp Written Blocks'] ?? 0,
  });
  console.log(
    `${name}: median ${times[2].toFixed(1)} ms, EXPLAIN exec ${plan['Execution Time'].toFixed(1)} ms, buffers ${buffers}, temp written ${p['Temp Written Blocks'] ?? 0}`,
  );
  writeFileSync(
    path.join(os.tmpdir(), `summary-tables-plan-${label}-${out.length}.txt`),
    `${name}\n${text}\n`,
  );
}
writeFileSync(path.join(os.tmpdir(), `summary-tables-${label}.json`), JSON.stringify(out, null, 1));
await client.end();
