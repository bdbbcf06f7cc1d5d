import type { ClientBase } from 'pg';

/** The `demo_load` row of an organisation: the first start's demo load and its parts done. */
export interface DemoLoad {
  organisationId: string;
  seed: number;
  complaints: number;
  /** The instant the data is generated as of: the moment the load began, kept for restarts. */
  asOf: Date;
  complaintsLoadedAt: Date | null;
  actionsLoadedAt: Date | null;
  publishedAt: Date | null;
  finishedAt: Date | null;
}

export type DemoLoadPart = 'complaints_loaded_at' | 'actions_loaded_at' | 'published_at';

export async function readDemoLoad(
  client: ClientBase,
  organisationId: string,
): Promise<DemoLoad | null> {
  const { rows } = await client.query<DemoLoad>(
    `SELECT organisation_id AS "organisationId", seed, complaints, as_of AS "asOf",
            complaints_loaded_at AS "complaintsLoadedAt", actions_loaded_at AS "actionsLoadedAt",
            published_at AS "publishedAt", finished_at AS "finishedAt"
       FROM demo_load WHERE organisation_id = $1`,
    [organisationId],
  );
  return rows[0] ?? null;
}

/** Records that the load begins (as of `asOf`), unless it already has; returns the row. */
export async function beginDemoLoad(
  client: ClientBase,
  organisationId: string,
  seed: number,
  complaints: number,
  asOf: Date,
): Promise<DemoLoad> {
  await client.query(
    `INSERT INTO demo_load (organisation_id, seed, complaints, as_of) VALUES ($1, $2, $3, $4)
     ON CONFLICT (organisation_id) DO NOTHING`,
    [organisationId, seed, complaints, asOf],
  );
  return (await readDemoLoad(client, organisationId))!;
}

/** Marks a part done (in the caller's transaction, with the part's rows); the last one finishes the load. */
export async function markDemoLoad(
  client: ClientBase,
  organisationId: string,
  part: DemoLoadPart,
): Promise<void> {
  const finished = part === 'published_at' ? ', finished_at = now()' : '';
  await client.query(`UPDATE demo_load SET ${part} = now()${finished} WHERE organisation_id = $1`, [
    organisationId,
  ]);
}
