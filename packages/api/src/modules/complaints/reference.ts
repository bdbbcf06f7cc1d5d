import { COMPLAINT_REFERENCE_PATTERN } from '@chp/domain';
import type { EntityManager } from 'typeorm';

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

/**
 * The next reference number of an organisation's year, from its counter row (table
 * reference_counter): one statement, which locks that row until the recording's transaction ends,
 * so concurrent recordings of the same organisation and year take consecutive numbers and those of
 * other organisations or years do not wait. A rolled-back recording gives its number back. The
 * counter never falls below a number already stored (a trigger on complaint raises it after any
 * insert, e.g. an import of history; see the reference_counter migration).
 */
export async function nextReferenceNumber(
  em: EntityManager,
  organisationId: string,
  year: number,
): Promise<number> {
  const [row] = await em.query<[{ last_number: number }]>(takeNumberSql('$1', '$2'), [
    organisationId,
    year,
  ]);
  return row.last_number;
}

/** The statement that takes the next number of an organisation's year (RETURNING last_number). */
export const takeNumberSql = (organisationId: string, year: string): string =>
  `INSERT INTO reference_counter AS c (organisation_id, year, last_number) VALUES (${organisationId}, ${year}, 1)
   ON CONFLICT (organisation_id, year) DO UPDATE SET last_number = c.last_number + 1
   RETURNING last_number`;

/**
 * @chp/domain's formatComplaintReference(year, n) as a SQL expression, for a statement that takes
 * its number itself (`CMP-<year>-<n>`, n zero-padded to 5 digits, longer numbers kept whole);
 * test/complaint-reference-counter.test.ts holds the two equal.
 */
export const formatReferenceSql = (year: string, n: string): string =>
  `'CMP-' || ${year} || '-' || CASE WHEN ${n} < 100000 THEN lpad(${n}::text, 5, '0') ELSE ${n}::text END`;
