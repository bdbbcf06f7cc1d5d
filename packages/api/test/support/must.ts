import type { World, WorldPerson } from './world';

/** A GraphQL call: its document and variables. */
export interface Call {
  query: string;
  variables?: Record<string, unknown>;
}

/** Calls `gql` and fails loudly unless it succeeded: for setting up prerequisites. */
export async function must<T = any>(world: World, call: Call, as: WorldPerson): Promise<T> {
  const res = await world.gql<T>(call.query, call.variables, as);
  if (res.body.errors?.length || !res.body.data) {
    throw new Error(`setup call failed: ${JSON.stringify(res.body.errors)}\n${call.query}`);
  }
  return res.body.data;
}
