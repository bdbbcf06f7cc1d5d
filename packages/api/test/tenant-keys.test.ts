import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from 'typeorm';
import { TABLE_CLASSES, TENANT_KEY_EXCEPTIONS, type TableClass } from '../src/db/table-classes';
import { createTestDatabase, type TestDatabase } from './support/database';

type Query = Pick<EntityManager, 'query'>;

interface KeyRow {
  table: string;
  name: string;
  kind: 'primary key' | 'unique' | 'exclusion' | 'unique index' | 'foreign key';
  columns: string[];
  referenced: string | null;
  referencedColumns: string[] | null;
}

/** Every table of the public schema, and whether it has an organisation_id column. */
async function tables(q: Query): Promise<Map<string, boolean>> {
  const rows: { table: string; has_organisation: boolean }[] = await q.query(`
    SELECT c.relname AS table,
           EXISTS (SELECT 1 FROM pg_attribute a
                    WHERE a.attrelid = c.oid AND a.attname = 'organisation_id' AND NOT a.attisdropped)
             AS has_organisation
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')`);
  return new Map(rows.map((r) => [r.table, r.has_organisation]));
}

/** Primary keys, unique and exclusion constraints, unique indexes and foreign keys, from pg_catalog. */
async function keys(q: Query): Promise<KeyRow[]> {
  return q.query(`
    WITH t AS (
      SELECT c.oid, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p'))
    SELECT t.relname AS table, k.conname AS name,
           CASE k.contype WHEN 'p' THEN 'primary key' WHEN 'u' THEN 'unique'
                          WHEN 'x' THEN 'exclusion' ELSE 'foreign key' END AS kind,
           array(SELECT a.attname::text FROM unnest(k.conkey) WITH ORDINALITY u(n, i)
                   JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.n ORDER BY u.i) AS columns,
           k.confrelid::regclass::text AS referenced,
           CASE WHEN k.contype = 'f' THEN
             array(SELECT a.attname::text FROM unnest(k.confkey) WITH ORDINALITY u(n, i)
                     JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.n ORDER BY u.i)
           END AS "referencedColumns"
      FROM t JOIN pg_constraint k ON k.conrelid = t.oid
     WHERE k.contype IN ('p', 'u', 'x', 'f')
    UNION ALL
    SELECT t.relname, i.indexrelid::regclass::text, 'unique index',
           -- an expression's column is 0: it is named by pg_get_indexdef below, never organisation_id
           array(SELECT coalesce(a.attname::text, pg_get_indexdef(i.indexrelid, u.i::int, true))
                   FROM unnest(i.indkey::int2[]) WITH ORDINALITY u(n, i)
                   LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = u.n
                  WHERE u.i <= i.indnkeyatts ORDER BY u.i),
           NULL, NULL
      FROM t JOIN pg_index i ON i.indrelid = t.oid
     WHERE i.indisunique AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)`);
}

/**
 * What breaks the table classes (docs/scaling.md): an unclassified table, a tenant table without
 * a NOT NULL organisation_id, a tenant key without organisation_id, a foreign key between tenant
 * tables that does not pair organisation_id with organisation_id, a reference or platform table
 * pointing at a tenant table.
 */
async function classProblems(
  q: Query,
  classes: Readonly<Record<string, TableClass>>,
  exceptions: Readonly<Record<string, string>>,
): Promise<string[]> {
  const problems: string[] = [];
  const found = await tables(q);
  for (const [table, hasOrganisation] of found) {
    const cls = classes[table];
    if (!cls) problems.push(`${table} is not classified`);
    else if (hasOrganisation !== (cls === 'tenant'))
      problems.push(`${table} is ${cls} but ${hasOrganisation ? 'has' : 'has no'} organisation_id`);
  }
  for (const table of Object.keys(classes))
    if (!found.has(table)) problems.push(`${table} is classified but does not exist`);

  const notNull: { table: string }[] = await q.query(`
    SELECT c.relname AS table FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND a.attname = 'organisation_id' AND a.attnotnull`);
  const required = new Set(notNull.map((r) => r.table));
  for (const [table, cls] of Object.entries(classes))
    if (cls === 'tenant' && found.get(table) && !required.has(table))
      problems.push(`${table}.organisation_id may be null`);

  const bareName = (regclass: string | null): string => (regclass ?? '').replace(/^public\./, '');
  for (const key of await keys(q)) {
    const cls = classes[key.table];
    const referencedClass = key.referenced ? classes[bareName(key.referenced)] : undefined;
    const label = `${key.table}.${key.name}`;
    if (cls === 'tenant') {
      if (exceptions[label]) continue;
      const at = key.columns.indexOf('organisation_id');
      if (at < 0) {
        problems.push(`${label} (${key.kind} on ${key.columns.join(', ')}) lacks organisation_id`);
        continue;
      }
      if (key.kind !== 'foreign key') continue;
      const target = key.referencedColumns?.[at];
      const pairsOrganisation =
        referencedClass === 'tenant'
          ? target === 'organisation_id'
          : bareName(key.referenced) === 'organisation' &&
            key.columns.length === 1 &&
            target === 'id';
      if (!pairsOrganisation)
        problems.push(
          `${label} maps organisation_id to ${bareName(key.referenced)}.${target ?? '?'}`,
        );
    } else if (key.kind === 'foreign key' && referencedClass === 'tenant') {
      problems.push(
        `${label}: a ${cls ?? 'unclassified'} table references tenant table ${bareName(key.referenced)}`,
      );
    }
  }
  return problems;
}

