import type { World } from './world';

/** A signed-out call to the public surface (/public/graphql). */
export async function publicGql(world: World, query: string, variables: object = {}): Promise<any> {
  const res = await fetch(`${world.url}/public/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}
