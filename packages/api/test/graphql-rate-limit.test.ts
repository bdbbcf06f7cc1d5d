import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildChpSchema } from '../src/app/schema';
import { DOCUMENT_LIMITS } from '../src/core/document-limits';
import { statementCount } from '../src/core/statement-counter';
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
        // repeated refusals wait (a flood that waits for its answers is slowed), briefly here
        graphqlRefusalDelayMs: 20,
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
  /** A raw POST /graphql: its status, Retry-After and first error. */
  async function post(instance: number, body: string, token?: string) {
    const res = await fetch(`${servers[instance]!.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body,
    });
    const json = (await res.json()) as { errors?: { extensions?: Record<string, unknown> }[] };
    return {
      status: res.status,
      retryAfter: res.headers.get('retry-after'),
      error: json.errors?.[0],
    };
  }

  /** A small body whose query is over the length cap: refused 413 on its length. */
  const OVERSIZED = JSON.stringify({
    query: `{ health { status } } # ${'x'.repeat(DOCUMENT_LIMITS.maxQueryLength)}`,
  });
  /** Ten analytics reports at once: within the document limits, over the cost cap (400). */
  const OVER_COST = JSON.stringify({
    query: `{ ${Array.from(
      { length: DOCUMENT_LIMITS.maxRootFields },
      (_, i) => `a${i}: spsoIndicators(period: { quarter: "2026-Q1" }) { population }`,
    ).join(' ')} }`,
  });

  it('a signed-in flood of oversized documents counts against its person: 413 within the budget, then 429 with Retry-After', async () => {
    now = Date.parse('2026-03-02T10:09:20Z');
    const { staff } = world.org.people;
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await post(0, OVERSIZED, staff.token));
    expect(answers.map((a) => a.status)).toEqual([413, 413, 429, 429]);
    expect(answers[2]).toMatchObject({
      retryAfter: '40',
      error: { extensions: { code: 'RATE_LIMITED', retryAfter: 40 } },
    });
  });

  it('another person, and an address without sign-in, are not refused for that flood', async () => {
    now = Date.parse('2026-03-02T10:10:00Z');
    const { staff, manager } = world.org.people;
    for (let i = 0; i < 3; i++) await post(0, OVERSIZED, staff.token);
    expect((await post(0, OVERSIZED, staff.token)).status).toBe(429);
    expect((await post(0, OVERSIZED, manager.token)).status).toBe(413);
    expect((await ask(0, manager.token)).status).toBe(200);
    expect((await ask(0)).status).toBe(200);
  });

  it("a signed-in person's malformed JSON (400) and requests over the cost cap (400) count too", async () => {
    now = Date.parse('2026-03-02T10:11:00Z');
    const { manager } = world.org.people;
    const malformed = await post(1, '{"query": ', manager.token);
    const overCost = await post(1, OVER_COST, manager.token);
    expect([malformed.status, overCost.status]).toEqual([400, 400]);
    expect(overCost.error?.extensions?.['rule']).toBe('MAX_COMPLEXITY');
    expect(await ask(1, manager.token)).toMatchObject({
      status: 429,
      retryAfter: '60',
      error: { extensions: { code: 'RATE_LIMITED' } },
    });
  });

  it("two app instances share a person's count of refused requests", async () => {
    now = Date.parse('2026-03-02T10:12:00Z');
    const { communications } = world.org.people;
    expect((await post(0, OVERSIZED, communications.token)).status).toBe(413);
    expect((await post(1, OVERSIZED, communications.token)).status).toBe(413);
    expect((await post(0, OVERSIZED, communications.token)).status).toBe(429);
    expect((await post(1, OVERSIZED, communications.token)).status).toBe(429);
    // each process counts in PostgreSQL until it sees the refusal itself, then answers from memory
    expect(await counted(`person:${communications.id}`)).toEqual([4]);
  });

  it("once refused, a known session's flood is answered from memory: no session lookup, no count in PostgreSQL", async () => {
    now = Date.parse('2026-03-02T10:13:00Z');
    const { staff } = world.org.people;
    for (let i = 0; i < 3; i++) await post(0, OVERSIZED, staff.token);
    expect(await counted(`person:${staff.id}`)).toEqual([3]);
    const before = statementCount();
    for (let i = 0; i < 5; i++) expect((await post(0, OVERSIZED, staff.token)).status).toBe(429);
    expect(statementCount() - before).toBe(0);
    expect(await counted(`person:${staff.id}`)).toEqual([3]);
  });
});

