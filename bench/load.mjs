/**
 * Load runs (issue 19): `npm run bench:load [-- --sizes 100000,1000000] [--seconds 10] [--no-write]`.
 *
 * On the same databases as `npm run bench` (the embedded PostgreSQL on .bench-pgdata/, port
 * BENCH_PG_PORT, default 54339, unless DATABASE_URL is set; loaded once, reused), starts the API
 * as `npm start` runs it, in its own process (NODE_ENV=production; API_PROCESSES from the
 * environment forks more; autocannon in this process
 * does not share the server's event loop) with the request budget lifted, signs in the demo
 * senior manager and 8 complaint handlers (each their own session; created with the demo
 * password when the demo lacks them), and runs autocannon at 10 and 50 connections on the
 * register page, spsoIndicators for a year, the overview page's set of requests and recording a
 * complaint (unique data per request), plus recording with 8 handlers at once. Prints
 * requests/s, median, p99 and errors, writes the section "Load runs" of docs/benchmarks.md with
 * the targets and verdicts, and deletes what it recorded. A measurement: nothing asserts times.
 */
process.env.NODE_ENV ??= 'production';
/** The request budget lifted for the API under load (one client sends thousands a minute). */
const BUDGET_LIFTED = {
  GRAPHQL_REQUESTS_PER_MINUTE: '1000000',
  GRAPHQL_REQUESTS_PER_MINUTE_PER_PERSON: '1000000',
};
Object.assign(process.env, BUDGET_LIFTED);

import path from 'node:path';
import { api, repoRoot } from './lib/api.mjs';
import { startApiProcess, signIn } from './lib/api-server.mjs';
import { writeBenchSection } from './lib/cli.mjs';
import { databaseUrl, prepareDataset } from './lib/datasets.mjs';
import { closeConnections, graphql } from './lib/http.mjs';
import { describeMachine } from './lib/machine.mjs';
import { removeRecorded, referenceCounters } from './lib/load-cleanup.mjs';
import { loadDocuments } from './lib/load-documents.mjs';
import { loadReport } from './lib/load-report.mjs';
import { loadRun } from './lib/load-run.mjs';
import { cpuMeter, postmasterPid } from './lib/process-cpu.mjs';
import { signInHandlers } from './lib/load-users.mjs';
import { sizeLabel } from './lib/period.mjs';

const USAGE =
  'usage: npm run bench:load -- [--sizes 100000,1000000] [--seconds 10] [--connections 10,50] [--handlers 8] [--only register,indicators,overview,recordComplaint] [--no-write]';
const KINDS = ['register', 'indicators', 'overview', 'recordComplaint'];
const log = (m) => console.error(`[load] ${m}`);

function parseArgs(argv) {
  if (argv.includes('--help')) {
    console.log(USAGE);
    process.exit(0);
  }
  const value = (name, fallback) => {
    const i = argv.indexOf(`--${name}`);
    return i < 0 ? fallback : String(argv[i + 1]);
  };
  const numbers = (s) =>
    s.split(/[\s,]+/).map((x) => {
      const n = Number(x.replace(/_/g, '').replace(/k$/i, '000').replace(/m$/i, '000000'));
      if (!Number.isInteger(n) || n <= 0)
        throw new Error(`not a positive whole number: ${x}\n${USAGE}`);
      return n;
    });
  return {
    sizes: numbers(value('sizes', '100000,1000000')),
    seconds: numbers(value('seconds', '10'))[0],
    connections: numbers(value('connections', '10,50')),
    handlers: numbers(value('handlers', '8'))[0],
    only: value('only', KINDS.join(','))
      .split(',')
      .map((k) => {
        if (!KINDS.includes(k)) throw new Error(`unknown request ${k}\n${USAGE}`);
        return k;
      }),
    write: !argv.includes('--no-write'),
    // one process, as `npm start` runs it, unless the environment sets API_PROCESSES (docs/operations.md, Processes)
    apiProcesses: process.env.API_PROCESSES ?? '1',
  };
}

/** The statements one request sends (x-sql-statements), after a warm-up. */
async function statementsOf(url, request, token) {
  await graphql(url, request.query, request.variables, token);
  const { statements } = await graphql(url, request.query, request.variables, token);
  return statements;
}

/** Seconds of the same load before each measured run, not measured (BENCH_WARM_UP overrides). */
const WARM_UP_SECONDS = Number(process.env.BENCH_WARM_UP ?? 15);

