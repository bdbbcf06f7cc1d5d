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

/** At most this many stored words are read one by one for the last typed word; more are read as a range. */
export const MAX_WORD_FORMS = 16;

/**
 * The stored words that start with the last typed word ("mould" -> mould, mouldi, ...), read by
 * skipping from one word to the next on the search-word key (one index probe per word), or null
 * when the search reads no words (a role that searches references only, nothing typed) or more
 * than MAX_WORD_FORMS start with it. Knowing them, each is read as its own ordered run of the key
 * (newest first, stopping at the page's end) instead of reading every match of the range and
 * removing complaints found twice before the first row can be returned (issue 19).
 */
export async function lastWordForms(
  dataSource: DataSource,
  viewer: Viewer,
  raw: string,
): Promise<string[] | null> {
  const words = seesPersonalData(viewer.role) ? typedWords(raw) : [];
  if (words.length === 0) return null;
  const rows: { word: string }[] = await dataSource.query(
    `WITH RECURSIVE forms AS (
       SELECT o.id AS organisation_id, 1 AS n,
              (SELECT min(s.word) FROM search_word s
                WHERE s.organisation_id = o.id AND s.word LIKE (search_word($2) || '%')) AS word
         FROM unnest($1::uuid[]) o(id)
       UNION ALL
       SELECT f.organisation_id, f.n + 1,
              (SELECT min(s.word) FROM search_word s
                WHERE s.organisation_id = f.organisation_id AND s.word > f.word
                  AND s.word LIKE (search_word($2) || '%'))
         FROM forms f WHERE f.word IS NOT NULL AND f.n <= $3
     )
     SELECT DISTINCT word FROM forms WHERE word IS NOT NULL ORDER BY word LIMIT $3 + 1`,
    [viewer.organisationIds, words[words.length - 1], MAX_WORD_FORMS],
  );
  return rows.length > MAX_WORD_FORMS ? null : rows.map((r) => r.word);
}

/** The search box's matches: each kind a part, their union `sql`. */
interface Matches {
  sql: string;
  params: Record<string, unknown>;
  parts: string[];
  /**
   * One typed word read as a range of stored words (too many start with it to read one by one):
   * `stem`, the complaints with the typed word's stem itself (some of the matches, one run of
   * the key in receipt order), and `within(bound)`, the range's matches narrowed by a condition
   * on w0.
   */
  range?: { stem: string; within: (bound: string) => string };
}

/**
 * The complaints (organisation_id, id, received_at) that match the search box: the start of a
 * reference for everyone who reads complaints; for roles that see personal data also the words
 * of the customer's name, e-mail and postcode and of the summary (table search_word, migration
 * SearchWords1795477000000): every typed word must be a word of the complaint, by its English
 * stem ("leaking" finds "leaks"), the last one as the start of a word ("Smith" finds "Smithers").
 * A role that may not read customer details (communications) searches references only, so its
 * answer is the same whether or not a customer of that name exists (Part 1 §15–18).
 * `forms`: the stored words that start with the last typed word (`lastWordForms`), when known;
 * each kind of match is one part, and a complaint may be in several (their union holds it once).
 */
function matches(viewer: Viewer, raw: string, forms: string[] | null = null): Matches {
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
  // no stored word starts with the last typed word: no complaint matches by its words
  if (words.length > 0 && forms?.length !== 0) {
    const last = words.length - 1;
    if (forms) params['searchForms'] = forms;
    // the last typed word is the start of a stored word: one of its known forms, else its
    // stem's range in the key
    const wordIs = (alias: string, i: number) =>
      i !== last
        ? `${alias}.word = search_word(:searchWord${i})`
        : forms
          ? `${alias}.word IN (:...searchForms)`
          : `${alias}.word LIKE (search_word(:searchWord${i}) || '%')`;
    words.forEach((w, i) => (params[`searchWord${i}`] = w));
    const others = words
      .map((_, i) => i)
      .filter((i) => i !== 0)
      .map(
        (i) => `EXISTS (SELECT 1 FROM search_word w${i}
          WHERE w${i}.organisation_id = w0.organisation_id AND ${wordIs(`w${i}`, i)}
            AND w${i}.received_at = w0.received_at AND w${i}.complaint_id = w0.complaint_id)`,
      );
    const wordPart = (distinct: string, first: string) =>
      `SELECT ${distinct}w0.organisation_id, w0.complaint_id AS id, w0.received_at FROM search_word w0
        WHERE w0.organisation_id IN (:...orgs) AND ${[first, ...others].join(' AND ')}`;
    if (words.length === 1 && forms) {
      // one typed word: each of its forms is a part of its own, one row per complaint, read in
      // receipt order from the key
      forms.forEach((form, k) => {
        params[`searchForm${k}`] = form;
        parts.push(wordPart('', `w0.word = :searchForm${k}`));
      });
    } else if (words.length === 1) {
      // one typed word read as a range: several of a complaint's words may start with it, so
      // each complaint once (a page and a capped count hold complaints, not words)
      const range = (bound: string) =>
        wordPart('DISTINCT ', [wordIs('w0', 0), bound].join(' AND '));
      parts.push(range('true'));
      return {
        sql: parts.join('\n UNION '),
        params,
        parts,
        range: { stem: wordPart('', 'w0.word = search_word(:searchWord0)'), within: range },
      };
    } else {
      parts.push(wordPart('', wordIs('w0', 0)));
    }
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
  forms: string[] | null = null,
): Promise<string[]> {
  const [sql, params] = searchPageStatement(dataSource, viewer, raw, newestFirst, page, forms);
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
  forms: string[] | null = null,
): [string, unknown[]] {
  const m = matches(viewer, raw, forms);
  const order = newestFirst ? 'received_at DESC, id ASC' : 'received_at ASC, id DESC';
  const bound = (part: string) => `(SELECT * FROM (${part}) p ORDER BY ${order} LIMIT :pageEnd)`;
  const bounded = m.parts.map(bound);
  if (m.range) {
    // a range of stored words: the page's end among the complaints with the stem itself (when
    // they fill the page) is as far as the page can reach, so the range's matches beyond it are
    // never read into the union
    const stem = bound(m.range.stem);
    const [cmp, edge, open] = newestFirst ? ['>=', 'min', '-infinity'] : ['<=', 'max', 'infinity'];
    const reach = `coalesce((SELECT CASE WHEN count(*) >= :pageEnd THEN ${edge}(received_at) END FROM ${stem} s), '${open}')`;
    bounded.splice(-1, 1, stem, bound(m.range.within(`w0.received_at ${cmp} ${reach}`)));
  }
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
  forms: string[] | null = null,
): Promise<number> {
  const [sql, params] = countSearchStatement(dataSource, viewer, raw, cap, forms);
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
  forms: string[] | null = null,
): [string, unknown[]] {
  const m = matches(viewer, raw, forms);
  const capped = (sql: string) =>
    `(SELECT count(*) FROM (SELECT 1 FROM (${sql}) m ${cap === null ? '' : 'LIMIT :cap'}) capped)`;
  const union = capped(m.sql);
  // a range of stored words is counted alone by its stem's own complaints (some of its matches,
  // one run of the key): counting the range would remove every complaint found twice first
  const parts = m.range ? [...m.parts.slice(0, -1), m.range.stem] : m.parts;
  const sql =
    cap === null || parts.length === 1
      ? union
      : `CASE WHEN greatest(${parts.map(capped).join(', ')}) >= :cap THEN :cap ELSE ${union} END`;
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
