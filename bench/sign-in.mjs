/**
 * Ten sign-ins at once and everyone else (docs/procedure.md, Accounts): starts the built platform
 * (demo data) once per number of password-hashing threads compared (1 and 2), measures another signed-in user's requests
 * (a small GraphQL query and the dashboard's index.html, each in its own loop) idle, then during
 * bursts of 10 concurrent correct sign-ins. Prints p50/p99 and the during/idle ratio of each, the
 * sign-ins' own times and the machine's load (`uptime`), and writes them to docs/benchmarks.md
 * (section "Sign-in bursts"). A measurement, not a test: nothing asserts these times.
 * Usage: npm run bench:sign-in   (SIGN_IN_BURSTS, SIGN_IN_IDLE_SECONDS, SIGN_IN_THREADS=1,2 to change the run)
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
/** Hashing threads to compare, one platform each (the default on 2 cores is 1). */
const THREADS = (process.env.SIGN_IN_THREADS ?? '1,2').split(',').map(Number);
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

/** One platform with `threads` hashing threads: a lone sign-in, the readers idle, then during bursts. */
async function measure(threads) {
  const { url: base, stop } = await startPlatform({
    PASSWORD_HASH_THREADS: String(threads),
    GRAPHQL_REQUESTS_PER_MINUTE: '1000000',
    GRAPHQL_REQUESTS_PER_MINUTE_PER_PERSON: '1000000',
  });
  try {
    const signed = await post(base, SIGN_IN, { e: 'director@demo.chp.example', p: PASSWORD });
    const token = signed.body.data.signIn.token;
    await burst(base, 0); // warm-up: starts the hashing threads
    // one sign-in with nothing else running: the cost of one hash on this machine now
    const alone = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      await post(base, SIGN_IN, { e: SIGNERS[i], p: PASSWORD });
      alone.push(performance.now() - t);
    }
    const loadIdle = load();
    const idleEnd = Date.now() + IDLE_SECONDS * 1000;
    const idle = await readers(base, token, () => Date.now() > idleEnd);
    let done = false;
    const signIns = [];
    const during = readers(base, token, () => done);
    for (let round = 1; round <= BURSTS; round++) signIns.push(...(await burst(base, round)));
    done = true;
    const busy = await during;
    const result = {
      threads,
      loadIdle,
      loadAfter: load(),
      alone: stats(alone),
      idle,
      busy,
      signIns: stats(signIns.map((s) => s.ms)),
      refused: signIns.filter((s) => !s.ok).map((s) => s.status),
    };
    for (const kind of ['graphql', 'page'])
      console.log(
        `[sign-in] ${threads} thread(s), ${LABELS[kind]}: p99 idle ${idle[kind].p99.toFixed(1)} ms, during bursts ${busy[kind].p99.toFixed(1)} ms: ${(busy[kind].p99 / idle[kind].p99).toFixed(2)}×`,
      );
    console.log(
      `[sign-in] ${threads} thread(s): one sign-in alone ${result.alone.p50.toFixed(0)} ms; ${signIns.length} in ${BURSTS} bursts of ${BURST_SIZE}: median ${result.signIns.p50.toFixed(0)} ms, slowest ${result.signIns.max.toFixed(0)} ms, refused ${result.refused.length}; load ${result.loadAfter}`,
    );
    return result;
  } finally {
    await stop();
  }
}

const LABELS = {
  graphql: 'GraphQL `{ me organisation }`',
  page: 'dashboard `GET /` (static file)',
};

async function main() {
  const loadBefore = load();
  console.log(`[sign-in] load average before start: ${loadBefore}`);
  const results = [];
  for (const threads of THREADS) results.push(await measure(threads));
  writeSection(loadBefore, results);
}

function writeSection(loadBefore, results) {
  const file = path.join(repoRoot, 'docs', 'benchmarks.md');
  const start = '<!-- sign-in:start -->';
  const end = '<!-- sign-in:end -->';
  const f = (n) => n.toFixed(1);
  const lines = [
    start,
    '## Sign-in bursts (password hashing off the request path)',
    '',
    `Written by \`npm run bench:sign-in\` (bench/sign-in.mjs) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${os.cpus().length} cores, Node ${process.version}: the built platform with demo data, password hashing scrypt N=2^17, r=8, p=1 on its worker thread(s) (\`PASSWORD_HASH_THREADS\`; the default on ${os.cpus().length} cores is ${Math.max(1, Math.min(4, os.availableParallelism() - 1))}). Another signed-in user runs two loops, a small GraphQL query and the dashboard's \`index.html\`, for ${IDLE_SECONDS} s idle, then throughout ${BURSTS} bursts of ${BURST_SIZE} concurrent correct sign-ins. Target: the other user's p99 during the bursts at most 2× its idle p99; each ratio compares two measurements of the same platform a minute apart. A measurement, not a test.`,
    '',
    `The machine is shared with other engineers' builds and tests, so every figure is slower than on a quiet machine; \`uptime\` load average (1 / 5 / 15 min) when the run started: ${loadBefore}. "One sign-in alone" is the cost of one password check at that moment: the slowest sign-in of a burst waits for about ten of them on one thread.`,
    '',
    '| Hashing threads | Other user | load before idle | p50 idle (ms) | p99 idle (ms) | p50 during (ms) | p99 during (ms) | p99 during / idle | within 2× |',
    '|---:|---|---|---:|---:|---:|---:|---:|---|',
    ...results.flatMap((r) =>
      ['graphql', 'page'].map(
        (kind) =>
          `| ${r.threads} | ${LABELS[kind]} (${r.idle[kind].n} idle, ${r.busy[kind].n} during) | ${r.loadIdle} | ${f(r.idle[kind].p50)} | ${f(r.idle[kind].p99)} | ${f(r.busy[kind].p50)} | ${f(r.busy[kind].p99)} | ${(r.busy[kind].p99 / r.idle[kind].p99).toFixed(2)}× | ${r.busy[kind].p99 <= 2 * r.idle[kind].p99 ? 'yes' : 'no'} |`,
      ),
    ),
    '',
    '| Hashing threads | one sign-in alone (ms) | sign-ins in bursts | median from burst start (ms) | slowest (ms) | refused | load after |',
    '|---:|---:|---:|---:|---:|---:|---|',
    ...results.map(
      (r) =>
        `| ${r.threads} | ${r.alone.p50.toFixed(0)} | ${r.signIns.n} | ${r.signIns.p50.toFixed(0)} | ${r.signIns.max.toFixed(0)} | ${r.refused.length}${r.refused.length ? ` (${[...new Set(r.refused)].join(', ')})` : ''} | ${r.loadAfter} |`,
    ),
    '',
    "Why one thread is the default on two cores: the second thread takes the core that serves everyone else (compare the rows). The sign-ins themselves queue on the thread: the price of keeping OWASP's scrypt cost; a machine with more cores gets more threads (cores − 1, at most 4).",
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
