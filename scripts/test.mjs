// `npm test`: build, then every workspace's suite and the cross-package suite in test/,
// each against a real PostgreSQL (embedded unless DATABASE_URL is set). Every suite runs even
// when an earlier one fails; the last line is "N passed, N failed" over all of them.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const reports = path.join(root, 'reports');
rmSync(reports, { recursive: true, force: true });

const run = (args) => spawnSync('npm', args, { cwd: root, stdio: 'inherit' }).status ?? 1;

if (run(['run', 'build']) !== 0) {
  console.log('build failed\n0 passed, 1 failed');
  process.exit(1);
}
const suites = [
  ['test', '-w', '@chp/domain'],
  ['test', '-w', '@chp/api'],
  ['test', '-w', '@chp/web'],
  ['run', 'test:cross'],
];
let failedSuites = 0;
for (const suite of suites) if (run(suite) !== 0) failedSuites++;

let passed = 0;
let failed = 0;
for (const file of readdirSync(reports).filter((f) => f.endsWith('.json'))) {
  const r = JSON.parse(readFileSync(path.join(reports, file), 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests + (r.numFailedTestSuites ?? 0);
}
if (failedSuites > 0 && failed === 0) failed = failedSuites; // a suite that crashed before reporting
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedSuites > 0 || failed > 0 ? 1 : 0);
