import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from './support/world';

/** Every MUST and SHOULD audit of graphql-http's serverAudits that fails at `url`. */
async function failingAudits(url: string): Promise<string[]> {
  const failures: string[] = [];
  for (const audit of serverAudits({ url })) {
    if (audit.name.startsWith('MAY')) continue;
    const result = await audit.fn();
    if (result.status !== 'ok') failures.push(`${audit.id} ${audit.name}: ${result.reason}`);
  }
  return failures;
}

describe('GraphQL over HTTP conformance (graphql-http serverAudits)', () => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld();
  });
  afterAll(async () => world?.close());

  it('/graphql passes every MUST and SHOULD audit', async () => {
    expect(await failingAudits(`${world.url}/graphql`)).toEqual([]);
  });

  it('/public/graphql passes every MUST and SHOULD audit', async () => {
    expect(await failingAudits(`${world.url}/public/graphql`)).toEqual([]);
  });

  /** The status of a POST to /graphql under `accept`, as the communications lead. */
  async function statusOf(accept: string, query: string, variables = {}): Promise<number> {
    const res = await fetch(`${world.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept,
        authorization: `Bearer ${world.org.people.communications.token}`,
      },
      body: JSON.stringify({ query, variables }),
    });
    await res.body?.cancel();
    return res.status;
  }

  it('variables that do not coerce answer 200 under application/json and 400 under application/graphql-response+json', async () => {
    const query = 'query($p: PeriodInput!) { spsoIndicators(period: $p) { population } }';
    const bad = { p: { year: 'last year' } };
    expect(await statusOf('application/json', query, bad)).toBe(200);
    expect(await statusOf('application/graphql-response+json', query, bad)).toBe(400);
  });

  it('a request over the cost cap answers 400 under either media type (a refusal, not a request error)', async () => {
    const field = 'spsoIndicators(period: { year: 2025 }) { population }';
    const query = `{ ${Array.from({ length: 10 }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
    expect(await statusOf('application/json', query)).toBe(400);
    expect(await statusOf('application/graphql-response+json', query)).toBe(400);
  });
});
