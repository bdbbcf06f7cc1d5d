import type { DataSource, SelectQueryBuilder } from 'typeorm';
import type { PageArgs } from '../../core/pagination';
import { seesPersonalData } from '@chp/domain';
import type { Viewer } from '../../core/viewer';
import type { Complaint } from './complaint.entity';

const escapeLike = (s: string) => s.replace(/[\\%_]/g, '\\$&');

/** The typed words as the search-word table splits them: runs of letters and digits. */
export const typedWords = (raw: string): string[] =>
  raw
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');

/**
 * The complaints (organisation_id, id, received_at) that match the search box: the start of a
 * reference for everyone who reads complaints; for roles that see personal data also the words
 * of the customer's name, e-mail and postcode and of the summary (table search_word, migration
 * SearchWords1795477000000): every typed word must be a word of the complaint, by its English
 * stem ("leaking" finds "leaks"), the last one as the start of a word ("Smith" finds "Smithers").
 * A role that may not read customer details (communications) searches references only, so its
 * answer is the same whether or not a customer of that name exists (Part 1 §15–18).
 */
function matches(
  viewer: Viewer,
  raw: string,
): { sql: string; params: Record<string, unknown>; parts: string[] } {
  const term = raw.trim().replace(/\s+/g, ' ');
  const parts = [
    `SELECT r.organisation_id, r.id, r.received_at FROM complaint r
      WHERE r.organisation_id IN (:...orgs) AND lower(r.reference) LIKE :searchPrefix`,
  ];
  // a range of index complaint_reference_prefix_idx (migration RegisterFilterIndexes1795494700000)
  const params: Record<string, unknown> = {
    searchPrefix: `${escapeLike(term.toLowerCase())}%`,
  };
  const words = seesPersonalData(viewer.role) ? typedWords(term) : [];
  if (words.length > 0) {
    const last = words.length - 1;
    // the last typed word is the start of a stored word: its stem's range in the key
    const wordIs = (alias: string, i: number) =>
      i === last
        ? `${alias}.word LIKE (search_word(:searchWord${i}) || '%')`
        : `${alias}.word = search_word(:searchWord${i})`;
    words.forEach((w, i) => (params[`searchWord${i}`] = w));
    const others = words
      .map((_, i) => i)
      .filter((i) => i !== 0)
      .map(
        (i) => `EXISTS (SELECT 1 FROM search_word w${i}
          WHERE w${i}.organisation_id = w0.organisation_id AND ${wordIs(`w${i}`, i)}
            AND w${i}.received_at = w0.received_at AND w${i}.complaint_id = w0.complaint_id)`,
      );
    // one typed word is the start of a stored word, and several of a complaint's words may start
    // with it: each complaint once, so a page (and a capped count) holds complaints, not words
    const distinct = words.length === 1 ? 'DISTINCT ' : '';
    parts.push(
      `SELECT ${distinct}w0.organisation_id, w0.complaint_id AS id, w0.received_at FROM search_word w0
        WHERE w0.organisation_id IN (:...orgs) AND ${[wordIs('w0', 0), ...others].join(' AND ')}`,
    );
  }
  return { sql: parts.join('\n UNION '), params, parts };
}

/** Narrows the register to the complaints that match the search box. */
export function applySearch(q: SelectQueryBuilder<Complaint>, viewer: Viewer, raw: string): void {
  if (!raw.trim()) return;
  const m = matches(viewer, raw);
  q.andWhere(
    `(c.organisation_id, c.id) IN (SELECT organisation_id, id FROM (${m.sql}) m)`,
    m.params,
  );
}

/**
 * A search with no other filter, newest or oldest first: each kind of match (reference, words)
 * gives at most the page's end in receipt order from its own index entries, so only the page's
 * complaints are then read; nothing is counted here (the total is asked separately).
 */
export async function searchPage(
  dataSource: DataSource,
  viewer: Viewer,
  raw: string,
  newestFirst: boolean,
  page: PageArgs,
): Promise<string[]> {
  const [sql, params] = searchPageStatement(dataSource, viewer, raw, newestFirst, page);
  const rows: { id: string }[] = await dataSource.query(sql, params);
  return rows.map((r) => r.id);
}

/** The statement behind `searchPage` (its plan is tested). */
export function searchPageStatement(
  dataSource: DataSource,
  viewer: Viewer,
  raw: string,
  newestFirst: boolean,
  page: PageArgs,
): [string, unknown[]] {
  const m = matches(viewer, raw);
  const order = newestFirst ? 'received_at DESC, id ASC' : 'received_at ASC, id DESC';
  const bounded = m.parts.map(
    (part) => `(SELECT * FROM (${part}) p ORDER BY ${order} LIMIT :pageEnd)`,
  );
  return dataSource.driver.escapeQueryWithParameters(
    `SELECT id FROM (${bounded.join('\n UNION ')}) m
      ORDER BY ${order} OFFSET :pageOffset LIMIT :pageLimit`,
    {
      ...m.params,
      orgs: viewer.organisationIds,
      pageOffset: page.offset,
      pageLimit: page.limit,
      pageEnd: page.offset + page.limit,
    },
  );
}

/**
 * The complaints that match the search box (no other filter), counted up to `cap` rows when
 * given: the register's total counts exactly only up to a limit (issue 19).
 */
export async function countSearchMatches(
  dataSource: DataSource,
  viewer: Viewer,
  raw: string,
  cap: number | null,
): Promise<number> {
  const [sql, params] = countSearchStatement(dataSource, viewer, raw, cap);
  const rows: { n: number }[] = await dataSource.query(sql, params);
  return rows[0]!.n;
}

/**
 * The statement behind `countSearchMatches` (its plan is tested). With a cap, each kind of match
 * is first counted alone up to the cap, from its own index entries: when one reaches it, so does
 * their union, and the union (which must hash every match before it can stop) is never run.
 */
export function countSearchStatement(
  dataSource: DataSource,
  viewer: Viewer,
  raw: string,
  cap: number | null,
): [string, unknown[]] {
  const m = matches(viewer, raw);
  const capped = (sql: string) =>
    `(SELECT count(*) FROM (SELECT 1 FROM (${sql}) m ${cap === null ? '' : 'LIMIT :cap'}) capped)`;
  const union = capped(m.sql);
  const sql =
    cap === null || m.parts.length === 1
      ? union
      : `CASE WHEN greatest(${m.parts.map(capped).join(', ')}) >= :cap THEN :cap ELSE ${union} END`;
  return dataSource.driver.escapeQueryWithParameters(`SELECT (${sql})::int AS n`, {
    ...m.params,
    orgs: viewer.organisationIds,
    cap,
  });
}

/** The rows PostgreSQL's planner expects a statement to return (EXPLAIN, nothing is run). */
export async function planRows(
  dataSource: DataSource,
  sql: string,
  params: unknown[],
): Promise<number> {
  const rows: { 'QUERY PLAN': { Plan: { 'Plan Rows': number } }[] }[] = await dataSource.query(
    `EXPLAIN (FORMAT JSON) ${sql}`,
    params,
  );
  return rows[0]!['QUERY PLAN'][0]!.Plan['Plan Rows'];
}
