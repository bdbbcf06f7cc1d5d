import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodStart, type Grain } from '@chp/domain';
import { COUNTS_AS_RECEIVED_SQL } from '../src/modules/complaints';
import { OUTCOME_KEY, STAGE_KEY } from '../src/modules/analytics/trends.queries';
import { importComplaints } from '../src/modules/imports';
import { sampleCsv } from '../src/modules/imports/import-sample';
import { QUIET_QUERY, TRENDS_QUERY } from './operations/analytics.operations';
import { recordComplaint, step, type ComplaintRef } from './support/complaints';
import { closeStageOne } from './support/complaint-stages';
import { rootCauseIds } from './support/root-causes';
import { createWorld, type World } from './support/world';

/**
 * received_day, root_cause_day, received_month and root_cause_month (migration ReceivedSummaries),
 * root_cause_total_day and _month (migration RootCauseTotals) and received_by_day and _month
 * (migration ReceivedByDimension) hold, after every kind of write,
 * exactly what a GROUP BY over complaint and complaint_root_cause counts: API steps, corrections,
 * voids, root causes set and merged, an import, other outcomes and calendar changes. The trends
 * and quiet areas read from them equal a recount with @chp/domain's periods.
 */

type SummaryGrain = 'day' | 'month';
const LOCAL_DATE = `(c.received_at AT TIME ZONE 'Europe/London')::date`;
/** The local date of receipt, or the first day of its month. */
const when = (grain: SummaryGrain) =>
  grain === 'day' ? `${LOCAL_DATE}::text` : `date_trunc('month', ${LOCAL_DATE})::date::text`;
const column = (grain: SummaryGrain) => (grain === 'day' ? 'date' : 'month');

const DIMENSIONS = (grain: SummaryGrain) => `c.organisation_id, ${when(grain)} AS date,
  c.service_area_id, c.category::text AS category, c.channel::text AS channel, ${STAGE_KEY} AS stage, ${OUTCOME_KEY}::text AS outcome`;

async function receivedSummary(world: World, grain: SummaryGrain) {
  const ds = world.db.dataSource;
  const stored = await ds.query(
    `SELECT organisation_id, ${column(grain)}::text AS date, service_area_id, category, channel, stage, outcome, contractor, received
       FROM received_${grain} WHERE received <> 0 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8`,
  );
  const recount = await ds.query(
    `SELECT ${DIMENSIONS(grain)}, coalesce(lower(c.contractor), '') AS contractor, count(*)::int AS received
       FROM complaint c WHERE ${COUNTS_AS_RECEIVED_SQL}
      GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8`,
  );
  return { stored, recount };
}

async function rootCauseSummary(world: World, grain: SummaryGrain) {
  const ds = world.db.dataSource;
  const stored = await ds.query(
    `SELECT organisation_id, ${column(grain)}::text AS date, root_cause_id, service_area_id, category, channel, stage, outcome, complaints
       FROM root_cause_${grain} WHERE complaints <> 0 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8`,
  );
  const recount = await ds.query(
    `SELECT * FROM (
       SELECT c.organisation_id, ${when(grain)} AS date, l.root_cause_id,
              c.service_area_id, c.category::text AS category, c.channel::text AS channel, ${STAGE_KEY} AS stage,
              ${OUTCOME_KEY}::text AS outcome, count(*)::int AS complaints
         FROM complaint c
         LEFT JOIN complaint_root_cause l ON l.organisation_id = c.organisation_id AND l.complaint_id = c.id
        WHERE ${COUNTS_AS_RECEIVED_SQL}
        GROUP BY 1, 2, 3, 4, 5, 6, 7, 8) r ORDER BY 1, 2, 3, 4, 5, 6, 7, 8`,
  );
  return { stored, recount };
}

