import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  copyDataDir,
  demoDigest,
  startPausedAt,
  stopOrphanPostgres,
  type DemoDigest,
} from './support/demo-load';
import { freePort, startBuiltPlatform, tempDir, type StartedPlatform } from './support/platform';

/**
 * A first start that is killed or interrupted while it loads the demo data is finished by the
 * next start, with exactly the data of an uninterrupted load. Every case starts from a copy of
 * one data folder whose first start was stopped just before the demo data (the demo organisation,
 * its staff and the load's instant recorded): the same people, ids and "as of" moment, so the
 * rows can be compared whole. The points are held with the test-only CHP_DEMO_PAUSE_AT hook.
 */
describe('first start interrupted during the demo load (the built platform, embedded PostgreSQL)', () => {
  let root: string;
  let base: string;
  let reference: DemoDigest;
  const running: StartedPlatform[] = [];

  async function envFor(name: string): Promise<Record<string, string>> {
    const dataDir = path.join(root, name);
    copyDataDir(base, dataDir);
    return {
      PORT: String(await freePort()),
      EMBEDDED_PG_PORT: String(await freePort()),
      PGDATA_DIR: dataDir,
      LOG_LEVEL: 'info',
    };
  }

  /** Starts until listening, reads the digest, stops (SIGTERM to the group). */
  async function startAndDigest(env: Record<string, string>): Promise<DemoDigest> {
    const platform = await startBuiltPlatform(env);
    running.push(platform);
    try {
      return await demoDigest(env['EMBEDDED_PG_PORT']!);
    } finally {
      process.kill(-(platform.child.pid as number), 'SIGTERM');
      await platform.exited;
    }
  }

  async function complaintRows(env: Record<string, string>): Promise<number> {
    return (await demoDigest(env['EMBEDDED_PG_PORT']!))['complaint']!.rows;
  }

  beforeAll(async () => {
    root = tempDir('chp-first-start-resume-');
    base = path.join(root, 'base');
    const env = {
      PORT: String(await freePort()),
      EMBEDDED_PG_PORT: String(await freePort()),
      PGDATA_DIR: base,
      LOG_LEVEL: 'info',
    };
    const paused = await startPausedAt(env, 'staff');
    process.kill(paused.pid, 'SIGKILL');
    await paused.exited;
    await stopOrphanPostgres(base);
    reference = await startAndDigest(await envFor('reference'));
  }, 180_000);

  afterAll(async () => {
    for (const p of running)
      if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
    for (const name of ['base', 'reference', 'copy', 'sigint', 'actions', 'publication'])
      await stopOrphanPostgres(path.join(root, name)).catch(() => {});
    rmSync(root, { recursive: true, force: true });
  }, 60_000);

  it('an uninterrupted load gives 3,000 complaints, 30 improvement actions and one publication with its items', () => {
    expect(reference['complaint']!.rows).toBe(3000);
    expect(reference['improvement_action']!.rows).toBe(30);
    expect(reference['publication']!.rows).toBe(1);
    expect(reference['publication_item']!.rows).toBeGreaterThan(0);
  });

  it('killed (SIGKILL) during the complaints COPY: nothing of it stays, and the next start loads exactly the uninterrupted data', async () => {
    const env = await envFor('copy');
    const paused = await startPausedAt(env, 'complaints-copy');
    process.kill(paused.pid, 'SIGKILL');
    await paused.exited;
    expect(await complaintRows(env)).toBe(0); // the orphaned PostgreSQL still answers
    expect(await startAndDigest(env)).toEqual(reference);
  });

  it('interrupted by Ctrl-C (SIGINT to the process group) after the complaints, before the actions: the next start loads exactly the uninterrupted data', async () => {
    const env = await envFor('sigint');
    const paused = await startPausedAt(env, 'complaints');
    process.kill(-paused.pid, 'SIGINT');
    await paused.exited;
    await stopOrphanPostgres(env['PGDATA_DIR']!);
    expect(await startAndDigest(env)).toEqual(reference);
  });

  it('killed (SIGKILL) after the actions committed, before the publication: they survive, and the next start ends with exactly the uninterrupted data', async () => {
    const env = await envFor('actions');
    const paused = await startPausedAt(env, 'actions');
    process.kill(paused.pid, 'SIGKILL');
    await paused.exited;
    const interrupted = await demoDigest(env['EMBEDDED_PG_PORT']!);
    expect(interrupted['improvement_action']).toEqual(reference['improvement_action']);
    expect(interrupted['publication']!.rows).toBe(0);
    expect(await startAndDigest(env)).toEqual(reference);
  });

  it('killed (SIGKILL) with the publication drafted but not published: the next start publishes it once, exactly as uninterrupted', async () => {
    const env = await envFor('publication');
    const paused = await startPausedAt(env, 'publication-draft');
    process.kill(paused.pid, 'SIGKILL');
    await paused.exited;
    expect(await startAndDigest(env)).toEqual(reference);
  });
});
