import { EXACT_COUNT_LIMIT, registerTotal, type RegisterTotal } from '@chp/domain';
import type { ChpContext } from '../../core/context';

/** How long a view's total past its limit is kept (docs/procedure.md, The register's total). */
export const TOTAL_PAST_LIMIT_KEPT_MS = 60_000;
const MOST_KEPT = 1_000;

/** Totals past their limit (an estimate, or "more than"), by statement and parameters, until a time. */
const kept = new Map<string, { total: RegisterTotal; until: number }>();

/**
 * A register view's total: counted up to the limit, and past it the planner's estimate (domain
 * `registerTotal`). A total past the limit is kept for a minute under `key()` (the count's statement
 * and its parameters, which name the viewer's organisations): paging through a large view then
 * costs neither the capped count nor the estimate again, and an estimate a minute old is as good
 * as a new one (issue 19). A total within the limit is always counted, so it stays exact.
 */
export function totalOf(
  ctx: ChpContext,
  key: () => string,
  capped: (cap: number) => Promise<number>,
  estimate: (() => Promise<number>) | null,
  limit = EXACT_COUNT_LIMIT,
): () => Promise<RegisterTotal> {
  return async () => {
    const now = ctx.clock().getTime();
    const k = key();
    const known = kept.get(k);
    if (known && known.until > now) return known.total;
    if (known) kept.delete(k);
    const n = await capped(limit + 1);
    if (n <= limit) return registerTotal(n, n, limit);
    const total = registerTotal(n, estimate ? await estimate() : null, limit);
    if (kept.size >= MOST_KEPT) kept.delete(kept.keys().next().value!);
    kept.set(k, { total, until: now + TOTAL_PAST_LIMIT_KEPT_MS });
    return total;
  };
}

/** The key of a count: its statement and parameters. */
export const countKey = (sql: string, params: readonly unknown[]): string =>
  `${sql}\u0000${JSON.stringify(params)}`;