/** root_cause_total_day and _month (migration RootCauseTotals): per cause alone, every dimension summed. */
async function rootCauseTotals(world: World, grain: SummaryGrain) {
  const ds = world.db.dataSource;
  const stored = await ds.query(
    `SELECT organisation_id, ${column(grain)}::text AS date, root_cause_id, complaints
       FROM root_cause_total_${grain} WHERE complaints <> 0 ORDER BY 1, 2, 3`,
  );
  const recount = await ds.query(
    `SELECT c.organisation_id, ${when(grain)} AS date, l.root_cause_id, count(*)::int AS complaints
       FROM complaint c
       LEFT JOIN complaint_root_cause l ON l.organisation_id = c.organisation_id AND l.complaint_id = c.id
      WHERE ${COUNTS_AS_RECEIVED_SQL}
      GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
  );
  return { stored, recount };
}

/** received_by_day and _month (migration ReceivedByDimension): one dimension at a time. */
async function receivedByDimension(world: World, grain: SummaryGrain) {
  const ds = world.db.dataSource;
  const stored = await ds.query(
    `SELECT organisation_id, ${column(grain)}::text AS date, dimension, key, received
       FROM received_by_${grain} WHERE received <> 0 ORDER BY 1, 2, 3, 4`,
  );
  const recount = await ds.query(
    `SELECT c.organisation_id, ${when(grain)} AS date, v.dimension, v.key, count(*)::int AS received
       FROM complaint c
      CROSS JOIN LATERAL (VALUES ('all', 'all'), ('service_area', c.service_area_id::text),
        ('category', c.category::text), ('channel', c.channel::text), ('stage', ${STAGE_KEY}),
        ('outcome', ${OUTCOME_KEY}::text), ('contractor', coalesce(lower(c.contractor), ''))) v(dimension, key)
      WHERE ${COUNTS_AS_RECEIVED_SQL}
      GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
  );
  return { stored, recount };
}

/** Each complaint counted as received, per cause that is one of its causes or above one (each once). */
const SUBTREES = `WITH RECURSIVE up AS (
    SELECT l.organisation_id, l.complaint_id, l.root_cause_id AS cause FROM complaint_root_cause l
    UNION
    SELECT u.organisation_id, u.complaint_id, r.parent_id FROM up u
      JOIN root_cause r ON r.organisation_id = u.organisation_id AND r.id = u.cause WHERE r.parent_id IS NOT NULL)`;

/**
 * cause_subtree_day and _month (migration CauseSubtreeSummaries): per chosen cause, `counted`
 * summed over the causes linked counts each complaint with a cause in its subtree once, and
 * `complaints` counts it under each of its causes.
 */
async function causeSubtreeSummary(world: World, grain: SummaryGrain) {
  const ds = world.db.dataSource;
  const dims = 'service_area_id, category, channel, stage, outcome, contractor';
  const once = {
    stored: await ds.query(
      `SELECT organisation_id, ${column(grain)}::text AS date, subtree_cause_id, ${dims}, sum(counted)::int AS n
         FROM cause_subtree_${grain} GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9 HAVING sum(counted) <> 0 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9`,
    ),
    recount: await ds.query(
      `${SUBTREES}
       SELECT ${DIMENSIONS(grain).replace('c.service_area_id', 'up.cause AS subtree_cause_id, c.service_area_id')},
              coalesce(lower(c.contractor), '') AS contractor, count(*)::int AS n
         FROM up JOIN complaint c ON c.organisation_id = up.organisation_id AND c.id = up.complaint_id
        WHERE ${COUNTS_AS_RECEIVED_SQL}
        GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9`,
    ),
  };
  const perCause = {
    stored: await ds.query(
      `SELECT organisation_id, ${column(grain)}::text AS date, subtree_cause_id, root_cause_id, ${dims}, complaints AS n
         FROM cause_subtree_${grain} WHERE complaints <> 0 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10`,
    ),
    recount: await ds.query(
      `${SUBTREES}
       SELECT ${DIMENSIONS(grain).replace('c.service_area_id', 'up.cause AS subtree_cause_id, l.root_cause_id, c.service_area_id')},
              coalesce(lower(c.contractor), '') AS contractor, count(*)::int AS n
         FROM up JOIN complaint c ON c.organisation_id = up.organisation_id AND c.id = up.complaint_id
         JOIN complaint_root_cause l ON l.organisation_id = c.organisation_id AND l.complaint_id = c.id
        WHERE ${COUNTS_AS_RECEIVED_SQL}
        GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10`,
    ),
  };
  const narrow = {
    stored: await ds.query(
      `SELECT organisation_id, ${column(grain)}::text AS date, subtree_cause_id, dimension, key, complaints AS n
         FROM cause_subtree_by_${grain} WHERE complaints <> 0 ORDER BY 1, 2, 3, 4, 5`,
    ),
    recount: await ds.query(
      `${SUBTREES}
       SELECT c.organisation_id, ${when(grain)} AS date, up.cause AS subtree_cause_id, v.dimension, v.key, count(*)::int AS n
         FROM up JOIN complaint c ON c.organisation_id = up.organisation_id AND c.id = up.complaint_id
        CROSS JOIN LATERAL (VALUES ('all', 'all'), ('service_area', c.service_area_id::text),
          ('category', c.category::text), ('channel', c.channel::text), ('stage', ${STAGE_KEY}),
          ('outcome', ${OUTCOME_KEY}::text), ('contractor', coalesce(lower(c.contractor), ''))) v(dimension, key)
        WHERE ${COUNTS_AS_RECEIVED_SQL}
        GROUP BY 1, 2, 3, 4, 5
        UNION ALL
       SELECT c.organisation_id, ${when(grain)}, up.cause, 'root_cause', l.root_cause_id::text, count(*)::int
         FROM up JOIN complaint c ON c.organisation_id = up.organisation_id AND c.id = up.complaint_id
         JOIN complaint_root_cause l ON l.organisation_id = c.organisation_id AND l.complaint_id = c.id
        WHERE ${COUNTS_AS_RECEIVED_SQL}
        GROUP BY 1, 2, 3, 4, 5
        ORDER BY 1, 2, 3, 4, 5`,
    ),
  };
  return { once, perCause, narrow };
}

