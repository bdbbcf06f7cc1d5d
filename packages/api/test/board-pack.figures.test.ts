import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  boardPackMonths,
  countSpsoComparisons,
  effectReviewDate,
  localDate,
  spsoIndicators,
  surveyCounts,
  surveyResults,
  type ComplaintEvent,
  type SurveyAnswer,
  type TimelineSettings,
} from '@chp/domain';
import {
  loadTimelineSettings,
  toDomainEvents,
  type StoredEvent,
} from '../src/modules/complaints/journey';
import { loadDemoData, withPgClient } from '../src/demo/loader';
import { draftPack, storedFigures } from './support/board-packs';
import { actual, expected } from './support/indicator-reference';
import { createWorld, type World } from './support/world';

/**
 * THE board pack equality test (issue 18): for a generated year, every figure the pack stores
 * equals a recount from the same records: the SPSO indicators per stage bucket of the quarter,
 * the quarter before and the same quarter last year, and the monthly trend from @chp/domain's
 * spsoIndicators folded from the stored journeys; root causes, actions, serious complaints and
 * SPSO decisions counted from the rows; the survey results, the SPSO decisions against ours and
 * the recurrence figures from @chp/domain's surveyResults, countSpsoComparisons and
 * effectReviewDate on the same rows.
 */
const TODAY = '2026-11-20';
const POPULATION = 25_000;
// FY2026-Q2 of a year starting in April: July to September 2026
const QUARTER = { key: 'FY2026-Q2', from: '2026-07-01', to: '2026-09-30' };
const PREVIOUS = { from: '2026-04-01', to: '2026-06-30', label: '2026/27 Q1' };
const LAST_YEAR = { from: '2025-07-01', to: '2025-09-30', label: '2025/26 Q2' };