describe('tenant keys: every key of an organisation’s table includes organisation_id (docs/scaling.md)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('after every migration, each table is classified and every tenant key includes organisation_id', async () => {
    expect(await classProblems(db.dataSource, TABLE_CLASSES, TENANT_KEY_EXCEPTIONS)).toEqual([]);
  });

  it('each exception names a key that exists and still lacks organisation_id', async () => {
    const all = await keys(db.dataSource);
    const stale = Object.keys(TENANT_KEY_EXCEPTIONS).filter((label) => {
      const key = all.find((k) => `${k.table}.${k.name}` === label);
      return !key || key.columns.includes('organisation_id');
    });
    expect(stale).toEqual([]);
  });

  it('a new table fails until it is classified', async () => {
    await rolledBack(db, async (em) => {
      await em.query(`CREATE TABLE unclassified_thing (id uuid PRIMARY KEY)`);
      expect(await classProblems(em, TABLE_CLASSES, TENANT_KEY_EXCEPTIONS)).toEqual([
        'unclassified_thing is not classified',
      ]);
    });
  });

  it('a tenant table keyed on id alone, with a unique token and a foreign key on a person id alone, fails', async () => {
    await rolledBack(db, async (em) => {
      await em.query(`ALTER TABLE person ADD CONSTRAINT person_id_alone UNIQUE (id)`);
      await em.query(`
        CREATE TABLE careless_thing (
          id uuid PRIMARY KEY,
          organisation_id uuid NOT NULL REFERENCES organisation(id),
          token text UNIQUE,
          person_id uuid REFERENCES person(id))`);
      const problems = await classProblems(
        em,
        { ...TABLE_CLASSES, careless_thing: 'tenant' },
        TENANT_KEY_EXCEPTIONS,
      );
      expect(problems.sort()).toEqual([
        'careless_thing.careless_thing_person_id_fkey (foreign key on person_id) lacks organisation_id',
        'careless_thing.careless_thing_pkey (primary key on id) lacks organisation_id',
        'careless_thing.careless_thing_token_key (unique on token) lacks organisation_id',
        'person.person_id_alone (unique on id) lacks organisation_id',
      ]);
    });
  });

  it('a foreign key that pairs organisation_id with another column of a tenant table fails', async () => {
    await rolledBack(db, async (em) => {
      await em.query(`
        CREATE TABLE crossed_thing (
          organisation_id uuid NOT NULL,
          person_id uuid NOT NULL,
          PRIMARY KEY (organisation_id, person_id),
          CONSTRAINT crossed_thing_person FOREIGN KEY (organisation_id, person_id) REFERENCES person(id, organisation_id))`);
      expect(
        await classProblems(
          em,
          { ...TABLE_CLASSES, crossed_thing: 'tenant' },
          TENANT_KEY_EXCEPTIONS,
        ),
      ).toEqual(['crossed_thing.crossed_thing_person maps organisation_id to person.id']);
    });
  });
});

/** Runs `work` in a transaction that is always rolled back, so the schema is left as it was. */
async function rolledBack(
  db: TestDatabase,
  work: (em: EntityManager) => Promise<void>,
): Promise<void> {
  const rollback = new Error('rollback');
  await expect(
    db.dataSource.transaction(async (em) => {
      await work(em);
      throw rollback;
    }),
  ).rejects.toBe(rollback);
}
