/**
 * How many complaints a register view holds, as the register says it (issue 19): counted exactly
 * up to EXACT_COUNT_LIMIT, so the count of a small view is right and a large one costs no more
 * than reading that many index entries; above it, PostgreSQL's planner estimate, rounded and said
 * as "about" (docs/procedure.md, The register's total).
 */
export const EXACT_COUNT_LIMIT = 10_000;

export interface RegisterTotal {
  /** The exact count, or the rounded estimate when `exact` is false. */
  count: number;
  exact: boolean;
}

/** Two significant figures (12,345 -> 12,000; 987,654 -> 990,000), for an estimate. */
export function roundEstimate(n: number): number {
  if (n < 100) return Math.round(n);
  const step = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.round(n / step) * step;
}

/**
 * The total from a count capped at EXACT_COUNT_LIMIT + 1 rows and the planner's estimate of the
 * whole: exact when the capped count stayed within the limit; otherwise the estimate, never below
 * the limit (the capped count proves at least that many), rounded.
 */
export function registerTotal(cappedCount: number, estimate: number): RegisterTotal {
  if (cappedCount <= EXACT_COUNT_LIMIT) return { count: cappedCount, exact: true };
  return { count: roundEstimate(Math.max(estimate, EXACT_COUNT_LIMIT)), exact: false };
}

/** "1 complaint", "1,234 complaints", "about 12,000 complaints". */
export function describeTotal(total: RegisterTotal, noun = 'complaint'): string {
  const figure = total.count.toLocaleString('en-GB');
  const words = `${figure} ${noun}${total.count === 1 ? '' : 's'}`;
  return total.exact ? words : `about ${words}`;
}
