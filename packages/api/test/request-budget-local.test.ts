import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestBudget } from '../src/core/request-budget';
import { createWorld, type World } from './support/world';

/**
 * The request budget counts a holder well within its budget in the process and writes the count
 * to PostgreSQL at most every `countLocallyMs` (issue 19); past half the budget it counts every
 * request in PostgreSQL, so one process refuses exactly at the limit. Two budgets over the same
 * database stand for two processes; the clock is fixed per test.
 */
describe('the request budget counted in the process while well within it', () => {
  let world: World;
  let now = 0;
  beforeAll(async () => {
    world = await createWorld();
  });
  afterAll(async () => {
    await world?.close();
  });

  const budgetOf = (perPerson: number) =>
    requestBudget(world.db.dataSource, {
      perAddress: 1_000,
      perPerson,
      windowMs: 60_000,
      countLocallyMs: 2_000,
      now: () => now,
    });

  /** What PostgreSQL counted for the person in the current window (0 when nothing). */
  async function written(personId: string): Promise<number> {
    const rows: { used: number }[] = await world.db.dataSource.query(
      `SELECT used FROM request_budget WHERE key = $1 AND window_start = $2`,
      [`person:${personId}`, now - (now % 60_000)],
    );
    return rows[0]?.used ?? 0;
  }

  async function consumeTimes(budget: ReturnType<typeof budgetOf>, personId: string, n: number) {
    const answers: string[] = [];
    for (let i = 0; i < n; i++)
      answers.push((await budget.consume({ personId })) === null ? 'ok' : 'refused');
    return answers;
  }

  it('requests within half the budget are written once, then with the next request after countLocallyMs', async () => {
    now = Date.parse('2026-03-02T10:00:10Z');
    const budget = budgetOf(100);
    const personId = world.org.people.staff.id;
    expect(await consumeTimes(budget, personId, 10)).toEqual(Array(10).fill('ok'));
    expect(await written(personId)).toBe(1);
    now += 2_000;
    await budget.consume({ personId });
    expect(await written(personId)).toBe(11);
  });

  it('one process still refuses exactly at the limit: past half the budget every request is written', async () => {
    now = Date.parse('2026-03-02T10:01:10Z');
    const budget = budgetOf(10);
    const personId = world.org.people.staff.id;
    expect(await consumeTimes(budget, personId, 11)).toEqual([...Array(10).fill('ok'), 'refused']);
    expect(await written(personId)).toBe(11);
  });

  it('another process sees what this one counted in the process once it is written', async () => {
    now = Date.parse('2026-03-02T10:02:10Z');
    const first = budgetOf(20);
    const second = budgetOf(20);
    const personId = world.org.people.manager.id;
    expect(await consumeTimes(first, personId, 5)).toEqual(Array(5).fill('ok'));
    now += 2_000;
    await first.consume({ personId }); // writes the 5 it held and itself: 6
    // the second process starts from PostgreSQL's 6: 14 more reach the limit of 20, the 15th is refused
    expect(await consumeTimes(second, personId, 15)).toEqual([...Array(14).fill('ok'), 'refused']);
  });
});
