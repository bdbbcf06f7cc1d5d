import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_TEXT_MAX } from '../src/core/audit-payload';
import { PUBLICATION_TEXT_QUOTA } from '../src/modules/publications/publication-quota';
import { must } from './support/must';
import { ADD_ITEM, CREATE, UPDATE } from './support/publications';
import { createWorld, tableCounts, type World } from './support/world';

describe("what a publication's edits may store (text quota, audit rows)", () => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld('2026-05-20T10:00:00Z');
  });
  afterAll(async () => {
    await world?.close();
  });

  async function annualReport(period: string) {
    const comms = world.org.people.communications;
    const created = await must(
      world,
      { query: CREATE, variables: { kind: 'annual', period, title: 'Annual report' } },
      comms,
    );
    return created.createPublication as { id: string; version: number };
  }

  it("the audit row of a large text update keeps the text's length and hash, not the text", async () => {
    const p = await annualReport('2024/25');
    const learning = 'We learned to answer sooner. '.repeat(600).trim();
    await must(
      world,
      { query: UPDATE, variables: { id: p.id, version: p.version, learning } },
      world.org.people.communications,
    );
    const [row] = await world.db.dataSource.query(
      `SELECT changes, octet_length(changes::text) AS size FROM audit_log WHERE entity_id = $1 AND operation = 'updatePublication'`,
      [p.id],
    );
    expect(row.changes.learning).toEqual({
      length: learning.length,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(row.size).toBeLessThan(AUDIT_TEXT_MAX * 2);
  });

  it('textQuota: texts that would take a publication over its quota are refused with BAD_USER_INPUT naming the field, and nothing changes', async () => {
    const comms = world.org.people.communications;
    const p = await annualReport('2025/26');
    const fill = (n: number) => 'Repairs were slow in winter. '.repeat(n).slice(0, n);
    let version = (
      await must(
        world,
        {
          query: UPDATE,
          variables: {
            id: p.id,
            version: p.version,
            introduction: fill(10_000),
            learning: fill(20_000),
            customerExperience: fill(20_000),
            staffTraining: fill(20_000),
          },
        },
        comms,
      )
    ).updatePublication.version;
    const items = Math.ceil((PUBLICATION_TEXT_QUOTA - 70_000 - 'Annual report'.length) / 4000) - 1; // just under the quota
    for (let i = 0; i < items; i++)
      version = (
        await must(
          world,
          {
            query: ADD_ITEM,
            variables: { id: p.id, version, youSaid: fill(2000), weDid: fill(2000) },
          },
          comms,
        )
      ).addPublicationItem.version;
    const before = await tableCounts(world.db);
    const res = await world.gql(
      ADD_ITEM,
      { id: p.id, version, youSaid: fill(2000), weDid: fill(1000) },
      comms,
    );
    expect(res.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'youSaid',
      rule: 'textQuota',
    });
    expect(await tableCounts(world.db)).toEqual(before);
  });
});
