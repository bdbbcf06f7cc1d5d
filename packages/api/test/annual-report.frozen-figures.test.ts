import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { monthsOf } from '../src/modules/publications/annual-report';
import { authorisedAction, doneAction, SUMMARY } from './support/improvement-actions';
import { insertComplaint } from './support/inserted-complaint';
import { must } from './support/must';
import { CREATE, PUBLISH, SUBMIT, UPDATE, WITHDRAW, afterThePeriod } from './support/publications';
import { publicGql } from './support/public-gql';
import { createWorld, tableCounts, type World } from './support/world';

const FIGURES = `frozenFigures { current { received { value display } } annualReport {
  months { month label received { value display } closed { value display } }
  serviceAreas { name received { value display } previousReceived { value display } }
  actionsTaken { serviceArea summary date } actionsPlanned { serviceArea summary date } } }`;
const APPROVE_ANNUAL = `mutation($id: ID!, $version: Int!) { approvePublication(id: $id, version: $version) { id version status ${FIGURES} } }`;

describe('the annual complaints performance report (financial year 2025/26; docs/procedure.md, Reporting and publishing)', () => {
  let world: World;
  let slug: string;
  let taken: { id: string };
  let unsummarised: { id: string };
  beforeAll(async () => {
    world = await createWorld('2026-03-20T10:00:00Z');
    [{ slug }] = await world.db.dataSource.query(`SELECT slug FROM organisation WHERE id = $1`, [
      world.org.id,
    ]);
    // 6 in May 2025, 2 in January 2026 (fewer than 5), 1 in the year before (2024/25)
    for (let i = 0; i < 6; i++) await insertComplaint(world, world.org, '2025-05-12T10:00:00Z');
    for (let i = 0; i < 2; i++) await insertComplaint(world, world.org, '2026-01-14T10:00:00Z');
    await insertComplaint(world, world.org, '2024-11-04T10:00:00Z');
    const staff = world.org.people.staff.id;
    const summarise = async (a: { id: string; version: number }, publicSummary: string) =>
      (
        await must(
          world,
          { query: SUMMARY, variables: { ...a, publicSummary } },
          world.org.people.manager,
        )
      ).updateImprovementActionSummary;
    taken = await summarise(
      await doneAction(world, world.org, staff),
      'We now call back within one working day.',
    );
    await summarise(
      await authorisedAction(world, world.org, staff),
      'We will publish repair waiting times every month.',
    );
    unsummarised = await doneAction(world, world.org, staff);
    // everything above happened in the period; it is published once the period has ended
    await afterThePeriod(world);
  });
  afterAll(async () => {
    await world?.close();
  });

  async function annualInReview(period = '2025/26') {
    const comms = world.org.people.communications;
    let p = (
      await must(
        world,
        {
          query: CREATE,
          variables: { kind: 'annual', period, title: `Complaints performance report ${period}` },
        },
        comms,
      )
    ).createPublication;
    p = (
      await must(
        world,
        {
          query: UPDATE,
          variables: { ...p, introduction: 'How we handled complaints this year.' },
        },
        comms,
      )
    ).updatePublication;
    return (await must(world, { query: SUBMIT, variables: p }, comms)).submitPublicationForReview;
  }

  it('the months of a financial year run April to March, each labelled in full', () => {
    const months = monthsOf({ from: '2025-04-01', to: '2026-03-31' });
    expect(months.map((m) => m.label)).toEqual([
      'April 2025',
      'May 2025',
      'June 2025',
      'July 2025',
      'August 2025',
      'September 2025',
      'October 2025',
      'November 2025',
      'December 2025',
      'January 2026',
      'February 2026',
      'March 2026',
    ]);
    expect(months[10]).toMatchObject({ from: '2026-02-01', to: '2026-02-28' });
  });

  it('approval freezes the months, services and actions; a month with 1 to 4 complaints shows "fewer than 5"', async () => {
    const p = (
      await must(
        world,
        { query: APPROVE_ANNUAL, variables: await annualInReview() },
        world.org.people.manager,
      )
    ).approvePublication;
    const report = p.frozenFigures.annualReport;
    expect(report.months).toHaveLength(12);
    expect(report.months[1]).toEqual({
      month: '2025-05',
      label: 'May 2025',
      received: { value: 6, display: '6' },
      closed: { value: 0, display: '0' },
    });
    expect(report.months[9].received).toEqual({ value: null, display: 'fewer than 5' });
    expect(report.months[0].received).toEqual({ value: 0, display: '0' });
    expect(report.serviceAreas.find((s: any) => s.name === 'Repairs')).toEqual({
      name: 'Repairs',
      received: { value: 8, display: '8' },
      previousReceived: { value: null, display: 'fewer than 5' },
    });
    expect(p.frozenFigures.current.received).toEqual({ value: 8, display: '8' });
    await must(
      world,
      { query: WITHDRAW, variables: { ...p, reason: 'Test done' } },
      world.org.people.communications,
    );
  });

  it('the month figures equal the live SPSO indicators of each month at approval', async () => {
    const p = (
      await must(
        world,
        { query: APPROVE_ANNUAL, variables: await annualInReview() },
        world.org.people.manager,
      )
    ).approvePublication;
    for (const m of p.frozenFigures.annualReport.months) {
      const { from, to } = monthsOf({ from: `${m.month}-01`, to: `${m.month}-28` })[0]!;
      const last = new Date(Date.UTC(Number(m.month.slice(0, 4)), Number(m.month.slice(5, 7)), 0))
        .toISOString()
        .slice(0, 10);
      const live = (
        await must(
          world,
          {
            query: `{ spsoIndicators(period: { from: "${from}", to: "${last}" }) { received closed } }`,
          },
          world.org.people.senior_manager,
        )
      ).spsoIndicators;
      expect(
        [m.received.value ?? 'suppressed', m.closed.value ?? 'suppressed'],
        `${m.label} (${to})`,
      ).toEqual([
        live.received > 0 && live.received < 5 ? 'suppressed' : live.received,
        live.closed > 0 && live.closed < 5 ? 'suppressed' : live.closed,
      ]);
    }
    await must(
      world,
      { query: WITHDRAW, variables: { ...p, reason: 'Test done' } },
      world.org.people.communications,
    );
  });

  it('actions taken are those completed in the year with a public summary; planned are authorised or in progress; no summary, not published', async () => {
    const p = (
      await must(
        world,
        { query: APPROVE_ANNUAL, variables: await annualInReview() },
        world.org.people.manager,
      )
    ).approvePublication;
    const report = p.frozenFigures.annualReport;
    expect(report.actionsTaken).toEqual([
      {
        serviceArea: 'Repairs',
        summary: 'We now call back within one working day.',
        date: '2026-03-20',
      },
    ]);
    expect(report.actionsPlanned).toEqual([
      {
        serviceArea: 'Repairs',
        summary: 'We will publish repair waiting times every month.',
        date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      },
    ]);
    expect(JSON.stringify(report)).not.toContain(unsummarised.id);
    await must(
      world,
      { query: WITHDRAW, variables: { ...p, reason: 'Test done' } },
      world.org.people.communications,
    );
  });

  it("a customer's name in an action's public summary blocks the annual report's review, naming the action", async () => {
    await world.db.dataSource.query(
      `INSERT INTO customer (organisation_id, name) VALUES ($1, 'Ishbel Munro')`,
      [world.org.id],
    );
    const [row] = await world.db.dataSource.query(
      `SELECT version FROM improvement_action WHERE organisation_id = $1 AND id = $2`,
      [world.org.id, taken.id],
    );
    const named = (
      await must(
        world,
        {
          query: SUMMARY,
          variables: {
            id: taken.id,
            version: row.version,
            publicSummary: 'Ishbel Munro asked for call-backs; we now call back within a day.',
          },
        },
        world.org.people.manager,
      )
    ).updateImprovementActionSummary;
    const comms = world.org.people.communications;
    let p = (
      await must(
        world,
        {
          query: CREATE,
          variables: {
            kind: 'annual',
            period: '2025/26',
            title: 'Complaints performance report 2025/26',
          },
        },
        comms,
      )
    ).createPublication;
    p = (
      await must(
        world,
        {
          query: UPDATE,
          variables: { ...p, introduction: 'How we handled complaints this year.' },
        },
        comms,
      )
    ).updatePublication;
    const before = await tableCounts(world.db);
    const error = (await world.gql<any>(SUBMIT, { id: p.id, version: p.version }, comms)).body
      .errors?.[0];
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'PERSONAL_DATA' });
    expect(error?.extensions?.findings).toEqual([
      {
        field: `actions[${taken.id}].publicSummary`,
        kind: 'customer_name',
        excerpt: expect.stringContaining('Ishbel Munro'),
      },
    ]);
    expect(await tableCounts(world.db)).toEqual(before);
    await must(
      world,
      {
        query: SUMMARY,
        variables: { ...named, publicSummary: 'We now call back within one working day.' },
      },
      world.org.people.manager,
    );
    await must(world, { query: WITHDRAW, variables: { ...p, reason: 'Test done' } }, comms);
  });

  it('the public surface serves the frozen annual report, and a quarterly publication has none', async () => {
    const p = (
      await must(
        world,
        { query: APPROVE_ANNUAL, variables: await annualInReview() },
        world.org.people.manager,
      )
    ).approvePublication;
    await must(world, { query: PUBLISH, variables: p }, world.org.people.communications);
    for (let i = 0; i < 5; i++) await insertComplaint(world, world.org, '2025-06-02T10:00:00Z');
    const q = `query($slug: String!, $id: ID!) { publishedPublication(organisationSlug: $slug, id: $id) { kind annualReport { months { label received { display } } actionsTaken { summary } actionsPlanned { summary } } } }`;
    const page = (await publicGql(world, q, { slug, id: p.id })).data.publishedPublication;
    expect(page.kind).toBe('annual');
    // June 2025 had none at approval: the 5 added since do not show
    expect(page.annualReport.months[2]).toEqual({ label: 'June 2025', received: { display: '0' } });
    expect(page.annualReport.actionsTaken).toEqual([
      { summary: 'We now call back within one working day.' },
    ]);
    expect(page.annualReport.actionsPlanned).toEqual([
      { summary: 'We will publish repair waiting times every month.' },
    ]);
  });
});
