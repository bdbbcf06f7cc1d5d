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
  /**
   * How long requests of one holder may be counted in this process only before the count is
   * written to PostgreSQL (default 2,000 ms). Only while the holder has used less than half its
   * budget; past half, every request is counted in PostgreSQL as it comes. 0: always at once.
   */
  countLocallyMs?: number;
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
 *
 * A holder well within its budget does not cost a statement per request either: its first request
 * of a window is counted in PostgreSQL, then, while the count is under half the budget, requests
 * are counted in the process and written with the next statement, sent at most every
 * `countLocallyMs` (issue 19: the statement was a row update per request on every hot read).
 * Past half the budget every request is counted in PostgreSQL as it comes, as before, so one
 * process refuses exactly at the limit. Several processes each write what they counted at most
 * `countLocallyMs` late, so what one process has not yet written is unseen by the others: a holder
 * spreading requests over N processes can get past the limit by at most what the other N-1
 * counted in their last `countLocallyMs` (each under half the budget), once per window.
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
  const countLocallyMs = options.countLocallyMs ?? 2_000;
  /** Per key in the window `lastWindow`: PostgreSQL's last count, requests since, and when it was read. */
  const counts = new Map<string, { written: number; unwritten: number; readAt: number }>();
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
    counts.clear();
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
      const local = counts.get(key);
      if (
        local !== undefined &&
        t - local.readAt < countLocallyMs &&
        2 * (local.written + local.unwritten + 1) <= limit
      ) {
        local.unwritten++;
        return null;
      }
      const adding = 1 + (local?.unwritten ?? 0);
      if (local) local.unwritten = 0;
      const { rows } = await pool
        .query<{ used: number }>({
          // prepared once per connection: PostgreSQL does not parse and plan it per request
          name: 'request-budget-count',
          text: `INSERT INTO request_budget AS b (key, window_start, used) VALUES ($1, $2, $3)
         ON CONFLICT (key) DO UPDATE SET
           used = CASE WHEN b.window_start = EXCLUDED.window_start THEN b.used + EXCLUDED.used
                       ELSE EXCLUDED.used END,
           window_start = EXCLUDED.window_start
         RETURNING used`,
          values: [key, window, adding],
        })
        // Fails open: with the database unreachable the request fails on its own (or, like
        // health, reports it), and a budget that cannot be counted must not turn that into a 500.
        .catch(() => ({ rows: [{ used: 0 }] }));
      const used = rows[0]!.used;
      if (window === lastWindow && counts.size < MAX_REMEMBERED) {
        const now = counts.get(key);
        if (now) {
          now.written = Math.max(now.written, used);
          now.readAt = t;
        } else counts.set(key, { written: used, unwritten: 0, readAt: t });
      }
      if (used <= limit) return null;
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
