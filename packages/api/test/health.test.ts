import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildChpSchema } from '../src/app/schema';
import { createApp } from '../src/app/server/app';
import { version } from '../src/version';
import { createTestDatabase, type TestDatabase } from './support/database';
import { listen, postGraphQL } from './support/http';
import { memoryLog } from './support/memory-log';

interface HealthData {
  health: { status: string; database: boolean; version: string; stage1DueIfReceivedNow: string };
}
const HEALTH = '{ health { status database version stage1DueIfReceivedNow } }';

describe('the health query over HTTP', () => {
  let db: TestDatabase;
  let server: Awaited<ReturnType<typeof listen>>;
  let stopApollo: () => Promise<void>;

  beforeAll(async () => {
    db = await createTestDatabase();
    const { app, apollo } = await createApp({
      dataSource: db.dataSource,
      schema: await buildChpSchema(),
      webDist: '/nonexistent',
      log: memoryLog(),
    });
    stopApollo = () => apollo.stop();
    server = await listen(app);
  });

  afterAll(async () => {
    await server?.close();
    await stopApollo?.();
    await db?.drop();
  });

  it('reports that the database is reachable, the version and a stage 1 due date from the domain rules', async () => {
    const res = await postGraphQL<HealthData>(server.url, HEALTH);
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.health).toMatchObject({ status: 'ok', database: true, version });
    const due = res.body.data?.health.stage1DueIfReceivedNow ?? '';
    expect(due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const today = new Date().toISOString().slice(0, 10);
    expect(due > today).toBe(true); // day 5 is always after the day of receipt
  });

  it('reports the SQL statements the request sent in x-sql-statements', async () => {
    const res = await postGraphQL<HealthData>(server.url, '{ health { database } }');
    expect(res.headers.get('x-sql-statements')).toBe('1'); // SELECT 1
  });

  it('reports that the database is unreachable once its connections are closed', async () => {
    await db.dataSource.destroy();
    const res = await postGraphQL<HealthData>(server.url, '{ health { status database } }');
    expect(res.body.data?.health).toEqual({ status: 'ok', database: false });
  });
});
