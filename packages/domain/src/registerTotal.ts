/**
 * How many complaints a register view holds, as the register says it (issue 19): counted exactly
 * up to EXACT_COUNT_LIMIT, so the count of a small view is right and a large one costs no more
 * than reading that many index entries; above it, PostgreSQL's planner estimate, rounded and said
 * as "about"; a search (whose estimate counts a complaint once per matching word) is counted up
 * to SEARCH_COUNT_LIMIT and past it says "more than 1,000" (docs/procedure.md, The register's
 * total).
 */
export const EXACT_COUNT_LIMIT = 10_000;

/**
 * A search's total is exact up to this many matches, then "more than 1,000" (no estimate: see
 * above). Counting a search's matches reads each one's index entries, so a count up to 10,000
 * grew with the register (a surname at 1M complaints cost 2.8× its count at 100k); a person who
 * searched reads the first pages and refines the words (docs/procedure.md, The register's total).
 */
export const SEARCH_COUNT_LIMIT = 1_000;

export interface RegisterTotal {
  /** The exact count, the rounded estimate, or (atLeast) the limit the count passed. */
  count: number;
  exact: boolean;
  /** More than `count`, no estimate given: a search's estimate is not reliable enough to say. */
  atLeast?: boolean;
}

/** Two significant figures (12,345 -> 12,000; 987,654 -> 990,000), for an estimate. */
export function roundEstimate(n: number): number {
  if (n < 100) return Math.round(n);
  const step = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.round(n / step) * step;
}

/**
 * The total from a count capped at `limit` + 1 rows (EXACT_COUNT_LIMIT, or SEARCH_COUNT_LIMIT for
 * a search) and the planner's estimate of the whole: exact when the capped count stayed within the
 * limit; otherwise the estimate, never below the limit (the capped count proves at least that
 * many), rounded; with no estimate, "more than" the limit.
 */
export function registerTotal(
  cappedCount: number,
  estimate: number | null,
  limit: number = EXACT_COUNT_LIMIT,
): RegisterTotal {
  if (cappedCount <= limit) return { count: cappedCount, exact: true, atLeast: false };
  if (estimate === null) return { count: limit, exact: false, atLeast: true };
  return {
    count: roundEstimate(Math.max(estimate, limit)),
    exact: false,
    atLeast: false,
  };
}

/** How the figure is introduced: '' (exact), 'about ' or 'more than '. */
export const totalQualifier = (total: RegisterTotal): string =>
  total.exact ? '' : total.atLeast ? 'more than ' : 'about ';

/** "1 complaint", "1,234 complaints", "about 12,000 complaints", "more than 10,000 complaints". */
export function describeTotal(total: RegisterTotal, noun = 'complaint'): string {
  const figure = total.count.toLocaleString('en-GB');
  return `${totalQualifier(total)}${figure} ${noun}${total.count === 1 ? '' : 's'}`;
}
