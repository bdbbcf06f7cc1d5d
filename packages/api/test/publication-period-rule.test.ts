import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { must } from './support/must';
import {
  APPROVE,
  CREATE,
  PUBLISH,
  SUBMIT,
  approved,
  draftPublication,
  inReview,
  type Pub,
} from './support/publications';
import { createWorld, tableCounts, type World } from './support/world';

/**
 * Publications cover complete periods only (docs/api.md, Bad input): the API refuses the current,
 * unfinished quarter or financial year and future ones, whatever the dashboard offers. The clock
 * stands at Monday 2 March 2026: 2026-Q1 and 2025/26 are unfinished.
 */
describe('publications only for complete, past periods', () => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld('2026-03-02T10:00:00Z');
  });
  afterAll(async () => {
    await world?.close();
  });

  async function refusal(query: string, variables: object, as = world.org.people.communications) {
    const before = await tableCounts(world.db);
    const error = (await world.gql<any>(query, variables, as)).body.errors?.[0];
    expect(await tableCounts(world.db)).toEqual(before);
    return error?.extensions;
  }

  /** A publication of an earlier period moved into an unfinished quarter, as one made before the rule would be. */
  async function intoQuarter(p: Pub, quarter: string, from: string, to: string): Promise<Pub> {
    await world.db.dataSource.query(
      `UPDATE publication SET period = $2, period_from = $3, period_to = $4 WHERE id = $1`,
      [p.id, quarter, from, to],
    );
    return p;
  }

  it('creating one for the current quarter 2026-Q1 is refused: BAD_USER_INPUT period completedPeriod', async () => {
    expect(
      await refusal(CREATE, { kind: 'quarterly', period: '2026-Q1', title: 'Too early' }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period', rule: 'completedPeriod' });
  });

  it('creating one for a future quarter 2030-Q1 is refused: completedPeriod', async () => {
    expect(
      await refusal(CREATE, { kind: 'quarterly', period: '2030-Q1', title: 'Future' }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'completedPeriod' });
  });

  it('creating an annual report for the unfinished financial year 2025/26 is refused: completedPeriod', async () => {
    expect(
      await refusal(CREATE, { kind: 'annual', period: '2025/26', title: 'Too early' }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'completedPeriod' });
  });

  it('the last complete quarter 2025-Q4 may be created', async () => {
    const res = await world.gql<any>(
      CREATE,
      { kind: 'quarterly', period: '2025-Q4', title: 'October to December 2025' },
      world.org.people.communications,
    );
    expect(res.body.errors).toBeUndefined();
  });

  it('a draft of the unfinished quarter 2026-Q1 cannot be submitted: CONFLICT PERIOD_NOT_OVER', async () => {
    const p = await intoQuarter(
      await draftPublication(world, world.org),
      '2026-Q1',
      '2026-01-01',
      '2026-03-31',
    );
    expect(await refusal(SUBMIT, p)).toMatchObject({ code: 'CONFLICT', rule: 'PERIOD_NOT_OVER' });
  });

  it('one in review for the unfinished quarter 2026-Q2 cannot be approved: CONFLICT PERIOD_NOT_OVER', async () => {
    const p = await intoQuarter(
      await inReview(world, world.org),
      '2026-Q2',
      '2026-04-01',
      '2026-06-30',
    );
    expect(await refusal(APPROVE, p, world.org.people.manager)).toMatchObject({
      code: 'CONFLICT',
      rule: 'PERIOD_NOT_OVER',
    });
  });

  it('an approved one for the unfinished quarter 2026-Q3 cannot be published: CONFLICT PERIOD_NOT_OVER', async () => {
    const p = await intoQuarter(
      await approved(world, world.org),
      '2026-Q3',
      '2026-07-01',
      '2026-09-30',
    );
    expect(await refusal(PUBLISH, p)).toMatchObject({ code: 'CONFLICT', rule: 'PERIOD_NOT_OVER' });
  });

  it('once the quarter has ended (1 January 2027) a draft of 2026-Q4 may be submitted', async () => {
    const p = await intoQuarter(
      await draftPublication(world, world.org),
      '2026-Q4',
      '2026-10-01',
      '2026-12-31',
    );
    // the signed-in sessions (12 hours) outlive the jump
    await world.db.dataSource.query(`UPDATE person_session SET expires_at = '2027-01-02'`);
    world.setNow('2027-01-01T09:00:00Z');
    try {
      const done = await must(
        world,
        { query: SUBMIT, variables: p },
        world.org.people.communications,
      );
      expect(done.submitPublicationForReview.status).toBe('in_review');
    } finally {
      world.setNow('2026-03-02T10:00:00Z');
    }
  });
});
