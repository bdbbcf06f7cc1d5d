/**
 * Request cost under abuse: starts the built platform (node packages/api/dist/main.js, embedded
 * PostgreSQL, demo data) and measures a reader (a normal dashboard query in a loop) alone, then
 * alongside each abuse. Prints the reader's p50/p99 per case and whether p99 stays within 2x of
 * the baseline, and writes them to docs/benchmarks.md (section "Under abuse"). A measurement,
 * not a test: nothing asserts these times. Usage: npm run bench:abuse
 */
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const SECONDS = Number(process.env.ABUSE_SECONDS ?? 8);
const ABUSERS = 4;

const freePort = () =>
  new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

async function startPlatform() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'chp-abuse-'));
  chmodSync(dataDir, 0o755);
  const env = {
    ...process.env,
    PORT: String(await freePort()),
    EMBEDDED_PG_PORT: String(await freePort()),
  };
  Object.assign(env, {
    PGDATA_DIR: path.join(dataDir, 'pg'),
    CHP_DEMO_DATA: 'true',
    LOG_LEVEL: 'info',
  });
  // The request budget is lifted so every abusive request reaches the caps measured here.
  Object.assign(env, {
    GRAPHQL_REQUESTS_PER_MINUTE: '1000000',
    GRAPHQL_REQUESTS_PER_MINUTE_PER_PERSON: '1000000',
  });
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['packages/api/dist/main.js'], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let out = '';
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`not listening after 180 s:\n${out}`)),
      180_000,
    );
    const onData = (c) => {
      out += c;
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) (clearTimeout(timer), resolve(m[1]));
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`exited ${code}:\n${out}`)));
  }).catch((e) => {
    process.kill(-child.pid, 'SIGTERM');
    throw e;
  });
  const stop = async () => {
    const exited = new Promise((r) => child.once('exit', r));
    process.kill(-child.pid, 'SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { url: `${url.replace(/\/$/, '')}/graphql`, stop };
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

/** The reader alone or beside `abuse` (ABUSERS concurrent loops): its latencies and the abusers' statuses. */
async function run(url, readerToken, abuse) {
  const end = Date.now() + SECONDS * 1000;
  const times = [];
  const statuses = new Map();
  const reader = (async () => {
    while (Date.now() < end) {
      const t = performance.now();
      const r = await gql(url, READER, PERIOD, readerToken);
      if (r.status !== 200) throw new Error(`reader: HTTP ${r.status} ${r.text.slice(0, 200)}`);
      times.push(performance.now() - t);
    }
  })();
  const abusers = abuse
    ? Array.from({ length: ABUSERS }, async (_, i) => {
        while (Date.now() < end) {
          const { status } = await abuse.send(i);
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
        }
      })
    : [];
  await Promise.all([reader, ...abusers]);
  times.sort((a, b) => a - b);
  return { n: times.length, p50: pct(times, 50), p99: pct(times, 99), statuses };
}

async function main() {
  const { url, stop } = await startPlatform();
  try {
    const director = await signIn(url, 'director@demo.chp.example');
    const comms = await signIn(url, 'comms@demo.chp.example');
    const created = JSON.parse(
      (
        await gql(
          url,
          `mutation { createPublication(kind: annual, period: "2019/20", title: "Abuse bench") { id version } }`,
          undefined,
          comms,
        )
      ).text,
    ).data.createPublication;
    let version = created.version;
    const bigText = 'We answered repairs complaints faster this year. '
      .repeat(400)
      .slice(0, 19_000);
    const cases = [
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
              { id: created.id, v: version, t: `${bigText}${i}` },
              comms,
            );
            const v = JSON.parse(r.text).data?.updatePublication?.version;
            if (v) version = v;
            return r;
          },
        },
      ],
    ];
    const rows = [];
    const base = await run(url, director);
    console.log(
      `[abuse] reader alone: ${base.n} requests, p50 ${base.p50.toFixed(1)} ms, p99 ${base.p99.toFixed(1)} ms`,
    );
    rows.push(['reader alone (baseline)', base, '']);
    for (const [label, abuse] of cases) {
      const r = await run(url, director, abuse);
      const answers = [...r.statuses].map(([s, n]) => `${n} × ${s}`).join(', ');
      const within = r.p99 <= 2 * base.p99 ? 'yes' : 'no';
      console.log(
        `[abuse] ${label}: p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, within 2x: ${within} (abuse answered ${answers})`,
      );
      rows.push([label, r, `${within}`, answers]);
    }
    writeSection(rows, base);
  } finally {
    await stop();
  }
}

function writeSection(rows, base) {
  const file = path.join(repoRoot, 'docs', 'benchmarks.md');
  const start = '<!-- abuse:start -->';
  const endMark = '<!-- abuse:end -->';
  const lines = [
    start,
    '## Under abuse (request cost limits)',
    '',
    `Written by \`npm run bench:abuse\` (bench/abuse.mjs) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${os.cpus().length} cores, Node ${process.version}: the built platform with demo data, one reader (spsoIndicators for 2025 as the demo senior manager, in a loop) for ${SECONDS} s alone and then beside ${ABUSERS} concurrent abusers of each kind; the request budget lifted so every abusive request reaches the caps. A measurement, not a test.`,
    '',
    '| Case | reader requests | reader p50 (ms) | reader p99 (ms) | p99 within 2× of baseline | abusive requests answered |',
    '|---|---:|---:|---:|---|---|',
    ...rows.map(
      ([label, r, within, answers]) =>
        `| ${label} | ${r.n} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r === base ? '–' : within} | ${answers ?? ''} |`,
    ),
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

await main();
