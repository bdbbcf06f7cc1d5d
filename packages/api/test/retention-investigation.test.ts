import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REMOVED_TEXT } from '../src/modules/retention';
import { must } from './support/must';
import { recordComplaint } from './support/complaints';
import { PDF, SAVE_PLAN, planInput, uploadEvidence } from './support/investigation';
import { uniqueCustomer } from './support/restrictions';
import { createWorld, type World } from './support/world';

/**
 * Erasure and the retention schedule reach the investigation file (docs/procedure.md, Retention
 * and erasure; The investigation file): the plan's texts and the evidence files' names,
 * descriptions and bytes go with the customer's details; the file's kind, size and dates stay.
 */
const ERASE =
  'mutation($id: ID!, $reason: String!) { eraseCustomer(customerId: $id, reason: $reason) { anonymised heldBack } }';

describe('anonymising a complaint clears its investigation file', () => {
  let world: World;
  let complaintId = '';
  let fileId = '';
  beforeAll(async () => {
    world = await createWorld();
    const customer = uniqueCustomer();
    const c = await recordComplaint(world, world.org, { stage: 2, customer });
    complaintId = c.id;
    await must(world, { query: SAVE_PLAN, variables: planInput(c.id) }, world.org.people.handler);
    const up = await uploadEvidence(
      world,
      world.org.people.handler,
      c.id,
      'tenant letter.pdf',
      PDF,
    );
    fileId = up.body['id'] as string;
    const [row] = await world.db.dataSource.query(
      `SELECT customer_id AS "customerId" FROM complaint WHERE id = $1`,
      [c.id],
    );
    await must(
      world,
      { query: ERASE, variables: { id: row.customerId, reason: 'Asked to be forgotten' } },
      world.org.people.manager,
    );
  });
  afterAll(async () => {
    await world?.close();
  });

  it("removes the plan's four texts", async () => {
    const [plan] = await world.db.dataSource.query(
      `SELECT what_happened, what_should_have_happened, difference, evidence_needed
         FROM investigation_plan WHERE complaint_id = $1`,
      [complaintId],
    );
    expect(Object.values(plan)).toEqual([REMOVED_TEXT, REMOVED_TEXT, REMOVED_TEXT, REMOVED_TEXT]);
  });

  it("removes an evidence file's name, description and bytes, and keeps its kind and size", async () => {
    const [file] = await world.db.dataSource.query(
      `SELECT f.file_name, f.description, f.kind, f.size_bytes, length(x.content) AS stored
         FROM evidence_file f JOIN evidence_file_content x ON x.file_id = f.id WHERE f.id = $1`,
      [fileId],
    );
    expect(file).toEqual({
      file_name: 'removed',
      description: REMOVED_TEXT,
      kind: 'pdf',
      size_bytes: PDF.length,
      stored: 0,
    });
  });

  it('audits that the investigation file was cleared, never what it held', async () => {
    const [audit] = await world.db.dataSource.query(
      `SELECT changes FROM audit_log WHERE entity_id = $1 AND operation = 'eraseCustomer'`,
      [complaintId],
    );
    expect(audit.changes.textsRemoved).toContain('investigationFile');
    expect(JSON.stringify(audit.changes)).not.toContain('tenant letter');
  });
});
