import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';

export interface RequestBudgetOptions {
  /** Requests an address may make in a window without signing in. */
  perAddress: number;
  /** Requests a signed-in person may make in a window (from any address). */
  perPerson: number;
  windowMs: number;
  /**
   * Requests of one holder this process may refuse as malformed, too large or too costly (400,
   * 413) in a window before it refuses the holder's further requests from memory; default 30.
   */
  refusalsBeforeBlock?: number;
  /** Tests fix the clock; defaults to Date.now. */
  now?: () => number;
}

/** Who a request counts against: its person when signed in, else its address. */
export type BudgetHolder = { personId: string } | { address: string };

/** A request over the budget: HTTP 429 with Retry-After, code RATE_LIMITED. */
export interface BudgetRefusal {
  retryAfter: number;
  message: string;
}

export interface RequestBudget {
  /**
   * The refusal of a key already refused in this window, from this process's memory (no
   * statement); null when none is known. Keys are `budgetKey(holder)` or the extra keys given to
   * `consume` (a session token's hash, known before its person is looked up).
   */
  knownRefusal(keys: readonly string[]): BudgetRefusal | null;
  /**
   * Counts one request of `holder` in PostgreSQL; over the budget, returns the refusal and
   * remembers it, under the holder's key and `alsoKnownAs`, until the window ends.
   */
  consume(holder: BudgetHolder, alsoKnownAs?: readonly string[]): Promise<BudgetRefusal | null>;
  /**
   * Notes that a request of the holder known by `keys` was refused as malformed, too large or
   * too costly. Such a refusal costs the server far more than an answer from memory (reading
   * the body, parsing it), so past `refusalsBeforeBlock` in a window the holder is refused from
   * memory until the window ends, whatever is left of its budget. Kept in this process only.
   */
  noteRefused(keys: readonly string[]): void;
}

export const budgetKey = (holder: BudgetHolder): string =>
  'personId' in holder ? `person:${holder.personId}` : `address:${holder.address}`;

/** More refused keys than this in one window are not remembered (they are still refused, by PostgreSQL). */
const MAX_REMEMBERED = 100_000;

/**
 * A fixed-window request budget kept in PostgreSQL (table request_budget), so every process over
 * the same database shares it: running two instances does not double what a client may send.
 * Anonymous requests count against their address, signed-in ones against their person (staff
 * behind one office address do not share a budget). One statement per counted request, sent on
 * the pool directly so it is not counted among the request's own statements (x-sql-statements).
 *
 * A refusal is remembered in the process until its window ends, so a flood over the budget costs
 * no statement per request: in a fixed window the count only grows, so a key PostgreSQL refused
 * stays refused until the window ends, whichever process asks.
 */
export function requestBudget(
  dataSource: DataSource,
  options: RequestBudgetOptions,
): RequestBudget {
  const now = options.now ?? Date.now;
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  let lastWindow = -1;
  /** Keys refused in the window `lastWindow`; emptied when a new window starts. */
  const refused = new Set<string>();
  /** Malformed, too large or too costly requests per key in the window `lastWindow`. */
  const badRequests = new Map<string, number>();
  const refusalsBeforeBlock = options.refusalsBeforeBlock ?? 30;
  const windowOf = (t: number) => Math.floor(t / options.windowMs) * options.windowMs;
  const refusal = (t: number): BudgetRefusal => {
    const retryAfter = Math.max(1, Math.ceil((windowOf(t) + options.windowMs - t) / 1000));
    return { retryAfter, message: `Too many requests. Please try again in ${retryAfter} seconds.` };
  };
  /** Starts a new window when the clock has passed into one; returns the current window. */
  const currentWindow = (t: number): { window: number; isNew: boolean } => {
    const window = windowOf(t);
    if (window === lastWindow) return { window, isNew: false };
    lastWindow = window;
    refused.clear();
    badRequests.clear();
    return { window, isNew: true };
  };
  return {
    knownRefusal(keys) {
      const t = now();
      if (refused.size === 0 || currentWindow(t).isNew) return null;
      return keys.some((k) => refused.has(k)) ? refusal(t) : null;
    },
    async consume(holder, alsoKnownAs = []) {
      const t = now();
      const { window, isNew } = currentWindow(t);
      if (isNew) {
        // Rows of past windows are dead weight: whichever process sees a new window first clears them.
        await pool
          .query(`DELETE FROM request_budget WHERE window_start < $1`, [window])
          .catch(() => undefined);
      }
      const key = budgetKey(holder);
      const limit = 'personId' in holder ? options.perPerson : options.perAddress;
      const { rows } = await pool
        .query<{ used: number }>({
          // prepared once per connection: PostgreSQL does not parse and plan it per request
          name: 'request-budget-count',
          text: `INSERT INTO request_budget AS b (key, window_start, used) VALUES ($1, $2, 1)
         ON CONFLICT (key) DO UPDATE SET
           used = CASE WHEN b.window_start = EXCLUDED.window_start THEN b.used + 1 ELSE 1 END,
           window_start = EXCLUDED.window_start
         RETURNING used`,
          values: [key, window],
        })
        // Fails open: with the database unreachable the request fails on its own (or, like
        // health, reports it), and a budget that cannot be counted must not turn that into a 500.
        .catch(() => ({ rows: [{ used: 0 }] }));
      if (rows[0]!.used <= limit) return null;
      if (window === lastWindow && refused.size < MAX_REMEMBERED)
        for (const k of [key, ...alsoKnownAs]) refused.add(k);
      return refusal(t);
    },
    noteRefused(keys) {
      currentWindow(now());
      for (const key of keys) {
        if (badRequests.size >= MAX_REMEMBERED && !badRequests.has(key)) continue;
        const bad = (badRequests.get(key) ?? 0) + 1;
        badRequests.set(key, bad);
        if (bad >= refusalsBeforeBlock && refused.size < MAX_REMEMBERED) refused.add(key);
      }
    },
  };
}
