import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { apiRequire, repoRoot } from './api.mjs';

const { print } = apiRequire('graphql');

/**
 * The GraphQL documents the dashboard's overview, indicators, trends and register pages send,
 * by the name each is exported under in packages/web/src (module → names). The bench reads
 * them from the dashboard's source, so it sends whatever the pages send today.
 */
const MODULES = {
  './auth/queries': ['ME'],
  './lib/organisation-basics': ['ORGANISATION_BASICS'],
  './work/queries': ['MY_WORK'],
  './restrictions/queries': ['RESTRICTION_REVIEWS_DUE'],
  './overview/queries': ['OVERVIEW'],
  './indicators/queries': ['SPSO_INDICATORS'],
  './trends/queries': ['TRENDS'],
  './complaints/queries': ['REGISTER', 'SERVICE_AREAS', 'ROOT_CAUSES'],
};

/**
 * Each document's text (fragments included, as Apollo sends it), by export name. The modules are
 * TypeScript: esbuild bundles them into a temporary ES module that is then imported.
 */
export async function pageDocuments() {
  const esbuild = apiRequire(path.join(repoRoot, 'node_modules', 'esbuild'));
  const entry = Object.entries(MODULES)
    .map(([file, names]) => `export { ${names.join(', ')} } from '${file}';`)
    .join('\n');
  const built = await esbuild.build({
    stdin: {
      contents: entry,
      resolveDir: path.join(repoRoot, 'packages', 'web', 'src'),
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    jsx: 'automatic',
    write: false,
    logLevel: 'error',
  });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'chp-bench-documents-'));
  try {
    const file = path.join(dir, 'documents.mjs');
    writeFileSync(file, built.outputFiles[0].text);
    const documents = await import(pathToFileURL(file).href);
    return Object.fromEntries(Object.entries(documents).map(([name, doc]) => [name, print(doc)]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
