import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDemoOrganisation } from '../src/demo/first-start';
import { complaintCount, deleteDemoData, loadDemoData, withPgClient } from '../src/demo/loader';
import { lastCompleteQuarter, splitPublicSummary } from '../src/demo/publication';
import { loadStartDemoData, START_COMPLAINTS } from '../src/demo/start';
import { ensureDemoStaff } from '../src/demo/staff';
import { buildChpSchema } from '../src/app/schema';
import { openSession } from '../src/modules/auth/session.service';
import {
  loadTimelineSettings,
  projection,
  toDomainEvents,
} from '../src/modules/complaints/journey';
import { ComplaintEvent } from '../src/modules/complaints/complaint-event.entity';
import { createApp } from '../src/app/server/app';
import { createTestDatabase, type TestDatabase } from './support/database';
import { listen, postGraphQL } from './support/http';
import { memoryLog } from './support/memory-log';

const TODAY = '2026-11-20';

describe('demo data loader', () => {
  let db: TestDatabase;
  let organisationId: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    organisationId = (await ensureDemoOrganisation(db.dataSource, memoryLog())).organisationId;
    await ensureDemoStaff(db.dataSource, organisationId, 'demo.chp.example');
    await db.dataSource.query(
      `INSERT INTO closure_day (organisation_id, date, reason, description) VALUES ($1, '2025-06-12', 'industrial_action', 'Strike day')`,
      [organisationId],
    );
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('loads 2,000 complaints that the API then lists to the demo handler', async () => {
    const result = await withPgClient(db.dataSource, (client) =>
      loadDemoData(client, {
        organisationId,
        count: 2000,
        seed: 42,
        today: TODAY,
        parallel: false,
      }),
    );
    expect(result.complaints).toBe(2000);
    expect(result.events).toBeGreaterThan(6000);
    expect(result.actions).toBeGreaterThanOrEqual(20);

    const now = new Date(`${TODAY}T12:00:00Z`);
    const { app, apollo } = await createApp({
      dataSource: db.dataSource,
      schema: await buildChpSchema(),
      webDist: '/nonexistent',
      log: memoryLog(),
      clock: () => now,
    });
    const server = await listen(app);
    try {
      const [handler] = await db.dataSource.query(
        `SELECT id FROM person WHERE email = 'handler@demo.chp.example'`,
      );
      const { token } = await db.dataSource.transaction((em) => openSession(em, handler.id, now));
      const res = await postGraphQL<{
        complaints: { totalCount: number; items: { reference: string; status: string }[] };
      }>(
        server.url,
        `{ complaints(limit: 5) { totalCount items { reference status } } }`,
        {},
        token,
      );
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data!.complaints.totalCount).toBe(2000);
      expect(res.body.data!.complaints.items).toHaveLength(5);
      expect(res.body.data!.complaints.items[0]!.reference).toMatch(/^CMP-2026-\d{5}$/);
    } finally {
      await server.close();
      await apollo.stop();
    }
  });

  it("stores projections equal to projection() recomputed from the stored journeys, with the organisation's closure days", async () => {
    const settings = await loadTimelineSettings(db.dataSource.manager, organisationId);
    expect(settings.closureDays).toEqual(['2025-06-12']);
    const complaints = await db.dataSource.query(
      `SELECT * FROM complaint WHERE organisation_id = $1`,
      [organisationId],
    );
    const rows = await db.dataSource
      .getRepository(ComplaintEvent)
      .find({ where: { organisationId }, order: { complaintId: 'ASC', sequence: 'ASC' } });
    const journeys = new Map<string, ComplaintEvent[]>();
    for (const r of rows) journeys.set(r.complaintId, [...(journeys.get(r.complaintId) ?? []), r]);
    const date = (d: string | Date | null) =>
      d === null ? null : typeof d === 'string' ? d : d.toISOString().slice(0, 10);
    for (const c of complaints) {
      const p = projection(toDomainEvents(journeys.get(c.id)!), settings);
      expect(p.status).toBe(c.status);
      expect(p.currentStage).toBe(c.current_stage);
      expect(p.stage1ClosedOn).toBe(date(c.stage1_closed_on));
      expect(p.stage1WorkingDays).toBe(c.stage1_working_days);
      expect(p.stage1WithinTimescale).toBe(c.stage1_within_timescale);
      expect(p.stage2DueOn).toBe(date(c.stage2_due_on));
      expect(p.stage2ExtendedDueOn).toBe(date(c.stage2_extended_due_on));
      expect(p.stage2WorkingDays).toBe(c.stage2_working_days);
    }
  });

  it('adds further complaints after the existing ones with references that stay unique and continue per year', async () => {
    const before = await db.dataSource.query(
      `SELECT max(reference) AS r FROM complaint WHERE organisation_id = $1 AND reference LIKE 'CMP-2026-%'`,
      [organisationId],
    );
    await withPgClient(db.dataSource, (client) =>
      loadDemoData(client, { organisationId, count: 500, seed: 42, today: TODAY, parallel: false }),
    );
    const [{ n, distinct }] = await db.dataSource.query(
      `SELECT count(*)::int AS n, count(DISTINCT reference)::int AS distinct FROM complaint WHERE organisation_id = $1`,
      [organisationId],
    );
    expect(n).toBe(2500);
    expect(distinct).toBe(2500);
    // per year, the numbers are exactly 1..count: no gap, no duplicate
    const years = await db.dataSource.query(
      `SELECT substring(reference FROM 5 FOR 4) AS y, count(*)::int AS n, max(substring(reference FROM '[0-9]+$')::int) AS top
         FROM complaint WHERE organisation_id = $1 GROUP BY 1`,
      [organisationId],
    );
    for (const y of years) expect(y.top).toBe(y.n);
    const after = await db.dataSource.query(
      `SELECT max(reference) AS r FROM complaint WHERE organisation_id = $1 AND reference LIKE 'CMP-2026-%'`,
      [organisationId],
    );
    expect(after[0].r > before[0].r).toBe(true);
  });

  it('loads improvement actions with overdue and verified ones, progress and links', async () => {
    const [a] = await db.dataSource.query(
      `SELECT count(*) FILTER (WHERE status IN ('proposed','authorised','in_progress') AND target_date < $2)::int AS overdue,
              count(*) FILTER (WHERE status = 'verified')::int AS verified,
              (SELECT count(*)::int FROM improvement_action_progress WHERE organisation_id = $1) AS progress,
              (SELECT count(*)::int FROM improvement_action_complaint WHERE organisation_id = $1) AS links
         FROM improvement_action WHERE organisation_id = $1`,
      [organisationId, TODAY],
    );
    expect(a.overdue).toBeGreaterThan(0);
    expect(a.verified).toBeGreaterThan(0);
    expect(a.progress).toBeGreaterThan(0);
    expect(a.links).toBeGreaterThan(0);
  });

  it("fills the register's search words of every loaded complaint (its summary and customer)", async () => {
    const [row] = await db.dataSource.query(
      `SELECT (SELECT count(*)::int FROM complaint WHERE organisation_id = $1) AS complaints,
              (SELECT count(DISTINCT complaint_id)::int FROM search_word
                WHERE organisation_id = $1) AS searchable`,
      [organisationId],
    );
    expect(row.complaints).toBe(2500);
    expect(row.searchable).toBe(row.complaints);
  });

  it("--replace deletes the organisation's complaints and actions, and the journey stays append-only afterwards", async () => {
    const deleted = await withPgClient(db.dataSource, (client) =>
      deleteDemoData(client, organisationId),
    );
    expect(deleted).toBe(2500);
    const [counts] = await db.dataSource.query(
      `SELECT (SELECT count(*)::int FROM complaint WHERE organisation_id = $1) AS complaints,
              (SELECT count(*)::int FROM complaint_event WHERE organisation_id = $1) AS events,
              (SELECT count(*)::int FROM customer WHERE organisation_id = $1) AS customers,
              (SELECT count(*)::int FROM improvement_action WHERE organisation_id = $1) AS actions,
              (SELECT count(*)::int FROM search_word WHERE organisation_id = $1) AS words,
              (SELECT count(*)::int FROM reference_counter WHERE organisation_id = $1) AS counters`,
      [organisationId],
    );
    // no reference counter left: the next references follow the data loaded next, without a gap
    expect(counts).toEqual({
      complaints: 0,
      events: 0,
      customers: 0,
      actions: 0,
      words: 0,
      counters: 0,
    });
    const [{ tgenabled }] = await db.dataSource.query(
      `SELECT tgenabled FROM pg_trigger WHERE tgname = 'complaint_event_append_only'`,
    );
    expect(tgenabled).toBe('O');
  }, 120_000); // deleting 2,500 complaints runs the summary tables' triggers for each

  it('on first start loads a few thousand complaints into an empty demo organisation, and nothing on the next start', async () => {
    const log = memoryLog();
    expect(
      await loadStartDemoData(db.dataSource, organisationId, log, new Date(`${TODAY}T09:00:00Z`)),
    ).toBe(START_COMPLAINTS);
    expect(log.lines.some((l) => /loaded 3,000 demo complaints/.test(l.message))).toBe(true);
    expect(
      await loadStartDemoData(
        db.dataSource,
        organisationId,
        memoryLog(),
        new Date(`${TODAY}T09:00:00Z`),
      ),
    ).toBe(0);
    expect(await withPgClient(db.dataSource, (c) => complaintCount(c, organisationId))).toBe(
      START_COMPLAINTS,
    );
    // nothing is received or happens after the moment of the start
    const [{ last }] = await db.dataSource.query(
      `SELECT max(at) AS last FROM complaint_event WHERE organisation_id = $1`,
      [organisationId],
    );
    expect(last.getTime()).toBeLessThanOrEqual(Date.parse(`${TODAY}T09:00:00Z`));
  });

  it('on first start also publishes a "you said, we did" for the last complete quarter (2026-Q3 on 20 November), drafted by comms and approved by the manager', async () => {
    const rows = await db.dataSource.query(
      `SELECT p.period, p.status, p.title, a.email AS author, m.email AS approver, p.frozen_figures IS NOT NULL AS frozen,
              (SELECT count(*)::int FROM publication_item i WHERE i.organisation_id = p.organisation_id AND i.publication_id = p.id) AS items,
              (SELECT count(*)::int FROM publication_item_action l JOIN publication_item i ON i.organisation_id = l.organisation_id AND i.id = l.item_id
                WHERE i.organisation_id = p.organisation_id AND i.publication_id = p.id) AS links
         FROM publication p JOIN person a ON a.organisation_id = p.organisation_id AND a.id = p.author_id
         JOIN person m ON m.organisation_id = p.organisation_id AND m.id = p.approved_by_id
        WHERE p.organisation_id = $1`,
      [organisationId],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      period: '2026-Q3',
      status: 'published',
      title: 'You said, we did: July to September 2026',
      author: 'comms@demo.chp.example',
      approver: 'manager@demo.chp.example',
      frozen: true,
    });
    expect(rows[0].items).toBeGreaterThan(0);
    expect(rows[0].links).toBe(rows[0].items);
  });
});

describe('the demo publication', () => {
  it("covers the last quarter that has ended: in January it is last year's October to December", () => {
    expect(lastCompleteQuarter('2026-11-20')).toEqual({
      quarter: '2026-Q3',
      from: '2026-07-01',
      to: '2026-09-30',
      months: 'July to September 2026',
    });
    expect(lastCompleteQuarter('2027-01-05')).toEqual({
      quarter: '2026-Q4',
      from: '2026-10-01',
      to: '2026-12-31',
      months: 'October to December 2026',
    });
    expect(lastCompleteQuarter('2026-04-01').quarter).toBe('2026-Q1');
  });

  it('splits "You told us X. We did Y." into you said and we did; any other summary is all "we did"', () => {
    expect(
      splitPublicSummary(
        'You told us some repairs were not done properly. We now check one in every ten repairs.',
      ),
    ).toEqual({
      youSaid: 'You told us some repairs were not done properly.',
      weDid: 'We now check one in every ten repairs.',
    });
    expect(splitPublicSummary('We now answer the phone faster.')).toEqual({
      youSaid: 'You told us about this in your complaints.',
      weDid: 'We now answer the phone faster.',
    });
  });
});
