/** EXPLAIN (ANALYZE, BUFFERS) of a statement through `client`: its execution time and its plan's lines. */
export async function explain(client, sql, params) {
  const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) ${sql}`, params);
  const lines = rows.map((r) => r['QUERY PLAN']);
  const exec = lines.find((l) => l.startsWith('Execution Time'));
  const plan = lines.find((l) => l.startsWith('Planning Time'));
  return {
    lines,
    executionMs: exec ? Number(exec.match(/([\d.]+) ms/)[1]) : null,
    planningMs: plan ? Number(plan.match(/([\d.]+) ms/)[1]) : null,
  };
}
