import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The layers of docs/architecture.md, enforced. Every import, require and import() specifier of
 * every .ts/.tsx file is read with the TypeScript compiler's own pre-processor; a forbidden edge
 * fails its rule's test naming `file → import`.
 *
 * packages/api/src:
 *   core/             context type, viewer and role, errors, mutations, loaders, pagination...
 *   modules/<feature> one feature each; other code reaches it only through its index.ts
 *   surfaces/public/  the public GraphQL schema and HTML site: no module code at all (it reads
 *                     published rows with its own SQL and its own read types)
 *   app/              the only place that wires every module: schema, entities, context, server
 *   db/               infrastructure on the app's side (data source, migrations, embedded
 *                     PostgreSQL): it may use app/ (the entities list); core, modules and
 *                     surfaces never import it
 *   demo/             an app-level seeder: modules through their index.ts only
 *   main.ts           the entry point (`npm start`)
 *   config, log, paths, version, healthcheck: process-level files every layer may use
 */

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const apiSrc = path.join(repoRoot, 'packages/api/src');
const domainSrc = path.join(repoRoot, 'packages/domain/src');
const webSrc = path.join(repoRoot, 'packages/web/src');

interface Edge {
  /** Repo-relative path of the importing file. */
  file: string;
  /** The specifier as written. */
  specifier: string;
  /** For a relative specifier, the repo-relative path it points at (no extension resolution). */
  target: string | null;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full));
    else if (/\.tsx?$/.test(name)) out.push(full);
  }
  return out;
}

function edgesOf(dir: string): Edge[] {
  return sourceFiles(dir).flatMap((full) => {
    const info = ts.preProcessFile(readFileSync(full, 'utf8'), true, true);
    return info.importedFiles.map(({ fileName: specifier }) => ({
      file: path.relative(repoRoot, full),
      specifier,
      target: specifier.startsWith('.')
        ? path.relative(repoRoot, path.resolve(path.dirname(full), specifier))
        : null,
    }));
  });
}

const api = edgesOf(apiSrc);
const API = 'packages/api/src/';

/** Where an api/src path sits: 'core', 'app', 'db', 'demo', 'surfaces/public', 'modules/x', or 'root'. */
function layerOf(p: string): string {
  const rest = p.slice(API.length).split('/');
  if (rest[0] === 'modules' || rest[0] === 'surfaces') return `${rest[0]}/${rest[1]}`;
  return rest.length === 1 ? 'root' : rest[0]!;
}

/** A module's index.ts, as a specifier resolves (`../people` or `../people/index`). */
function isModuleIndex(target: string): boolean {
  const rest = target.slice(API.length).split('/');
  return rest[0] === 'modules' && (rest.length === 2 || (rest.length === 3 && rest[2] === 'index'));
}

/** api/src edges from files in `from` (a layer test) to api/src targets. */
function internal(from: (layer: string) => boolean): (Edge & { target: string })[] {
  return api.filter(
    (e): e is Edge & { target: string } =>
      e.target !== null && e.target.startsWith(API) && from(layerOf(e.file)),
  );
}

const shown = (edges: Edge[]) => edges.map((e) => `${e.file} → ${e.specifier}`);

describe('import boundaries', () => {
  it('finds the files it checks', () => {
    expect(api.length).toBeGreaterThan(100);
    expect(api.some((e) => layerOf(e.file) === 'core')).toBe(true);
    expect(api.some((e) => layerOf(e.file) === 'modules/complaints')).toBe(true);
  });

  it('core/ imports nothing from modules/, app/, surfaces/, db/ or demo/', () => {
    const bad = internal((l) => l === 'core').filter((e) =>
      /^(modules|surfaces)\/|^(app|db|demo)$/.test(layerOf(e.target)),
    );
    expect(shown(bad)).toEqual([]);
  });

  it('a module imports another module only through its index.ts', () => {
    const bad = internal((l) => l.startsWith('modules/')).filter((e) => {
      const to = layerOf(e.target);
      return to.startsWith('modules/') && to !== layerOf(e.file) && !isModuleIndex(e.target);
    });
    expect(shown(bad)).toEqual([]);
  });

  it('a module imports nothing from app/, surfaces/, db/ or demo/', () => {
    const bad = internal((l) => l.startsWith('modules/')).filter((e) =>
      /^surfaces\/|^(app|db|demo)$/.test(layerOf(e.target)),
    );
    expect(shown(bad)).toEqual([]);
  });

  it('modules depend on each other without cycles', () => {
    const deps = new Map<string, Set<string>>();
    for (const e of internal((l) => l.startsWith('modules/'))) {
      const from = layerOf(e.file);
      const to = layerOf(e.target);
      if (to.startsWith('modules/') && to !== from) {
        if (!deps.has(from)) deps.set(from, new Set());
        deps.get(from)!.add(to);
      }
    }
    const cycles: string[] = [];
    const walk = (node: string, trail: string[]): void => {
      if (trail.includes(node)) {
        cycles.push([...trail.slice(trail.indexOf(node)), node].join(' → '));
        return;
      }
      for (const next of deps.get(node) ?? []) walk(next, [...trail, node]);
    };
    for (const node of deps.keys()) walk(node, []);
    expect(cycles).toEqual([]);
  });

  it('surfaces/public imports no module file (no entity, no service): only core, its own files and process-level files', () => {
    const bad = internal((l) => l.startsWith('surfaces/')).filter((e) => {
      const to = layerOf(e.target);
      return to.startsWith('modules/') || /^(app|db|demo)$/.test(to);
    });
    expect(shown(bad)).toEqual([]);
  });

  it('only app/, main.ts, db/ and demo/ import app/', () => {
    const bad = internal((l) => !['app', 'db', 'demo'].includes(l)).filter(
      (e) => layerOf(e.target) === 'app' && !e.file.endsWith(`${API}main.ts`),
    );
    expect(shown(bad)).toEqual([]);
  });

  it('db/ (infrastructure on the app side) is imported only by app/, main.ts, db/ and demo/', () => {
    const bad = internal((l) => !['app', 'db', 'demo'].includes(l)).filter(
      (e) => layerOf(e.target) === 'db' && !e.file.endsWith(`${API}main.ts`),
    );
    expect(shown(bad)).toEqual([]);
  });

  it('demo/ (an app-level seeder) reaches modules only through their index.ts', () => {
    const bad = internal((l) => l === 'demo').filter(
      (e) => layerOf(e.target).startsWith('modules/') && !isModuleIndex(e.target),
    );
    expect(shown(bad)).toEqual([]);
  });

  it('the process-level files at src/ root (config, log, paths, version, healthcheck) import no layer', () => {
    const bad = internal((l) => l === 'root').filter(
      (e) => !e.file.endsWith(`${API}main.ts`) && layerOf(e.target) !== 'root',
    );
    expect(shown(bad)).toEqual([]);
  });

  it('packages/domain imports no framework or package: only date-holidays and its own files', () => {
    const bad = edgesOf(domainSrc).filter(
      (e) =>
        e.specifier !== 'date-holidays' &&
        (e.target === null || !e.target.startsWith('packages/domain/')),
    );
    expect(shown(bad)).toEqual([]);
  });

  it('packages/web imports nothing from packages/api', () => {
    const bad = edgesOf(webSrc).filter(
      (e) =>
        e.specifier.startsWith('@chp/api') ||
        e.specifier.includes('packages/api') ||
        (e.target !== null && e.target.startsWith('packages/api/')),
    );
    expect(shown(bad)).toEqual([]);
  });
});
