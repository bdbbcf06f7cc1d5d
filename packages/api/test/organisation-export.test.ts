import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORTED_TABLES, NOT_EXPORTED } from '../src/modules/exports';
import { recordComplaint } from './support/complaints';
import { csvRows, download, sheets, unzip } from './support/downloads';
import { createWorld, type World, type WorldOrganisation } from './support/world';

/**
 * The organisation's export and the subject access download (issue 14, Export;
 * docs/procedure.md, Exports): every table of the organisation, its rows only, never a secret.
 */

const FEED_TOKEN_HASH = 'f'.repeat(64);
const CLIENT_SECRET = 'directory-client-secret-do-not-export';

async function seedExtras(world: World, org: WorldOrganisation, label: string): Promise<void> {
  const ds = world.db.dataSource;
  await ds.query(`INSERT INTO root_cause (organisation_id, name) VALUES ($1, $2)`, [
    org.id,
    `${label} cause`,
  ]);
  await ds.query(
    `INSERT INTO closure_day (organisation_id, date, reason, description) VALUES ($1, '2026-04-06', 'other', $2)`,
    [org.id, `${label} closure`],
  );
  await ds.query(
    `INSERT INTO calendar_feed (organisation_id, id, person_id, token_hash, issued_at) VALUES ($1, gen_random_uuid(), $2, $3, now())`,
    [org.id, org.people.manager.id, `${label === 'Clyde' ? 'f' : 'e'}`.repeat(64)],
  );
  await ds.query(
    `INSERT INTO organisation_sso (organisation_id, enabled, issuer_url, client_id, client_secret, group_claim, default_role, updated_at)
     VALUES ($1, false, 'https://login.example.org', $2, $3, 'groups', 'staff', now())`,
    [org.id, `${label}-client`, `${CLIENT_SECRET}-${label}`],
  );
}

