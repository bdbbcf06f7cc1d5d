// Measures the dashboard's initial JavaScript (what index.html loads before any page chunk):
// the entry script and its modulepreloads, gzipped. Run after `npm run build -w @chp/web`.
// Usage: node packages/web/scripts/bundle-size.mjs [--json]
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
const gz = (file) => gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const initialBytes = initial.reduce((sum, f) => sum + gz(f), 0);
const all = readdirSync(path.join(dist, 'assets'))
  .filter((f) => f.endsWith('.js'))
  .map((f) => `assets/${f}`);
const lazy = all
  .filter((f) => !initial.includes(f))
  .map((f) => ({ file: f, gzip: gz(f) }))
  .sort((a, b) => b.gzip - a.gzip);
if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ initialGzipBytes: initialBytes, initial, lazy }, null, 2));
} else {
  console.log(`initial JavaScript (gzip -9): ${kb(initialBytes)} in ${initial.length} files`);
  for (const f of initial) console.log(`  ${f}  ${kb(gz(f))}`);
  console.log('loaded on demand:');
  for (const f of lazy) console.log(`  ${f.file}  ${kb(f.gzip)}`);
}
