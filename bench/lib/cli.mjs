import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './api.mjs';

/**
 * A bench's command line of whole numbers (`--size 1m`, `--actions 10_000`, `--runs 30`) and
 * `--no-write`: each key of `defaults` is an option, read with `_`, `,`, `k` and `m` allowed.
 * `--help` prints `usage` and exits.
 */
export function wholeNumberOptions(argv, usage, defaults) {
  if (argv.includes('--help')) {
    console.log(usage);
    process.exit(0);
  }
  const value = (name, fallback) => {
    const i = argv.indexOf(`--${name}`);
    if (i < 0) return fallback;
    const n = Number(
      String(argv[i + 1])
        .replace(/[_,]/g, '')
        .replace(/k$/i, '000')
        .replace(/m$/i, '000000'),
    );
    if (!Number.isInteger(n) || n <= 0)
      throw new Error(`--${name} needs a positive whole number\n${usage}`);
    return n;
  };
  const options = { write: !argv.includes('--no-write') };
  for (const [name, fallback] of Object.entries(defaults)) options[name] = value(name, fallback);
  return options;
}

/**
 * Writes `section` (which starts with `<!-- marker:start -->` and ends with `<!-- marker:end -->`)
 * into docs/benchmarks.md, in place of the previous one, or at the end the first time.
 */
export function writeBenchSection(marker, section) {
  const file = path.join(repoRoot, 'docs', 'benchmarks.md');
  const md = readFileSync(file, 'utf8');
  const pattern = new RegExp(`<!-- ${marker}:start -->[\\s\\S]*<!-- ${marker}:end -->`);
  const next = pattern.test(md)
    ? md.replace(pattern, () => section)
    : `${md.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, next);
}
