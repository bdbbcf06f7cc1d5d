import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countSpsoComparisons, type Outcome, type SpsoDecision } from '@chp/domain';
import { insertComplaint } from './support/inserted-complaint';
import { must } from './support/must';
import { createWorld, type World, type WorldOrganisation } from './support/world';

// docs/procedure.md, SPSO decisions against ours (§72–73): the SPSO's decision on each complaint
// set against our final outcome, per service area, held equal to @chp/domain's reference.

let world: World;

const REPORT = `query($from: LocalDate!, $to: LocalDate!) { spsoDecisions(from: $from, to: $to) {
  from to
  total { not_taken_forward same spso_upheld_more spso_upheld_less not_comparable }
  byServiceArea { serviceAreaId serviceAreaName counts { not_taken_forward same spso_upheld_more spso_upheld_less not_comparable } }
  upheldMore { complaintId reference serviceAreaName ourOutcome spsoDecision decidedOn } } }`;

async function decided(
  org: WorldOrganisation,
  area: number,
  stage1: Outcome | null,
  stage2: Outcome | null,
  spso: SpsoDecision,
  decidedOn: string,
) {
  const id = await insertComplaint(world, org, '2025-06-02T10:00:00Z');
  await world.db.dataSource.query(
    `UPDATE complaint SET service_area_id = $3, stage1_outcome = $4, stage2_outcome = $5, spso_decision = $6, spso_decided_on = $7
      WHERE organisation_id = $1 AND id = $2`,
    [org.id, id, org.serviceAreaIds[area], stage1, stage2, spso, decidedOn],
  );
  return id;
}

let weak: string;

beforeAll(async () => {
  world = await createWorld('2026-03-02T10:00:00Z');
  const { org, other } = world;
  // not upheld by us at stage 2, upheld by the SPSO: the signal of a weak investigation
  weak = await decided(org, 0, 'not_upheld', 'not_upheld', 'upheld', '2026-01-15');
  // upheld at stage 1, not upheld at stage 2 (our final outcome), partly upheld by the SPSO
  await decided(org, 0, 'upheld', 'not_upheld', 'partially_upheld', '2026-02-03');
  await decided(org, 1, 'upheld', null, 'upheld', '2026-02-10');
  await decided(org, 1, null, 'upheld', 'not_upheld', '2026-02-20');
  await decided(org, 2, 'resolved', null, 'upheld', '2026-02-21');
  await decided(org, 2, 'not_upheld', null, 'not_taken_forward', '2026-02-22');
  // outside the period, and another organisation's: not counted
  await decided(org, 0, 'not_upheld', null, 'upheld', '2025-12-31');
  await decided(other, 0, 'not_upheld', null, 'upheld', '2026-01-20');
}, 60_000);
afterAll(async () => {
  await world?.close();
});

describe('SPSO decisions against ours (§72–73)', () => {
  it('the counts per service area equal the domain’s reference on the same complaints', async () => {
    const rows: {
      serviceAreaId: string;
      stage1Outcome: Outcome | null;
      stage2Outcome: Outcome | null;
      spsoDecision: SpsoDecision;
    }[] = await world.db.dataSource.query(
      `SELECT service_area_id AS "serviceAreaId", stage1_outcome AS "stage1Outcome", stage2_outcome AS "stage2Outcome",
              spso_decision AS "spsoDecision"
         FROM complaint WHERE organisation_id = $1 AND spso_decided_on BETWEEN '2026-01-01' AND '2026-03-31'`,
      [world.org.id],
    );
    const reference = countSpsoComparisons(rows);
    const { spsoDecisions } = await must(
      world,
      { query: REPORT, variables: { from: '2026-01-01', to: '2026-03-31' } },
      world.org.people.manager,
    );
    expect(spsoDecisions.total).toEqual(reference.total);
    expect(spsoDecisions.total).toEqual({
      not_taken_forward: 1,
      same: 1,
      spso_upheld_more: 2,
      spso_upheld_less: 1,
      not_comparable: 1,
    });
    for (const area of spsoDecisions.byServiceArea)
      expect(area.counts).toEqual(reference.byServiceArea.get(area.serviceAreaId));
    expect(spsoDecisions.byServiceArea).toHaveLength(reference.byServiceArea.size);
  });

  it('lists the complaints the SPSO upheld more than we did, latest decision first', async () => {
    const { spsoDecisions } = await must(
      world,
      { query: REPORT, variables: { from: '2026-01-01', to: '2026-03-31' } },
      world.org.people.manager,
    );
    expect(
      spsoDecisions.upheldMore.map((c: any) => [c.ourOutcome, c.spsoDecision, c.decidedOn]),
    ).toEqual([
      ['not_upheld', 'partially_upheld', '2026-02-03'],
      ['not_upheld', 'upheld', '2026-01-15'],
    ]);
    expect(spsoDecisions.upheldMore[1].complaintId).toBe(weak);
  });

  it('an end before the start is BAD_USER_INPUT on `to`', async () => {
    const res = await world.gql(
      REPORT,
      { from: '2026-03-31', to: '2026-01-01' },
      world.org.people.manager,
    );
    expect(res.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'to',
    });
  });

  it('staff who may not read complaints are refused (FORBIDDEN)', async () => {
    const res = await world.gql(
      REPORT,
      { from: '2026-01-01', to: '2026-03-31' },
      world.org.people.staff,
    );
    expect(res.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});
