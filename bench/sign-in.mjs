/**
 * Ten sign-ins at once and everyone else (docs/procedure.md, Accounts): starts the built platform
 * (demo data, password hashing on its worker thread), measures another signed-in user's requests
 * (a small GraphQL query and the dashboard's index.html, each in its own loop) idle, then during
 * bursts of 10 concurrent correct sign-ins. Prints p50/p99 and the during/idle ratio of each, the
 * sign-ins' own times and the machine's load (`uptime`), and writes them to docs/benchmarks.md
 * (section "Sign-in bursts"). A measurement, not a test: nothing asserts these times.
 * Usage: npm run bench:sign-in   (SIGN_IN_BURSTS, SIGN_IN_IDLE_SECONDS to change the run)
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './lib/api.mjs';
import { startPlatform } from './lib/platform.mjs';

const BURSTS = Number(process.env.SIGN_IN_BURSTS ?? 5);
const IDLE_SECONDS = Number(process.env.SIGN_IN_IDLE_SECONDS ?? 8);
const BURST_SIZE = 10;
const PASSWORD = 'chp-demo-password'; // the demo users' (packages/api/src/demo/first-start.ts)
const SIGNERS = ['admin', 'director', 'manager', 'handler', 'comms', 'officer'].map(
  (u) => `${u}@demo.chp.example`,
);
const SIGN_IN = 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }';
const READER_QUERY = '{ me { name } organisation { name } }';

const load = () =>
  execFileSync('uptime', { encoding: 'utf8' })
    .trim()
    .replace(/^.*load average:\s*/, '');
const pct = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const stats = (times) => {
  const s = [...times].sort((a, b) => a - b);
  return { n: s.length, p50: pct(s, 50), p99: pct(s, 99), max: s[s.length - 1] };
};

async function post(base, query, variables, token) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: await res.json() };
}

/** Two loops of another user until `until()` is true: a GraphQL query and a static page. */
async function readers(base, token, until) {
  const graphql = [];
  const page = [];
  const loop = async (times, once) => {
    while (!until()) {
      const t = performance.now();
      const status = await once();
      if (status !== 200) throw new Error(`reader: HTTP ${status}`);
      times.push(performance.now() - t);
    }
  };
  await Promise.all([
    loop(graphql, async () => (await post(base, READER_QUERY, {}, token)).status),
    loop(page, async () => {
      const res = await fetch(`${base}/`);
      await res.arrayBuffer();
      return res.status;
    }),
  ]);
  return { graphql: stats(graphql), page: stats(page) };
}

async function burst(base, round) {
  const started = performance.now();
  const answers = await Promise.all(
    Array.from({ length: BURST_SIZE }, async (_, i) => {
      const email = SIGNERS[(round + i) % SIGNERS.length];
      const r = await post(base, SIGN_IN, { e: email, p: PASSWORD });
      return { ms: performance.now() - started, status: r.status, ok: !!r.body.data?.signIn };
    }),
  );
  return answers;
}

