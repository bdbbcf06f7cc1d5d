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
});
