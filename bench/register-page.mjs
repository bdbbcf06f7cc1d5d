/**
 * The register page alone (issue 19 item 3): `node bench/register-page.mjs [--size 100000]
 * [--runs 30] [--seconds 10]` after `npm run build -w @chp/domain -w @chp/api`.
 *
 * On the bench database of that size (.bench-pgdata/, port BENCH_PG_PORT, loaded by `npm run
 * bench` or here on first use, or the server at DATABASE_URL): the page of 50 complaints with
 * relations as `npm run bench` measures it (ours and PostGraphile's, medians and statements on
 * the wire), then the dashboard's register query (a page of 50 with its total and timelines) at
 * 10 connections for `--seconds` with autocannon (`npx autocannon@8`). Prints the figures; a
 * benchmark, not a test.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { api, repoRoot } from './lib/api.mjs';
import { signIn, startApi } from './lib/api-server.mjs';
import { prepareDataset } from './lib/datasets.mjs';
import { closeConnections, graphql } from './lib/http.mjs';
import { measureOurPage, measurePostgraphilePage } from './lib/measure-page.mjs';
import { ensurePostgraphileInstalled } from './lib/postgraphile.mjs';
import { ms } from './lib/stats.mjs';
import { apiRequire } from './lib/api.mjs';

const pg = apiRequire('pg');
const log = (m) => console.error(m);
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : Number(process.argv[i + 1]);
};
const SIZE = arg('size', 100_000);
const RUNS = arg('runs', 30);
const SECONDS = arg('seconds', 10);

/** The dashboard's register query (packages/web/src/complaints/queries.ts), first page of 50. */
const STAGE = `dayOne dueOn extendedDueOn deadline acknowledgeBy acknowledgedOn closedOn outcome status
  transferred withinTimescale workingDays workingDaysElapsed workingDaysRemaining`;
export const REGISTER_QUERY = `query Register($limit: Int!, $offset: Int!) {
  complaints(limit: $limit, offset: $offset) {
    total { count exact atLeast }
    items { id reference receivedAt status currentStage route category anonymous hasSupportNeeds
      serviceArea { id name } timeline { stage1 { ${STAGE} } stage2 { ${STAGE} } } } } }`;

/**
 * `connections` on the register query for `SECONDS`: pages per second and latency percentiles.
 * autocannon runs as a child process (the API answers from this one's event loop).
 */
async function loadRun(url, token, connections) {
  const body = JSON.stringify({ query: REGISTER_QUERY, variables: { limit: 50, offset: 0 } });
  const child = spawn(
    'npx',
    [
      '--yes',
      'autocannon@8',
      '--json',
      '-c',
      String(connections),
      '-d',
      String(SECONDS),
      '-m',
      'POST',
      '-H',
      'content-type=application/json',
      '-H',
      `authorization=Bearer ${token}`,
      '-b',
      body,
      url,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`autocannon failed: ${stderr}`);
  const r = JSON.parse(stdout);
  return {
    connections,
    perSecond: r.requests.average,
    total: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors,
    p50: r.latency.p50,
    p99: r.latency.p99,
  };
}

async function main() {
  const { startEmbeddedPostgres } = api('db/embedded-postgres.js');
  const { buildChpSchema } = api('app/schema.js');
  ensurePostgraphileInstalled(log);
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
    const dataset = await prepareDataset(serverUrl, SIZE, { log });
    const schema = await buildChpSchema();
    const ours = await startApi(dataset.url, schema);
    const floorClient = new pg.Client({ connectionString: dataset.url });
    await floorClient.connect();
    try {
      const token = await signIn(ours.url);
      const ctx = {
        url: dataset.url,
        apiUrl: ours.url,
        token,
        floorClient,
        org: dataset.organisationId,
        o: { warmup: 5, runs: RUNS },
        schema,
      };
      log('[register-page] a page of 50 with relations (ours)');
      const page = await measureOurPage(ctx);
      log('[register-page] the same page through PostGraphile 5');
      // PostGraphile may refuse the schema (a table and a function of the same name): the figures
      // of ours still stand, said as such
      const pgl = await measurePostgraphilePage(ctx, page.items).catch((error) => {
        log(`[register-page] PostGraphile failed: ${String(error).split('\n')[0]}`);
        return { median: NaN, p95: NaN, statements: '–', sameReferences: 'not measured' };
      });
      const check = await graphql(ours.url, REGISTER_QUERY, { limit: 50, offset: 0 }, token);
      if (check.body.errors) throw new Error(JSON.stringify(check.body.errors));
      log(`[register-page] the register query at 10 connections for ${SECONDS} s`);
      const load = await loadRun(ours.url, token, 10);
      const o = page.ours;
      console.log(
        [
          `| ${SIZE.toLocaleString('en-GB')} complaints | median | p95 | statements (header / wire) |`,
          '|---|---:|---:|---:|',
          `| page of 50 with relations, ours | ${ms(o.median)} ms | ${ms(o.p95)} ms | ${o.statements} / ${o.wire50} |`,
          `| the same, PostGraphile 5 | ${ms(pgl.median)} ms | ${ms(pgl.p95)} ms | – / ${pgl.statements} |`,
          `| ratio ours / PostGraphile | ${(o.median / pgl.median).toFixed(2)} | | |`,
          `| register query at 10 connections | ${load.perSecond.toFixed(0)} pages/s | p99 ${load.p99} ms | ${check.statements} |`,
          '',
          `register load: ${load.total} requests, p50 ${load.p50} ms, p99 ${load.p99} ms, non-2xx ${load.non2xx}, errors ${load.errors}; same references as PostGraphile: ${pgl.sameReferences}`,
        ].join('\n'),
      );
    } finally {
      await floorClient.end();
      await ours.stop();
    }
  } finally {
    closeConnections();
    await embedded?.stop().catch(() => {});
  }
}

main().catch((error) => {
  console.error(`[register-page] ${error instanceof Error ? error.stack : String(error)}`);
  process.exitCode = 1;
});
