import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ChpContext } from '../../core/context';

/**
 * A list a complaint has in another module (its root causes, the actions that address it), read
 * in the register page's own statement when the page's items select it (issue 19: the page and
 * its relations in one statement), and handed to that module's loader so its field costs no
 * statement of its own. The module that owns the list declares it here (`readWithPage`): this
 * module cannot import it.
 */
export interface PageRelation {
  /** The item field that reads the list. */
  field: string;
  /** A scalar subquery over the page's complaint `c`: the list as a JSON array, in its order. */
  json: string;
  /** Primes the owner's loader with one complaint's list (the parsed array). */
  prime: (ctx: ChpContext, complaintId: string, list: Record<string, unknown>[]) => void;
}

const relations: PageRelation[] = [];

/** Declares a list the register page reads with its complaints (at module load). */
export function readWithPage(relation: PageRelation): void {
  if (!relations.some((r) => r.field === relation.field)) relations.push(relation);
}

/** The declared lists the page's items select. */
export const pageRelations = (fields: Set<string>): PageRelation[] =>
  relations.filter((r) => fields.has(r.field));

/**
 * An entity from a row as PostgreSQL's `to_jsonb(t.*)` gives it (column names, JSON values),
 * each value converted as TypeORM converts a row it reads (dates, timestamps, JSON).
 */
export function entityFromJson<E extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<E>,
  row: Record<string, unknown>,
): E {
  const metadata = dataSource.getMetadata(target);
  const entity = metadata.create() as E;
  for (const column of metadata.columns) {
    if (!(column.databaseName in row)) continue;
    const value: unknown = dataSource.driver.prepareHydratedValue(row[column.databaseName], column);
    (entity as Record<string, unknown>)[column.propertyName] = value;
  }
  return entity;
}

/**
 * An entity from a raw row of a query builder (`<alias>_<column>` keys, as TypeORM names a
 * selected column), each value converted as TypeORM converts a row it reads; columns the query
 * did not select are left out.
 */
export function entityFromRaw<E extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<E>,
  row: Record<string, unknown>,
  alias: string,
): E {
  const metadata = dataSource.getMetadata(target);
  const entity = metadata.create() as E;
  for (const column of metadata.columns) {
    const key = `${alias}_${column.databaseName}`;
    if (!(key in row)) continue;
    const value: unknown = dataSource.driver.prepareHydratedValue(row[key], column);
    (entity as Record<string, unknown>)[column.propertyName] = value;
  }
  return entity;
}
