import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';

export interface RequestBudgetOptions {
  /** Requests an address may make in a window without signing in. */
  perAddress: number;
  /** Requests a signed-in person may make in a window (from any address). */
  perPerson: number;
  windowMs: number;
  /** Tests fix the clock; defaults to Date.now. */
  now?: () => number;
}

export interface RequestBudget {
  /** Counts one request of `who`; over the budget it throws RATE_LIMITED (HTTP 429, Retry-After). */
  consume(who: { personId: string } | { address: string }): Promise<void>;
}

/**
 * A fixed-window request budget kept in PostgreSQL (table request_budget), so every process over
 * the same database shares it: running two instances does not double what a client may send.
 * Anonymous requests count against their address, signed-in ones against their person (staff
 * behind one office address do not share a budget). One statement per request, sent on the pool
 * directly so it is not counted among the request's own statements (x-sql-statements).
 */
export function requestBudget(
  dataSource: DataSource,
  options: RequestBudgetOptions,
): RequestBudget {
  const now = options.now ?? Date.now;
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  let lastWindow = -1;
  return {
    async consume(who) {
      const t = now();
      const window = Math.floor(t / options.windowMs) * options.windowMs;
      if (window !== lastWindow) {
        lastWindow = window;
        // Rows of past windows are dead weight: whichever process sees a new window first clears them.
        await pool
          .query(`DELETE FROM request_budget WHERE window_start < $1`, [window])
          .catch(() => undefined);
      }
      const [key, limit] =
        'personId' in who
          ? [`person:${who.personId}`, options.perPerson]
          : [`address:${who.address}`, options.perAddress];
      const { rows } = await pool
        .query<{ used: number }>(
          `INSERT INTO request_budget AS b (key, window_start, used) VALUES ($1, $2, 1)
         ON CONFLICT (key) DO UPDATE SET
           used = CASE WHEN b.window_start = EXCLUDED.window_start THEN b.used + 1 ELSE 1 END,
           window_start = EXCLUDED.window_start
         RETURNING used`,
          [key, window],
        )
        // Fails open: with the database unreachable the request fails on its own (or, like
        // health, reports it), and a budget that cannot be counted must not turn that into a 500.
        .catch(() => ({ rows: [{ used: 0 }] }));
      if (rows[0]!.used <= limit) return;
      const retryAfter = Math.max(1, Math.ceil((window + options.windowMs - t) / 1000));
      throw new GraphQLError(`Too many requests. Please try again in ${retryAfter} seconds.`, {
        extensions: {
          code: 'RATE_LIMITED',
          retryAfter,
          http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfter)]]) },
        },
      });
    },
  };
}
