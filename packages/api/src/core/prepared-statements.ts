import { createHash } from 'node:crypto';
import { types as pgTypes, type CustomTypesConfig } from 'pg';

/** Anything TypeORM sends statements through: a DataSource, an EntityManager or a QueryRunner. */
export interface StatementSender {
  query(query: string, parameters?: unknown[]): Promise<unknown>;
}

/**
 * Distinct statement texts this process prepares; past it, further texts are sent unnamed (each
 * connection keeps every statement it prepared until it closes).
 */
export const MAX_PREPARED_TEXTS = 300;

const names = new Map<string, string>();

/** The name `text` is prepared under on every connection; undefined past MAX_PREPARED_TEXTS. */
export function preparedName(text: string): string | undefined {
  const known = names.get(text);
  if (known !== undefined || names.size >= MAX_PREPARED_TEXTS) return known;
  const name = `chp_${createHash('sha256').update(text).digest('base64url').slice(0, 32)}`;
  names.set(text, name);
  return name;
}

/**
 * Sends `text` as a prepared statement, named after its text: each connection parses and plans it
 * once, and PostgreSQL may keep its plan (after five runs, when a plan for any parameters costs no
 * more than one for these). For the statements every request sends (the session) and the hot
 * pages' statements, whose planning costs more than running them (issue 19, bench/NOTES.md).
 * Only for texts from a small set (no literal that varies per request): each distinct text stays
 * prepared on each connection. Counted and logged like any other statement.
 */
export async function queryPrepared<T>(
  on: StatementSender,
  text: string,
  parameters: unknown[] = [],
  types?: CustomTypesConfig,
): Promise<T[]> {
  const name = preparedName(text);
  // node-postgres takes a query config ({ name, text }) where TypeORM passes the SQL through
  const query = name === undefined && !types ? text : ({ name, text, types } as unknown as string);
  return (await on.query(query, parameters)) as T[];
}

/** The SQL of a statement as TypeORM hands it to the logger: a string, or a prepared statement's config. */
export function statementText(query: unknown): string {
  if (typeof query === 'string') return query;
  const text = (query as { text?: unknown } | null)?.text;
  return typeof text === 'string' ? text : String(query);
}

/** PostgreSQL's type number for `date`. */
const DATE_OID = 1082;

/**
 * Type parsers that give `date` columns as PostgreSQL writes them ('2026-12-04'), as the entities
 * hold them, instead of a Date that TypeORM formats back to the same text (issue 19: a register
 * page has a dozen date columns a row). For queryPrepared's `types`.
 */
export const DATES_AS_TEXT: CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary'): unknown =>
    oid === DATE_OID
      ? (value: string) => value
      : (pgTypes.getTypeParser(oid, format) as unknown)) as CustomTypesConfig['getTypeParser'],
};
