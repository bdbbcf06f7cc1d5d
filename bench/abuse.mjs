/**
 * Request cost under abuse: starts the built platform (node packages/api/dist/main.js, embedded
 * PostgreSQL, demo data) and measures a reader (a normal dashboard query, paced to stay within a
 * person's request budget) alone, then alongside each abuse (ABUSERS loops in a worker thread of
 * their own, so their client-side work does not delay the reader's event loop). Runs it three
 * times: with the request budget as an operator runs it (the defaults), the same with repeated
 * refusals answered at once (the cost of a flood that does not wait for its answers), and with the
 * budget lifted so every abusive request reaches the caps. Prints the reader's p50/p99 per case and its ratio to the
 * baseline of the same run, and writes them to docs/benchmarks.md (section "Under abuse"), with
 * the load average. A measurement, not a test: nothing asserts these times.
 * Usage: npm run bench:abuse  (ABUSE_SECONDS per case, default 15; ABUSE_BUDGET=on|undelayed|lifted|all;
 * ABUSE_SERVER_ROOT=<another built checkout> measures that checkout's server and writes nothing)
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot } from './lib/api.mjs';
import { startPlatform } from './lib/platform.mjs';

/** The checkout whose built server is measured (another worktree, to compare a change). */
const serverRoot = path.resolve(process.env.ABUSE_SERVER_ROOT ?? repoRoot);
const CLOCK_TICKS = 100; // getconf CLK_TCK on Linux
const SECONDS = Number(process.env.ABUSE_SECONDS ?? 15);
const ABUSERS = 4;
/** The reader's pace: ~16 requests a second, under the default 1,200 a minute of one person. */
const READER_INTERVAL_MS = 60;
const MODES = {
  on: 'budget on (defaults)',
  undelayed: 'budget on, refusals answered at once',
  lifted: 'budget lifted',
};

/**
 * The built platform with the request budget as an operator runs it (`on`), with its repeated
 * refusals answered at once rather than after GRAPHQL_REFUSAL_DELAY_MS (`undelayed`: what a flood
 * that does not wait for its answers costs), or lifted.
 */
async function startServer(mode) {
  // Lifted, every abusive request reaches the caps; on, the defaults an operator runs.
  const budget = mode === 'lifted' ? '1000000' : undefined;
  const { url, stop, pid, output } = await startPlatform(
    {
      GRAPHQL_REQUESTS_PER_MINUTE: budget,
      GRAPHQL_REQUESTS_PER_MINUTE_PER_PERSON: budget,
      GRAPHQL_REFUSAL_DELAY_MS: mode === 'undelayed' ? '0' : undefined,
    },
    { root: serverRoot },
  );
  return { url: `${url}/graphql`, stop, output, cpuMs: () => groupCpuMs(pid) };
}

/**
 * CPU time (user + system, ms) used so far by the processes of group `pgid`: the server and its
 * embedded PostgreSQL. Unlike latency, it hardly depends on what else loads the machine.
 */
function groupCpuMs(pgid) {
  let ticks = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[2]) === pgid) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return (ticks * 1000) / CLOCK_TICKS;
}

async function gql(url, query, variables, token) {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: typeof query === 'string' ? JSON.stringify({ query, variables }) : query.raw,
  });
  const text = await res.text();
  return { status: res.status, text };
}

async function signIn(url, email) {
  const { DEMO_PASSWORD } = await import(
    path.join(repoRoot, 'packages/api/dist/demo/first-start.js')
  );
  const r = await gql(
    url,
    'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }',
    { e: email, p: DEMO_PASSWORD },
  );
  return JSON.parse(r.text).data.signIn.token;
}

const READER = `query($p: PeriodInput!) { spsoIndicators(period: $p) { population period { from to label } } }`;
const PERIOD = { p: { year: 2025 } };
const aliases = (n, f) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${f}`).join(' ')} }`;