describe('organisation export (issue 14, Export)', () => {
  let world: World;
  let files: Record<string, string>;

  beforeAll(async () => {
    world = await createWorld();
    for (const [org, label] of [
      [world.org, 'Clyde'],
      [world.other, 'Forth'],
    ] as const) {
      await seedExtras(world, org, label);
      await recordComplaint(world, org, {
        customer: {
          name: `${label} Customer`,
          email: `${label.toLowerCase()}.customer@example.org`,
          postcode: 'G1 1AA',
          preferredContact: 'email',
        },
      });
    }
    const res = await download(world, '/exports/organisation.zip', world.org.people.admin);
    expect(res.status).toBe(200);
    files = await unzip(res.body);
  }, 60_000);
  afterAll(() => world?.close());

  /** The table's rows of the organisation now; the export's own audit entry is written after its snapshot, so not in it. */
  const expectedCount = async (t: (typeof EXPORTED_TABLES)[number], orgId: string) => {
    const [row] = await world.db.dataSource.query(
      `SELECT count(*)::int AS n FROM "${t.table}" WHERE ${t.where}`,
      [orgId],
    );
    return (row.n as number) - (t.table === 'audit_log' ? 1 : 0);
  };

  it('classifies every table: exported, or left out with a reason (docs/procedure.md, Exports)', async () => {
    const tables: { tablename: string }[] = await world.db.dataSource.query(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    );
    const classified = new Set([
      ...EXPORTED_TABLES.map((t) => t.table),
      ...Object.keys(NOT_EXPORTED),
    ]);
    expect(tables.map((t) => t.tablename).filter((t) => !classified.has(t))).toEqual([]);
  });

  it("holds one CSV per table with every row of the organisation's and a README naming each", async () => {
    for (const t of EXPORTED_TABLES) {
      const text = files[`${t.table}.csv`];
      expect(text, t.table).toBeDefined();
      expect(csvRows(text!).length - 1, t.table).toBe(await expectedCount(t, world.org.id));
      expect(files['README.txt']).toContain(`${t.table}.csv`);
    }
    expect(Object.keys(files)).toHaveLength(EXPORTED_TABLES.length + 1);
    // the tables this world filled are not empty, so the counts above compared something
    for (const t of [
      'complaint',
      'customer',
      'complaint_event',
      'person',
      'root_cause',
      'closure_day',
      'audit_log',
    ])
      expect(csvRows(files[`${t}.csv`]!).length, t).toBeGreaterThan(1);
  });

  it('holds nothing of another organisation (docs/architecture.md, Organisations and groups)', async () => {
    const all = Object.values(files).join('\n');
    // every id of the other organisation, in every table that has ids
    const tables: { table_name: string }[] = await world.db.dataSource.query(
      `SELECT c.table_name FROM information_schema.columns c
        JOIN information_schema.columns i ON i.table_name = c.table_name AND i.column_name = 'id' AND i.table_schema = 'public'
       WHERE c.column_name = 'organisation_id' AND c.table_schema = 'public'`,
    );
    let otherIds = 0;
    for (const { table_name } of tables) {
      const rows: { id: string }[] = await world.db.dataSource.query(
        `SELECT id::text FROM "${table_name}" WHERE organisation_id = $1`,
        [world.other.id],
      );
      for (const { id } of rows.filter((r) => r.id.length > 8)) {
        expect(all, `${table_name} ${id}`).not.toContain(id);
        otherIds += 1;
      }
    }
    expect(otherIds).toBeGreaterThan(10);
    expect(all).not.toContain(world.other.id);
    expect(all).not.toContain('forth.customer@example.org');
    expect(all).not.toContain(world.other.people.admin.email);
    expect(all).toContain('clyde.customer@example.org');
  });

  it('holds no secret: password hashes, session tokens, the client secret, calendar feed tokens', async () => {
    const all = Object.values(files).join('\n');
    const hashes: { password_hash: string }[] = await world.db.dataSource.query(
      `SELECT password_hash FROM person WHERE organisation_id = $1 AND password_hash IS NOT NULL`,
      [world.org.id],
    );
    const sessions: { token_hash: string }[] = await world.db.dataSource.query(
      `SELECT s.token_hash FROM person_session s JOIN person p ON p.id = s.person_id WHERE p.organisation_id = $1`,
      [world.org.id],
    );
    expect(hashes.length).toBeGreaterThan(0);
    expect(sessions.length).toBeGreaterThan(0);
    for (const { password_hash } of hashes) expect(all).not.toContain(password_hash);
    for (const { token_hash } of sessions) expect(all).not.toContain(token_hash.trim());
    expect(all).not.toContain(CLIENT_SECRET);
    expect(all).not.toContain(FEED_TOKEN_HASH);
    expect(csvRows(files['person.csv']!)[0]).not.toContain('password_hash');
    expect(csvRows(files['organisation_sso.csv']!)[0]).not.toContain('client_secret');
  });

  it('is one XLSX with a sheet per table holding the same rows', async () => {
    const res = await download(world, '/exports/organisation.xlsx', world.org.people.admin);
    expect(res.status).toBe(200);
    const book = await sheets(res.body);
    for (const t of EXPORTED_TABLES) {
      const sheet = book[t.table.slice(0, 31)];
      expect(sheet, t.table).toBeDefined();
      expect(sheet!.length - 1, t.table).toBe(await expectedCount(t, world.org.id));
    }
    expect(JSON.stringify(book)).not.toContain(world.other.id);
  });

  it('is audited: who exported and when, not the data', async () => {
    const rows = await world.db.dataSource.query(
      `SELECT actor_id, entity_id, changes FROM audit_log WHERE operation = 'exportOrganisation' ORDER BY id`,
    );
    expect(rows[0]).toEqual({
      actor_id: world.org.people.admin.id,
      entity_id: world.org.id,
      changes: { format: 'zip' },
    });
  });

  for (const role of ['senior_manager', 'manager', 'handler', 'communications', 'staff'] as const) {
    it(`refuses ${role} (403): administrators only`, async () => {
      for (const path of ['/exports/organisation.zip', '/exports/organisation.xlsx'])
        expect((await download(world, path, world.org.people[role])).status).toBe(403);
    });
  }

  it('refuses a request without a session (401)', async () => {
    expect((await download(world, '/exports/organisation.zip', null)).status).toBe(401);
  });
});