async function main() {
  const loadBefore = load();
  console.log(`[sign-in] load average before start: ${loadBefore}`);
  const { url: base, stop } = await startPlatform({
    GRAPHQL_REQUESTS_PER_MINUTE: '1000000',
    GRAPHQL_REQUESTS_PER_MINUTE_PER_PERSON: '1000000',
  });
  try {
    const signed = await post(base, SIGN_IN, { e: 'director@demo.chp.example', p: PASSWORD });
    const token = signed.body.data.signIn.token;
    // warm-up: a sign-in (starts the hashing thread) and a few reads
    await burst(base, 0);
    const loadIdle = load();
    const idleEnd = Date.now() + IDLE_SECONDS * 1000;
    const idle = await readers(base, token, () => Date.now() > idleEnd);
    console.log(
      `[sign-in] idle: GraphQL p50 ${idle.graphql.p50.toFixed(1)} ms p99 ${idle.graphql.p99.toFixed(1)} ms (${idle.graphql.n}); page p50 ${idle.page.p50.toFixed(1)} ms p99 ${idle.page.p99.toFixed(1)} ms (${idle.page.n})`,
    );
    let done = false;
    const signIns = [];
    const during = readers(base, token, () => done);
    for (let round = 1; round <= BURSTS; round++) signIns.push(...(await burst(base, round)));
    done = true;
    const busy = await during;
    const loadAfter = load();
    const refused = signIns.filter((s) => !s.ok);
    const signInStats = stats(signIns.map((s) => s.ms));
    const ratio = (a, b) => a / b;
    const rows = [
      ['GraphQL `{ me organisation }`', idle.graphql, busy.graphql],
      ['dashboard `GET /` (static file)', idle.page, busy.page],
    ];
    for (const [label, a, b] of rows)
      console.log(
        `[sign-in] ${label}: p99 idle ${a.p99.toFixed(1)} ms, during bursts ${b.p99.toFixed(1)} ms: ${ratio(b.p99, a.p99).toFixed(2)}×`,
      );
    console.log(
      `[sign-in] ${signIns.length} sign-ins in ${BURSTS} bursts of ${BURST_SIZE}: p50 ${signInStats.p50.toFixed(0)} ms, slowest ${signInStats.max.toFixed(0)} ms, refused ${refused.length}; load ${loadAfter}`,
    );
    writeSection({ loadBefore, loadIdle, loadAfter, rows, signInStats, signIns, refused, ratio });
  } finally {
    await stop();
  }
}

function writeSection({
  loadBefore,
  loadIdle,
  loadAfter,
  rows,
  signInStats,
  signIns,
  refused,
  ratio,
}) {
  const file = path.join(repoRoot, 'docs', 'benchmarks.md');
  const start = '<!-- sign-in:start -->';
  const end = '<!-- sign-in:end -->';
  const lines = [
    start,
    '## Sign-in bursts (password hashing off the request path)',
    '',
    `Written by \`npm run bench:sign-in\` (bench/sign-in.mjs) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${os.cpus().length} cores, Node ${process.version}: the built platform with demo data (password hashing: scrypt N=2^17, r=8, p=1 on its worker thread, PASSWORD_HASH_THREADS default). Another signed-in user runs two loops, a small GraphQL query and the dashboard's \`index.html\`, for ${IDLE_SECONDS} s idle, then throughout ${BURSTS} bursts of ${BURST_SIZE} concurrent correct sign-ins. Target: the other user's p99 during the bursts at most 2× its idle p99. Both ratios come from the same run. A measurement, not a test.`,
    '',
    `The machine is shared (other engineers' tests run on it): \`uptime\` load average (1 / 5 / 15 min) before the platform started ${loadBefore}; before the idle measurement ${loadIdle}; after the bursts ${loadAfter}.`,
    '',
    '| Other user | requests idle | p50 idle (ms) | p99 idle (ms) | requests during bursts | p50 during (ms) | p99 during (ms) | p99 during / idle | within 2× |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---|',
    ...rows.map(
      ([label, a, b]) =>
        `| ${label} | ${a.n} | ${a.p50.toFixed(1)} | ${a.p99.toFixed(1)} | ${b.n} | ${b.p50.toFixed(1)} | ${b.p99.toFixed(1)} | ${ratio(b.p99, a.p99).toFixed(2)}× | ${b.p99 <= 2 * a.p99 ? 'yes' : 'no'} |`,
    ),
    '',
    `The sign-ins themselves (${signIns.length}, from the start of their burst): median ${signInStats.p50.toFixed(0)} ms, slowest ${signInStats.max.toFixed(0)} ms (the tenth of a burst waits for nine hashes on the one thread), refused ${refused.length}${refused.length ? ` (${[...new Set(refused.map((r) => r.status))].join(', ')})` : ''}.`,
    end,
  ];
  const md = readFileSync(file, 'utf8');
  const section = lines.join('\n');
  const next = md.includes(start)
    ? md.replace(new RegExp(`${start}[\\s\\S]*${end}`), section)
    : `${md.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, next);
  console.log('[sign-in] wrote docs/benchmarks.md (section "Sign-in bursts")');
}

await main();
