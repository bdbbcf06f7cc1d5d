import { ChpRuleError } from './errors';
import { assertInteger } from './internal/dates';

/**
 * A complaint's reference: `CMP-<year of receipt>-<n>`, `n` numbered per organisation and year
 * from 1, at least five digits (more once a year passes 99,999). The regular expression is the
 * one the database query uses to find the highest number.
 *
 * @example
 * formatComplaintReference(2026, 42) // 'CMP-2026-00042'
 * parseComplaintReference('CMP-2026-00042') // { year: 2026, number: 42 }
 * parseComplaintReference('CHP-2026-42') // null
 */
export const COMPLAINT_REFERENCE_PATTERN = /^CMP-([0-9]{4})-([0-9]+)$/;
/** The same pattern as a SQL (POSIX) regular expression. */
export const COMPLAINT_REFERENCE_SQL_PATTERN = '^CMP-[0-9]{4}-[0-9]+$';

export function formatComplaintReference(year: number, n: number): string {
  assertInteger(year, 'year');
  assertInteger(n, 'n');
  if (year < 1000 || year > 9999 || n < 1)
    throw new ChpRuleError('INVALID_NUMBER', `no complaint reference for year ${year}, n ${n}`);
  return `CMP-${year}-${String(n).padStart(5, '0')}`;
}

/** The year and number of a reference, or null when `reference` is not one. */
export function parseComplaintReference(
  reference: string,
): { year: number; number: number } | null {
  const m = typeof reference === 'string' ? COMPLAINT_REFERENCE_PATTERN.exec(reference) : null;
  return m ? { year: Number(m[1]), number: Number(m[2]) } : null;
}

/** True when `reference` has the complaint reference format. */
export const isComplaintReference = (reference: string): boolean =>
  parseComplaintReference(reference) !== null;
