import type { ClientBase } from 'pg';

/** `begin`, `work`, COMMIT (ROLLBACK on failure). */
export async function inTransaction<T>(
  client: ClientBase,
  work: () => Promise<T>,
  begin = 'BEGIN',
): Promise<T> {
  await client.query(begin);
  try {
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}

/** Tables of the public schema holding at least one row (the migrations table aside). */
export async function tablesWithRows(client: ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(`
    SELECT c.relname AS name FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
    WHERE c.relkind IN ('r', 'p') AND c.relname <> 'migrations'
    ORDER BY 1`);
  const filled: string[] = [];
  for (const { name } of rows) {
    const found = await client.query(`SELECT 1 FROM public."${name.replace(/"/g, '""')}" LIMIT 1`);
    if ((found.rowCount ?? 0) > 0) filled.push(name);
  }
  return filled;
}

/** Other sessions on this database (a running platform holds some). */
export async function otherSessions(client: ClientBase): Promise<{ pid: number; app: string }[]> {
  const { rows } = await client.query<{ pid: number; app: string }>(`
    SELECT pid, application_name AS app FROM pg_stat_activity
    WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`);
  return rows;
}
