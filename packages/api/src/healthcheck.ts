/**
 * Container health check: exits 0 when the local API answers `{ health { database } }` with
 * `database: true`, 1 otherwise. Usage: node dist/healthcheck.js (reads PORT, default 4000).
 */
const port = process.env['PORT'] ?? '4000';

async function check(): Promise<boolean> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ health { database } }' }),
    signal: AbortSignal.timeout(4000),
  });
  const body = (await res.json()) as { data?: { health?: { database?: boolean } } };
  return body.data?.health?.database === true;
}

check().then(
  (ok) => process.exit(ok ? 0 : 1),
  () => process.exit(1),
);
