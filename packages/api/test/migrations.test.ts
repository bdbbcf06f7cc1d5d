import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource, migrate } from '../src/db/data-source';
import { migrations } from '../src/db/migrations';
import { createTestDatabase, type TestDatabase } from './support/database';

describe('database migrations', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('create the expected tables', async () => {
    const rows: { table_name: string }[] = await db.dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
    );
    expect(rows.map((r) => r.table_name)).toEqual(expect.arrayContaining(['app_meta', 'migrations']));
  });

  it('are all recorded as applied, so a second run applies nothing', async () => {
    const recorded: { name: string }[] = await db.dataSource.query(`SELECT name FROM migrations ORDER BY id`);
    expect(recorded.map((r) => r.name)).toEqual(migrations.map((m) => m.name));
    expect(await migrate(db.dataSource)).toEqual([]);
  });

  it('are the only source of the schema: synchronize and migrationsRun are off', () => {
    const options = createDataSource('postgres://u:p@127.0.0.1:1/x').options;
    expect(options.synchronize).toBe(false);
    expect(options.migrationsRun).toBe(false);
  });

  it('can all be reverted, newest first', async () => {
    for (let i = 0; i < migrations.length; i++) await db.dataSource.undoLastMigration({ transaction: 'each' });
    const rows: { n: string }[] = await db.dataSource.query(
      `SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`,
    );
    expect(Number(rows[0]?.n)).toBe(0);
  });
});