/**
 * Refused requests weigh more than answered ones: reading and parsing a large or malformed body
 * costs the server far more than a 429 from memory, so a holder whose requests are refused as
 * malformed, too large or too costly is, past a few in a window, refused from memory whatever is
 * left of its budget. The budget here is large, so only those refusals block.
 */
describe('a flood of refused requests (400, 413) is refused from memory before its budget runs out', () => {
  let world: World;
  let now = 0;
  let server: { url: string; close(): Promise<void> };
  let stop: () => Promise<void>;
  beforeAll(async () => {
    world = await createWorld();
    const { app, apollo } = await createApp({
      dataSource: world.db.dataSource,
      schema: await buildChpSchema(),
      webDist: '/nonexistent',
      log: memoryLog(),
      graphqlBudget: {
        perAddress: 100,
        perPerson: 100,
        windowMs: 60_000,
        refusalsBeforeBlock: 3,
        now: () => now,
      },
      graphqlRefusalDelayMs: 0,
    });
    server = await listen(app);
    stop = () => apollo.stop();
  });
  afterAll(async () => {
    await server?.close();
    await stop?.();
    await world?.close();
  });

  const OVERSIZED = JSON.stringify({
    query: `{ health { status } } # ${'x'.repeat(DOCUMENT_LIMITS.maxQueryLength)}`,
  });
  const HEALTH = JSON.stringify({ query: '{ health { status } }' });
  async function post(body: string, token?: string) {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body,
    });
    await res.arrayBuffer();
    return res.status;
  }

  it('a person whose documents were refused as too large three times is then refused 429, even for a valid request', async () => {
    now = Date.parse('2026-03-02T11:00:10Z');
    const { staff } = world.org.people;
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await post(OVERSIZED, staff.token));
    answers.push(await post(HEALTH, staff.token));
    expect(answers).toEqual([413, 413, 413, 429]);
  });

  it('another person is not refused for that flood', async () => {
    now = Date.parse('2026-03-02T11:01:10Z');
    const { staff, manager } = world.org.people;
    for (let i = 0; i < 3; i++) await post(OVERSIZED, staff.token);
    expect(await post(HEALTH, staff.token)).toBe(429);
    expect(await post(HEALTH, manager.token)).toBe(200);
  });

  it('an address sending malformed JSON three times is then refused 429', async () => {
    now = Date.parse('2026-03-02T11:02:10Z');
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await post('{"query": '));
    answers.push(await post(HEALTH));
    expect(answers).toEqual([400, 400, 400, 429]);
  });

  it('two refusals leave the holder answered: the block starts at the third', async () => {
    now = Date.parse('2026-03-02T11:03:10Z');
    const { manager } = world.org.people;
    expect([await post(OVERSIZED, manager.token), await post(OVERSIZED, manager.token)]).toEqual([
      413, 413,
    ]);
    expect(await post(HEALTH, manager.token)).toBe(200);
  });

  it('a new window lifts the block', async () => {
    now = Date.parse('2026-03-02T11:04:10Z');
    const { communications } = world.org.people;
    for (let i = 0; i < 3; i++) await post(OVERSIZED, communications.token);
    expect(await post(HEALTH, communications.token)).toBe(429);
    now = Date.parse('2026-03-02T11:05:10Z');
    expect(await post(HEALTH, communications.token)).toBe(200);
  });
});