function pct(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const bigText = 'We answered repairs complaints faster this year. '.repeat(400).slice(0, 19_000);

/** The abuses, by label; `send(i)` sends one request of abuser i and resolves its answer. */
function abuseCases({ url, comms, publication }) {
  let version = publication.version;
  return [
    [
      '2,500 aliased health fields (anonymous)',
      { send: () => gql(url, aliases(2500, 'health { database }')) },
    ],
    [
      '0.7 MB invalid document (anonymous)',
      {
        send: () =>
          gql(url, { raw: JSON.stringify({ query: `{ health { ${'status '.repeat(100_000)}` }) }),
      },
    ],
    [
      '2,400 aliased spsoIndicators (signed in)',
      {
        send: () =>
          gql(
            url,
            aliases(2400, 'spsoIndicators(period: { year: 2025 }) { population }'),
            undefined,
            comms,
          ),
      },
    ],
    [
      '10 spsoIndicators at once, over the complexity cap (signed in)',
      {
        send: () =>
          gql(
            url,
            aliases(10, 'spsoIndicators(period: { year: 2025 }) { population }'),
            undefined,
            comms,
          ),
      },
    ],
    [
      'updatePublication of 19,000 characters in a loop (signed in)',
      {
        send: async (i) => {
          const r = await gql(
            url,
            `mutation($id: ID!, $v: Int!, $t: String) { updatePublication(id: $id, version: $v, learning: $t) { version } }`,
            { id: publication.id, v: version, t: `${bigText}${i}` },
            comms,
          );
          const v = r.status === 200 ? JSON.parse(r.text).data?.updatePublication?.version : null;
          if (v) version = v;
          return r;
        },
      },
    ],
  ];
}

/** In the worker: ABUSERS loops of one case until `end`; posts the statuses they were answered. */
async function abuseInWorker() {
  const { setup, index, end } = workerData;
  const [, abuse] = abuseCases(setup)[index];
  const statuses = {};
  await Promise.all(
    Array.from({ length: ABUSERS }, async (_, i) => {
      while (Date.now() < end) {
        const { status } = await abuse.send(i);
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
    }),
  );
  parentPort.postMessage(statuses);
}

/** Server + PostgreSQL CPU per reader request, from the baseline (taken out of the cases' CPU). */
let cpuPerRead = null;

/** The reader alone or beside case `index` (in a worker): its latencies and the abusers' statuses. */
async function run(url, readerToken, setup, index, cpuMs) {
  const cpuBefore = cpuMs();
  const end = Date.now() + SECONDS * 1000;
  const times = [];
  const abusers =
    index === undefined
      ? Promise.resolve({})
      : new Promise((resolve, reject) => {
          const worker = new Worker(fileURLToPath(import.meta.url), {
            workerData: { setup, index, end },
          });
          worker.once('message', resolve);
          worker.once('error', reject);
        });
  let refused = 0;
  for (let next = performance.now(); Date.now() < end;) {
    const wait = next - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    next += READER_INTERVAL_MS;
    const t = performance.now();
    const r = await gql(url, READER, PERIOD, readerToken);
    if (r.status === 429) refused++;
    else if (r.status !== 200) throw new Error(`reader: HTTP ${r.status} ${r.text.slice(0, 200)}`);
    else times.push(performance.now() - t);
  }
  const statuses = await abusers;
  const cpu = cpuMs() - cpuBefore;
  if (refused) console.warn(`[abuse] the reader itself was refused ${refused} times (429)`);
  times.sort((a, b) => a - b);
  const abusive = Object.values(statuses).reduce((a, b) => a + b, 0);
  return {
    n: times.length,
    p50: pct(times, 50),
    p99: pct(times, 99),
    refused,
    statuses,
    rate: abusive / SECONDS,
    // the server's and PostgreSQL's CPU per abusive request, the reader's share taken out
    cpuPerAbuse: abusive > 0 ? Math.max(0, cpu - times.length * (cpuPerRead ?? 0)) / abusive : null,
    cpuPerRead: times.length > 0 ? cpu / times.length : null,
  };
}

const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');

async function measure(mode) {
  const { url, stop, output, cpuMs } = await startServer(mode);
  try {
    const director = await signIn(url, 'director@demo.chp.example');
    const comms = await signIn(url, 'comms@demo.chp.example');
    const publication = JSON.parse(
      (
        await gql(
          url,
          `mutation { createPublication(kind: annual, period: "2019/20", title: "Abuse bench") { id version } }`,
          undefined,
          comms,
        )
      ).text,
    ).data.createPublication;
    const setup = { url, comms, publication };
    const loadBefore = load();
    const logBefore = output().length;
    console.log(`[abuse] ${MODES[mode]}: load average ${loadBefore}`);
    const rows = [];
    const base = await run(url, director, setup, undefined, cpuMs);
    cpuPerRead = base.cpuPerRead;
    console.log(
      `[abuse] ${MODES[mode]}, reader alone: ${base.n} requests, p50 ${base.p50.toFixed(1)} ms, p99 ${base.p99.toFixed(1)} ms`,
    );
    rows.push(['reader alone (baseline)', base]);
    const labels = abuseCases(setup).map(([label]) => label);
    for (const [index, label] of labels.entries()) {
      const r = await run(url, director, setup, index, cpuMs);
      const answers = Object.entries(r.statuses)
        .map(([s, n]) => `${n} × ${s}`)
        .join(', ');
      console.log(
        `[abuse] ${MODES[mode]}, ${label}: p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms (${(r.p99 / base.p99).toFixed(1)}× the baseline; abuse answered ${answers}, ${Math.round(r.rate)}/s, ${r.cpuPerAbuse?.toFixed(2)} ms CPU each)`,
      );
      rows.push([label, r, answers]);
    }
    const logLines = output()
      .slice(logBefore)
      .split('\n')
      .filter((l) => l.trim() !== '').length;
    return { mode, rows, base, loadBefore, loadAfter: load(), logLines };
  } finally {
    await stop();
  }
}

async function main() {
  const which = process.env.ABUSE_BUDGET ?? 'all';
  const modes = which === 'all' ? Object.keys(MODES) : [which];
  const results = [];
  for (const mode of modes) results.push(await measure(mode));
  if (serverRoot === path.resolve(repoRoot)) writeSection(results);
  else
    console.log(`[abuse] the server of ${serverRoot} measured; docs/benchmarks.md left as it is`);
}

function table({ mode, rows, base, loadBefore, loadAfter, logLines }) {
  return [
    `### ${
      {
        on: 'Request budget on (the defaults: 300 a minute per address, 1,200 per person; a repeated refusal waits 500 ms)',
        undelayed:
          'Request budget on, repeated refusals answered at once (GRAPHQL_REFUSAL_DELAY_MS=0)',
        lifted: 'Request budget lifted (1,000,000 a minute)',
      }[mode]
    }`,
    '',
    `Load average (1, 5, 15 min) ${loadBefore} before, ${loadAfter} after; the server logged ${logLines} line${logLines === 1 ? '' : 's'} during the run.`,
    '',
    '| Case | reader requests | reader p50 (ms) | reader p99 (ms) | p99 / baseline | abusive requests answered | abusive requests a second | server + PostgreSQL CPU per abusive request (ms) |',
    '|---|---:|---:|---:|---:|---|---:|---:|',
    ...rows.map(
      ([label, r, answers]) =>
        `| ${label} | ${r.n} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r === base ? '–' : `${(r.p99 / base.p99).toFixed(1)}×`} | ${answers ?? ''} | ${r === base ? '' : Math.round(r.rate)} | ${r === base ? `${r.cpuPerRead.toFixed(2)} per read` : r.cpuPerAbuse.toFixed(2)} |`,
    ),
  ];
}

function writeSection(results) {
  const file = path.join(repoRoot, 'docs', 'benchmarks.md');
  const start = '<!-- abuse:start -->';
  const endMark = '<!-- abuse:end -->';
  const lines = [
    start,
    '## Under abuse (request cost limits)',
    '',
    `Written by \`npm run bench:abuse\` (bench/abuse.mjs) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${os.cpus().length} cores, Node ${process.version}: the built platform with demo data, one reader (spsoIndicators for 2025 as the demo senior manager, one request every ${READER_INTERVAL_MS} ms, within a person's budget) for ${SECONDS} s alone and then beside ${ABUSERS} concurrent abusers of each kind (in a worker thread of the bench), once per budget setting, each on a fresh server. Ratios compare a case with the baseline of the same run. A measurement, not a test.`,
    '',
    ...results.flatMap((r) => [...table(r), '']),
    endMark,
  ];
  const md = readFileSync(file, 'utf8');
  const section = lines.join('\n');
  const next = md.includes(start)
    ? md.replace(new RegExp(`${start}[\\s\\S]*${endMark}`), section)
    : `${md.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, next);
  console.log('[abuse] wrote docs/benchmarks.md (section "Under abuse")');
}

if (isMainThread) await main();
else await abuseInWorker();
