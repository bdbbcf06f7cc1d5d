import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closureNotes } from '../src/modules/calendar';
import { loadTimelineSettings, type StoredEvent } from '../src/modules/complaints/journey';
import { timelineOf } from '../src/modules/complaints/timeline.type';
import { loadDemoData, withPgClient } from '../src/demo/loader';
import { recordComplaint, step } from './support/complaints';
import { createWorld, type World } from './support/world';

/**
 * A list's timelines come from the complaint's stored projection (the stage dates @chp/domain
 * wrote when each step was recorded), not from its journey (issue 19: a page of the register
 * reads no journeys). Held equal, field by field, to the timeline computed from the journey
 * (`timelineOf`) for every complaint of 1,200 generated ones: open, closed, extended,
 * acknowledged, escalated after closure, transferred to stage 2 while open, straight to stage 2,
 * and ended by an outcome beyond the four (docs/procedure.md, Timelines; §26–34, §36, §40, §62).
 */
const TODAY = '2026-11-20';
const STAGE = `dayOne dueOn extendedDueOn deadline acknowledgeBy acknowledgedOn closedOn outcome
  status transferred withinTimescale workingDays workingDaysElapsed workingDaysRemaining`;
const PAGE = `query($offset: Int!) { complaints(limit: 100, offset: $offset, sort: reference) {
  totalCount items { id timeline { stage1 { ${STAGE} } stage2 { ${STAGE} }
    nextUpdateDue escalationDeadline stageOneLastDay spsoDeadline } } } }`;

describe('the register reads timelines from the stored projection', () => {
  let world: World;
  const listed = new Map<string, Record<string, unknown>>();
  const expected = new Map<string, Record<string, unknown>>();

  beforeAll(async () => {
    world = await createWorld(`${TODAY}T12:00:00Z`);
    const ds = world.db.dataSource;
    await withPgClient(ds, (client) =>
      loadDemoData(client, {
        organisationId: world.org.id,
        count: 1200,
        seed: 20261206,
        today: TODAY,
      }),
    );
    // records ended by an outcome beyond the four while their stage was open (§36 and
    // docs/procedure.md, Before stage 1): their open stage has no deadline status any more
    for (const outcome of ['withdrawn', 'not_a_complaint']) {
      const c = await recordComplaint(world, world.org);
      await step(
        world,
        world.org,
        'recordOtherOutcome',
        '$id: ID!, $version: Int!, $outcome: OtherOutcome!, $reason: String!',
        'id: $id, version: $version, outcome: $outcome, reason: $reason',
        { ...c, outcome, reason: 'Customer told us' },
      );
    }
    for (let offset = 0, total = 1; offset < total; offset += 100) {
      const res = await world.gql<any>(PAGE, { offset }, world.org.people.manager);
      expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
      total = res.body.data.complaints.totalCount;
      for (const item of res.body.data.complaints.items) listed.set(item.id, item.timeline);
    }
    const settings = await loadTimelineSettings(ds.manager, world.org.id);
    const explain = { ...settings, closureNotes: closureNotes([]) };
    const complaints: { id: string; aware_on: string | null; received_at: Date }[] = await ds.query(
      `SELECT id, aware_on::text, received_at FROM complaint WHERE organisation_id = $1`,
      [world.org.id],
    );
    const rows: (StoredEvent & { complaint_id: string })[] = await ds.query(
      `SELECT id, complaint_id, type, at, stage, payload FROM complaint_event
        WHERE organisation_id = $1 ORDER BY complaint_id, sequence`,
      [world.org.id],
    );
    const journeys = new Map<string, StoredEvent[]>();
    for (const r of rows)
      journeys.set(r.complaint_id, [...(journeys.get(r.complaint_id) ?? []), r]);
    for (const c of complaints) {
      const t = timelineOf(
        { awareOn: c.aware_on, receivedAt: c.received_at },
        journeys.get(c.id) ?? [],
        explain,
        TODAY,
      );
      expected.set(c.id, {
        stage1: t.stage1 && pick(t.stage1),
        stage2: t.stage2 && pick(t.stage2),
        nextUpdateDue: await t.nextUpdateDue,
        escalationDeadline: t.escalationDeadline,
        stageOneLastDay: t.stageOneLastDay,
        spsoDeadline: t.spsoDeadline,
      });
    }
  }, 240_000);
  afterAll(async () => {
    await world?.close();
  });

  /** The fields the page asks for, as GraphQL answers them. */
  const pick = (s: object) =>
    Object.fromEntries(
      STAGE.split(/\s+/).map((f) => [f, (s as Record<string, unknown>)[f] ?? null]),
    );

  it('the generated data has every kind of journey the projection must stand for', () => {
    const all = [...expected.values()] as any[];
    expect(all.some((t) => t.stage1?.transferred)).toBe(true);
    expect(all.some((t) => t.stage1 === null && t.stage2)).toBe(true);
    expect(all.some((t) => t.stage1?.closedOn && t.stage2)).toBe(true);
    expect(all.some((t) => t.stage1?.extendedDueOn || t.stage2?.extendedDueOn)).toBe(true);
    expect(all.some((t) => t.stage2?.acknowledgedOn)).toBe(true);
    expect(all.some((t) => t.nextUpdateDue)).toBe(true);
    expect(
      all.some((t) => t.stage1 && t.stage1.closedOn === null && t.stage1.status === null),
    ).toBe(true);
    expect(all.some((t) => t.stage1?.status === 'overdue' || t.stage2?.status === 'overdue')).toBe(
      true,
    );
  });

  it('every complaint is on the register', () => {
    expect(listed.size).toBe(expected.size);
  });

  it("each complaint's timeline on the register equals the one its journey gives, as of today", () => {
    const differ = [...expected].filter(
      ([id, t]) => JSON.stringify(listed.get(id)) !== JSON.stringify(t),
    );
    expect(
      differ.slice(0, 3).map(([id, t]) => ({ id, register: listed.get(id), journey: t })),
    ).toEqual([]);
  });
});
