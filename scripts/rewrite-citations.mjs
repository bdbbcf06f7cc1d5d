// Rewrites citations of material outside the repository into citations of docs/procedure.md:
//   chp-rules §7            -> docs/procedure.md, Reporting and publishing
//   `001` §15–18            -> Part 1 §15–18
//   `003`, Learning ...     -> Part 4, Learning ...
//   (002)                   -> (colleges and universities)
//   STACK.md G4             -> CONTRIBUTING.md, Pitfalls: two graphql copies under Vitest
//   describe('§3 escalation time limit (§36, ...)') -> describe('escalation time limit (§36, ...)')
// It scans what test/procedure-citations.test.ts scans, writes the files it changes, reprints
// packages/api/schema.graphql with graphql's printer when graphql is installed, and lists what
// is left for a hand edit. Run once, from the repository root:
//   node scripts/rewrite-citations.mjs            (rewrite)
//   node scripts/rewrite-citations.mjs --dry-run  (list the changes, write nothing)
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dryRun = process.argv.includes('--dry-run');

const scannedDirs = ['packages', 'test', 'scripts', 'bench', 'docs', '.ci'];
const scannedFiles = ['README.md', 'CONTRIBUTING.md', 'Dockerfile', 'docker-compose.yml'];
const skippedDirs = new Set([
  'node_modules',
  'dist',
  'images',
  'reports',
  'artifacts',
  'coverage',
  '.git',
]);
const skippedFiles = new Set(['package-lock.json']);
const textExtensions = new Set([
  '',
  '.ts',
  '.tsx',
  '.mts',
  '.cts',
  '.js',
  '.mjs',
  '.cjs',
  '.json',
  '.md',
  '.graphql',
  '.css',
  '.html',
  '.sql',
  '.yml',
  '.yaml',
  '.txt',
]);
const untouched = new Set([
  'docs/procedure.md',
  'test/procedure-citations.test.ts',
  'scripts/rewrite-citations.mjs',
]);

/** The sections of the earlier, outside rule book, as docs/procedure.md now has them. */
const sections = {
  1: 'docs/procedure.md, Calendar and day one',
  2: 'docs/procedure.md §20–35',
  3: 'docs/procedure.md §36–76',
  4: 'docs/procedure.md, Outcomes',
  5: 'docs/procedure.md, What every complaint records',
  6: 'docs/procedure.md, Learning from complaints',
  7: 'docs/procedure.md, Reporting and publishing',
  8: 'docs/procedure.md, SPSO performance indicators',
  9: 'docs/procedure.md, Sector settings',
  10: 'docs/procedure.md §9–19',
  11: 'docs/procedure.md, Staff and the words of responses',
};

/** The seed texts, by number. */
const seeds = {
  '000': 'Part 3',
  '001': 'Part 1',
  '002': 'colleges and universities',
  '003': 'Part 4',
  '004': 'SPSO practice notes',
};

/** The stack notes' gotchas, now CONTRIBUTING.md's Pitfalls. */
const pitfalls = {
  G2: 'embedded PostgreSQL as root',
  G3: 'an orphaned postmaster',
  G4: 'two graphql copies under Vitest',
};

/** 'docs/procedure.md, A' and 'docs/procedure.md, B' -> 'docs/procedure.md, A and B'. */
function sectionRange(from, to) {
  const names = [];
  for (let n = from; n <= Math.max(from, to); n++)
    names.push(sections[n] ?? `docs/procedure.md (section ${n})`);
  return names
    .map((name, i) => (i === 0 ? name : name.replace(/^docs\/procedure\.md,? /, '')))
    .join(' and ');
}

/** A section named inside a title: the same words without the file name when the title already has it. */
const sectionRef = (n) => sections[n] ?? 'docs/procedure.md';

/** ' (X)' at the end of a title; 'rest (a) (X)' reads better as 'rest (a; X)'. */
const appendToTitle = (rest, ref) =>
  rest.endsWith(')') ? `${rest.slice(0, -1)}; ${ref})` : `${rest} (${ref})`;

