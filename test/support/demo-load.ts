import { execFileSync, spawn } from 'node:child_process';
import pg from 'pg';
import { isAlive, mainJs, postmasterPid, repoRoot, waitUntil } from './platform';

/**
 * Starts the built platform with the test-only hook CHP_DEMO_PAUSE_AT=<point> and resolves once
 * the first start's demo load has stopped there ("demo load paused at <point>"), so the caller
 * can kill it at exactly that point.
 */
export async function startPausedAt(
  env: Record<string, string>,
  point: string,
): Promise<{ pid: number; exited: Promise<unknown> }> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env, CHP_DEMO_PAUSE_AT: point };
  delete childEnv['DATABASE_URL'];
  delete childEnv['NODE_ENV'];
  delete childEnv['VITEST'];
  const child = spawn(process.execPath, [mainJs], {
    cwd: repoRoot,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, like a terminal's foreground job
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not paused within 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (output.includes(`demo load paused at ${point}`)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`exited before pausing at ${point}:\n${output}`));
    });
  });
  return { pid: child.pid as number, exited };
}

/** Stops a PostgreSQL left running in `dataDir` (fast shutdown), as a clean copy needs. */
export async function stopOrphanPostgres(dataDir: string): Promise<void> {
  const pid = postmasterPid(dataDir);
  if (!pid || !isAlive(pid)) return;
  process.kill(pid, 'SIGINT');
  if (!(await waitUntil(() => !isAlive(pid), 30_000))) throw new Error('postgres did not stop');
}

/** A copy of a stopped data folder, owners and modes kept (the server runs as `postgres`). */
export function copyDataDir(from: string, to: string): void {
  execFileSync('cp', ['-a', from, to]);
}

const TABLES: [table: string, dropped: string[]][] = [
  ['customer', []],
  ['complaint', []],
  ['complaint_staff_member', []],
  ['complaint_event', []],
  ['complaint_point', []],
  ['complaint_root_cause', []],
  ['improvement_action', []],
  ['improvement_action_progress', []],
  ['improvement_action_complaint', []],
  ['improvement_action_root_cause', []],
  ['publication_item', ['id', 'publication_id']],
];

export type DemoDigest = Record<string, { rows: number; md5: string }>;

/**
 * Row count and md5 of every demo table (rows as JSON, sorted), and of the publication's items'
 * actions by item position: what must be equal between an interrupted and an uninterrupted load.
 */
export async function demoDigest(embeddedPgPort: string): Promise<DemoDigest> {
  const client = new pg.Client(`postgres://chp:chp@127.0.0.1:${embeddedPgPort}/chp`);
  await client.connect();
  try {
    const digest: DemoDigest = {};
    const sums = async (name: string, rowsSql: string) => {
      const { rows } = await client.query<{ rows: number; md5: string }>(
        `SELECT count(*)::int AS rows, md5(coalesce(string_agg(r, E'\\n' ORDER BY r), '')) AS md5
           FROM (${rowsSql}) AS x(r)`,
      );
      digest[name] = rows[0]!;
    };
    // the demo organisation's rows: the demo group's second organisation is created after the
    // demo organisation's load, with ids of its own on every start
    const demo = `(SELECT id FROM organisation WHERE slug = 'demo-housing')`;
    for (const [table, dropped] of TABLES)
      await sums(
        table,
        `SELECT (to_jsonb(t) - '{${dropped.join(',')}}'::text[])::text FROM ${table} t WHERE t.organisation_id = ${demo}`,
      );
    // the publication's ids are random, its rows stamped by the database's clock, and its frozen
    // figures name each item's service areas by item id: compared by item position instead
    await sums(
      'publication',
      `SELECT (to_jsonb(t) - '{id,created_at,updated_at,frozen_figures}'::text[]
                || jsonb_build_object('frozen_figures', (t.frozen_figures - 'itemServiceAreas')
                || jsonb_build_object('itemServiceAreas', (
                     SELECT jsonb_object_agg(i.position, s.value)
                       FROM jsonb_each(t.frozen_figures -> 'itemServiceAreas') s
                       JOIN publication_item i ON i.organisation_id = t.organisation_id AND i.id::text = s.key))))::text
         FROM publication t WHERE t.organisation_id = ${demo}`,
    );
    await sums(
      'publication_item_action',
      `SELECT concat_ws(' ', i.position, a.action_id) FROM publication_item_action a
         JOIN publication_item i ON i.organisation_id = a.organisation_id AND i.id = a.item_id
        WHERE a.organisation_id = ${demo}`,
    );
    return digest;
  } finally {
    await client.end();
  }
}
