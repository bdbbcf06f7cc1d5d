import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from './support/world';
import { complaintInput, recordComplaint } from './support/complaints';
import { must } from './support/must';

/**
 * What a register page reads (issue 19: only what the page shows): the support-needs marker
 * without the customer's other personal data, no handler when none is shown, and statements
 * that are built once per filter but always run, so a page asked again shows what changed since.
 */
const PAGE = `query($deadline: DeadlineFilter, $withHandler: Boolean! = false) {
  complaints(limit: 50, deadline: $deadline) {
    items {
      id
      reference
      hasSupportNeeds
      handler @include(if: $withHandler) { name }
      timeline { stage1 { deadline status } }
    }
  }
}`;

interface Row {
  id: string;
  reference: string;
  hasSupportNeeds: boolean;
  handler?: { name: string } | null;
  timeline: { stage1: { deadline: string; status: string } | null };
}

describe("the register page reads what it shows, and no more of the customer's data", () => {
  let world: World;
  let statements: string[] = [];
  let withNeeds: string;
  let withoutNeeds: string;
  let anonymous: string;

  /** The page as the handler asks for it, with the SQL it sent. */
  const page = async (variables: Record<string, unknown> = {}) => {
    statements = [];
    const data = await must(world, { query: PAGE, variables }, world.org.people.handler);
    return { rows: data.complaints.items as Row[], sql: statements.join('\n') };
  };

  beforeAll(async () => {
    world = await createWorld('2026-03-02T10:00:00Z');
    const logger = world.db.dataSource.logger;
    const logQuery = logger.logQuery.bind(logger);
    logger.logQuery = (query, parameters, runner) => {
      statements.push(typeof query === 'string' ? query : String((query as { text: string }).text));
      return logQuery(query, parameters, runner);
    };
    const customer = complaintInput(world.org).customer;
    withNeeds = (
      await recordComplaint(world, world.org, {
        customer: { ...customer, supportNeeds: { formats: [], bsl: true } },
      })
    ).id;
    withoutNeeds = (await recordComplaint(world, world.org)).id;
    anonymous = (await recordComplaint(world, world.org, { anonymous: true, customer: null })).id;
  });

  afterAll(async () => {
    await world.close();
  });

  it("marks the complaint whose customer needs support, reading only the customer's support columns (SPSO practice note: accessibility)", async () => {
    const { rows, sql } = await page();
    const marker = new Map(rows.map((r) => [r.id, r.hasSupportNeeds]));
    expect([marker.get(withNeeds), marker.get(withoutNeeds), marker.get(anonymous)]).toEqual([
      true,
      false,
      false,
    ]);
    expect(sql).toContain('"cu"."bsl"');
    expect(sql).not.toMatch(/"cu"\."(name|email|phone|address|postcode)"/);
  });

  it('reads no handler, and no password hash, for a page that shows no handler', async () => {
    const { sql } = await page();
    expect(sql).not.toContain('"hp"');
    expect(sql).not.toContain('password_hash');
  });

  it('shows the handler from the same statement when the page asks for them', async () => {
    const { rows, sql } = await page({ withHandler: true });
    expect(rows.every((r) => r.handler?.name)).toBe(true);
    expect(statements.filter((s) => /FROM "complaint" "c"/.test(s))).toHaveLength(1);
    expect(sql).not.toContain('password_hash');
  });

  it('a page asked again shows a complaint recorded in between: the statement is kept, not its answer', async () => {
    const before = await page();
    const added = await recordComplaint(world, world.org);
    const after = await page();
    expect(after.rows.map((r) => r.id).sort()).toEqual(
      [added.id, ...before.rows.map((r) => r.id)].sort(),
    );
  });

  it('the overdue filter asked again on a later day counts the stage 1 deadlines passed since (§26: day 5 is Friday 6 March)', async () => {
    expect((await page({ deadline: 'overdue' })).rows).toEqual([]);
    world.setNow('2026-03-09T10:00:00Z');
    const { rows } = await page({ deadline: 'overdue' });
    expect(rows.map((r) => r.id)).toContain(withNeeds);
    expect(rows.every((r) => r.timeline.stage1?.deadline === '2026-03-06')).toBe(true);
    expect(rows.every((r) => r.timeline.stage1?.status === 'overdue')).toBe(true);
  });
});
