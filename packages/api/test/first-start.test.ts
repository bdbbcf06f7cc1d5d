import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, ensureDemoOrganisation, ensureFirstAdmin } from '../src/demo/first-start';
import { verifyPassword } from '../src/modules/people/password';
import { createTestDatabase, type TestDatabase } from './support/database';
import { memoryLog } from './support/memory-log';

describe('first start', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('creates the first administrator from the environment once, in their own organisation', async () => {
    const admin = {
      email: 'Head.Of.Service@example.org',
      password: 'a very long first password',
      organisationName: 'Forth Valley College',
    };
    await ensureFirstAdmin(db.dataSource, admin, memoryLog());
    await ensureFirstAdmin(db.dataSource, admin, memoryLog());
    const rows = await db.dataSource.query(
      `SELECT p.role, p.password_hash, o.name FROM person p JOIN organisation o ON o.id = p.organisation_id WHERE lower(p.email) = 'head.of.service@example.org'`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].role).toBe('admin');
    expect(rows[0].name).toBe('Forth Valley College');
    expect(await verifyPassword('a very long first password', rows[0].password_hash)).toBe(true);
  });

  it('creates a demo organisation with one member of staff in every role, only once', async () => {
    const first = await ensureDemoOrganisation(db.dataSource, memoryLog());
    const again = await ensureDemoOrganisation(db.dataSource, memoryLog());
    expect(again.organisationId).toBe(first.organisationId);
    const people = await db.dataSource.query(
      `SELECT role, password_hash FROM person WHERE organisation_id = $1 ORDER BY role`,
      [first.organisationId],
    );
    expect(people.map((p: { role: string }) => p.role)).toEqual([
      'admin',
      'communications',
      'handler',
      'manager',
      'senior_manager',
      'staff',
    ]);
    expect(await verifyPassword(DEMO_PASSWORD, people[0].password_hash)).toBe(true);
  });
});