describe('the board pack for a generated year equals a recount from @chp/domain (docs/procedure.md, The quarterly board pack)', () => {
  let world: World;
  let settings: TimelineSettings;
  let journeys: { id: string; events: ComplaintEvent[] }[];
  let figures: any;
  const answers: SurveyAnswer[] = [];

  beforeAll(async () => {
    world = await createWorld(`${TODAY}T12:00:00Z`);
    const ds = world.db.dataSource;
    await ds.query(`UPDATE organisation SET population = $2 WHERE id = $1`, [
      world.org.id,
      POPULATION,
    ]);
    await withPgClient(ds, async (client) => {
      await loadDemoData(client, {
        organisationId: world.org.id,
        count: 1500,
        seed: 20261118,
        today: TODAY,
      });
      // the other organisation's records share the tables and must never be counted
      await loadDemoData(client, {
        organisationId: world.other.id,
        count: 300,
        seed: 11,
        today: TODAY,
      });
    });
    // actions completed in the quarter (one verified, with its learning), and one overdue at its end
    const action = `INSERT INTO improvement_action (organisation_id, title, description, service_area_id, owner_id, target_date, status, completed_on, learning_shared, public_summary, effectiveness)
       VALUES ($1, $2, 'From complaints', $3, $4, $5, $6, $7, $8, $9, $10)`;
    const owner = world.org.people.staff.id;
    const area = world.org.serviceAreaIds[0];
    await ds.query(action, [
      world.org.id,
      'Call back within a day',
      area,
      owner,
      '2026-08-31',
      'verified',
      '2026-08-14',
      'Callers wanted a time',
      'We now call back within one working day',
      'effective',
    ]);
    await ds.query(action, [
      world.org.id,
      'Repair slots by text',
      area,
      owner,
      '2026-09-30',
      'done',
      '2026-09-30',
      null,
      null,
      null,
    ]);
    await ds.query(action, [
      world.org.id,
      'Finished the day after the quarter',
      area,
      owner,
      '2026-09-01',
      'done',
      '2026-10-01',
      null,
      null,
      null,
    ]);
    await ds.query(action, [
      world.org.id,
      'Damp survey checklist',
      area,
      owner,
      '2026-09-15',
      'in_progress',
      null,
      null,
      null,
      null,
    ]);
    // the effect of the first action verified in the quarter; the second flagged as its cause came back
    await ds.query(
      `UPDATE improvement_action SET verified_on = '2026-09-10' WHERE organisation_id = $1 AND title = 'Call back within a day'`,
      [world.org.id],
    );
    await ds.query(
      `UPDATE improvement_action SET recurrence_flagged_on = '2026-09-20', recurrence_flag_figures = '{"before": 2, "after": 6}'
        WHERE organisation_id = $1 AND title = 'Repair slots by text'`,
      [world.org.id],
    );
    // done actions whose effect review date (completion + 6 months) passed before the quarter's end: one by over a year
    await ds.query(action, [
      world.org.id,
      'Letters in plain English',
      area,
      owner,
      '2025-11-30',
      'done',
      '2025-12-01',
      null,
      null,
      null,
    ]);
    await ds.query(action, [
      world.org.id,
      'Named officer per case',
      area,
      owner,
      '2024-11-30',
      'done',
      '2024-12-01',
      null,
      null,
      null,
    ]);
    // survey answers: plenty in the quarter, fewer than 5 the quarter before, none a year earlier
    const days = ['2026-07-01', '2026-08-15', '2026-09-30', '2026-06-30', '2026-10-01'];
    for (let i = 0; i < 30; i++) {
      const recurrence = i % 4 === 0;
      const day = i < 3 ? '2026-05-10' : days[i % 3]!;
      const a: SurveyAnswer = {
        kind: recurrence ? 'recurrence' : 'closure',
        answeredOn: i >= 27 ? days[3 + (i % 2)]! : day,
        easeOfComplaining: recurrence || i % 5 === 0 ? null : (i % 5) + 1,
        keptInformed: recurrence ? null : ((i * 3) % 5) + 1,
        outcomeExplained: recurrence ? null : ((i * 2) % 5) + 1,
        problemBack: recurrence ? (['yes', 'no', 'not_sure'] as const)[i % 3]! : null,
      };
      answers.push(a);
      await ds.query(
        `INSERT INTO survey_answer (organisation_id, kind, answered_on, ease_of_complaining, kept_informed, outcome_explained, problem_back)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          world.org.id,
          a.kind,
          a.answeredOn,
          a.easeOfComplaining,
          a.keptInformed,
          a.outcomeExplained,
          a.problemBack,
        ],
      );
    }
    settings = await loadTimelineSettings(ds.manager, world.org.id);
    const rows: (StoredEvent & { complaint_id: string })[] = await ds.query(
      `SELECT complaint_id, type, at, stage, payload FROM complaint_event WHERE organisation_id = $1 ORDER BY complaint_id, sequence`,
      [world.org.id],
    );
    const byComplaint = new Map<string, StoredEvent[]>();
    for (const r of rows)
      byComplaint.set(r.complaint_id, [...(byComplaint.get(r.complaint_id) ?? []), r]);
    journeys = [...byComplaint.entries()].map(([id, events]) => ({
      id,
      events: toDomainEvents(events),
    }));
    const pack = await draftPack(world, QUARTER.key, world.org.people.manager);
    figures = await storedFigures(world, pack.id);
  }, 240_000);
  afterAll(async () => {
    await world?.close();
  });

  const reference = (p: { from: string; to: string }) => spsoIndicators(journeys, p, settings);

  it('the generated quarter holds closures in every stage bucket, root causes, actions, serious complaints and SPSO decisions', () => {
    const ref = reference(QUARTER);
    for (const b of ['stage1', 'stage2Direct', 'stage2Escalated'] as const)
      expect(ref.stages[b].closed, b).toBeGreaterThan(0);
    expect(figures.rootCauses).toHaveLength(5);
    expect(figures.actionsCompleted.length).toBeGreaterThan(0);
    expect(figures.actionsOverdue.length).toBeGreaterThan(0);
    expect(figures.serious.received).toBeGreaterThan(0);
    expect(figures.spsoDecisions.length).toBeGreaterThan(0);
  });

  it('the quarter is FY2026 Q2, compared with the quarter before and the same quarter last year', () =>
    expect(figures.periods).toEqual({
      current: { from: QUARTER.from, to: QUARTER.to, label: '2026/27 Q2' },
      previous: PREVIOUS,
      lastYear: LAST_YEAR,
    }));

  for (const [name, period] of [
    ['the quarter', QUARTER],
    ['the previous quarter', PREVIOUS],
    ['the same quarter last year', LAST_YEAR],
  ] as const)
    it(`every SPSO indicator of ${name}, per stage bucket, equals @chp/domain spsoIndicators`, () => {
      const key =
        name === 'the quarter'
          ? 'current'
          : name === 'the previous quarter'
            ? 'previous'
            : 'lastYear';
      expect(actual(figures.indicators[key])).toEqual(expected(reference(period), POPULATION));
    });

  it('each month of the trend: received and closed (all buckets) equal @chp/domain spsoIndicators of that month', () => {
    const months = boardPackMonths(QUARTER.to);
    expect(figures.months.map((m: any) => m.label)).toEqual(months.map((m) => m.label));
    for (const [i, m] of months.entries()) {
      const ref = reference(m);
      const closed =
        ref.stages.stage1.closed +
        ref.stages.stage2Direct.closed +
        ref.stages.stage2Escalated.closed;
      expect(figures.months[i], m.label).toMatchObject({ received: ref.received, closed });
    }
  });

  it('the top root causes count the complaints received in the quarter (by local date) with each cause', async () => {
    const rows: { complaint_id: string; name: string; received_at: Date }[] =
      await world.db.dataSource.query(
        `SELECT l.complaint_id, r.name, c.received_at FROM complaint_root_cause l
         JOIN root_cause r ON r.organisation_id = l.organisation_id AND r.id = l.root_cause_id
         JOIN complaint c ON c.organisation_id = l.organisation_id AND c.id = l.complaint_id
        WHERE l.organisation_id = $1`,
        [world.org.id],
      );
    const counts = new Map<string, number>();
    for (const r of rows) {
      const day = localDate(r.received_at.toISOString());
      if (day >= QUARTER.from && day <= QUARTER.to)
        counts.set(r.name, (counts.get(r.name) ?? 0) + 1);
    }
    const top = [...counts.entries()]
      .map(([name, complaints]) => ({ name, complaints }))
      .sort((a, b) => b.complaints - a.complaints || (a.name < b.name ? -1 : 1))
      .slice(0, 5);
    expect(figures.rootCauses).toEqual(top);
  });

  it('actions completed in the quarter, and authorised actions past their target date and not completed by its end', async () => {
    const rows: {
      title: string;
      status: string;
      completed_on: string | null;
      target_date: string;
    }[] = await world.db.dataSource.query(
      `SELECT title, status, completed_on::text, target_date::text FROM improvement_action WHERE organisation_id = $1`,
      [world.org.id],
    );
    const completed = rows.filter(
      (a) => a.completed_on && a.completed_on >= QUARTER.from && a.completed_on <= QUARTER.to,
    );
    const overdue = rows.filter(
      (a) =>
        !['proposed', 'cancelled'].includes(a.status) &&
        a.target_date < QUARTER.to &&
        (a.completed_on === null || a.completed_on > QUARTER.to),
    );
    expect(figures.actionsCompleted.map((a: any) => a.title).sort()).toEqual(
      completed.map((a) => a.title).sort(),
    );
    expect(figures.actionsOverdue.map((a: any) => a.title).sort()).toEqual(
      overdue.map((a) => a.title).sort(),
    );
  });

  it('serious complaints (§36): counted by local date of receipt, listed without references, names or summaries', async () => {
    const rows: { received_at: Date; reference: string; summary: string }[] =
      await world.db.dataSource.query(
        `SELECT received_at, reference, summary FROM complaint WHERE organisation_id = $1 AND serious`,
        [world.org.id],
      );
    const inQuarter = rows.filter((r) => {
      const d = localDate(r.received_at.toISOString());
      return d >= QUARTER.from && d <= QUARTER.to;
    });
    expect(figures.serious.received).toBe(inQuarter.length);
    const stored = JSON.stringify(figures);
    for (const r of inQuarter) {
      expect(stored).not.toContain(r.reference);
      expect(stored).not.toContain(r.summary);
    }
  });

  it('SPSO decisions dated in the quarter, against our final outcome', async () => {
    const [{ n }] = await world.db.dataSource.query(
      `SELECT count(*)::int AS n FROM complaint WHERE organisation_id = $1 AND spso_decided_on BETWEEN $2 AND $3`,
      [world.org.id, QUARTER.from, QUARTER.to],
    );
    expect(figures.spsoDecisions.reduce((s: number, d: any) => s + d.complaints, 0)).toBe(n);
  });

  it('satisfaction survey results of the quarter and the two it is compared with equal @chp/domain surveyResults (small-number rule)', () => {
    const ref = (p: { from: string; to: string }) => ({
      from: p.from,
      to: p.to,
      ...surveyResults(surveyCounts(answers, p.from, p.to)),
    });
    expect(figures.survey.current).toMatchObject(ref(QUARTER));
    expect(figures.survey.previous).toMatchObject(ref(PREVIOUS));
    expect(figures.survey.lastYear).toMatchObject(ref(LAST_YEAR));
    // the quarter shows figures; the quarter before (fewer than 5 answers) and last year (none) do not
    expect(figures.survey.current.answers.value).toBeGreaterThanOrEqual(5);
    expect(figures.survey.previous.answers.value).toBeNull();
    expect(figures.survey.lastYear.questions[0].satisfied.display).toBe('no answers');
  });

  it('SPSO decisions of the quarter against ours, in total and by service, equal @chp/domain countSpsoComparisons', async () => {
    const rows: {
      serviceAreaId: string;
      name: string;
      stage1Outcome: any;
      stage2Outcome: any;
      spsoDecision: any;
    }[] = await world.db.dataSource.query(
      `SELECT c.service_area_id AS "serviceAreaId", s.name, c.stage1_outcome AS "stage1Outcome",
              c.stage2_outcome AS "stage2Outcome", c.spso_decision AS "spsoDecision"
         FROM complaint c JOIN service_area s ON s.organisation_id = c.organisation_id AND s.id = c.service_area_id
        WHERE c.organisation_id = $1 AND c.spso_decision IS NOT NULL AND c.spso_decided_on BETWEEN $2 AND $3`,
      [world.org.id, QUARTER.from, QUARTER.to],
    );
    const ref = countSpsoComparisons(rows);
    const names = new Map(rows.map((r) => [r.serviceAreaId, r.name]));
    expect(figures.spsoComparison.total).toEqual(ref.total);
    expect(
      Object.fromEntries(
        figures.spsoComparison.byServiceArea.map((a: any) => [a.serviceArea, a.counts]),
      ),
    ).toEqual(Object.fromEntries([...ref.byServiceArea].map(([id, c]) => [names.get(id), c])));
  });

  it('recurrence: actions flagged and effects verified in the quarter, and effect reviews overdue at its end by @chp/domain effectReviewDate', async () => {
    const rows: {
      title: string;
      status: string;
      completed_on: string | null;
      monitoring_until: string | null;
      verified_on: string | null;
      effectiveness: string | null;
      flagged_on: string | null;
    }[] = await world.db.dataSource.query(
      `SELECT title, status, completed_on::text, monitoring_until::text, verified_on::text, effectiveness,
              recurrence_flagged_on::text AS flagged_on
         FROM improvement_action WHERE organisation_id = $1`,
      [world.org.id],
    );
    const inQuarter = (d: string | null) => d !== null && d >= QUARTER.from && d <= QUARTER.to;
    const verified = (e: string) =>
      rows.filter((a) => inQuarter(a.verified_on) && a.effectiveness === e).length;
    const reviews = rows
      .filter((a) => a.status === 'done' && a.completed_on)
      .map((a) =>
        effectReviewDate({ completedOn: a.completed_on!, monitoringUntil: a.monitoring_until }),
      );
    const yearAfter = (d: string) => `${Number(d.slice(0, 4)) + 1}${d.slice(4)}`;
    expect(figures.recurrence).toEqual({
      flagged: rows
        .filter((a) => inQuarter(a.flagged_on))
        .map((a) => ({ title: a.title, flaggedOn: a.flagged_on, before: 2, after: 6 })),
      verified: {
        effective: verified('effective'),
        partlyEffective: verified('partly_effective'),
        notEffective: verified('not_effective'),
      },
      reviewsOverdue: reviews.filter((d) => d < QUARTER.to).length,
      reviewsOverdueOverAYear: reviews.filter((d) => yearAfter(d) < QUARTER.to).length,
    });
    expect(figures.recurrence.verified.effective).toBeGreaterThan(0);
    expect(figures.recurrence.reviewsOverdueOverAYear).toBeGreaterThan(0);
    expect(figures.recurrence.reviewsOverdue).toBeGreaterThan(
      figures.recurrence.reviewsOverdueOverAYear,
    );
  });
});
