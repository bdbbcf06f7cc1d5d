/**
 * The working-day calendar's first use in a fresh process (issue 19):
 * `npm run bench:cold-start [-- --runs 9] [--compare path/to/other/domain/dist --label 'main at abc1234'] [--no-write]`.
 *
 * Starts `--runs` fresh Node processes that each load @chp/domain (packages/domain/dist, built
 * by the npm script) and time, with performance.now(): loading the package, the first working-day
 * calculation (working days from one date of 2026 to another, as a deadline needs), and the first
 * one on an organisation's calendar with closure days (another calendar). `--compare` times
 * another build too (e.g. one of an earlier commit, under a `dist/` folder inside the repository
 * so it finds the same date-holidays), in alternate processes so load elsewhere falls on both.
 * Prints medians and writes the section "Working-day calendar: first use" in docs/benchmarks.md.
 * A measurement, not a test.
 */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './lib/api.mjs';
import { wholeNumberOptions, writeBenchSection } from './lib/cli.mjs';
import { summarise } from './lib/stats.mjs';

const USAGE =
  "usage: npm run bench:cold-start -- [--runs 9] [--compare path/to/other/domain/dist --label 'main at abc1234'] [--no-write]";
const options = wholeNumberOptions(process.argv.slice(2), USAGE, { runs: 9 });
const argAfter = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const compareDist = argAfter('--compare');
const builds = [
  { name: 'this build', dist: path.join(repoRoot, 'packages/domain/dist') },
  ...(compareDist
    ? [{ name: argAfter('--label') ?? 'the compared build', dist: path.resolve(compareDist) }]
    : []),
];

/** What one fresh process runs: milliseconds for each step, as JSON on stdout. */
const CHILD = `
const t0 = performance.now();
const domain = require(process.env.DOMAIN_DIST);
const t1 = performance.now();
domain.workingDaysBetween('2026-11-20', '2026-12-04');
const t2 = performance.now();
domain.workingDaysBetween('2026-11-20', '2026-12-04', { closureDays: ['2026-12-24', '2026-12-31'] });
const t3 = performance.now();
process.stdout.write(JSON.stringify({ load: t1 - t0, first: t2 - t1, otherCalendar: t3 - t2 }));
`;

const STEPS = [
  ['load', 'loading @chp/domain (require)'],
  ['first', 'first working-day calculation (workingDaysBetween in 2026, no settings)'],
  ['otherCalendar', 'then the first on a calendar with closure days'],
];

const loadAtStart = os.loadavg().map((l) => l.toFixed(2));
const samples = builds.map(() => ({ load: [], first: [], otherCalendar: [] }));
for (let run = 0; run < options.runs; run++) {
  builds.forEach((build, i) => {
    const out = execFileSync(process.execPath, ['-e', CHILD], {
      env: { ...process.env, DOMAIN_DIST: build.dist },
      cwd: repoRoot,
    });
    const times = JSON.parse(out.toString());
    for (const [key] of STEPS) samples[i][key].push(times[key]);
  });
}
const loadAtEnd = os.loadavg().map((l) => l.toFixed(2));

const ms = (x) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const columns = builds.map((b) => `${b.name}: median ms (min–max)`);
const rows = STEPS.map(([key, label]) => {
  const cells = samples.map((s) => {
    const { median, min, max } = summarise(s[key]);
    return `${ms(median)} (${ms(min)}–${ms(max)})`;
  });
  const ratio =
    builds.length > 1
      ? ` | ${(summarise(samples[1][key]).median / summarise(samples[0][key]).median).toFixed(1)}×`
      : '';
  return `| ${label} | ${cells.join(' | ')}${ratio} |`;
});
const head = `| Step | ${columns.join(' | ')}${builds.length > 1 ? ` | ${builds[1].name} ÷ this build` : ''} |`;
const rule = `|---|${builds.map(() => '---:|').join('')}${builds.length > 1 ? '---:|' : ''}`;
const table = [head, rule, ...rows].join('\n');
console.log(table);

const compared = builds.length > 1 ? ` Compared with ${builds[1].name}.` : '';
const section = `<!-- cold-start:start -->
## Working-day calendar: first use

Written by \`npm run bench:cold-start\` (bench/cold-start.mjs) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; ${os.cpus().length} cores, load average ${loadAtStart.join(' / ')} at start and ${loadAtEnd.join(' / ')} at the end; Node ${process.version}. ${options.runs} fresh Node processes per build (alternating), each timing its own steps with performance.now().${compared} A measurement, not a test.

${table}

Ordinals count working days from 1900-01-01, so the first calculation used to build every year's bank holidays since 1900 in each process; it now takes the weekday bank-holiday count of each year from 1900 to 2100 from a table that test/workingDayOrdinal.test.ts (packages/domain) holds equal to the rules, and builds only the years the dates and the calendar's closure and open days name. Loading the package includes loading the holiday library's rules for every country.
<!-- cold-start:end -->`;
if (options.write) writeBenchSection('cold-start', section);
