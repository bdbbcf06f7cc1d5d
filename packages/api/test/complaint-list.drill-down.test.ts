import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spsoIndicators, type TimelineSettings } from '@chp/domain';
import {
  loadTimelineSettings,
  toDomainEvents,
  type StoredEvent,
} from '../src/modules/complaints/journey';
import { loadDemoData, withPgClient } from '../src/demo/loader';
import { INDICATORS_QUERY } from './operations/analytics.operations';
import { createWorld, type World } from './support/world';

/**
 * Drill-down (issue 17): the register list behind an indicator figure holds exactly the
 * complaints that figure counts, by the figure's own rule — the closure's bucket, the local date
 * of that closure (not the date of receipt), that closure's outcome, timescale and extension
 * (docs/procedure.md, SPSO performance indicators, rows B, C, E and F). Held against the SQL figures and @chp/domain's
 * reference `spsoIndicators` on the same 1,200 generated complaints.
 */
const TODAY = '2026-11-20';
const BUCKETS = [
  ['stage1', 'stage1'],
  ['stage2Direct', 'stage2_direct'],
  ['stage2Escalated', 'stage2_escalated'],
] as const;
const OUTCOMES = [
  ['resolved', 'resolved'],
  ['upheld', 'upheld'],
  ['partially_upheld', 'partiallyUpheld'],
  ['not_upheld', 'notUpheld'],
] as const;
const PERIODS = [
  { quarter: '2025-Q4', from: '2025-10-01', to: '2025-12-31' },
  { quarter: '2026-Q1', from: '2026-01-01', to: '2026-03-31' },
  { quarter: '2026-Q4', from: '2026-10-01', to: '2026-12-31' },
];
const LIST = `query($closedAt: ClosureBucket, $closedFrom: LocalDate, $closedTo: LocalDate, $closureOutcome: Outcome, $closedWithinTimescale: Boolean, $closedExtended: Boolean, $offset: Int!) {
  complaints(closedAt: $closedAt, closedFrom: $closedFrom, closedTo: $closedTo, closureOutcome: $closureOutcome, closedWithinTimescale: $closedWithinTimescale, closedExtended: $closedExtended, limit: 100, offset: $offset) { totalCount items { id } } }`;

describe('drill-down lists equal the indicator figures they open from', () => {
  let world: World;
  let settings: TimelineSettings;
  let journeys: Map<string, { events: ReturnType<typeof toDomainEvents> }>;

  const listed = async (variables: Record<string, unknown>) => {
    const ids: string[] = [];
    let total = 0;
    for (let offset = 0; offset === 0 || offset < total; offset += 100) {
      const res = await world.gql<any>(LIST, { ...variables, offset }, world.org.people.manager);
      expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
      total = res.body.data.complaints.totalCount;
      ids.push(...res.body.data.complaints.items.map((i: { id: string }) => i.id));
    }
    return { total, ids: ids.sort() };
  };
  /** The complaints the domain counts in a figure: each complaint's own spsoIndicators. */
  const countedByDomain = (
    period: { from: string; to: string },
    pick: (r: ReturnType<typeof spsoIndicators>) => number,
  ) =>
    [...journeys]
      .filter(([, journey]) => pick(spsoIndicators([journey], period, settings)) === 1)
      .map(([id]) => id)
      .sort();

  beforeAll(async () => {
    world = await createWorld(`${TODAY}T12:00:00Z`);
    const ds = world.db.dataSource;
    await withPgClient(ds, async (client) => {
      await loadDemoData(client, {
        organisationId: world.org.id,
        count: 1200,
        seed: 20261117,
        today: TODAY,
      });
      await loadDemoData(client, {
        organisationId: world.other.id,
        count: 300,
        seed: 3,
        today: TODAY,
      });
    });
    settings = await loadTimelineSettings(ds.manager, world.org.id);
    const rows: (StoredEvent & { complaint_id: string })[] = await ds.query(
      `SELECT complaint_id, type, at, stage, payload FROM complaint_event WHERE organisation_id = $1 ORDER BY complaint_id, sequence`,
      [world.org.id],
    );
    const byComplaint = new Map<string, StoredEvent[]>();
    for (const r of rows)
      byComplaint.set(r.complaint_id, [...(byComplaint.get(r.complaint_id) ?? []), r]);
    journeys = new Map(
      [...byComplaint].map(([id, events]) => [id, { events: toDomainEvents(events) }]),
    );
  }, 240_000);
  afterAll(async () => {
    await world?.close();
  });

  it('the data has closures in a later quarter than their receipt, so the closure date matters', async () => {
    const [row] = await world.db.dataSource.query(
      `SELECT count(*)::int AS n FROM complaint
        WHERE organisation_id = $1 AND stage2_closed_on BETWEEN '2025-10-01' AND '2025-12-31'
          AND route <> 'stage2_direct' AND received_at < '2025-10-01'`,
      [world.org.id],
    );
    expect(row.n).toBeGreaterThan(0);
  });

  for (const period of PERIODS) {
    describe(`${period.quarter}`, () => {
      let figures: any;
      beforeAll(async () => {
        const res = await world.gql<any>(
          INDICATORS_QUERY,
          { period: { quarter: period.quarter } },
          world.org.people.manager,
        );
        expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
        figures = res.body.data.spsoIndicators;
      });

      for (const [key, bucket] of BUCKETS) {
        it(`closed at ${key} in the quarter (row B): the list is the complaints the figure counts`, async () => {
          const list = await listed({
            closedAt: bucket,
            closedFrom: period.from,
            closedTo: period.to,
          });
          const domain = countedByDomain(period, (r) => r.stages[key].closed);
          expect(list.total).toBe(figures.stages[key].closed);
          expect(list.total).toBe(domain.length);
          expect(list.ids).toEqual(domain);
        });

        it(`closed at ${key} in the quarter with each outcome (row C)`, async () => {
          for (const [api, field] of OUTCOMES) {
            const list = await listed({
              closedAt: bucket,
              closedFrom: period.from,
              closedTo: period.to,
              closureOutcome: api,
            });
            const domain = countedByDomain(period, (r) => r.stages[key].outcomes[api]);
            expect(list.total, api).toBe(figures.stages[key].outcomes[field].count);
            expect(list.ids, api).toEqual(domain);
          }
        });

        it(`closed at ${key} in the quarter within timescale (row E)`, async () => {
          const list = await listed({
            closedAt: bucket,
            closedFrom: period.from,
            closedTo: period.to,
            closedWithinTimescale: true,
          });
          const domain = countedByDomain(period, (r) => r.stages[key].withinTimescale);
          expect(list.total).toBe(figures.stages[key].withinTimescale);
          expect(list.ids).toEqual(domain);
        });

        it(`closed at ${key} in the quarter after an extension (row F)`, async () => {
          const list = await listed({
            closedAt: bucket,
            closedFrom: period.from,
            closedTo: period.to,
            closedExtended: true,
          });
          const domain = countedByDomain(period, (r) => r.stages[key].extended);
          expect(list.total).toBe(figures.stages[key].extended);
          expect(list.ids).toEqual(domain);
        });
      }

      it('closed at stage 2, direct and after escalation together (the overview figure)', async () => {
        const list = await listed({
          closedAt: 'stage2',
          closedFrom: period.from,
          closedTo: period.to,
        });
        expect(list.total).toBe(figures.stage2.closed);
        expect(list.ids).toEqual(
          countedByDomain(
            period,
            (r) => r.stages.stage2Direct.closed + r.stages.stage2Escalated.closed,
          ),
        );
      });
    });
  }
});
