import { COMPLAINT_REFERENCE_PATTERN } from '@chp/domain';

/*
 * The complaint reference in SQL, derived from @chp/domain's COMPLAINT_REFERENCE_PATTERN
 * (`CMP-<year>-<n>`): PostgreSQL's `substring(reference FROM pattern)` returns the part matching
 * the pattern's one parenthesised group, so each expression below keeps one of the domain
 * pattern's two groups (year, number) and drops the other's parentheses. No offset is assumed.
 */
const SOURCE = COMPLAINT_REFERENCE_PATTERN.source;
const GROUPS = [...SOURCE.matchAll(/\(([^()]*)\)/g)];
if (GROUPS.length !== 2)
  throw new Error('COMPLAINT_REFERENCE_PATTERN: expected a year and a number group');
const keeping = (k: number): string =>
  GROUPS.reduce((s, g, i) => (i === k ? s : s.replace(g[0], g[1]!)), SOURCE);

/** POSIX pattern whose one group is a reference's year of receipt. */
export const REFERENCE_YEAR_SQL = keeping(0);
/** POSIX pattern whose one group is a reference's number within its year. */
export const REFERENCE_NUMBER_SQL = keeping(1);
