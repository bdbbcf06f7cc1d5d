import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countStatements,
  resetStatementCount,
  statementCount,
} from '../src/core/statement-counter';
import { createTestDatabase, type TestDatabase } from './support/database';

describe('the SQL statement counter', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('counts the statements sent inside a scope', async () => {
    const { result, statements } = await countStatements(async () => {
      await db.dataSource.query('SELECT 1');
      await db.dataSource.query('SELECT 2');
      return db.dataSource.query<{ n: number }[]>('SELECT 3 AS n');
    });
    expect(result).toEqual([{ n: 3 }]);
    expect(statements).toBe(3);
  });

  it('keeps concurrent scopes apart', async () => {
    const [a, b] = await Promise.all([
      countStatements(async () => {
        for (let i = 0; i < 4; i++) await db.dataSource.query('SELECT pg_sleep(0.01)');
      }),
      countStatements(async () => {
        await db.dataSource.query('SELECT 1');
      }),
    ]);
    expect([a.statements, b.statements]).toEqual([4, 1]);
  });

  it('keeps a process-wide total that can be reset', async () => {
    resetStatementCount();
    expect(statementCount()).toBe(0);
    await db.dataSource.query('SELECT 1');
    await db.dataSource.query('SELECT 1');
    expect(statementCount()).toBe(2);
  });
});