/** Every load run on one dataset. */
async function loadSize(dataset, args, postmaster) {
  const { createDataSource } = api('db/data-source.js');
  const docs = await loadDocuments();
  // BENCH_API_NODE_OPTIONS: Node options for the API process (say `--cpu-prof --cpu-prof-dir=/tmp/p`)
  const server = await startApiProcess(
    dataset.url,
    { ...BUDGET_LIFTED, API_PROCESSES: args.apiProcesses },
    (process.env.BENCH_API_NODE_OPTIONS ?? '').split(' ').filter(Boolean),
  );
  const ds = createDataSource(dataset.url);
  await ds.initialize();
  const counters = await referenceCounters(ds, dataset.organisationId);
  const since = new Date();
  const runs = [];
  let handlerIds = [];
  try {
    const token = await signIn(server.url);
    const { handlers, serviceAreaId } = await signInHandlers(
      ds,
      server.url,
      dataset.organisationId,
      args.handlers,
    );
    handlerIds = handlers.map((h) => h.id);
    let recorded = 0;
    let nextHandler = 0;
    const reads = {
      register: {
        label: 'register page (50 rows, default filters)',
        sequence: [() => ({ ...docs.register, token })],
      },
      indicators: {
        label: 'spsoIndicators for a year',
        sequence: [() => ({ ...docs.indicators, token })],
      },
      overview: {
        label: `overview page set (${docs.overviewSet.length} requests)`,
        sequence: docs.overviewSet.map((r) => () => ({ ...r, token })),
      },
    };
    // each connection records as one handler (its own session), handlers shared round-robin
    const recording = {
      label: 'recordComplaint',
      sequence: [
        (context) => {
          context.handler ??= handlers[nextHandler++ % handlers.length];
          return { ...docs.record(++recorded, serviceAreaId), token: context.handler.token };
        },
      ],
    };
    const statements = {
      register: () => statementsOf(server.url, docs.register, token),
      indicators: () => statementsOf(server.url, docs.indicators, token),
      overview: async () => {
        let n = 0;
        for (const r of docs.overviewSet) n += await statementsOf(server.url, r, token);
        return `${n} (set)`;
      },
      recordComplaint: () =>
        statementsOf(server.url, docs.record(0, serviceAreaId), handlers[0].token),
    };
    const counted = {};
    for (const k of args.only) counted[k] = await statements[k]();
    const plan = [
      ...args.connections.flatMap((c) =>
        Object.entries(reads).map(([key, r]) => ({ key, ...r, connections: c })),
      ),
      { key: 'recordComplaint', ...recording, connections: args.handlers, handlers: true },
      ...args.connections.map((c) => ({ key: 'recordComplaint', ...recording, connections: c })),
    ];
    for (const p of plan.filter((x) => args.only.includes(x.key))) {
      nextHandler = 0;
      log(
        `${sizeLabel(dataset.size)}: ${p.label} at ${p.connections} connections, ${args.seconds} s`,
      );
      // a warm-up at the same concurrency (connections, plans, caches, and the JIT compiling the
      // request's code paths: a server that has just started is slower for its first seconds)
      await loadRun({
        url: server.url,
        connections: p.connections,
        seconds: WARM_UP_SECONDS,
        sequence: p.sequence,
      });
      await graphql(server.url, '{ me { name } }', {}, token); // the warm-up's requests are done
      nextHandler = 0;
      const meter = cpuMeter({ apiPid: server.pid, postmaster });
      meter.start();
      const r = await loadRun({
        url: server.url,
        connections: p.connections,
        seconds: args.seconds,
        sequence: p.sequence,
      });
      const cpu = meter.stop(r.requests);
      const ms = (x) => (x === null ? '?' : x.toFixed(2));
      log(
        `  ${r.perSecond.toFixed(1)}/s, median ${r.median} ms, p99 ${r.p99} ms, errors ${r.errors}${r.firstError ? ` (${r.firstError})` : ''}; CPU per request: API ${ms(cpu.api)} ms, PostgreSQL ${ms(cpu.pg)} ms`,
      );
      runs.push({ ...p, ...r, cpu, statements: counted[p.key] });
      // requests the client gave up on may still hold the database: wait for them before the next run
      await graphql(server.url, '{ me { name } }', {}, token);
    }
  } finally {
    await server.stop();
    const deleted = await removeRecorded(ds, {
      organisationId: dataset.organisationId,
      handlerIds,
      since,
      counters,
    });
    log(
      `${sizeLabel(dataset.size)}: removed the ${deleted.toLocaleString('en-GB')} complaints recorded`,
    );
    await ds.destroy();
  }
  return { size: dataset.size, runs };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const { startEmbeddedPostgres } = api('db/embedded-postgres.js');
  let embedded;
  let postmaster = null;
  let serverUrl = process.env.DATABASE_URL?.trim() || null;
  if (!serverUrl) {
    const port = Number(process.env.BENCH_PG_PORT ?? 54339);
    const dataDir = path.join(repoRoot, '.bench-pgdata');
    log(`starting the embedded PostgreSQL (data in .bench-pgdata/, port ${port})`);
    embedded = await startEmbeddedPostgres({ dataDir, port, database: 'postgres' });
    serverUrl = embedded.url;
    postmaster = postmasterPid(dataDir);
  }
  const stop = () => embedded?.stop().catch(() => {});
  process.once('SIGINT', () => void stop().finally(() => process.exit(130)));
  process.once('SIGTERM', () => void stop().finally(() => process.exit(143)));
  try {
    const machine = await describeMachine(databaseUrl(serverUrl, 'postgres'), embedded);
    const results = [];
    for (const size of args.sizes) {
      const dataset = await prepareDataset(serverUrl, size, { log });
      results.push(await loadSize(dataset, args, postmaster));
    }
    const md = loadReport(results, machine, { ...args, warmUpSeconds: WARM_UP_SECONDS });
    console.log(md);
    if (args.write) {
      writeBenchSection('load-runs', md);
      log('wrote the section "Load runs" of docs/benchmarks.md');
    }
  } finally {
    closeConnections();
    await stop();
  }
}

main().catch((error) => {
  console.error(`[load] ${error instanceof Error ? error.stack : String(error)}`);
  process.exitCode = 1;
});
