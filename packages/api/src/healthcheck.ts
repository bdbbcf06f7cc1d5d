/**
 * Container health check: exits 0 when the local API's GET /health answers 200 with
 * `database: true` (503 while the database is down), 1 otherwise.
 * Usage: node dist/healthcheck.js (reads PORT, default 4000).
 */
const port = process.env['PORT'] ?? '4000';

async function check(): Promise<boolean> {
  const res = await fetch(`http://127.0.0.1:${port}/health`, {
    signal: AbortSignal.timeout(4000),
  });
  if (res.status !== 200) return false;
  const body = (await res.json()) as { database?: boolean };
  return body.database === true;
}

check().then(
  (ok) => process.exit(ok ? 0 : 1),
  () => process.exit(1),
);
