/**
 * CHP Insight benchmark (issue 4): `npm run bench [-- --sizes 100000,1000000] [--runs 30] [--reload] [--no-naive] [--no-write]`.
 *
 * Starts the embedded PostgreSQL on .bench-pgdata/ (port BENCH_PG_PORT, default 54339) unless
 * DATABASE_URL is set, prepares one database per size (chp_bench_100k, chp_bench_1m: loaded once
 * with the project's COPY loader, reused later), starts the API (createApp on a free port, signs in
 * over HTTP as a demo senior manager) and PostGraphile 5 on the same tables, measures (the
 * indicators and trends against hand-written floors, every request of the dashboard's overview,
 * indicators, trends and register pages (each size's API in turn, request by request, so the
 * sizes' medians come from the same minutes), a page of 50 against PostGraphile), prints a markdown
 * report and writes it between its markers in docs/benchmarks.md. A benchmark, not a test:
 * nothing asserts times; the verdicts are in the report.
 */
// as `npm start` runs it, and the request budget lifted: the bench sends thousands of requests
// a minute as one person, which the budget (rightly) refuses
process.env.NODE_ENV ??= 'production';
process.env.GRAPHQL_REQUESTS_PER_MINUTE = '1000000';
process.env.GRAPHQL_REQUESTS_PER_MINUTE_PER_PERSON = '1000000';

import path from 'node:path';
import { api, apiRequire, repoRoot } from './lib/api.mjs';
import { writeBenchSection } from './lib/cli.mjs';
import { startApi, signIn } from './lib/api-server.mjs';
import { databaseUrl, prepareDataset } from './lib/datasets.mjs';
import { closeConnections } from './lib/http.mjs';
import { describeMachine } from './lib/machine.mjs';
import { measureIndicators, measureTrends } from './lib/measure-analytics.mjs';
import { measureOurPage, measurePostgraphilePage } from './lib/measure-page.mjs';
import { measurePageRequests, measurePageSet, pageRequests } from './lib/measure-pages.mjs';
import { measureNaive } from './lib/naive-runner.mjs';
import { parseArgs } from './lib/options.mjs';
import { YEAR, sizeLabel } from './lib/period.mjs';
import { ensurePostgraphileInstalled } from './lib/postgraphile.mjs';
import { report } from './lib/report.mjs';

const pg = apiRequire('pg');
const log = (m) => console.error(m);
const args = parseArgs(process.argv.slice(2));

/** The API over one dataset, signed in, and what the measurements need of it. */
async function startSize(dataset, common) {
  const { buildChpSchema } = api('app/schema.js');
  // the API, as npm start runs it (no auth shortcut: sign in over HTTP, bearer token)
  common.schema ??= await buildChpSchema();
  const ours = await startApi(dataset.url, common.schema);
  const floorClient = new pg.Client({ connectionString: dataset.url });
  const ctx = {
    url: dataset.url,
    apiUrl: ours.url,
    token: null,
    floorClient,
    org: dataset.organisationId,
    o: { warmup: args.warmup, runs: args.runs },
    schema: common.schema,
  };
  const stop = async () => {
    await floorClient.end();
    await ours.stop();
  };
  try {
    ctx.token = await signIn(ours.url);
    await floorClient.connect();
    return { dataset, ctx, stop, plan: await pageRequests(ctx) };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Everything else measured on one dataset: the floors, its overview set, PostGraphile, then the naive path. */
async function benchSize({ dataset, ctx, stop, plan }, rows, common) {
  const result = { size: dataset.size, dataset };
  const label = sizeLabel(dataset.size);
  try {
    // a. spsoIndicators for a year
    log(`[bench] ${label}: spsoIndicators ${YEAR}`);
    result.indicators = await measureIndicators(ctx);
    // b. trends by month x service area for the year (the issue 4 row, with its floor)
    log(`[bench] ${label}: complaintTrends month x serviceArea ${YEAR}`);
    result.trends = await measureTrends(ctx);
    // c. the dashboard's pages (their requests timed across sizes before): the overview's set
    log(`[bench] ${label}: the overview's requests as a set`);
    result.pages = await measurePageSet(ctx, plan, rows, { log });
    // d. a page of 50 complaints with relations, ours and PostGraphile's
    log(`[bench] ${label}: a page of complaints (ours)`);
    const page = await measureOurPage(ctx);
    result.page = { ours: page.ours };
    if (common.postgraphile) {
      log(`[bench] ${label}: a page of complaints (PostGraphile 5)`);
      result.page.postgraphile = await measurePostgraphilePage(ctx, page.items);
      // the comparison (issue 19: median ≤ PostGraphile's) is of the runs timed in turn with it
      Object.assign(result.page.ours, result.page.postgraphile.oursInTurn, { inTurn: true });
    }
  } finally {
    await stop();
  }

  // the naive path last (it fills memory): capped runs and time
  if (args.naive) await measureNaive(dataset, result, log);
  return result;
}

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
    const machine = await describeMachine(databaseUrl(serverUrl, 'postgres'), embedded);
    const common = { postgraphile: args.postgraphile, schema: null };
    const sized = [];
    const results = [];
    try {
      for (const size of args.sizes) {
        const t = performance.now();
        const dataset = await prepareDataset(serverUrl, size, { reload: args.reload, log });
        lap(dataset.loadMs === null ? `reuse ${sizeLabel(size)}` : `load ${sizeLabel(size)}`, t);
        sized.push(await startSize(dataset, common));
      }
      // every request of the pages, each size's API in turn (the 1M ÷ 100k bound from the same minutes)
      let t = performance.now();
      log(
        `[bench] the dashboard's pages, request by request, ${args.sizes.map(sizeLabel).join(' and ')} in turn`,
      );
      const rows = await measurePageRequests(sized, { log });
      lap('measure the pages, every size in turn', t);
      while (sized.length) {
        const size = sized.shift();
        t = performance.now();
        results.push(await benchSize(size, rows.shift(), common));
        lap(`measure ${sizeLabel(size.dataset.size)}`, t);
      }
    } finally {
      for (const size of sized) await size.stop();
    }
    const md = report(results, machine, timings, args);
    console.log(md);
    if (args.write) {
      writeBenchSection('bench', md);
      log('[bench] wrote its section of docs/benchmarks.md');
    }
    log(`[bench] done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    closeConnections();
    await stop();
  }
}

main().catch((error) => {
  console.error(`[bench] ${error instanceof Error ? error.stack : String(error)}`);
  process.exitCode = 1;
});
