import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorisedAction, doneAction, SUMMARY } from './support/improvement-actions';
import { insertComplaint } from './support/inserted-complaint';
import { must } from './support/must';
import { APPROVE, CREATE, PUBLISH, SUBMIT, UPDATE, afterThePeriod } from './support/publications';
import { createWorld, type World } from './support/world';

describe('the annual complaints performance report on the public site', () => {
  let world: World;
  let html: string;
  beforeAll(async () => {
    world = await createWorld('2026-03-20T10:00:00Z');
    const [{ slug }] = await world.db.dataSource.query(
      `SELECT slug FROM organisation WHERE id = $1`,
      [world.org.id],
    );
    for (let i = 0; i < 6; i++) await insertComplaint(world, world.org, '2025-05-12T10:00:00Z');
    const staff = world.org.people.staff.id;
    const summarise = async (a: { id: string; version: number }, publicSummary: string) =>
      (
        await must(
          world,
          { query: SUMMARY, variables: { ...a, publicSummary } },
          world.org.people.manager,
        )
      ).updateImprovementActionSummary;
    await summarise(
      await doneAction(world, world.org, staff),
      'We now call back within one working day.',
    );
    await summarise(
      await authorisedAction(world, world.org, staff),
      'We will publish repair waiting times every month.',
    );
    const comms = world.org.people.communications;
    // everything above happened in the period; it is published once the period has ended
    await afterThePeriod(world);
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
          variables: {
            ...p,
            introduction: 'How we handled complaints.',
            learning: 'Call-backs matter most.',
            customerExperience: 'Most of you found us easy to reach.',
            staffTraining: 'Every handler trained on the new procedure.',
          },
        },
        comms,
      )
    ).updatePublication;
    p = (await must(world, { query: SUBMIT, variables: p }, comms)).submitPublicationForReview;
    p = (await must(world, { query: APPROVE, variables: p }, world.org.people.manager))
      .approvePublication;
    p = (await must(world, { query: PUBLISH, variables: p }, comms)).publishPublication;
    html = await (await fetch(`${world.url}/public/${slug}/${p.id}`)).text();
  });
  afterAll(async () => {
    await world?.close();
  });

  it('shows the months of the financial year as a chart with a table equivalent, April to March', async () => {
    const months = [...html.matchAll(/data-month-received="([\d-]+)">([^<]*)</g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(months).toHaveLength(12);
    expect(months[0]).toEqual(['2025-04', '0']);
    expect(months[1]).toEqual(['2025-05', '6']);
    expect(html).toContain(
      'aria-label="Complaints received each month, April 2025 to March 2026 (bar chart)"',
    );
  });

  it('shows the narrative parts the SPSO asks for and the changes taken and planned', () => {
    const headings = [...html.matchAll(/<h2 id="[^"]+">([^<]*)<\/h2>/g)].map((m) => m[1]);
    expect(headings).toEqual([
      'Headline figures',
      'SPSO complaints performance indicators',
      'Complaints month by month',
      'Complaints by service',
      'What we learned',
      'Changes we made',
      'Changes we have planned',
      'Customer experience',
      'Staff training',
      'Other formats',
    ]);
    expect(html).toContain('<p>Call-backs matter most.</p>');
    // the SPSO indicator set exactly: the two stage 2 routes apart, never merged
    expect(html).toContain('<th scope="col" class="number">Stage 2 (after escalation)</th>');
    expect(html).toMatch(/<th scope="row">B: Complaints closed<\/th>/);
    expect(html).toMatch(
      /<li><strong>Repairs:<\/strong> We now call back within one working day\. \(completed \d+ \w+ 20\d\d\)<\/li>/,
    );
    expect(html).toMatch(
      /We will publish repair waiting times every month\. \(due \d+ \w+ 20\d\d\)/,
    );
  });
});
