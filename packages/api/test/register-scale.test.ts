import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXACT_COUNT_LIMIT, roundEstimate, SEARCH_COUNT_LIMIT } from '@chp/domain';
import type { ChpContext } from '../src/core/context';
import { LoaderCache } from '../src/core/loaders';
import type { Viewer } from '../src/core/viewer';
import { filteredRegister, sortRegister } from '../src/modules/complaints';
import type { ComplaintFilter } from '../src/modules/complaints/complaint-filter.inputs';
import {
  countSearchStatement,
  lastWordForms,
  searchPageStatement,
} from '../src/modules/complaints/register-search';
import { Outcome, ComplaintStatus } from '../src/modules/complaints/complaint.enums';
import { createWorld, type World } from './support/world';

/**
 * The register at a size where its indexes matter (issue 19): 12,000 complaints written straight
 * to the table, then ANALYZEd. The plans PostgreSQL chooses for the register's filters read the
 * indexes made for them (EXPLAIN, no timing), and the total is exact up to EXACT_COUNT_LIMIT and
 * an estimate, said as such, above it.
 */
const ROWS = 12_000;

describe('the register on indexes, with a total counted only up to a limit', () => {
  let world: World;
  let ctx: ChpContext;
  let viewer: Viewer;

  beforeAll(async () => {
    world = await createWorld('2026-03-20T12:00:00Z');
    const org = world.org;
    const db = world.db.dataSource;
    // every 4th closed at stage 1 as upheld; service areas in turn; received one hour apart
    await db.query(
      `INSERT INTO complaint (organisation_id, id, reference, received_at, channel, service_area_id, category, summary, route,
                              current_stage, status, stage1_day_one, stage1_due_on, stage1_outcome, stage1_closed_on)
       SELECT $1, gen_random_uuid(), 'GEN-2025-' || lpad(i::text, 6, '0'), at, 'phone', ($2::uuid[])[1 + i % 3], 'Repairs',
              'Repair to a leaking roof not done', 'stage1', 1, CASE WHEN i % 4 = 0 THEN 'closed' ELSE 'open' END,
              at::date, at::date + 7, CASE WHEN i % 4 = 0 THEN 'upheld' END, CASE WHEN i % 4 = 0 THEN at::date + 3 END
         FROM generate_series(1, $3::int) i, LATERAL (SELECT timestamptz '2024-06-01T09:00:00Z' + i * interval '1 hour' AS at) t`,
      [org.id, org.serviceAreaIds, ROWS],
    );
    await db.query(`ANALYZE complaint`);
    viewer = {
      personId: org.people.handler.id,
      name: 'Handler',
      organisationId: org.id,
      role: 'handler',
      organisationIds: [org.id],
      figureOrganisationIds: [org.id],
      platformAdmin: false,
    };
    ctx = {
      dataSource: db,
      requestId: 'register-scale',
      viewer,
      token: null,
      loaders: new LoaderCache(db, [org.id]),
      clock: () => new Date('2026-03-20T12:00:00Z'),
      today: '2026-03-20',
    };
  }, 120_000);
  afterAll(async () => {
    await world?.close();
  });

  /** The plan of the register page's statement for a filter, as the API builds it. */
  const planOf = async (filter: ComplaintFilter): Promise<string> => {
    const q = await sortRegister(ctx, viewer, await filteredRegister(ctx, viewer, filter), filter);
    const [sql, params] = q.limit(50).getQueryAndParameters();
    return explain(sql, params);
  };
  const explain = async (sql: string, params: unknown[]): Promise<string> => {
    const rows: { 'QUERY PLAN': string }[] = await world.db.dataSource.query(
      `EXPLAIN ${sql}`,
      params,
    );
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  };

  it('finds the start of a reference on its prefix index, not by reading the table', async () => {
    const [sql, params] = searchPageStatement(world.db.dataSource, viewer, 'gen-2025-0042', true, {
      offset: 0,
      limit: 50,
    });
    const plan = await explain(sql, params);
    expect(plan).toContain('complaint_reference_prefix_idx');
    expect(plan).not.toMatch(/Seq Scan on complaint\b/);
  });

  /** EXPLAIN ANALYZE (no timing) of the register's capped count for a search. */
  const countPlan = async (search: string): Promise<string> => {
    const [sql, params] = countSearchStatement(
      world.db.dataSource,
      viewer,
      search,
      SEARCH_COUNT_LIMIT + 1,
    );
    const rows: { 'QUERY PLAN': string }[] = await world.db.dataSource.query(
      `EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) ${sql}`,
      params,
    );
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  };

  it('counts the matches of a reference prefix from the prefix index alone (index-only)', async () => {
    // as autovacuum leaves a table: the visibility map set, so index-only scans read no rows
    await world.db.dataSource.query('VACUUM (ANALYZE) complaint');
    const plan = await countPlan('gen-2025-0042');
    expect(plan).toMatch(/Index Only Scan using complaint_reference_prefix_idx on complaint r\b/);
  });

  it('stops counting a broad search at the limit and never hashes every match', async () => {
    const plan = await countPlan('GEN-2025-');
    // the reference matches alone reach the limit (12,000 match): counted up to it, then stopped
    expect(plan).toMatch(new RegExp(`Limit \\(actual rows=${SEARCH_COUNT_LIMIT + 1}\\.00`));
    // the union of reference and word matches (which hashes every match first) is not run
    expect(plan).toMatch(/(HashAggregate|Unique|HashSetOp) \(never executed\)/);
  });

  it("reads a searched word's page from its own run of the key, newest first, stopping at the page's end (issue 19)", async () => {
    const db = world.db.dataSource;
    await db.query('VACUUM (ANALYZE) search_word');
    // every complaint's summary holds "leaking": 12,000 matches of the one stored word "leak"
    const forms = await lastWordForms(db, viewer, 'leak');
    expect(forms).toEqual(['leak']);
    const page = { offset: 0, limit: 25 };
    const [sql, params] = searchPageStatement(db, viewer, 'leak', true, page, forms);
    const rows: { 'QUERY PLAN': string }[] = await db.query(
      `EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) ${sql}`,
      params,
    );
    const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
    const read = plan.match(
      /Index Only Scan Backward using search_word_pkey on search_word w0 \(actual rows=(\d+)\.00/,
    );
    expect(read, plan).not.toBeNull();
    // 25 (or one more, to see the next receipt time) of 12,000 matches read
    expect(Number(read![1])).toBeLessThanOrEqual(page.limit + 1);
  });

  it('narrows the other filters by a reference prefix on the same index', async () => {
    const plan = await planOf({ search: 'gen-2025-0042', status: ComplaintStatus.open });
    expect(plan).toContain('complaint_reference_prefix_idx');
  });

  it("reads the outcome filter's page from the outcome index in received order", async () => {
    const plan = await planOf({ outcome: Outcome.upheld });
    expect(plan).toContain('complaint_outcome_order_idx');
    expect(plan).not.toMatch(/Sort\b/);
  });

  it('reads service area + status from their index in received order', async () => {
    const plan = await planOf({
      serviceAreaId: world.org.serviceAreaIds[1]!,
      status: ComplaintStatus.open,
    });
    expect(plan).toContain('complaint_area_status_order_idx');
    expect(plan).not.toMatch(/Sort\b/);
  });

  it('reads one service area from its index in received order', async () => {
    const plan = await planOf({ serviceAreaId: world.org.serviceAreaIds[2]! });
    expect(plan).toContain('complaint_area_order_idx');
    expect(plan).not.toMatch(/Sort\b/);
  });

  const total = async (args: string) => {
    const res = await world.gql<any>(
      `{ complaints(${args}) { totalCount total { count exact atLeast } items { id } } }`,
      {},
      world.org.people.handler,
    );
    expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
    return res.body.data.complaints as {
      totalCount: number;
      total: { count: number; exact: boolean; atLeast: boolean };
    };
  };

  it('is exact while the view holds at most the limit', async () => {
    // a third of the complaints are in each service area: 4,000
    const t = await total(`serviceAreaId: "${world.org.serviceAreaIds[0]}"`);
    expect(t.totalCount).toBe(ROWS / 3);
    expect(t.total).toEqual({ count: ROWS / 3, exact: true, atLeast: false });
  });

  it('is an estimate, rounded and marked not exact, above the limit', async () => {
    const t = await total('limit: 50');
    expect(t.totalCount).toBe(ROWS);
    expect(t.total).toMatchObject({ exact: false, atLeast: false });
    expect(t.total.count).toBeGreaterThanOrEqual(EXACT_COUNT_LIMIT);
    expect(t.total.count).toBe(roundEstimate(t.total.count));
    // the planner's estimate after ANALYZE is near the truth
    expect(Math.abs(t.total.count - ROWS)).toBeLessThan(ROWS * 0.2);
  });

  it('says only "more than" the search limit (1,000) for a search matching more than it', async () => {
    const t = await total('search: "GEN-2025-"');
    expect(t.totalCount).toBe(ROWS);
    expect(t.total).toEqual({ count: SEARCH_COUNT_LIMIT, exact: false, atLeast: true });
  });

  it('is exact for a search matching few', async () => {
    const t = await total('search: "gen-2025-00012"');
    // GEN-2025-000120 … 000129
    expect(t.total).toEqual({ count: 10, exact: true, atLeast: false });
    expect(t.totalCount).toBe(10);
  });

  it('costs no statement when the page does not ask for it', async () => {
    const statements = async (fields: string) => {
      const res = await world.gql<any>(
        `{ complaints(limit: 50) { ${fields} items { id } } }`,
        {},
        world.org.people.handler,
      );
      expect(res.body.errors).toBeUndefined();
      return Number(res.headers.get('x-sql-statements'));
    };
    const bare = await statements('');
    // a total past the limit is kept for a minute: move past what earlier tests left
    world.setNow('2026-03-20T12:10:00Z');
    // above the limit: the capped count, then the estimate
    expect(await statements('total { count }')).toBe(bare + 2);
  });

  it('keeps a total past the limit for a minute: the next page costs neither statement (12:20:00 to 12:20:59)', async () => {
    const page = async (offset: number) => {
      const res = await world.gql<any>(
        `{ complaints(limit: 50, offset: ${offset}) { total { count exact } items { id } } }`,
        {},
        world.org.people.handler,
      );
      expect(res.body.errors).toBeUndefined();
      return {
        statements: Number(res.headers.get('x-sql-statements')),
        total: res.body.data.complaints.total,
      };
    };
    world.setNow('2026-03-20T12:20:00Z');
    const first = await page(0);
    world.setNow('2026-03-20T12:20:59Z');
    const next = await page(50);
    expect(next.total).toEqual(first.total);
    expect(next.statements).toBe(first.statements - 2);
  });

  it('counts a total past the limit again after a minute (12:30:00, then 12:31:00)', async () => {
    const statements = async () => {
      const res = await world.gql<any>(
        `{ complaints(limit: 50) { total { count } items { id } } }`,
        {},
        world.org.people.handler,
      );
      return Number(res.headers.get('x-sql-statements'));
    };
    world.setNow('2026-03-20T12:30:00Z');
    const counted = await statements();
    world.setNow('2026-03-20T12:31:00Z');
    expect(await statements()).toBe(counted);
  });

  it('counts a view within the limit every time, so it stays exact (12:40:00, 12:40:30)', async () => {
    const org = world.org;
    const filter = `serviceAreaId: "${org.serviceAreaIds[1]}"`;
    world.setNow('2026-03-20T12:40:00Z');
    const before = await total(filter);
    expect(before.total).toEqual({ count: ROWS / 3, exact: true, atLeast: false });
    const [row] = await world.db.dataSource.query(
      `SELECT id FROM complaint WHERE organisation_id = $1 AND service_area_id = $2 LIMIT 1`,
      [org.id, org.serviceAreaIds[1]],
    );
    await world.db.dataSource.query(
      `UPDATE complaint SET service_area_id = $3 WHERE organisation_id = $1 AND id = $2`,
      [org.id, row.id, org.serviceAreaIds[0]],
    );
    world.setNow('2026-03-20T12:40:30Z');
    const after = await total(filter);
    expect(after.total).toEqual({ count: ROWS / 3 - 1, exact: true, atLeast: false });
  });
});
