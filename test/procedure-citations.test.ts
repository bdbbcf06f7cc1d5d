import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The repository stands alone: docs and comments cite the procedure's paragraphs, which
// docs/procedure.md restates, and never a file outside the repository.

const root = fileURLToPath(new URL('..', import.meta.url));
const procedureFile = 'docs/procedure.md';

/** What is scanned: sources, tests, scripts and docs. */
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
/** The files that must name the old citations in order to find or rewrite them. */
const selfReferencing = new Set(['test/procedure-citations.test.ts']);

function walk(dir: string, out: string[]): void {
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

function scannedTextFiles(): string[] {
  const files: string[] = [];
  for (const dir of scannedDirs) if (exists(dir)) walk(dir, files);
  for (const file of scannedFiles) if (exists(file)) files.push(file);
  return files.filter((f) => !selfReferencing.has(f)).sort();
}

function exists(rel: string): boolean {
  try {
    statSync(path.join(root, rel));
    return true;
  } catch {
    return false;
  }
}

function lines(rel: string): string[] {
  const text = readFileSync(path.join(root, rel), 'utf8');
  return text.includes('\u0000') ? [] : text.split('\n');
}

/** A paragraph of the procedure: '' (Part 3), 'Appendix 1' or 'Part 1', and its number. */
type Paragraph = { scope: string; n: number };
const key = (p: Paragraph) => `${p.scope ? `${p.scope} ` : ''}§${p.n}`;

// `§36`, `§42–47`, `§2-7`, `Appendix 1 §12`, `Part 1 §15–18`; a list after a scope keeps it:
// `Appendix 1 §8, §11` is Appendix 1 §8 and Appendix 1 §11.
const single = String.raw`§ ?(\d+)(?: ?[–-] ?(\d+))?`;
const citation = new RegExp(
  String.raw`(?:\b(Appendix|Part) (\d+),? )?(${single}(?:,? (?:and )?${single})*)`,
  'g',
);
const member = new RegExp(single, 'g');

/** Every paragraph a piece of text cites. */
function citedParagraphs(text: string): Paragraph[] {
  const found: Paragraph[] = [];
  for (const m of text.matchAll(citation)) {
    const scope = m[1] ? `${m[1]} ${m[2]}` : '';
    for (const p of (m[3] ?? '').matchAll(member)) {
      const from = Number(p[1]);
      const to = p[2] ? Number(p[2]) : from;
      for (let n = from; n <= Math.max(from, to); n++) found.push({ scope, n });
    }
  }
  return found;
}

/** The paragraphs docs/procedure.md gives an entry: in a heading, or in a bold `**§N ...**` entry. */
function definedParagraphs(): Set<string> {
  const defined = new Set<string>();
  for (const line of lines(procedureFile)) {
    const heading = /^#{1,6} (.*)$/.exec(line);
    const entries = heading
      ? [heading[1] ?? '']
      : [...line.matchAll(/\*\*((?:Appendix \d+ |Part \d+ )?§[^*]*)\*\*/g)].map((m) => m[1] ?? '');
    for (const entry of entries) for (const p of citedParagraphs(entry)) defined.add(key(p));
  }
  return defined;
}

/** Mentions of material outside the repository, as a source to read. */
const outsideSources: { name: string; pattern: RegExp }[] = [
  { name: 'the outside rule book (chp-rules)', pattern: /chp-rules/i },
  { name: 'the outside stack notes (STACK.md)', pattern: /STACK\.md/ },
  { name: 'the outside seed texts (shared/seeds)', pattern: /shared\/seeds/ },
  { name: 'an absolute path on the development machine (/work/)', pattern: /(?<![\w.])\/work\// },
  {
    name: 'a seed file (`000` ... `004`)',
    pattern: /`00[0-4]`|\(00[0-4][,)]|(?<![\w.])00[0-4]_[0-9a-f]/,
  },
  { name: '"the seeds"', pattern: /\bthe seeds\b/i },
];

/**
 * Relative paths such as `../shared/...` that climb out of the repository from the file's folder.
 * A repository folder named from elsewhere (`node ../../scripts/x.mjs`, run in a package) is fine.
 */
function escapesRepository(rel: string, line: string): string | null {
  for (const m of line.matchAll(/(?:\.\.\/)+([A-Za-z_][\w.-]*)/g)) {
    const target = path.resolve(root, path.dirname(rel), m[0]);
    if (path.relative(root, target).startsWith('..') && !exists(m[1] ?? '')) return m[0];
  }
  return null;
}

describe('citations of the procedure (docs/procedure.md)', () => {
  const files = scannedTextFiles();

  it('scans the sources, tests, scripts and docs', () => {
    expect(files).toContain(procedureFile);
    expect(files).toContain('README.md');
    expect(files.some((f) => f.startsWith('packages/domain/src/'))).toBe(true);
    expect(files.some((f) => f.startsWith('packages/api/test/'))).toBe(true);
  });

  it('docs/procedure.md gives Part 3, Appendix 1 and the cited Part 1 paragraphs their entries', () => {
    const defined = definedParagraphs();
    expect(defined).toContain('§36');
    expect(defined).toContain('§44'); // inside the §42–47 heading
    expect(defined).toContain('Appendix 1 §12');
    expect(defined).toContain('Part 1 §15');
    expect(citedParagraphs('(§27, Appendix 1 §8, §11; §31–34)').map(key)).toEqual([
      '§27',
      'Appendix 1 §8',
      'Appendix 1 §11',
      '§31',
      '§32',
      '§33',
      '§34',
    ]);
  });

  it('every paragraph cited in the code has an entry in docs/procedure.md', () => {
    const defined = definedParagraphs();
    const missing: string[] = [];
    for (const rel of files) {
      lines(rel).forEach((line, i) => {
        for (const p of citedParagraphs(line)) {
          if (!defined.has(key(p)))
            missing.push(`${rel}:${i + 1}: ${key(p)} has no entry in ${procedureFile}`);
        }
      });
    }
    expect([...new Set(missing)]).toEqual([]);
  });

  it('no file cites a source outside the repository (an outside rule book, notes, seed texts or paths)', () => {
    const found: string[] = [];
    for (const rel of files) {
      lines(rel).forEach((line, i) => {
        for (const { name, pattern } of outsideSources) {
          if (pattern.test(line))
            found.push(`${rel}:${i + 1}: ${name}: ${line.trim().slice(0, 120)}`);
        }
        const escape = escapesRepository(rel, line);
        if (escape)
          found.push(
            `${rel}:${i + 1}: a path outside the repository (${escape}): ${line.trim().slice(0, 120)}`,
          );
      });
    }
    expect(found).toEqual([]);
  });
});