describe('subject access download (issue 14, Export; UK GDPR Article 15)', () => {
  let world: World;
  let morag: string;
  let moragAgain: string;
  let iain: string;
  let otherCustomer: string;
  const refs: Record<string, string> = {};

  const customerOf = async (complaintId: string): Promise<string> => {
    const [row] = await world.db.dataSource.query(
      `SELECT customer_id, reference FROM complaint WHERE id = $1`,
      [complaintId],
    );
    refs[complaintId] = row.reference;
    return row.customer_id;
  };

  beforeAll(async () => {
    world = await createWorld();
    const customer = (name: string, email: string) => ({
      customer: { name, email, postcode: 'G2 4AB', preferredContact: 'email' },
    });
    const a = await recordComplaint(
      world,
      world.org,
      customer('Morag Tenant', 'morag@example.org'),
    );
    const b = await recordComplaint(
      world,
      world.org,
      customer('Morag Tenant', 'MORAG@example.org'),
    );
    const c = await recordComplaint(world, world.org, customer('Iain Baird', 'iain@example.org'));
    const d = await recordComplaint(
      world,
      world.other,
      customer('Morag Tenant', 'morag@example.org'),
    );
    morag = await customerOf(a.id);
    moragAgain = await customerOf(b.id);
    iain = await customerOf(c.id);
    otherCustomer = await customerOf(d.id);
    refs['morag'] = refs[a.id]!;
    refs['moragAgain'] = refs[b.id]!;
    refs['iain'] = refs[c.id]!;
  }, 60_000);
  afterAll(() => world?.close());

  const subjectZip = async (query: string, as = world.org.people.admin) => {
    const res = await download(world, `/exports/subject-access.zip?${query}`, as);
    expect(res.status).toBe(200);
    return unzip(res.body);
  };

  it("holds the customer's records (the same e-mail recorded twice) and complaints, and no other customer's", async () => {
    const files = await subjectZip(`customerId=${morag}`);
    const customers = csvRows(files['customer.csv']!);
    expect(
      customers
        .slice(1)
        .map((r) => r[customers[0]!.indexOf('id')])
        .sort(),
    ).toEqual([morag, moragAgain].sort());
    const complaints = files['complaint.csv']!;
    expect(complaints).toContain(refs['morag']);
    expect(complaints).toContain(refs['moragAgain']);
    expect(complaints).not.toContain(refs['iain']);
    const all = Object.values(files).join('\n');
    expect(all).not.toContain('iain@example.org');
    expect(all).not.toContain(iain);
    expect(all).not.toContain(otherCustomer);
    expect(csvRows(files['complaint_event.csv']!).length).toBeGreaterThan(2);
    expect(files['README.txt']).toContain('Article 15(4)');
  });

  it("answers 404 for another organisation's customer, as for one that does not exist", async () => {
    const res = await download(
      world,
      `/exports/subject-access.zip?customerId=${otherCustomer}`,
      world.org.people.admin,
    );
    expect(res.status).toBe(404);
    expect(JSON.parse(String(res.body)).errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('gives a member of staff their record without the password hash and the complaints they handle in outline', async () => {
    const handler = world.org.people.handler;
    const files = await subjectZip(`personId=${handler.id}`);
    const person = csvRows(files['person.csv']!);
    expect(person[0]).not.toContain('password_hash');
    expect(person[1]).toContain(handler.email);
    const handled = files['complaints_handled.csv']!;
    expect(handled).toContain(refs['morag']);
    // another person's data (the customer's details and words) stays out: Article 15(4)
    expect(Object.values(files).join('\n')).not.toContain('morag@example.org');
    expect(Object.values(files).join('\n')).not.toContain('boiler');
    expect(csvRows(files['audit_log.csv']!).length).toBeGreaterThan(1);
  });

  it("answers 404 for another organisation's member of staff", async () => {
    const res = await download(
      world,
      `/exports/subject-access.zip?personId=${world.other.people.handler.id}`,
      world.org.people.admin,
    );
    expect(res.status).toBe(404);
  });

  it('refuses an id that is not one, naming the field (400)', async () => {
    const res = await download(
      world,
      '/exports/subject-access.zip?customerId=nobody',
      world.org.people.admin,
    );
    expect(res.status).toBe(400);
    expect(JSON.parse(String(res.body)).errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'customerId',
    });
  });

  it('is audited naming the subject, not the data', async () => {
    await subjectZip(`customerId=${iain}`);
    const [row] = await world.db.dataSource.query(
      `SELECT actor_id, entity, entity_id, changes FROM audit_log WHERE operation = 'exportSubjectAccess' AND entity_id = $1`,
      [iain],
    );
    expect(row).toEqual({
      actor_id: world.org.people.admin.id,
      entity: 'customer',
      entity_id: iain,
      changes: {},
    });
  });

  for (const role of ['senior_manager', 'manager', 'handler', 'communications', 'staff'] as const) {
    it(`refuses ${role} (403): administrators only (docs/procedure.md, Exports)`, async () => {
      const res = await download(
        world,
        `/exports/subject-access.zip?customerId=${morag}`,
        world.org.people[role],
      );
      expect(res.status).toBe(403);
    });
  }
});
