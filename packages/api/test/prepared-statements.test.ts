import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueryRunner } from 'typeorm';
import { MAX_PREPARED_TEXTS, preparedName, queryPrepared } from '../src/core/prepared-statements';
import { countStatements } from '../src/core/statement-counter';
import { createTestDatabase, type TestDatabase } from './support/database';

/** The statements this connection holds prepared, with how often each was planned. */
async function preparedOn(runner: QueryRunner) {
  return runner.query(
    `SELECT name, statement, custom_plans + generic_plans AS plans FROM pg_prepared_statements ORDER BY name`,
  ) as Promise<{ name: string; statement: string; plans: string }[]>;
}

describe('prepared statements (issue 19: the hot statements are parsed once per connection)', () => {
  let db: TestDatabase;
  let runner: QueryRunner;
  beforeAll(async () => {
    db = await createTestDatabase();
    runner = db.dataSource.createQueryRunner();
  });
  afterAll(async () => {
    await runner?.release();
    await db?.drop();
  });

  it('a text sent twice on one connection is prepared there once, under a name made from its text', async () => {
    const text = 'SELECT $1::int + 1 AS n';
    const first = await queryPrepared<{ n: number }>(runner, text, [1]);
    const second = await queryPrepared<{ n: number }>(runner, text, [41]);
    expect([first, second]).toEqual([[{ n: 2 }], [{ n: 42 }]]);
    const held = (await preparedOn(runner)).filter((p) => p.statement === text);
    expect(held).toEqual([{ name: preparedName(text), statement: text, plans: '2' }]);
  });

  it('each run is counted like any other statement (x-sql-statements)', async () => {
    const { statements } = await countStatements(async () => {
      await queryPrepared(runner, 'SELECT $1::int AS n', [1]);
      await queryPrepared(runner, 'SELECT $1::int AS n', [2]);
    });
    expect(statements).toBe(2);
  });

  it('a refused prepared statement fails like any other, and the connection goes on', async () => {
    await expect(queryPrepared(runner, 'SELECT 1 / $1::int AS n', [0])).rejects.toThrow(
      /division by zero/,
    );
    expect(await queryPrepared(runner, 'SELECT 1 / $1::int AS n', [1])).toEqual([{ n: 1 }]);
  });

  it(`past ${MAX_PREPARED_TEXTS} distinct texts a new text is sent unnamed, so no connection holds more`, async () => {
    for (let i = 0; i < MAX_PREPARED_TEXTS; i++)
      await queryPrepared(runner, `SELECT $1::int + ${i} AS n`, [0]);
    const before = (await preparedOn(runner)).length;
    expect(before).toBeLessThanOrEqual(MAX_PREPARED_TEXTS);
    const text = 'SELECT $1::int - 1 AS n';
    expect(await queryPrepared(runner, text, [1])).toEqual([{ n: 0 }]);
    expect(preparedName(text)).toBeUndefined();
    expect((await preparedOn(runner)).length).toBe(before);
  });
});
