import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spsoIndicators } from '@chp/domain';
import {
  loadTimelineSettings,
  toDomainEvents,
  type StoredEvent,
} from '../src/modules/complaints/journey';
import { loadDemoData, withPgClient } from '../src/demo/loader';
import { anonymiseDue, REMOVED_TEXT } from '../src/modules/retention';
import { INDICATORS_QUERY, TRENDS_QUERY } from './operations/analytics.operations';
import { createWorld, type World } from './support/world';
import { expected, actual } from './support/indicator-reference';

/**
 * Retention (docs/procedure.md, Retention and erasure): after the clock passes closure + N
 * months, a run anonymises the due complaints' personal data; every SPSO indicator and trend is
 * unchanged and equals @chp/domain's reference; held complaints keep everything; the audit says
 * what was removed and by which rule, never the values.
 */
const TODAY = '2026-11-20';
const LATER = '2027-12-01T03:00:00Z'; // past closure + 12 months for every 2025 closure and before
const PERIODS = [{ year: 2024 }, { year: 2025 }, { quarter: '2026-Q3' }];

describe('the retention run anonymises what is due and changes no figure', () => {
  let world: World;
  let held: string[];
  let before: { indicators: unknown[]; trends: unknown[] };
  let customersBefore: Map<string, { name: string; email: string | null }>;
  let run: Awaited<ReturnType<typeof anonymiseDue>>;

  const figures = async () => {
    const indicators = [];
    for (const period of PERIODS) {
      const res = await world.gql<any>(INDICATORS_QUERY, { period }, world.org.people.manager);
      expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
      indicators.push(res.body.data.spsoIndicators);
    }
    const trends = [];
    for (const breakdown of ['serviceArea', 'outcome', 'rootCause', 'channel']) {
      const res = await world.gql<any>(
        TRENDS_QUERY,
        { grain: 'month', breakdown, from: '2024-01-01', to: '2026-10-31' },
        world.org.people.manager,
      );
      expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
      trends.push(res.body.data.complaintTrends);
    }
    return { indicators, trends };
  };

  beforeAll(async () => {
    world = await createWorld(`${TODAY}T12:00:00Z`);
    const ds = world.db.dataSource;
    await withPgClient(ds, async (client) => {
      await loadDemoData(client, {
        organisationId: world.org.id,
        count: 400,
        seed: 14,
        today: TODAY,
      });
      await loadDemoData(client, {
        organisationId: world.other.id,
        count: 50,
        seed: 15,
        today: TODAY,
      });
    });
    await ds.query(`UPDATE organisation SET retention_months = 12 WHERE id = $1`, [world.org.id]);
    // some summaries that name their customer, as handlers write them
    await ds.query(
      `UPDATE complaint c SET summary = cu.name || ' says the repair was missed'
         FROM customer cu
        WHERE c.organisation_id = $1 AND cu.organisation_id = c.organisation_id
          AND cu.id = c.customer_id AND cu.name LIKE '% %' AND abs(hashtext(c.id::text)) % 5 = 0`,
      [world.org.id],
    );
    const rows: { id: string; name: string; email: string | null }[] = await ds.query(
      `SELECT c.id, cu.name, cu.email FROM complaint c JOIN customer cu
           ON cu.organisation_id = c.organisation_id AND cu.id = c.customer_id
        WHERE c.organisation_id = $1 AND cu.name IS NOT NULL`,
      [world.org.id],
    );
    customersBefore = new Map(rows.map((r) => [r.id, r]));
    const closed: { id: string }[] = await ds.query(
      `SELECT id FROM complaint WHERE organisation_id = $1 AND status = 'closed'
          AND customer_id IS NOT NULL AND stage1_closed_on < '2025-06-01' ORDER BY reference LIMIT 2`,
      [world.org.id],
    );
    held = closed.map((c) => c.id);
    for (const id of held) {
      const res = await world.gql(
        `mutation($id: ID!) { setLegalHold(complaintId: $id, reason: "Claim lodged at the sheriff court") { id } }`,
        { id },
        world.org.people.manager,
      );
      expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
    }
    // the run's clock is past the period; requests keep today's (the sessions stay valid)
    before = await figures();
    run = await anonymiseDue(ds, world.org.id, new Date(LATER));
  }, 240_000);
  afterAll(async () => {
    await world?.close();
  });

  it('anonymises every closed complaint past closure + 12 months, except those on legal hold', async () => {
    expect(run.anonymised).toBeGreaterThan(100);
    expect(run.heldBack).toBe(2);
    const [left] = await world.db.dataSource.query(
      `SELECT count(*)::int AS n FROM complaint
        WHERE organisation_id = $1 AND status = 'closed' AND anonymised_at IS NULL
          AND greatest(stage1_closed_on, stage2_closed_on, spso_decided_on) < '2026-11-01'
          AND legal_hold_at IS NULL`,
      [world.org.id],
    );
    expect(left.n).toBe(0);
  });

  it('an anonymised complaint keeps no customer name or contact details, and no text naming them', async () => {
    const rows: any[] = await world.db.dataSource.query(
      `SELECT c.id, c.summary, cu.name, cu.email, cu.phone, cu.address, cu.postcode
         FROM complaint c LEFT JOIN customer cu
           ON cu.organisation_id = c.organisation_id AND cu.id = c.customer_id
        WHERE c.organisation_id = $1 AND c.anonymised_at IS NOT NULL`,
      [world.org.id],
    );
    expect(rows.length).toBe(run.anonymised);
    for (const r of rows) {
      expect([r.name, r.email, r.phone, r.address, r.postcode]).toEqual([
        null,
        null,
        null,
        null,
        null,
      ]);
      const old = customersBefore.get(r.id);
      if (old) expect(r.summary).not.toContain(old.name);
    }
    expect(rows.some((r) => r.summary === REMOVED_TEXT)).toBe(true);
  });

  it("the register's search words no longer find an anonymised customer's name", async () => {
    const anonymised: { id: string }[] = await world.db.dataSource.query(
      `SELECT id FROM complaint WHERE organisation_id = $1 AND anonymised_at IS NOT NULL`,
      [world.org.id],
    );
    let checked = 0;
    for (const { id } of anonymised.slice(0, 40)) {
      const old = customersBefore.get(id);
      if (!old?.email) continue;
      const local = old.email
        .split('@')[0]!
        .toLowerCase()
        .split(/[^a-z0-9]+/)[0]!;
      const words: { word: string }[] = await world.db.dataSource.query(
        `SELECT word FROM search_word WHERE organisation_id = $1 AND complaint_id = $2`,
        [world.org.id, id],
      );
      expect(words.map((w) => w.word)).not.toContain(old.email.split('@')[1]!.split('.')[0]);
      expect(words.map((w) => w.word)).not.toContain(local);
      checked++;
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('complaints on legal hold keep their customer and texts untouched', async () => {
    const rows: any[] = await world.db.dataSource.query(
      `SELECT c.id, c.anonymised_at, cu.name, cu.email FROM complaint c JOIN customer cu
           ON cu.organisation_id = c.organisation_id AND cu.id = c.customer_id
        WHERE c.organisation_id = $1 AND c.id = ANY($2)`,
      [world.org.id, held],
    );
    expect(rows).toHaveLength(2);
    for (const r of rows) {
      expect(r.anonymised_at).toBeNull();
      expect(r.name).toBe(customersBefore.get(r.id)!.name);
    }
  });

  it('every SPSO indicator and trend is unchanged, and equals the domain reference', async () => {
    const after = await figures();
    expect(after).toEqual(before);
    const ds = world.db.dataSource;
    const settings = await loadTimelineSettings(ds.manager, world.org.id);
    const rows: (StoredEvent & { complaint_id: string })[] = await ds.query(
      `SELECT complaint_id, type, at, stage, payload FROM complaint_event WHERE organisation_id = $1 ORDER BY complaint_id, sequence`,
      [world.org.id],
    );
    const byComplaint = new Map<string, StoredEvent[]>();
    for (const r of rows)
      byComplaint.set(r.complaint_id, [...(byComplaint.get(r.complaint_id) ?? []), r]);
    const journeys = [...byComplaint.values()].map((events) => ({
      events: toDomainEvents(events),
      contractor: null,
    }));
    for (const figures of after.indicators) {
      const ref = spsoIndicators(
        journeys,
        { from: figures.period.from, to: figures.period.to },
        settings,
      );
      const population = figures.population ?? 5000;
      expect(actual(figures)).toEqual(expected(ref, population));
    }
  });

  it('each anonymisation is audited with its rule and what was removed, never the values', async () => {
    const rows: { entity_id: string; changes: any; actor_id: string | null }[] =
      await world.db.dataSource.query(
        `SELECT entity_id, changes, actor_id FROM audit_log
          WHERE organisation_id = $1 AND operation = 'anonymiseDue'`,
        [world.org.id],
      );
    expect(rows).toHaveLength(run.anonymised);
    const all = JSON.stringify(rows);
    for (const r of rows) {
      expect(r.changes).toMatchObject({
        anonymised: true,
        basis: 'retention',
        retentionMonths: 12,
      });
      expect(r.actor_id).toBeNull();
      const old = customersBefore.get(r.entity_id);
      if (old) expect(all).not.toContain(old.name);
      if (old?.email) expect(all).not.toContain(old.email);
    }
  });

  it("the other organisation's complaints are untouched", async () => {
    const [r] = await world.db.dataSource.query(
      `SELECT count(*)::int AS n FROM complaint WHERE organisation_id = $1 AND anonymised_at IS NOT NULL`,
      [world.other.id],
    );
    expect(r.n).toBe(0);
  });
});
