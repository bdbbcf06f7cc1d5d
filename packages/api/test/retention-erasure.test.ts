import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REMOVED_TEXT } from '../src/modules/retention';
import { recordComplaint } from './support/complaints';
import { uniqueCustomer } from './support/restrictions';
import { must } from './support/must';
import { createWorld, type World } from './support/world';

/**
 * Erasure on request (docs/procedure.md, Retention and erasure): a manager anonymises a named
 * customer's complaints now, with a reason, the same way as the retention schedule; a legal hold
 * still wins.
 */
const ERASE =
  'mutation($id: ID!, $reason: String!) { eraseCustomer(customerId: $id, reason: $reason) { anonymised heldBack } }';
const HOLD = 'mutation($id: ID!) { setLegalHold(complaintId: $id, reason: "Claim lodged") { id } }';

describe('erasure of one customer on request', () => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld();
  });
  afterAll(async () => {
    await world?.close();
  });

  const withCustomer = async () => {
    const customer = uniqueCustomer();
    const { id } = await recordComplaint(world, world.org, {
      customer,
      summary: `${customer.name} reported a leak at ${customer.email}`,
    });
    const [row] = await world.db.dataSource.query(
      `SELECT customer_id AS "customerId" FROM complaint WHERE id = $1`,
      [id],
    );
    return { id, customerId: row.customerId as string, customer };
  };

  it("removes the customer's name and contact details and the text naming them, at once", async () => {
    const { id, customerId, customer } = await withCustomer();
    const { eraseCustomer } = await must(
      world,
      { query: ERASE, variables: { id: customerId, reason: 'Erasure request of 1 March' } },
      world.org.people.manager,
    );
    expect(eraseCustomer).toEqual({ anonymised: 1, heldBack: 0 });
    const [row] = await world.db.dataSource.query(
      `SELECT c.summary, c.anonymised_at, cu.name, cu.email, cu.postcode, cu.anonymised_at AS customer_gone
         FROM complaint c JOIN customer cu ON cu.organisation_id = c.organisation_id AND cu.id = c.customer_id
        WHERE c.id = $1`,
      [id],
    );
    expect(row).toMatchObject({ summary: REMOVED_TEXT, name: null, email: null, postcode: null });
    expect(row.anonymised_at).not.toBeNull();
    const words: { word: string }[] = await world.db.dataSource.query(
      `SELECT word FROM search_word WHERE complaint_id = $1`,
      [id],
    );
    expect(words.map((w) => w.word)).not.toContain(customer.name.split(' ')[2]);
  });

  it('audits the erasure with its reason and rule, never the personal values', async () => {
    const { id, customerId, customer } = await withCustomer();
    await must(
      world,
      { query: ERASE, variables: { id: customerId, reason: 'Erasure request of 2 March' } },
      world.org.people.manager,
    );
    const [audit] = await world.db.dataSource.query(
      `SELECT actor_id, changes FROM audit_log WHERE operation = 'eraseCustomer' AND entity_id = $1`,
      [id],
    );
    expect(audit.actor_id).toBe(world.org.people.manager.id);
    expect(audit.changes).toMatchObject({
      anonymised: true,
      basis: 'erasure',
      reason: 'Erasure request of 2 March',
      customer: 'anonymised',
    });
    expect(JSON.stringify(audit.changes)).not.toContain(customer.name);
    expect(JSON.stringify(audit.changes)).not.toContain(customer.email);
  });

  it('a legal hold wins: the held complaint keeps everything, the other is detached and anonymised', async () => {
    const first = await withCustomer();
    const second = await withCustomer();
    // the same customer complained twice
    await world.db.dataSource.query(`UPDATE complaint SET customer_id = $1 WHERE id = $2`, [
      first.customerId,
      second.id,
    ]);
    await must(world, { query: HOLD, variables: { id: first.id } }, world.org.people.manager);
    const { eraseCustomer } = await must(
      world,
      { query: ERASE, variables: { id: first.customerId, reason: 'Erasure request' } },
      world.org.people.manager,
    );
    expect(eraseCustomer).toEqual({ anonymised: 1, heldBack: 1 });
    const rows: any[] = await world.db.dataSource.query(
      `SELECT c.id, c.customer_id, c.summary, c.anonymised_at, cu.name
         FROM complaint c LEFT JOIN customer cu ON cu.organisation_id = c.organisation_id AND cu.id = c.customer_id
        WHERE c.id = ANY($1)`,
      [[first.id, second.id]],
    );
    const held = rows.find((r) => r.id === first.id);
    const erased = rows.find((r) => r.id === second.id);
    expect(held).toMatchObject({ name: first.customer.name, anonymised_at: null });
    expect(held.summary).toContain(first.customer.name);
    expect(erased).toMatchObject({ customer_id: null, summary: REMOVED_TEXT });
  });
});
