import DataLoader from 'dataloader';
import { In, type DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';

/**
 * Per-request DataLoaders. A module declares each of its loaders once with `defineLoader` (in
 * its own `<feature>.loaders.ts`), and resolvers read it with `ctx.loaders.get(definition)`: the
 * request's `LoaderCache` creates it on first use and keeps it for the rest of that request only.
 * Core knows no module's entities; modules build their loaders with the builders below.
 */

/** What a loader is built from: the request's DataSource and the viewer's organisations. */
export interface LoaderScope {
  dataSource: DataSource;
  /** The organisations whose records the viewer may see: their own (empty when nobody is signed in). */
  organisationIds: string[];
  /** The organisations whose figures and names the viewer may see: with group access, the group's members. */
  figureOrganisationIds: string[];
  /** The same request's other loaders, for a loader built on another. */
  loaders: LoaderCache;
}

/** A module's loader, declared once; instantiated per request by `LoaderCache.get`. */
export interface LoaderDefinition<K, V> {
  readonly name: string;
  readonly create: (scope: LoaderScope) => DataLoader<K, V>;
}

export function defineLoader<K, V>(
  name: string,
  create: (scope: LoaderScope) => DataLoader<K, V>,
): LoaderDefinition<K, V> {
  return { name, create };
}

/** One per request (on `ctx.loaders`): each definition's DataLoader, created on first use. */
export class LoaderCache {
  private readonly made = new Map<
    LoaderDefinition<unknown, unknown>,
    DataLoader<unknown, unknown>
  >();
  private readonly scope: LoaderScope;
  /** Values read ahead (with the session), primed into each loader when it is first created. */
  private pending = new Map<LoaderDefinition<unknown, unknown>, Map<unknown, unknown>>();
  /** Values primed through `prime`: a resolver may answer from them at once (`known`). */
  private primed = new Map<LoaderDefinition<unknown, unknown>, Map<unknown, unknown>>();

  constructor(
    dataSource: DataSource,
    organisationIds: string[],
    figureOrganisationIds: string[] = organisationIds,
  ) {
    this.scope = { dataSource, organisationIds, figureOrganisationIds, loaders: this };
  }

  get<K, V>(definition: LoaderDefinition<K, V>): DataLoader<K, V> {
    let loader = this.made.get(definition);
    if (!loader) {
      loader = definition.create(this.scope);
      this.made.set(definition, loader);
      for (const [key, value] of this.pending.get(definition) ?? []) loader.prime(key, value);
    }
    return loader as DataLoader<K, V>;
  }

  /**
   * A value read ahead for `definition`'s key, used unless the loader was already created (it
   * then keeps what it read). Dropped by `forgetReadAhead`, so a write never answers from it.
   */
  primeOnFirstUse<K, V>(definition: LoaderDefinition<K, V>, key: K, value: V): void {
    const def = definition as LoaderDefinition<unknown, unknown>;
    if (this.made.has(def)) return;
    const values = this.pending.get(def) ?? new Map<unknown, unknown>();
    values.set(key, value);
    this.pending.set(def, values);
  }

  /**
   * Primes `definition`'s loader with a value read by another statement (a register page's
   * joined rows), and keeps it for `known`.
   */
  prime<K, V>(definition: LoaderDefinition<K, V>, key: K, value: V): void {
    const def = definition as LoaderDefinition<unknown, unknown>;
    const values = this.primed.get(def) ?? new Map<unknown, unknown>();
    if (!values.has(key)) values.set(key, value);
    this.primed.set(def, values);
    this.get(definition).prime(key, value);
  }

  /**
   * The value for `key` read ahead or primed in this request, without waiting for the loader:
   * a field whose value is at hand answers synchronously, so a page's rows resolve without a
   * promise each (issue 19). Undefined when not at hand: load it.
   */
  known<K, V>(definition: LoaderDefinition<K, V>, key: K): V | undefined {
    const def = definition as LoaderDefinition<unknown, unknown>;
    return (this.primed.get(def)?.get(key) ?? this.pending.get(def)?.get(key)) as V | undefined;
  }

  /** The value at hand (`known`), else the loader's promise of it. */
  load<K, V>(definition: LoaderDefinition<K, V>, key: K): V | Promise<V> {
    return this.known(definition, key) ?? this.get(definition).load(key);
  }

  /** Drops the values read ahead or primed (a mutation is about to write): loaders answer again. */
  forgetReadAhead(): void {
    this.pending = new Map();
    this.primed = new Map();
  }
}

/**
 * Builders for per-request DataLoaders. Every batch is one SQL statement restricted to the
 * viewer's organisations, so a page's statement count does not grow with its size and no
 * loader can reach another organisation's rows.
 */

type Row = ObjectLiteral & { id: string };

/** Rows by id (organisation-scoped). Missing or out-of-scope ids resolve to null. */
export function loadById<E extends Row>(
  ds: DataSource,
  entity: EntityTarget<E>,
  organisationIds: string[],
  scopeColumn: 'organisationId' | 'id' = 'organisationId',
): DataLoader<string, E | null> {
  return new DataLoader(async (ids) => {
    if (organisationIds.length === 0) return ids.map(() => null);
    const rows = await ds.getRepository(entity).find({
      where: { id: In([...ids]), [scopeColumn]: In(organisationIds) } as never,
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Rows grouped by a foreign-key column, e.g. a complaint's events. */
export function loadManyByKey<E extends ObjectLiteral>(
  ds: DataSource,
  entity: EntityTarget<E>,
  keyProperty: keyof E & string,
  organisationIds: string[],
  order: Partial<Record<keyof E & string, 'ASC' | 'DESC'>>,
): DataLoader<string, E[]> {
  return new DataLoader(async (keys) => {
    if (organisationIds.length === 0) return keys.map(() => []);
    const rows = await ds.getRepository(entity).find({
      where: { [keyProperty]: In([...keys]), organisationId: In(organisationIds) } as never,
      order: order as never,
    });
    const groups = new Map<string, E[]>(keys.map((k) => [k, []]));
    for (const row of rows) groups.get(row[keyProperty])?.push(row);
    return keys.map((k) => groups.get(k) ?? []);
  });
}

/**
 * A to-one relation read in the same statement as the rows that point to it (by `column`, in
 * the same organisation), handed to its own loader with `prime`.
 */
export interface JoinedOne<J> {
  entity: new () => J;
  /** The rows' column holding the relation's id, e.g. `owner_id`. */
  column: string;
  prime: (row: J) => void;
}

/**
 * Rows reached through a link table, e.g. a complaint's root causes through
 * complaint_root_cause: one join per batch.
 */
export function loadLinked<E extends Row, J extends Row = Row>(
  ds: DataSource,
  target: EntityTarget<E>,
  link: { table: string; from: string; to: string },
  organisationIds: string[],
  orderBy: string,
  withOne?: JoinedOne<J>,
): DataLoader<string, E[]> {
  return new DataLoader(async (keys) => {
    if (organisationIds.length === 0) return keys.map(() => []);
    const q = ds
      .getRepository(target)
      .createQueryBuilder('t')
      .innerJoin(link.table, 'l', `l.organisation_id = t.organisation_id AND l.${link.to} = t.id`)
      .addSelect(`l.${link.from}`, 'link_key')
      .where(`l.${link.from} IN (:...keys)`, { keys: [...keys] })
      .andWhere('t.organisation_id IN (:...organisationIds)', { organisationIds });
    if (withOne) {
      q.leftJoinAndMapOne(
        't.joinedOne',
        withOne.entity,
        'j',
        `j.id = t.${withOne.column} AND j.organisation_id = t.organisation_id`,
      );
    }
    const { entities, raw } = await q.orderBy(`t.${orderBy}`).getRawAndEntities();
    if (withOne) {
      for (const e of entities as (E & { joinedOne?: J })[]) {
        if (e.joinedOne) withOne.prime(e.joinedOne);
        delete e.joinedOne;
      }
    }
    // entities are de-duplicated by id; raw has one row per link, so join them back by id
    const byId = new Map(entities.map((e) => [e.id, e]));
    const groups = new Map<string, E[]>(keys.map((k) => [k, []]));
    for (const r of raw as Record<string, string>[]) {
      const entity = byId.get(r['t_id']!);
      if (entity) groups.get(r['link_key']!)?.push(entity);
    }
    return keys.map((k) => groups.get(k) ?? []);
  });
}