const rules = [
  // A title whose old section and seed number say "setting for colleges and universities".
  [
    /(['"`])§1 \(002\) 17:00 cut-off setting\1/g,
    (_, q) => `${q}17:00 cut-off setting for colleges and universities (${sections[9]})${q}`,
  ],
  // A test title led by an old section number: `describe('§3 escalation time limit (§36, ...)'`.
  // The number goes; a title left without any citation gets the section at its end.
  [
    /\b((?:describe|it|test)(?:\.\w+)?\(\s*)(['"`])§(\d+)(?:-\d+)? ([^'"`\n]*)\2/g,
    (all, call, q, n, rest) => {
      if (Number(n) > 11) return all; // a Part 3 paragraph such as §26, not an old section
      return `${call}${q}${/§/.test(rest) ? rest : appendToTitle(rest, sectionRef(Number(n)))}${q}`;
    },
  ],
  // A test title led by the old rule book: `describe('chp-rules §7: the annual report'`.
  [
    /\b((?:describe|it|test)(?:\.\w+)?\(\s*)(['"`])chp-rules(?:\.md)? §(\d+):? ([^'"`\n]*)\2/g,
    (_, call, q, n, rest) => `${call}${q}${appendToTitle(rest, sectionRef(Number(n)))}${q}`,
  ],
  // The special cases that read better by hand.
  [/\(chp-rules §8 buckets\)/g, () => `(${sections[8]}, row B)`],
  [
    /chp-rules §4(\s*(?:\*|\/\/)?\s*)convention\)/g,
    (_, gap) => `${sections[4]}:${gap}product choice)`,
  ],
  // The old section 5 cited bare, as if it were Part 3 §5 (which is about resolving).
  [/§5: record what/g, () => `${sections[5]}: record what`],
  // Any other mention: `/work/shared/chp-rules.md` §7–8, chp-rules §8 rows B-F, chp-rules §4.
  [
    /`?(?:\/work\/shared\/|(?:\.\.\/)+(?:shared\/)?)?chp-rules(?:\.md)?`?(?: §(\d+)(?:\s*[–-]\s*(\d+))?)?( rows? [A-F](?:\s*[–-]\s*[A-F])?| [A-F]\b)?/g,
    (_, from, to, row) => {
      const name = from ? sectionRange(Number(from), Number(to ?? from)) : 'docs/procedure.md';
      if (!row) return name;
      const r = row.trim();
      return `${name}, ${/^[A-F]$/.test(r) ? `row ${r}` : r}`;
    },
  ],
  // Seed texts: `001` §15–18, `003`, Recording complaints, (003, Learning ...), (002).
  [/`(00[0-4])`/g, (_, s) => seeds[s]],
  [/\((00[0-4])([,)])/g, (_, s, after) => `(${seeds[s]}${after}`],
  [
    /`?(?:\/work\/shared\/|(?:\.\.\/)+shared\/)?seeds\/(00[0-4])_[0-9a-f]+\.txt`?/g,
    (_, s) => seeds[s],
  ],
  [/\bthe seeds are\b/g, () => 'the procedure is'],
  [/\bthe seeds ask\b/g, () => 'the procedure asks'],
  [/\bthe seeds\b/g, () => 'the procedure'],
  // Stack notes: (STACK.md G4), STACK.md G2/G3.
  [
    /`?(?:\/work\/shared\/|(?:\.\.\/)+(?:shared\/)?)?STACK\.md`?(?: (G\d+(?:\s*\/\s*G\d+)*))?/g,
    (_, gs) => {
      if (!gs) return 'CONTRIBUTING.md, Pitfalls';
      const names = gs.split('/').map((g) => pitfalls[g.trim()] ?? g.trim());
      return `CONTRIBUTING.md, Pitfalls: ${names.join('; ')}`;
    },
  ],
];

/** What the test would still flag after the rewrite. */
const leftovers = [
  /chp-rules/i,
  /STACK\.md/,
  /shared\/seeds/,
  /(?<![\w.])\/work\//,
  /`00[0-4]`|\(00[0-4][,)]|(?<![\w.])00[0-4]_[0-9a-f]/,
  /\bthe seeds\b/i,
];

function walk(dir, out) {
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skippedDirs.has(entry.name)) walk(rel, out);
    } else if (
      entry.isFile() &&
      !skippedFiles.has(entry.name) &&
      textExtensions.has(path.extname(entry.name))
    ) {
      out.push(rel);
    }
  }
}

function rewrite(text) {
  let out = text;
  let count = 0;
  for (const [pattern, replace] of rules) {
    out = out.replace(pattern, (...args) => {
      const replaced = replace(...args);
      if (replaced !== args[0]) count++;
      return replaced;
    });
  }
  return { out, count };
}

/** graphql's own printer, as `npm run schema -w @chp/api` uses it, when graphql is installed. */
function reprintSchema(before, after) {
  let graphql;
  try {
    graphql = createRequire(path.join(root, 'packages/api/package.json'))('graphql');
  } catch {
    return null;
  }
  const print = (sdl) => `${graphql.printSchema(graphql.buildSchema(sdl))}\n`;
  if (print(before) !== before) return null; // the committed file is not in the printer's form
  return print(after);
}

const files = [];
for (const dir of scannedDirs) if (existsSync(path.join(root, dir))) walk(dir, files);
for (const file of scannedFiles) if (existsSync(path.join(root, file))) files.push(file);

let changedFiles = 0;
let schemaNote = '';
for (const rel of files.filter((f) => !untouched.has(f)).sort()) {
  const before = readFileSync(path.join(root, rel), 'utf8');
  if (before.includes('\u0000')) continue;
  const { out, count } = rewrite(before);
  let after = out;
  if (count === 0) continue;
  if (rel === 'packages/api/schema.graphql') {
    const printed = reprintSchema(before, after);
    if (printed) after = printed;
    else
      schemaNote =
        'packages/api/schema.graphql: rewritten as text; run `npm run schema -w @chp/api` to reprint it';
  }
  changedFiles++;
  console.log(`${dryRun ? 'would rewrite' : 'rewrote'} ${rel} (${count})`);
  if (!dryRun) writeFileSync(path.join(root, rel), after);
}
if (schemaNote) console.log(schemaNote);

let left = 0;
for (const rel of files.filter((f) => !untouched.has(f)).sort()) {
  const text = readFileSync(path.join(root, rel), 'utf8');
  const lines = (dryRun ? rewrite(text).out : text).split('\n');
  lines.forEach((line, i) => {
    if (leftovers.some((p) => p.test(line))) {
      left++;
      console.log(`left for a hand edit: ${rel}:${i + 1}: ${line.trim()}`);
    }
  });
}
console.log(
  `${changedFiles} files ${dryRun ? 'to rewrite' : 'rewritten'}, ${left} lines left for a hand edit`,
);
if (!dryRun && changedFiles > 0)
  console.log('then: npx prettier --write on the files above, and npm run check');
