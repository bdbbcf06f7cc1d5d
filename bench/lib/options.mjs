/** The bench's command line: sizes, runs, warm-up and which paths to measure. */
export const USAGE =
  'usage: npm run bench -- [--sizes 100000,1000000] [--runs 30] [--warmup 5] [--reload] [--no-naive] [--no-postgraphile] [--no-write]';

/** The options in `argv` (process.argv without node and the script); `--help` prints USAGE and exits. */
export function parseArgs(argv) {
  const value = (name) => {
    const i = argv.indexOf(`--${name}`);
    if (i < 0) return undefined;
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new Error(`--${name} needs a value\n${USAGE}`);
    return v;
  };
  const known = new Set([
    '--sizes',
    '--runs',
    '--warmup',
    '--reload',
    '--no-naive',
    '--no-postgraphile',
    '--no-write',
    '--help',
  ]);
  for (const a of argv)
    if (a.startsWith('--') && !known.has(a)) throw new Error(`unknown option ${a}\n${USAGE}`);
  if (argv.includes('--help')) {
    console.log(USAGE);
    process.exit(0);
  }
  const int = (s) => {
    const n = Number(String(s).replace(/[_,]/g, ''));
    if (!Number.isInteger(n) || n <= 0)
      throw new Error(`not a positive whole number: ${s}\n${USAGE}`);
    return n;
  };
  const sizes = (value('sizes') ?? '100000,1000000')
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((s) => int(s.replace(/k$/i, '000').replace(/m$/i, '000000')));
  return {
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    runs: int(value('runs') ?? 30),
    warmup: Number(value('warmup') ?? 5),
    reload: argv.includes('--reload'),
    naive: !argv.includes('--no-naive'),
    postgraphile: !argv.includes('--no-postgraphile'),
    write: !argv.includes('--no-write'),
  };
}
