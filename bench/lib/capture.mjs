import { startApi } from './api-server.mjs';
import { graphql } from './http.mjs';

/**
 * A statement that reads complaints or their summaries (not the session, settings or a
 * transaction's SET). The session's statement reads the organisation's closure_day list with it,
 * so it is named apart: timing it as the indicators' own statement made them look 1.5x the floor.
 */
export const readsComplaints = (sql) =>
  /^\s*(SELECT|WITH)\b/i.test(sql) &&
  !/\bperson_session\b/i.test(sql) &&
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
