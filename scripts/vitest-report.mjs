// Runs vitest in the current package and keeps its JSON report under <repo>/reports/<name>.json,
// so scripts/test.mjs can print one "N passed, N failed" line for the whole repository.
// Usage: node ../../scripts/vitest-report.mjs <name> [--tz <IANA zone>] [-- extra vitest args]
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [name, ...rest] = process.argv.slice(2);
if (!name) throw new Error('usage: vitest-report.mjs <name> [--tz zone] [-- vitest args]');
const env = { ...process.env };
const extra = [];
for (let i = 0; i < rest.length; i++) {
  if (rest[i] === '--tz') env.TZ = rest[++i];
  else if (rest[i] !== '--') extra.push(rest[i]);
}
mkdirSync(path.join(root, 'reports'), { recursive: true });
const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
const args = [
  vitest,
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${path.join(root, 'reports', `${name}.json`)}`,
  ...extra,
];
if (env.TZ) console.log(`\n[${name}] TZ=${env.TZ}`);
const result = spawnSync(process.execPath, args, { stdio: 'inherit', env });
process.exit(result.status ?? 1);
