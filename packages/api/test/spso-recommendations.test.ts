import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { must } from './support/must';
import { spsoDecidedComplaint } from './support/spso-recommendations';
import { createWorld, type World } from './support/world';

// docs/procedure.md, SPSO recommendations (§72–73): recorded on the complaint with a due date and
// an owner, tracked until completed with evidence, overdue ones listed.

let world: World;
let complaintId: string;
let recommendation: { id: string; version: number };

const FIELDS = 'id version complaintId recommendation dueOn ownerId completedOn evidence status';
const RECORD = `mutation($input: RecordSpsoRecommendationInput!) { recordSpsoRecommendation(input: $input) { ${FIELDS} } }`;
const COMPLETE = `mutation($id: ID!, $version: Int!, $evidence: String!) { completeSpsoRecommendation(id: $id, version: $version, evidence: $evidence) { ${FIELDS} } }`;
const LIST = `query($overdue: Boolean) { spsoRecommendations(overdue: $overdue) { ${FIELDS} } }`;
const ON_COMPLAINT = `query($complaintId: ID) { spsoRecommendations(complaintId: $complaintId) {
  id owner { id name } complaint { id reference } } }`;

beforeAll(async () => {
  world = await createWorld('2026-03-02T10:00:00Z');
  complaintId = await spsoDecidedComplaint(world, world.org);
}, 60_000);
afterAll(async () => {
  await world?.close();
});

describe('SPSO recommendations (§72–73)', () => {
  it('a manager records one on a complaint the SPSO decided, owned by a member of staff', async () => {
    const { recordSpsoRecommendation } = await must(
      world,
      {
        query: RECORD,
        variables: {
          input: {
            complaintId,
            recommendation: 'Apologise and review the repairs call-back process',
            dueOn: '2026-04-30',
            ownerId: world.org.people.staff.id,
          },
        },
      },
      world.org.people.manager,
    );
    recommendation = recordSpsoRecommendation;
    expect(recordSpsoRecommendation).toMatchObject({
      status: 'on_track',
      completedOn: null,
      version: 1,
    });
  });

  it('lists it on its complaint with its owner and the complaint reference, for the dashboard (§72)', async () => {
    const { spsoRecommendations } = await must(
      world,
      { query: ON_COMPLAINT, variables: { complaintId } },
      world.org.people.manager,
    );
    const [row] = await world.db.dataSource.query<{ reference: string; name: string }[]>(
      `SELECT c.reference, p.name FROM complaint c, person p WHERE c.id = $1 AND p.id = $2`,
      [complaintId, world.org.people.staff.id],
    );
    expect(spsoRecommendations).toEqual([
      {
        id: recommendation.id,
        owner: { id: world.org.people.staff.id, name: row!.name },
        complaint: { id: complaintId, reference: row!.reference },
      },
    ]);
  });

  it('past its due date it is in the overdue list, also for its owner', async () => {
    world.setNow('2026-05-04T09:00:00Z');
    const { spsoRecommendations } = await must(
      world,
      { query: LIST, variables: { overdue: true } },
      world.org.people.staff,
    );
    expect(spsoRecommendations.map((r: any) => [r.id, r.status])).toEqual([
      [recommendation.id, 'overdue'],
    ]);
  });

  it('another member of staff may not complete it (FORBIDDEN); its owner does, with evidence', async () => {
    const refused = await world.gql(
      COMPLETE,
      { ...recommendation, evidence: 'Done' },
      world.org.staff2,
    );
    expect(refused.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const { completeSpsoRecommendation } = await must(
      world,
      {
        query: COMPLETE,
        variables: { ...recommendation, evidence: 'Apology sent 4 May; process reviewed' },
      },
      world.org.people.staff,
    );
    expect(completeSpsoRecommendation).toMatchObject({
      status: 'completed',
      completedOn: '2026-05-04',
      evidence: 'Apology sent 4 May; process reviewed',
      version: 2,
    });
    const { spsoRecommendations } = await must(
      world,
      { query: LIST, variables: { overdue: true } },
      world.org.people.manager,
    );
    expect(spsoRecommendations).toEqual([]);
  });
});
