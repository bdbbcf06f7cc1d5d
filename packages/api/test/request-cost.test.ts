import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statementCount } from '../src/core/statement-counter';
import { DOCUMENT_LIMITS } from '../src/core/document-limits';
import { createWorld, type World } from './support/world';

/** Raw POST /graphql: the status, the x-sql-statements header and the first error's extensions. */
async function post(world: World, body: string, token?: string) {
  const res = await fetch(`${world.url}/graphql`, {
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
    statements: res.headers.get('x-sql-statements'),
    error: json.errors?.[0],
  };
}

/** The statements the process sent while `work` ran (nothing else runs in this file meanwhile). */
async function statementsDuring<T>(work: () => Promise<T>): Promise<{ result: T; sent: number }> {
  const before = statementCount();
  const result = await work();
  return { result, sent: statementCount() - before };
}

const aliases = (n: number, field: string) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

const INDICATORS = `spsoIndicators(period: { quarter: "2026-Q1" }) { population period { from to } }`;

describe('what one /graphql request may cost (refused before parsing, validation or any statement)', () => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld();
  });
  afterAll(async () => {
    await world?.close();
  });

  it('2,500 aliased health fields are refused with a 4xx and no statement runs', async () => {
    const query = aliases(2500, 'health { database }');
    const { result, sent } = await statementsDuring(() => post(world, JSON.stringify({ query })));
    expect(result.status).toBeGreaterThanOrEqual(400);
    expect(result.status).toBeLessThan(500);
    expect(result.error?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(sent).toBe(0);
  });

  it('MAX_ROOT_FIELDS: more top-level fields than the cap answer 400 naming the rule, no statement runs', async () => {
    const query = aliases(DOCUMENT_LIMITS.maxRootFields + 1, 'health { status }');
    const { result, sent } = await statementsDuring(() => post(world, JSON.stringify({ query })));
    expect(result).toMatchObject({
      status: 400,
      error: { extensions: { code: 'BAD_USER_INPUT', rule: 'MAX_ROOT_FIELDS' } },
    });
    expect(sent).toBe(0);
  });

  it('MAX_FIELDS: a small document whose fragments multiply its fields past the cap answers 400', async () => {
    const spreads = (name: string) => Array.from({ length: 8 }, () => `...${name}`).join(' ');
    const query = `{ health { ...A } }
      fragment A on Health { ${spreads('B')} } fragment B on Health { ${spreads('C')} }
      fragment C on Health { ${spreads('D')} } fragment D on Health { status database version }`;
    const res = await post(world, JSON.stringify({ query }));
    expect(res).toMatchObject({ status: 400, error: { extensions: { rule: 'MAX_FIELDS' } } });
  });

  it('MAX_REQUEST_SIZE: a 0.7 MB invalid document answers 413 before its JSON is even read, no statement runs', async () => {
    const query = `{ health { ${'status '.repeat(100_000)} `; // unterminated: a syntax error at its very end
    const body = JSON.stringify({ query });
    expect(body.length).toBeGreaterThan(700_000);
    const { result, sent } = await statementsDuring(() => post(world, body));
    expect(result).toMatchObject({
      status: 413,
      error: { extensions: { code: 'BAD_USER_INPUT', rule: 'MAX_REQUEST_SIZE' } },
    });
    expect(sent).toBe(0);
  });

  it('MAX_REQUEST_SIZE: a query string over the character cap answers 413 (a small body with a long query)', async () => {
    const query = `{ health { status } } # ${'x'.repeat(DOCUMENT_LIMITS.maxQueryLength)}`;
    const res = await post(world, JSON.stringify({ query }));
    expect(res).toMatchObject({ status: 413, error: { extensions: { rule: 'MAX_REQUEST_SIZE' } } });
  });

  it('MAX_TOKENS: parsing stops at the token cap, so a syntax error past it is never reached', async () => {
    const query = `{ health { ${'a '.repeat(DOCUMENT_LIMITS.maxTokens)} ) } }`;
    expect(query.length).toBeLessThan(DOCUMENT_LIMITS.maxQueryLength);
    const res = await post(world, JSON.stringify({ query }));
    // A whole-document parse would have answered the syntax error at the ')' instead.
    expect(res).toMatchObject({ status: 400, error: { extensions: { rule: 'MAX_TOKENS' } } });
  });

  it('2,400 aliased spsoIndicators of a signed-in member of communications staff are refused with a 4xx, no statement runs once their session is known', async () => {
    const query = aliases(2400, INDICATORS);
    const token = world.org.people.communications.token;
    // a session's first request looks it up before the body is read (to count it against its person)
    expect(
      (await post(world, JSON.stringify({ query: '{ health { status } }' }), token)).status,
    ).toBe(200);
    const { result, sent } = await statementsDuring(() =>
      post(world, JSON.stringify({ query }), token),
    );
    expect(result.status).toBeGreaterThanOrEqual(400);
    expect(result.status).toBeLessThan(500);
    expect(sent).toBe(0);
  });

  it('MAX_COMPLEXITY: analytics are costed, so ten spsoIndicators at once are over the cap and answer 400, none of them run', async () => {
    const query = aliases(DOCUMENT_LIMITS.maxRootFields, INDICATORS);
    const res = await post(world, JSON.stringify({ query }), world.org.people.communications.token);
    expect(res).toMatchObject({
      status: 400,
      error: { extensions: { code: 'BAD_USER_INPUT', rule: 'MAX_COMPLEXITY' } },
    });
    expect(res.error?.extensions?.['http']).toBeUndefined();
    expect(res.statements).toBe('1'); // the session lookup only
  });

  it('MAX_COMPLEXITY follows the variables: the same document is answered with limit 1, refused with limit 100, answered again with limit 1', async () => {
    const pages = Array.from(
      { length: DOCUMENT_LIMITS.maxRootFields },
      (_, i) =>
        `p${i}: complaints(limit: $limit) { items { id reference status currentStage receivedAt } }`,
    ).join(' ');
    const query = `query Pages($limit: Int!) { ${pages} }`;
    const token = world.org.people.handler.token;
    const ask = async (limit: number) =>
      post(world, JSON.stringify({ query, variables: { limit } }), token);
    expect(await ask(1)).toMatchObject({ status: 200, error: undefined });
    expect(await ask(100)).toMatchObject({
      status: 400,
      error: { extensions: { code: 'BAD_USER_INPUT', rule: 'MAX_COMPLEXITY' } },
    });
    expect(await ask(1)).toMatchObject({ status: 200, error: undefined });
  });

  it('a dashboard-sized request is still answered', async () => {
    const res = await post(
      world,
      JSON.stringify({ query: `{ ${INDICATORS} }` }),
      world.org.people.communications.token,
    );
    expect(res).toMatchObject({ status: 200, error: undefined });
  });
});
