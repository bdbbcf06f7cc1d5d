import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildChpSchema } from '../src/app/schema';
import { createApp } from '../src/app/server/app';
import { listen } from './support/http';
import { memoryLog } from './support/memory-log';
import { createWorld, type World } from './support/world';

/**
 * The /graphql request budget. Two app instances run over the world's one database, as two
 * processes would; the budget's clock is fixed per test so no window ends mid-test.
 */
describe('the /graphql request budget (per address, per person, shared through PostgreSQL)', () => {
  let world: World;
  let now = 0;
  const servers: { url: string; close(): Promise<void> }[] = [];
  const stops: (() => Promise<void>)[] = [];
  beforeAll(async () => {
    world = await createWorld();
    const schema = await buildChpSchema();
    for (let i = 0; i < 2; i++) {
      const { app, apollo } = await createApp({
        dataSource: world.db.dataSource,
        schema,
        webDist: '/nonexistent',
        log: memoryLog(),
        graphqlBudget: { perAddress: 3, perPerson: 2, windowMs: 60_000, now: () => now },
      });
      servers.push(await listen(app));
      stops.push(() => apollo.stop());
    }
  });
  afterAll(async () => {
    for (const s of servers) await s.close();
    for (const stop of stops) await stop();
    await world?.close();
  });

  async function ask(instance: number, token?: string) {
    const res = await fetch(`${servers[instance]!.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query: '{ health { status } }' }),
    });
    const body = (await res.json()) as { errors?: { extensions?: Record<string, unknown> }[] };
    return {
      status: res.status,
      retryAfter: res.headers.get('retry-after'),
      error: body.errors?.[0],
    };
  }

  it('an address without sign-in is answered up to its budget, then 429 with Retry-After and code RATE_LIMITED', async () => {
    now = Date.parse('2026-03-02T10:00:15Z');
    expect([(await ask(0)).status, (await ask(0)).status, (await ask(0)).status]).toEqual([
      200, 200, 200,
    ]);
    const over = await ask(0);
    expect(over).toMatchObject({
      status: 429,
      retryAfter: '45',
      error: { extensions: { code: 'RATE_LIMITED' } },
    });
  });

  it('a signed-in person has a budget of their own: over it they get 429, another person from the same address does not', async () => {
    now = Date.parse('2026-03-02T10:01:15Z');
    const { staff, manager } = world.org.people;
    expect([(await ask(0, staff.token)).status, (await ask(0, staff.token)).status]).toEqual([
      200, 200,
    ]);
    expect(await ask(0, staff.token)).toMatchObject({
      status: 429,
      retryAfter: '45',
      error: { extensions: { code: 'RATE_LIMITED' } },
    });
    expect((await ask(0, manager.token)).status).toBe(200);
    expect((await ask(0)).status).toBe(200);
  });

  it('two app instances over the same database share one budget', async () => {
    now = Date.parse('2026-03-02T10:02:00Z');
    expect([(await ask(0)).status, (await ask(1)).status, (await ask(0)).status]).toEqual([
      200, 200, 200,
    ]);
    expect((await ask(1)).status).toBe(429);
  });

  it('a new window gives a fresh budget', async () => {
    now = Date.parse('2026-03-02T10:03:00Z');
    for (let i = 0; i < 3; i++) await ask(0);
    expect((await ask(0)).status).toBe(429);
    now = Date.parse('2026-03-02T10:04:00Z');
    expect((await ask(0)).status).toBe(200);
  });

  /** What PostgreSQL counted in the current window for keys starting with `prefix`. */
  async function counted(prefix: string): Promise<number[]> {
    const rows: { used: number }[] = await world.db.dataSource.query(
      `SELECT used FROM request_budget WHERE key LIKE $1 AND window_start = $2 ORDER BY key`,
      [`${prefix}%`, now - (now % 60_000)],
    );
    return rows.map((r) => r.used);
  }

  it('an address refused once is refused from memory until the window ends: no further count in PostgreSQL', async () => {
    now = Date.parse('2026-03-02T10:05:10Z');
    for (let i = 0; i < 4; i++) await ask(0);
    expect(await counted('address:')).toEqual([4]);
    const again = [await ask(0), await ask(0), await ask(0)];
    expect(again.map((r) => [r.status, r.retryAfter])).toEqual([
      [429, '50'],
      [429, '50'],
      [429, '50'],
    ]);
    expect(await counted('address:')).toEqual([4]);
  });

  it('a session refused once is refused from memory, before its session is looked up', async () => {
    now = Date.parse('2026-03-02T10:06:00Z');
    const { staff } = world.org.people;
    for (let i = 0; i < 3; i++) await ask(0, staff.token);
    expect(await counted('person:')).toEqual([3]);
    const again = await ask(0, staff.token);
    expect(again).toMatchObject({ status: 429, error: { extensions: { code: 'RATE_LIMITED' } } });
    expect(await counted('person:')).toEqual([3]);
  });

  it('a request over the budget is refused before its body is read: malformed JSON answers 429, not 400', async () => {
    now = Date.parse('2026-03-02T10:07:00Z');
    for (let i = 0; i < 3; i++) await ask(1);
    const res = await fetch(`${servers[1]!.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('60');
  });

  it('malformed requests count against the budget too', async () => {
    now = Date.parse('2026-03-02T10:08:00Z');
    for (let i = 0; i < 3; i++) {
      const res = await fetch(`${servers[0]!.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query": ',
      });
      expect(res.status).toBe(400);
    }
    expect((await ask(0)).status).toBe(429);
  });
});
