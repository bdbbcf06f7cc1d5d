import { startApi } from './api-server.mjs';
import { graphql } from './http.mjs';

/** A statement that reads complaints or their summaries (not the session, settings or a transaction's SET). */
export const readsComplaints = (sql) =>
  /^\s*(SELECT|WITH)\b/i.test(sql) &&
  /\b(FROM|JOIN)\s+"?(complaint\w*|\w+_day|search_word)"?(\s|$)/i.test(sql);

/**
 * A second API over the database at `url` that hands over its statements: `statementsOf(query,
 * variables)` sends the request twice (a warm-up, then the one captured) and returns the
 * statements the second sent, [{ sql, parameters }]. Call `stop()` when done.
 */
export async function startCapturingApi(url, schema, token) {
  let captured = null;
  const api = await startApi(url, schema, {
    onStatement: (sql, parameters) => captured?.push({ sql, parameters }),
  });
  return {
    async statementsOf(query, variables) {
      await graphql(api.url, query, variables, token);
      captured = [];
      await graphql(api.url, query, variables, token);
      const statements = captured;
      captured = null;
      return statements;
    },
    stop: () => api.stop(),
  };
}
