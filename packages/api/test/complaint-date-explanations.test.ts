import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from './support/world';
import { recordComplaint, step } from './support/complaints';

const TIMELINE = `query($id: ID!) { complaint(id: $id) { timeline {
  escalationDeadline spsoDeadline nextUpdateDue
  stage1 { dayOne dueOn extendedDueOn acknowledgeBy }
  stage2 { dayOne dueOn extendedDueOn acknowledgeBy }
  explanations { what stage rule paragraph startDate count resultDate text
    skippedDays { date reason name substituteFor } }
} } }`;

/** The timeline's own date for an explanation. */
function dateOf(t: any, e: { what: string; stage: number | null }): string | null {
  const s = e.stage === 1 ? t.stage1 : e.stage === 2 ? t.stage2 : null;
  const field: Record<string, string> = {
    day_one: 'dayOne',
    due: 'dueOn',
    extended_due: 'extendedDueOn',
    acknowledge_by: 'acknowledgeBy',
  };
  if (field[e.what]) return s[field[e.what]!];
  return {
    update_due: t.nextUpdateDue,
    escalation_limit: t.escalationDeadline,
    spso_limit: t.spsoDeadline,
  }[e.what];
}

describe('"why this date" on the complaint timeline (§26, §40, §60, §36, §75)', () => {
  let world: World;
  let timeline: (id: string) => Promise<any>;
  beforeAll(async () => {
    world = await createWorld('2026-11-27T12:00:00Z');
    timeline = async (id) => {
      const { body } = await world.gql<any>(TIMELINE, { id }, world.org.people.handler);
      expect(body.errors).toBeUndefined();
      return body.data.complaint.timeline;
    };
    await world.gql(
      'mutation { addClosureDay(day: { date: "2026-12-02", reason: industrial_action, description: "Strike by housing staff" }) { date } }',
      {},
      world.org.people.admin,
    );
  });
  afterAll(async () => {
    await world?.close();
  });

  it('received Thursday 26 November 2026: day 5 is Friday 4 December, St Andrew’s Day and the strike day skipped with their reasons (§26)', async () => {
    const c = await recordComplaint(world, world.org, {
      receivedAt: '2026-11-26T10:00:00Z',
      awareOn: '2026-11-20',
    });
    const t = await timeline(c.id);
    const due = t.explanations.find((e: any) => e.stage === 1 && e.what === 'due');
    expect(due.resultDate).toBe(t.stage1.dueOn);
    expect([due.rule, due.paragraph, due.startDate, due.resultDate]).toEqual([
      'STAGE1_DAY_5',
      '§26',
      '2026-11-26',
      '2026-12-04',
    ]);
    expect(due.skippedDays).toEqual([
      { date: '2026-11-28', reason: 'weekend', name: 'Saturday', substituteFor: null },
      { date: '2026-11-29', reason: 'weekend', name: 'Sunday', substituteFor: null },
      { date: '2026-11-30', reason: 'bank_holiday', name: 'St Andrew’s Day', substituteFor: null },
      {
        date: '2026-12-02',
        reason: 'closure_day',
        name: 'Industrial action: Strike by housing staff',
        substituteFor: null,
      },
    ]);
    expect(due.text).toContain('Monday 30 November 2026 (St Andrew’s Day, a bank holiday)');
  });

  it('every date shown has one explanation, and each explanation’s date is the timeline’s', async () => {
    const c = await recordComplaint(world, world.org, {
      receivedAt: '2026-11-26T10:00:00Z',
      awareOn: '2026-11-20',
    });
    const t = await timeline(c.id);
    expect(t.explanations.map((e: any) => [e.stage, e.what])).toEqual([
      [1, 'day_one'],
      [1, 'due'],
      [null, 'escalation_limit'],
      [null, 'spso_limit'],
    ]);
    for (const e of t.explanations) expect(e.resultDate).toBe(dateOf(t, e));
  });

  it('escalated on Saturday 28 November 2026: stage 2 starts Tuesday 1 December and its day 3 and day 20 are explained as the timeline has them (§40, §60, Appendix 1 §5)', async () => {
    const c = await recordComplaint(world, world.org, { receivedAt: '2026-11-26T10:00:00Z' });
    world.setNow('2026-11-28T10:00:00Z');
    try {
      await step(
        world,
        world.org,
        'escalateComplaint',
        '$id: ID!, $version: Int!',
        'id: $id, version: $version',
        c,
      );
    } finally {
      world.setNow('2026-11-27T12:00:00Z');
    }
    const t = await timeline(c.id);
    const stage2 = t.explanations.filter((e: any) => e.stage === 2);
    expect(stage2.map((e: any) => [e.what, e.paragraph, e.resultDate])).toEqual([
      ['day_one', 'Appendix 1 §5', '2026-12-01'],
      ['acknowledge_by', '§40', '2026-12-04'],
      ['due', '§60', t.stage2.dueOn],
    ]);
    for (const e of t.explanations) expect(e.resultDate).toBe(dateOf(t, e));
  });
});
