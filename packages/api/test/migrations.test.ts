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
    expect(rows.map((r) => r.table_name)).toEqual(
      expect.arrayContaining([
        'app_meta',
        'migrations',
        'organisation',
        'complaint',
        'complaint_event',
        'improvement_action',
        'audit_log',
      ]),
    );
  });

  it('create every column each entity maps, with a matching type and nullability', async () => {
    const rows: {
      table_name: string;
      column_name: string;
      udt_name: string;
      is_nullable: string;
    }[] = await db.dataSource.query(
      `SELECT table_name, column_name, udt_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public'`,
    );
    const actual = new Map(rows.map((r) => [`${r.table_name}.${r.column_name}`, r]));
    const udt: Record<string, string> = {
      uuid: 'uuid',
      varchar: 'varchar',
      text: 'text',
      integer: 'int4',
      smallint: 'int2',
      bigint: 'int8',
      boolean: 'bool',
      date: 'date',
      timestamptz: 'timestamptz',
      jsonb: 'jsonb',
      char: 'bpchar',
    };
    const problems: string[] = [];
    for (const entity of db.dataSource.entityMetadatas) {
      for (const column of entity.columns) {
        const key = `${entity.tableName}.${column.databaseName}`;
        const found = actual.get(key);
        if (!found) {
          problems.push(`${key} is missing`);
          continue;
        }
        // an array column is PostgreSQL's array of its element type (e.g. _text)
        const expected = `${column.isArray ? '_' : ''}${udt[String(column.type)]}`;
        if (expected !== found.udt_name)
          problems.push(`${key} is ${found.udt_name}, the entity says ${String(column.type)}`);
        if (!column.isPrimary && column.isNullable !== (found.is_nullable === 'YES'))
          problems.push(`${key} nullability differs`);
      }
    }
    expect(problems).toEqual([]);
    expect(db.dataSource.entityMetadatas.length).toBeGreaterThan(10);
  });

  it('are all recorded as applied, so a second run applies nothing', async () => {
    const recorded: { name: string }[] = await db.dataSource.query(
      `SELECT name FROM migrations ORDER BY id`,
    );
    expect(recorded.map((r) => r.name)).toEqual(migrations.map((m) => m.name));
    expect(await migrate(db.dataSource)).toEqual([]);
  });

  it('are the only source of the schema: synchronize and migrationsRun are off', () => {
    const options = createDataSource('postgres://u:p@127.0.0.1:1/x').options;
    expect(options.synchronize).toBe(false);
    expect(options.migrationsRun).toBe(false);
  });

  it('can all be reverted, newest first', async () => {
    for (let i = 0; i < migrations.length; i++)
      await db.dataSource.undoLastMigration({ transaction: 'each' });
    const rows: { n: string }[] = await db.dataSource.query(
      `SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`,
    );
    expect(Number(rows[0]?.n)).toBe(0);
  });
});
