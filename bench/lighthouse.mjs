/**
 * Lighthouse on the dashboard, signed in: starts the built platform as `npm start` runs it
 * (embedded PostgreSQL, demo data), signs in as the demo senior manager and runs Lighthouse
 * (desktop preset) on the overview, register, a complaint, indicators and trends, and the mobile
 * preset on the overview. Prints each page's performance score, layout shift and paint times and
 * writes them to docs/dashboard.md (section "Lighthouse"), with the load average: Lighthouse's
 * scores depend on what else the machine runs. A measurement, not a test.
 * Each page runs --runs times (default 3) and the run with the median score is kept; the table
 * also gives the JavaScript the page downloaded to load (its first screen's code, gzipped as sent)
 * and the GraphQL requests it sent while loading (each answer is a cache write and a render).
 * Usage: npm run lighthouse [-- --runs=3 --pages=complaint,overview-mobile --json=<dir> --no-write]
 * (--pages: only those pages, by the slug of their name; --json: keep each run's report there;
 * CHROME_PATH, default /usr/bin/chromium)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { repoRoot } from './lib/api.mjs';
import { graphql } from './lib/http.mjs';
import { startPlatform } from './lib/platform.mjs';

const option = (name) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const RUNS = Number(option('runs') ?? process.env.LIGHTHOUSE_RUNS ?? 3);
const ONLY = option('pages')?.split(',');
const JSON_DIR = option('json');
// A partial run (some pages only) prints its figures but leaves docs/dashboard.md alone.
const WRITE = !process.argv.includes('--no-write') && !ONLY;
const USER = 'director@demo.chp.example'; // senior manager: reads every dashboard page
const PASSWORD = 'chp-demo-password';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--lang=en-GB',
];
const TARGETS = { desktop: 95, mobile: 90, cls: 0.05 };
const log = (m) => console.error(`[lighthouse] ${m}`);

async function signIn(url) {
  const { body } = await graphql(
    `${url}/graphql`,
    'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }',
    { e: USER, p: PASSWORD },
  );
  const token = body.data?.signIn?.token;
  if (!token) throw new Error(`sign-in failed: ${JSON.stringify(body.errors)}`);
  return token;
}

/** A demo complaint at stage 2: a journey worth drawing, the complaint page's heaviest case. */
async function aComplaintId(url, token) {
  const { body } = await graphql(
    `${url}/graphql`,
    '{ complaints(limit: 1, offset: 0, stage: 2) { items { id } } }',
    {},
    token,
  );
  const id = body.data?.complaints?.items?.[0]?.id;
  if (!id) throw new Error(`no complaint: ${JSON.stringify(body.errors)}`);
  return id;
}

