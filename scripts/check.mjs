// `npm run check`: the static checks CI runs before the tests. Every step runs even when an
// earlier one fails, so one run shows everything to fix; exits non-zero if any step failed.
//   format   Prettier in check mode (`npx prettier --write .` fixes it)
//   lint     ESLint with type-aware rules (eslint.config.mjs)
//   types    tsc over every tsconfig, tests and browser tests included
//   graphql  the dashboard's GraphQL documents against packages/api/schema.graphql, and its
//            generated result types up to date (`npm run codegen` rewrites them)
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsconfigs = [
  'packages/domain/tsconfig.json',
  'packages/api/tsconfig.json',
  'packages/web/tsconfig.json',
  'test/tsconfig.json',
  'test/e2e/tsconfig.json',
];
const steps = [
  // the api and the dashboard read @chp/domain's built types
  ['build the domain', 'npm', ['run', 'build', '-w', '@chp/domain']],
  ['format', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']],
  ['lint', 'npx', ['eslint', '--max-warnings', '0', '.']],
  ...tsconfigs.map((p) => [`types: ${p}`, 'npx', ['tsc', '--noEmit', '-p', p]]),
  [
    'graphql documents',
    'npx',
    [
      'vitest',
      'run',
      '--root',
      'packages/web',
      'test/graphql-documents.test.ts',
      'test/graphql-types.test.ts',
      '--reporter=dot',
    ],
  ],
];

const failed = [];
for (const [name, command, args] of steps) {
  console.log(`\n== ${name}`);
  const { status } = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (status !== 0) failed.push(name);
}
console.log(
  failed.length === 0 ? '\ncheck: every step passed' : `\ncheck failed: ${failed.join(', ')}`,
);
process.exit(failed.length === 0 ? 0 : 1);