async function expectSummariesEqualRecount(world: World) {
  for (const grain of ['day', 'month'] as const) {
    const received = await receivedSummary(world, grain);
    expect(received.recount.length).toBeGreaterThan(0);
    expect(received.stored).toEqual(received.recount);
    const causes = await rootCauseSummary(world, grain);
    expect(causes.stored).toEqual(causes.recount);
    const byDimension = await receivedByDimension(world, grain);
    expect(byDimension.recount.length).toBeGreaterThan(0);
    expect(byDimension.stored).toEqual(byDimension.recount);
    const totals = await rootCauseTotals(world, grain);
    expect(totals.recount.length).toBeGreaterThan(0);
    expect(totals.stored).toEqual(totals.recount);
    const subtrees = await causeSubtreeSummary(world, grain);
    for (const part of [subtrees.once, subtrees.perCause, subtrees.narrow])
      expect(part.stored).toEqual(part.recount);
  }
}

const ok = (res: { body: any }, name: string): ComplaintRef => {
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  return res.body.data[name];
};

const CLOSE = {
  outcome: 'upheld',
  spsoSignposted: false,
  reasons: 'We checked the repair record.',
  communicatedBy: 'phone',
};

describe('received_day, root_cause_day and their months equal a recount from complaint after every write', () => {
  let world: World;
  let dir: string | undefined;
  beforeAll(async () => {
    world = await createWorld('2026-03-02T10:00:00Z');
  });
  afterAll(async () => {
    await world?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const close = (c: ComplaintRef, input: Record<string, unknown> = CLOSE) =>
    step(
      world,
      world.org,
      'closeComplaint',
      '$id: ID!, $version: Int!, $input: CloseComplaintInput!',
      'id: $id, version: $version, input: $input',
      { ...c, input },
    );

  it('after recording, closing, escalating, extending and closing stage 2 through the API (docs/procedure.md, SPSO performance indicators, row B)', async () => {
    await recordComplaint(world, world.org, { contractor: 'Acme Repairs', channel: 'phone' });
    await close(await recordComplaint(world, world.org, { category: 'Rent' }));
    let escalated = await close(await recordComplaint(world, world.org));
    world.setNow('2026-03-04T10:00:00Z');
    escalated = await step(
      world,
      world.org,
      'escalateComplaint',
      '$id: ID!, $version: Int!',
      'id: $id, version: $version',
      escalated,
    );
    escalated = await step(
      world,
      world.org,
      'extendComplaint',
      '$id: ID!, $version: Int!, $dueOn: LocalDate!, $reason: String!',
      'id: $id, version: $version, dueOn: $dueOn, reason: $reason',
      { ...escalated, dueOn: '2026-04-30', reason: 'Contractor report awaited' },
      world.org.people.manager,
    );
    escalated = await step(
      world,
      world.org,
      'signOffResponse',
      '$id: ID!, $version: Int!',
      'id: $id, version: $version',
      escalated,
      world.org.people.manager,
    );
    await close(escalated, {
      outcome: 'partially_upheld',
      spsoSignposted: true,
      communicatedBy: 'letter',
    });
    await recordComplaint(world, world.org, { stage: 2, receivedAt: '2026-03-03T23:30:00Z' });
    await expectSummariesEqualRecount(world);
  });

  it('after root causes are set, replaced and cleared on a complaint, and a cause merged into another (docs/procedure.md, Root causes)', async () => {
    const [a, b] = await rootCauseIds(world, world.org, 2);
    const setCauses = (c: ComplaintRef, ids: string[]) =>
      world.gql<any>(
        'mutation($id: ID!, $version: Int!, $rootCauseIds: [ID!]!) { setComplaintRootCauses(id: $id, version: $version, rootCauseIds: $rootCauseIds) { id version } }',
        { ...c, rootCauseIds: ids },
        world.org.people.handler,
      );
    let one = await recordComplaint(world, world.org);
    let two = await recordComplaint(world, world.org, {
      serviceAreaId: world.org.serviceAreaIds[1],
    });
    one = ok(await setCauses(one, [a!, b!]), 'setComplaintRootCauses');
    two = ok(await setCauses(two, [a!]), 'setComplaintRootCauses');
    await expectSummariesEqualRecount(world);
    one = ok(await setCauses(one, [b!]), 'setComplaintRootCauses');
    two = ok(await setCauses(two, []), 'setComplaintRootCauses');
    await expectSummariesEqualRecount(world);
    ok(await setCauses(two, [b!]), 'setComplaintRootCauses');
    const [merged] = await world.db.dataSource.query(
      `SELECT version FROM root_cause WHERE organisation_id = $1 AND id = $2`,
      [world.org.id, a],
    );
    ok(await setCauses(one, [a!, b!]), 'setComplaintRootCauses');
    const res = await world.gql<any>(
      'mutation($id: ID!, $version: Int!, $survivorId: ID!) { mergeRootCauses(id: $id, version: $version, survivorId: $survivorId) { id } }',
      { id: a, version: merged.version, survivorId: b },
      world.org.people.admin,
    );
    expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
    const causes = await rootCauseSummary(world, 'day');
    expect(causes.stored.some((r: any) => r.root_cause_id === a)).toBe(false);
    await expectSummariesEqualRecount(world);
  });

  it('after corrections of the service area, category, channel and awareness date of a complaint with root causes, and a voided closure (docs/procedure.md, Correcting a record; §29)', async () => {
    world.setNow('2026-03-05T10:00:00Z');
    const [{ id: cause }] = await world.db.dataSource.query(
      `SELECT id FROM root_cause WHERE organisation_id = $1 AND parent_id IS NOT NULL AND merged_into_id IS NULL ORDER BY name LIMIT 1`,
      [world.org.id],
    );
    let c = await recordComplaint(world, world.org, { receivedAt: '2026-03-05T08:00:00Z' });
    c = ok(
      await world.gql<any>(
        'mutation($id: ID!, $version: Int!, $rootCauseIds: [ID!]!) { setComplaintRootCauses(id: $id, version: $version, rootCauseIds: $rootCauseIds) { id version } }',
        { ...c, rootCauseIds: [cause] },
        world.org.people.handler,
      ),
      'setComplaintRootCauses',
    );
    const correct = (input: object) =>
      world.gql<any>(
        'mutation($id: ID!, $version: Int!, $input: ComplaintCorrectionInput!, $reason: String!) { correctComplaint(id: $id, version: $version, input: $input, reason: $reason) { id version } }',
        { ...c, input, reason: 'Typed against the wrong record' },
        world.org.people.handler,
      );
    c = ok(await correct({ serviceAreaId: world.org.serviceAreaIds[2] }), 'correctComplaint');
    c = ok(
      await correct({ category: 'Anti-social behaviour', channel: 'letter' }),
      'correctComplaint',
    );
    c = ok(await correct({ awareOn: '2026-02-20' }), 'correctComplaint');
    await expectSummariesEqualRecount(world);
    c = await closeStageOne(world, world.org, c);
    const [closed] = await world.db.dataSource.query(
      `SELECT id FROM complaint_event WHERE complaint_id = $1 AND type = 'closed'`,
      [c.id],
    );
    ok(
      await world.gql<any>(
        'mutation($id: ID!, $version: Int!, $eventId: ID!, $reason: String!) { voidComplaintStep(id: $id, version: $version, eventId: $eventId, reason: $reason) { id version } }',
        { ...c, eventId: closed.id, reason: 'Closed by mistake: wrong complaint' },
        world.org.people.manager,
      ),
      'voidComplaintStep',
    );
    await expectSummariesEqualRecount(world);
  });

  it('after an enquiry, a duplicate and a withdrawal: only complaints received count (docs/procedure.md, Before stage 1)', async () => {
    await recordComplaint(world, world.org, { contactType: 'enquiry', signposting: 'Rent line' });
    const original = await recordComplaint(world, world.org);
    const repeat = await recordComplaint(world, world.org);
    const other = (c: ComplaintRef, vars: Record<string, unknown>) =>
      step(
        world,
        world.org,
        'recordOtherOutcome',
        '$id: ID!, $version: Int!, $outcome: OtherOutcome!, $reason: String!, $duplicateOfId: ID',
        'id: $id, version: $version, outcome: $outcome, reason: $reason, duplicateOfId: $duplicateOfId',
        { ...c, ...vars },
      );
    await other(repeat, { outcome: 'duplicate', reason: 'Same', duplicateOfId: original.id });
    await other(original, { outcome: 'withdrawn', reason: 'Sorted' });
    await expectSummariesEqualRecount(world);
  });

  it('after an import of 300 complaints with root causes, a batch at a time (docs/procedure.md, Importing complaints)', async () => {
    const ds = world.db.dataSource;
    for (const name of ['Poor communication', 'Contractor delay'])
      await ds.query(`INSERT INTO root_cause (organisation_id, name) VALUES ($1, $2)`, [
        world.org.id,
        name,
      ]);
    dir = await mkdtemp(join(tmpdir(), 'chp-summary-'));
    const file = join(dir, 'history-2025.csv');
    const sample = {
      count: 300,
      year: 2025,
      serviceAreas: ['Repairs', 'Rents', 'Estate management'],
      rootCauses: ['Poor communication', 'Contractor delay'],
    };
    await pipeline(Readable.from(sampleCsv(sample)), createWriteStream(file));
    const report = await importComplaints(
      ds,
      { organisationId: world.org.id, personId: world.org.people.manager.id, now: new Date() },
      { input: file, format: 'csv' },
      { dryRun: false, mode: 'valid_rows', createUnknown: false },
    );
    expect(report.rowsImported).toBe(300);
    const causes = await rootCauseSummary(world, 'day');
    expect(causes.stored.filter((r: any) => r.root_cause_id !== null).length).toBeGreaterThan(10);
    await expectSummariesEqualRecount(world);
  }, 120_000);

  it("after a root cause with complaints is moved under another group: its complaints count in the new group's subtree, not the old (docs/procedure.md, Root causes)", async () => {
    const ds = world.db.dataSource;
    const [moved] = await ds.query(
      `SELECT r.id, r.version, r.parent_id FROM root_cause r
        WHERE r.organisation_id = $1 AND r.parent_id IS NOT NULL AND r.merged_into_id IS NULL
          AND EXISTS (SELECT 1 FROM complaint_root_cause l WHERE l.organisation_id = r.organisation_id AND l.root_cause_id = r.id)
        ORDER BY r.name LIMIT 1`,
      [world.org.id],
    );
    const [group] = await ds.query(
      `SELECT id FROM root_cause WHERE organisation_id = $1 AND parent_id IS NULL AND active AND id <> $2 ORDER BY name LIMIT 1`,
      [world.org.id, moved.parent_id],
    );
    // a complaint with the moved cause and a cause of the group: after the move both are in the
    // group's subtree, and it counts there once
    const [sibling] = await ds.query(
      `SELECT id FROM root_cause WHERE organisation_id = $1 AND parent_id = $2 AND active ORDER BY name LIMIT 1`,
      [world.org.id, group.id],
    );
    ok(
      await world.gql<any>(
        'mutation($id: ID!, $version: Int!, $rootCauseIds: [ID!]!) { setComplaintRootCauses(id: $id, version: $version, rootCauseIds: $rootCauseIds) { id version } }',
        { ...(await recordComplaint(world, world.org)), rootCauseIds: [moved.id, sibling.id] },
        world.org.people.handler,
      ),
      'setComplaintRootCauses',
    );
    await expectSummariesEqualRecount(world);
    const res = await world.gql<any>(
      'mutation($id: ID!, $version: Int!, $parentId: ID) { updateRootCause(id: $id, version: $version, parentId: $parentId) { id parent { id } } }',
      { id: moved.id, version: moved.version, parentId: group.id },
      world.org.people.admin,
    );
    expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
    expect(res.body.data.updateRootCause.parent.id).toBe(group.id);
    const [{ n }] = await ds.query(
      `SELECT count(*)::int AS n FROM cause_subtree_day WHERE organisation_id = $1 AND subtree_cause_id = $2 AND counted <> 0`,
      [world.org.id, group.id],
    );
    expect(n).toBeGreaterThan(0);
    await expectSummariesEqualRecount(world);
  });

  it('after a closure day is added to the calendar: receipts do not depend on working days', async () => {
    const res = await world.gql<any>(
      'mutation { addClosureDay(day: { date: "2026-03-05", reason: industrial_action }) { date } }',
      {},
      world.org.people.admin,
    );
    expect(res.body.errors).toBeUndefined();
    await expectSummariesEqualRecount(world);
  });

  describe('the queries read from them equal a recount with @chp/domain periods', () => {
    interface Row {
      id: string;
      date: string;
      service_area_id: string;
      category: string;
      channel: string;
      stage: string;
      outcome: string;
      contractor: string;
      causes: string[];
    }
    let rows: Row[];
    beforeAll(async () => {
      rows = await world.db.dataSource.query(
        `SELECT c.id::text AS id, (c.received_at AT TIME ZONE 'Europe/London')::date::text AS date, c.service_area_id::text AS service_area_id,
                c.category, c.channel, ${STAGE_KEY} AS stage, ${OUTCOME_KEY} AS outcome, coalesce(lower(c.contractor), '') AS contractor,
                coalesce(array_agg(l.root_cause_id::text) FILTER (WHERE l.root_cause_id IS NOT NULL), '{}') AS causes
           FROM complaint c LEFT JOIN complaint_root_cause l ON l.organisation_id = c.organisation_id AND l.complaint_id = c.id
          WHERE c.organisation_id = $1 AND ${COUNTS_AS_RECEIVED_SQL} GROUP BY c.organisation_id, c.id`,
        [world.org.id],
      );
    });

    const keysOf = (r: Row, breakdown: string): string[] => {
      switch (breakdown) {
        case 'none':
          return ['all'];
        case 'serviceArea':
          return [r.service_area_id];
        case 'rootCause':
          return r.causes.length ? r.causes : ['none'];
        default:
          return [(r as unknown as Record<string, string>)[breakdown]!];
      }
    };

    // whole months (read by month), part months at both ends (their days read by day), and a
    // few days inside one month
    // (with no filter from the narrow received_by_* and root_cause_total_*, in one service area
    // from the wide received_* and root_cause_*)
    const cases: [Grain, string, string, string, oneArea?: boolean][] = [
      ['month', 'none', '2025-01-01', '2026-03-31'],
      ['month', 'serviceArea', '2025-01-15', '2026-03-03'],
      ['quarter', 'category', '2025-02-10', '2026-03-31'],
      ['year', 'channel', '2025-01-01', '2026-03-04'],
      ['month', 'stage', '2025-03-31', '2026-03-03'],
      ['quarter', 'outcome', '2025-01-01', '2026-03-31'],
      ['year', 'rootCause', '2025-01-01', '2026-03-31'],
      ['month', 'rootCause', '2025-06-16', '2026-03-02'],
      ['month', 'rootCause', '2025-01-15', '2026-03-04', true],
      ['month', 'contractor', '2026-03-02', '2026-03-04'],
      ['quarter', 'channel', '2025-02-10', '2026-03-31', true],
    ];
    for (const [grain, breakdown, from, to, oneArea] of cases)
      it(`by ${grain} and ${breakdown} from ${from} to ${to}${oneArea ? ' in one service area' : ''}: each bucket and the total equal the recount`, async () => {
        const filters = oneArea ? { serviceAreaIds: [world.org.serviceAreaIds[0]!] } : null;
        const res = await world.gql<any>(
          TRENDS_QUERY,
          { grain, breakdown, from, to, filters },
          world.org.people.senior_manager,
        );
        expect(res.body.errors).toBeUndefined();
        const trends = res.body.data.complaintTrends;
        const expected: Record<string, number> = {};
        let total = 0;
        for (const r of rows) {
          if (r.date < from || r.date > to) continue;
          if (filters && r.service_area_id !== filters.serviceAreaIds[0]) continue;
          total++;
          for (const key of keysOf(r, breakdown)) {
            const bucket = `${periodStart(r.date, grain, trends.yearStartMonth)} ${key}`;
            expected[bucket] = (expected[bucket] ?? 0) + 1;
          }
        }
        const counted = Object.fromEntries(
          trends.buckets
            .filter((b: any) => b.count > 0)
            .map((b: any) => [`${b.period} ${b.key}`, b.count]),
        );
        expect(Object.keys(expected).length).toBeGreaterThan(1);
        expect(counted).toEqual(expected);
        expect(trends.total).toBe(total);
      });

    /**
     * The complaints a root-cause filter keeps, counted from the complaints themselves (the query
     * complaintTrends ran before migration CauseSubtreeSummaries): any of its causes is one of
     * `causes` or under one of them.
     */
    const filteredComplaints = async (causes: string[]): Promise<Set<string>> => {
      const found: { id: string }[] = await world.db.dataSource.query(
        `WITH RECURSIVE filter_causes AS (
           SELECT rc.id FROM root_cause rc WHERE rc.organisation_id = $1 AND rc.id = ANY($2::uuid[])
           UNION
           SELECT r.id FROM root_cause r JOIN filter_causes d ON r.organisation_id = $1 AND r.parent_id = d.id)
         SELECT c.id::text AS id FROM complaint c
          WHERE c.organisation_id = $1 AND ${COUNTS_AS_RECEIVED_SQL}
            AND EXISTS (SELECT 1 FROM complaint_root_cause x WHERE x.organisation_id = c.organisation_id AND x.complaint_id = c.id
                          AND x.root_cause_id IN (SELECT id FROM filter_causes))`,
        [world.org.id, causes],
      );
      return new Set(found.map((f) => f.id));
    };

    type Chosen = 'group' | 'subCause' | 'imported';
    const chosen: Record<Chosen, string> = { group: '', subCause: '', imported: '' };
    beforeAll(async () => {
      const ds = world.db.dataSource;
      // the group whose subtree has the most complaints, a sub-cause with complaints, and a cause
      // of the import (imported as a group of its own)
      const [group] = await ds.query(
        `${SUBTREES} SELECT up.cause AS id FROM up JOIN root_cause r ON r.organisation_id = up.organisation_id AND r.id = up.cause
          WHERE up.organisation_id = $1 AND r.parent_id IS NULL GROUP BY up.cause ORDER BY count(*) DESC, up.cause LIMIT 1`,
        [world.org.id],
      );
      const [sub] = await ds.query(
        `SELECT l.root_cause_id AS id FROM complaint_root_cause l JOIN root_cause r ON r.organisation_id = l.organisation_id AND r.id = l.root_cause_id
          WHERE l.organisation_id = $1 AND r.parent_id IS NOT NULL GROUP BY l.root_cause_id ORDER BY count(*) DESC, l.root_cause_id LIMIT 1`,
        [world.org.id],
      );
      const [imported] = await ds.query(
        `SELECT id FROM root_cause WHERE organisation_id = $1 AND name = 'Poor communication'`,
        [world.org.id],
      );
      Object.assign(chosen, { group: group.id, subCause: sub.id, imported: imported.id });
    });

    // one cause (from the cause_subtree_* summaries; the narrow ones with no other filter, or in
    // one service area with no breakdown or by service area) and, last, two causes (still
    // counted from the complaints)
    const filtered: [Grain, string, string, string, Chosen[], oneArea?: boolean][] = [
      ['month', 'none', '2025-01-01', '2026-03-31', ['group']],
      ['month', 'none', '2025-01-01', '2026-03-31', ['group'], true],
      ['quarter', 'serviceArea', '2025-02-10', '2026-03-31', ['imported'], true],
      ['month', 'rootCause', '2025-01-15', '2026-03-04', ['group']],
      ['quarter', 'outcome', '2025-01-01', '2026-03-31', ['group'], true],
      ['quarter', 'serviceArea', '2025-02-10', '2026-03-31', ['imported']],
      ['month', 'category', '2025-01-01', '2026-03-31', ['imported'], true],
      ['year', 'rootCause', '2025-01-01', '2026-03-31', ['imported'], true],
      ['month', 'contractor', '2025-01-01', '2026-03-31', ['subCause']],
      ['month', 'stage', '2025-06-16', '2026-03-04', ['subCause']],
      ['month', 'channel', '2025-01-01', '2026-03-31', ['imported', 'subCause']],
    ];
    for (const [grain, breakdown, from, to, causes, oneArea] of filtered)
      it(`by ${grain} and ${breakdown} from ${from} to ${to} with the root cause${causes.length > 1 ? 's' : ''} ${causes.join(' and ')}${oneArea ? ' in one service area' : ''}: each bucket and the total equal counting the complaints (any cause in the subtree counts the complaint once)`, async () => {
        const ids = causes.map((c) => chosen[c]);
        const filters = {
          rootCauseIds: ids,
          ...(oneArea ? { serviceAreaIds: [world.org.serviceAreaIds[0]!] } : {}),
        };
        const res = await world.gql<any>(
          TRENDS_QUERY,
          { grain, breakdown, from, to, filters },
          world.org.people.senior_manager,
        );
        expect(res.body.errors).toBeUndefined();
        const trends = res.body.data.complaintTrends;
        const kept = await filteredComplaints(ids);
        const expected: Record<string, number> = {};
        let total = 0;
        for (const r of rows) {
          if (r.date < from || r.date > to || !kept.has(r.id)) continue;
          if (oneArea && r.service_area_id !== world.org.serviceAreaIds[0]) continue;
          total++;
          for (const key of keysOf(r, breakdown)) {
            const bucket = `${periodStart(r.date, grain, trends.yearStartMonth)} ${key}`;
            expected[bucket] = (expected[bucket] ?? 0) + 1;
          }
        }
        const counted = Object.fromEntries(
          trends.buckets
            .filter((b: any) => b.count > 0)
            .map((b: any) => [`${b.period} ${b.key}`, b.count]),
        );
        expect(total).toBeGreaterThan(0);
        expect(counted).toEqual(expected);
        expect(trends.total).toBe(total);
      });

    it('quiet areas: the count of each service area in a quarter and in its four before equal the recount', async () => {
      const res = await world.gql<any>(
        QUIET_QUERY,
        { period: { quarter: '2025-Q3' }, dimension: 'serviceArea', threshold: 10, history: 4 },
        world.org.people.senior_manager,
      );
      expect(res.body.errors).toBeUndefined();
      const { period, history, items } = res.body.data.quietAreas;
      const inside = (p: { from: string; to: string }, d: string) => d >= p.from && d <= p.to;
      for (const item of items) {
        const mine = rows.filter((r) => r.service_area_id === item.key);
        expect(item.count).toBe(mine.filter((r) => inside(period, r.date)).length);
        const before = mine.filter((r) => history.some((h: any) => inside(h, r.date))).length;
        expect(item.historicalAverage).toBe(before / 4);
      }
      expect(items.some((i: any) => i.count > 0)).toBe(true);
    });
  });
});