async function audit(chrome, pageUrl, token, mobile) {
  const flags = {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance'],
    extraHeaders: { Cookie: `chp_session=${token}` },
  };
  const result = await lighthouse(pageUrl, flags, mobile ? undefined : desktopConfig);
  const lhr = result.lhr;
  if (lhr.runtimeError)
    throw new Error(`${pageUrl}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const num = (id) => lhr.audits[id]?.numericValue ?? NaN;
  const requests = lhr.audits['network-requests']?.details?.items ?? [];
  const scripts = requests.filter((r) => r.resourceType === 'Script');
  return {
    lhr,
    score: Math.round((lhr.categories.performance.score ?? 0) * 100),
    cls: num('cumulative-layout-shift'),
    fcp: num('first-contentful-paint'),
    lcp: num('largest-contentful-paint'),
    tbt: num('total-blocking-time'),
    transfer: num('total-byte-weight'),
    js: scripts.reduce((sum, r) => sum + (r.transferSize ?? 0), 0),
    jsFiles: scripts.length,
    apiRequests: requests.filter((r) => new URL(r.url).pathname === '/graphql').length,
    finalUrl: lhr.finalDisplayedUrl,
  };
}

/** A run Lighthouse could not finish (a timeout on a loaded machine) is tried again, twice at most. */
async function auditWithRetry(chrome, pageUrl, token, mobile) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await audit(chrome, pageUrl, token, mobile);
    } catch (error) {
      if (attempt >= 3) throw error;
      log(`${error.message}; trying again`);
    }
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const load = os.loadavg();
  log(`starting the platform (load average ${load.map((l) => l.toFixed(2)).join(', ')})`);
  const platform = await startPlatform();
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: FLAGS,
  });
  const rows = [];
  try {
    const token = await signIn(platform.url);
    const complaintId = await aComplaintId(platform.url, token);
    const pages = [
      ['Overview', '/', false],
      ['Register', '/complaints', false],
      ['Complaint', `/complaints/${complaintId}`, false],
      ['Indicators', '/indicators', false],
      ['Trends', '/trends', false],
      ['Overview (mobile)', '/', true],
    ];
    const slug = (name) =>
      name
        .toLowerCase()
        .replace(/[^a-z]+/g, '-')
        .replace(/-$/, '');
    if (JSON_DIR) mkdirSync(JSON_DIR, { recursive: true });
    for (const [name, route, mobile] of pages) {
      if (ONLY && !ONLY.includes(slug(name))) continue;
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        const run = await auditWithRetry(chrome, platform.url + route, token, mobile);
        if (JSON_DIR)
          writeFileSync(
            path.join(JSON_DIR, `${slug(name)}-${i + 1}.json`),
            JSON.stringify(run.lhr),
          );
        delete run.lhr;
        runs.push(run);
      }
      const pick = runs.find((r) => r.score === median(runs.map((x) => x.score)));
      if (new URL(pick.finalUrl).pathname !== route)
        throw new Error(
          `${name}: Lighthouse ended on ${pick.finalUrl}, not ${route} (signed out?)`,
        );
      const row = { name, mobile, ...pick, scores: runs.map((r) => r.score) };
      rows.push(row);
      log(
        `${name}: performance ${row.score}, layout shift ${row.cls.toFixed(3)}, FCP ${Math.round(row.fcp)} ms, LCP ${Math.round(row.lcp)} ms, TBT ${Math.round(row.tbt)} ms, ${Math.round(row.transfer / 1024)} KiB (JavaScript ${Math.round(row.js / 1024)} KiB in ${row.jsFiles} files), ${row.apiRequests} GraphQL requests`,
      );
    }
  } finally {
    await chrome.kill();
    await platform.stop();
  }
  const section = render(rows, load, os.loadavg());
  console.log(section);
  if (WRITE) write(section);
}

function render(rows, before, after) {
  const avg = (l) => l.map((x) => x.toFixed(2)).join(', ');
  const verdict = (r) => {
    const target = r.mobile ? TARGETS.mobile : TARGETS.desktop;
    const ok = r.score >= target && r.cls < TARGETS.cls;
    return ok ? 'met' : '**not met**';
  };
  return [
    '<!-- lighthouse:start -->',
    '### Lighthouse',
    '',
    `Written by \`npm run lighthouse\` (bench/lighthouse.mjs) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${os.cpus().length} cores, Node ${process.version}: the built platform with demo data, signed in as the demo senior manager, Lighthouse 12 (performance only) in Chromium, the desktop preset except where marked mobile; ${RUNS} run(s) a page (every run's score shown), the figures of the median run kept. "JavaScript" is what the page downloaded to load, gzipped as sent; "GraphQL requests" what it asked the API while loading. Load average (1, 5, 15 min) ${avg(before)} before, ${avg(after)} after: the scores fall as the machine's load rises. Targets: desktop ≥ ${TARGETS.desktop}, mobile ≥ ${TARGETS.mobile}, layout shift < ${TARGETS.cls}.`,
    '',
    '| Page | performance | layout shift | first paint (ms) | largest paint (ms) | blocking (ms) | transferred (KiB) | JavaScript (KiB, files) | GraphQL requests | target |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---|',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.scores.join(' / ')} | ${r.cls.toFixed(3)} | ${Math.round(r.fcp)} | ${Math.round(r.lcp)} | ${Math.round(r.tbt)} | ${Math.round(r.transfer / 1024)} | ${Math.round(r.js / 1024)} (${r.jsFiles}) | ${r.apiRequests} | ${verdict(r)} |`,
    ),
    '<!-- lighthouse:end -->',
  ].join('\n');
}

function write(section) {
  const file = path.join(repoRoot, 'docs', 'dashboard.md');
  const md = readFileSync(file, 'utf8');
  const pattern = /<!-- lighthouse:start -->[\s\S]*<!-- lighthouse:end -->/;
  const next = pattern.test(md)
    ? md.replace(pattern, () => section)
    : md.replace(
        '### How the dashboard is served',
        () => `${section}\n\n### How the dashboard is served`,
      );
  writeFileSync(file, next);
  log('wrote docs/dashboard.md (section "Lighthouse")');
}

main().catch((error) => {
  console.error(`[lighthouse] ${error instanceof Error ? error.stack : String(error)}`);
  process.exitCode = 1;
});
