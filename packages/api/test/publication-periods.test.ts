import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { must } from './support/must';
import { CREATE, SUBMIT, UPDATE, WITHDRAW } from './support/publications';
import { createWorld, tableCounts, type World } from './support/world';

describe('one live publication per kind and period', () => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld('2026-03-20T10:00:00Z');
  });
  afterAll(async () => {
    await world?.close();
  });

  it('a second publication for the same quarter is refused with PUBLICATION_EXISTS and nothing is written', async () => {
    const comms = world.org.people.communications;
    await must(
      world,
      { query: CREATE, variables: { kind: 'quarterly', period: '2025-Q3', title: 'First' } },
      comms,
    );
    const before = await tableCounts(world.db);
    const error = (
      await world.gql<any>(CREATE, { kind: 'quarterly', period: '2025-Q3', title: 'Second' }, comms)
    ).body.errors?.[0];
    expect(error?.extensions).toMatchObject({ code: 'CONFLICT', rule: 'PUBLICATION_EXISTS' });
    expect(await tableCounts(world.db)).toEqual(before);
  });

  it('the same period is free for the other kind: an annual report 2024/25 beside the quarter 2024-Q4', async () => {
    const comms = world.org.people.communications;
    await must(
      world,
      { query: CREATE, variables: { kind: 'quarterly', period: '2024-Q4', title: 'Quarter' } },
      comms,
    );
    const annual = await world.gql<any>(
      CREATE,
      { kind: 'annual', period: '2024/25', title: 'Year' },
      comms,
    );
    expect(annual.body.errors).toBeUndefined();
  });

  it('withdrawing a publication frees its period for a new one', async () => {
    const comms = world.org.people.communications;
    const first = (
      await must(
        world,
        { query: CREATE, variables: { kind: 'quarterly', period: '2025-Q2', title: 'First' } },
        comms,
      )
    ).createPublication;
    await must(world, { query: UPDATE, variables: { ...first, introduction: 'x' } }, comms).then(
      async ({ updatePublication: p }) =>
        must(world, { query: SUBMIT, variables: p }, comms).then(
          ({ submitPublicationForReview: r }) =>
            must(world, { query: WITHDRAW, variables: { ...r, reason: 'Started again' } }, comms),
        ),
    );
    const again = await world.gql<any>(
      CREATE,
      { kind: 'quarterly', period: '2025-Q2', title: 'Second' },
      comms,
    );
    expect(again.body.errors).toBeUndefined();
  });

  it('the database refuses a second live row for the period even past the service check', async () => {
    const comms = world.org.people.communications;
    const p = (
      await must(
        world,
        { query: CREATE, variables: { kind: 'quarterly', period: '2024-Q1', title: 'First' } },
        comms,
      )
    ).createPublication;
    await expect(
      world.db.dataSource.query(
        `INSERT INTO publication (organisation_id, kind, period, period_from, period_to, title, status, author_id)
       SELECT organisation_id, kind, period, period_from, period_to, 'Copy', 'draft', author_id FROM publication WHERE organisation_id = $1 AND id = $2`,
        [world.org.id, p.id],
      ),
    ).rejects.toThrow(/publication_period_live_idx/);
  });
});
