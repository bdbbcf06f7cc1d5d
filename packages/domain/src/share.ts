import { ChpRuleError } from './errors';

/**
 * `part / whole` as a fraction from 0 to 1; null when `whole` is 0 (no closures, nothing to share).
 *
 * @example
 * share(3, 4) // 0.75
 */
export function share(part: number, whole: number): number | null {
  if (!Number.isFinite(part) || !Number.isFinite(whole) || part < 0 || whole < 0) {
    throw new ChpRuleError('INVALID_NUMBER', 'part and whole must be non-negative numbers');
  }
  return whole === 0 ? null : part / whole;
}
