import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
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

/** Column types PostgreSQL's driver already gives as the entity holds them (no conversion). */
const AS_READ = new Set(['uuid', 'varchar', 'text', 'boolean', 'int', 'integer', 'timestamptz']);

/** How a raw row's keys map to an entity's properties: `[key, property, column | null]`, null when read as is. */
type RawPlan = [string, string, ColumnMetadata | null][];
const rawPlans = new WeakMap<EntityMetadata, Map<string, RawPlan>>();

function rawPlan(metadata: EntityMetadata, alias: string): RawPlan {
  let byAlias = rawPlans.get(metadata);
  if (!byAlias) rawPlans.set(metadata, (byAlias = new Map<string, RawPlan>()));
  let plan = byAlias.get(alias);
  if (!plan) {
    plan = metadata.columns.map((column) => [
      `${alias}_${column.databaseName}`,
      column.propertyName,
      !column.transformer && AS_READ.has(String(column.type)) ? null : column,
    ]);
    byAlias.set(alias, plan);
  }
  return plan;
}

const aliasedLists = new WeakMap<EntityMetadata, Map<string, string>>();

/**
 * Every column of an entity named as a query builder names a selected column (`"col" AS
 * "<alias>_col"`), for a RETURNING whose row entityFromRaw reads.
 */
export function aliasedColumns<E extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<E>,
  alias: string,
): string {
  const metadata = dataSource.getMetadata(target);
  let byAlias = aliasedLists.get(metadata);
  if (!byAlias) aliasedLists.set(metadata, (byAlias = new Map<string, string>()));
  let list = byAlias.get(alias);
  if (list === undefined) {
    list = rawPlan(metadata, alias)
      .map(([key], i) => `"${metadata.columns[i]!.databaseName}" AS "${key}"`)
      .join(', ');
    byAlias.set(alias, list);
  }
  return list;
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
  const selected = rawPlan(metadata, alias).filter(([key]) => row[key] !== undefined);
  return hydratorFor(dataSource, metadata, selected)(row) as E;
}

/** Builds one entity from a raw row (see hydratorFor). */
type Hydrator = (row: Record<string, unknown>) => ObjectLiteral;
const hydrators = new WeakMap<EntityMetadata, Map<string, Hydrator>>();

/**
 * A function that builds an entity from a raw row whose keys are `plan`'s, made once per entity,
 * alias and selection: each column a named property read and written, not a key looked up per row
 * and column (issue 19: a register page's 50 rows of 30 columns cost 5 µs a row looked up, well
 * under 1 µs compiled). The names come from the entity's metadata, quoted as JSON strings.
 */
function hydratorFor(dataSource: DataSource, metadata: EntityMetadata, plan: RawPlan): Hydrator {
  let bySelection = hydrators.get(metadata);
  if (!bySelection) hydrators.set(metadata, (bySelection = new Map<string, Hydrator>()));
  const selection = plan.map(([key]) => key).join(',');
  let hydrate = bySelection.get(selection);
  if (hydrate) return hydrate;
  const driver = dataSource.driver;
  const convert = plan.map(([, , column]) =>
    column === null
      ? null
      : (value: unknown): unknown => driver.prepareHydratedValue(value, column),
  );
  const lines = plan.map(([key, property], i) => {
    const read = `row[${JSON.stringify(key)}]`;
    const write = `entity[${JSON.stringify(property)}]`;
    return convert[i] === null
      ? `${write} = ${read};`
      : `value = ${read}; ${write} = value === null ? null : convert[${i}](value);`;
  });
  const asClass = typeof metadata.target === 'function' && metadata.lazyRelations.length === 0;
  const create = asClass ? 'new Target()' : 'metadata.create()';
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- code built from column metadata only, once per selection
  const compile = new Function(
    'Target',
    'metadata',
    'convert',
    `return function hydrate(row) { const entity = ${create}; let value; ${lines.join(' ')} return entity; };`,
  ) as (target: unknown, metadata: EntityMetadata, convert: unknown[]) => Hydrator;
  hydrate = compile(metadata.target, metadata, convert);
  bySelection.set(selection, hydrate);
  return hydrate;
}

/**
 * The entities of one alias in a query builder's raw rows (as entityFromRaw builds one), null for
 * a row whose `<alias>_id` is null (a left join that found nothing); none when the rows do not
 * select the alias. Every row of one statement has the same columns: the first row's decide.
 */
export function rawEntities<E extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<E>,
  rows: readonly Record<string, unknown>[],
  alias: string,
): (E | null)[] {
  const first = rows[0];
  const idKey = `${alias}_id`;
  if (!first || !(idKey in first)) return [];
  const metadata = dataSource.getMetadata(target);
  const hydrate = hydratorFor(
    dataSource,
    metadata,
    rawPlan(metadata, alias).filter(([key]) => key in first),
  );
  return rows.map((row) => (row[idKey] === null ? null : (hydrate(row) as E)));
}
