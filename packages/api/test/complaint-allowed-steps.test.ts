import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowedSteps, type ComplaintEvent } from '@chp/domain';
import { createWorld, type World } from './support/world';
import { recordComplaint, step, type ComplaintRef } from './support/complaints';

/**
 * Complaint.allowedSteps: the steps the viewer may take now, computed by @chp/domain's
 * allowedSteps from the stored journey, the viewer's role and the organisation's settings.
 */
const STEPS = 'query($id: ID!) { complaint(id: $id) { id allowedSteps } }';

describe('Complaint.allowedSteps', () => {
  let world: World;

  beforeAll(async () => {
    world = await createWorld('2026-03-02T10:00:00Z');
  });
  afterAll(async () => {
    await world?.close();
  });

  const stepsOf = async (c: ComplaintRef, as = world.org.people.handler) => {
    const res = await world.gql<any>(STEPS, { id: c.id }, as);
    expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
    return res.body.data.complaint.allowedSteps as string[];
  };
  const received: ComplaintEvent = { type: 'received', at: '2026-03-02T09:00:00Z', stage: 1 };

  it('offers a handler the stage 1 steps on a new complaint, as the domain says', async () => {
    const c = await recordComplaint(world, world.org);
    const steps = await stepsOf(c);
    expect(steps).toEqual(allowedSteps([received], 'handler'));
    expect(steps).toEqual([
      'contactUpdate',
      'close',
      'otherOutcome',
      'escalate',
      'rootCauses',
      'note',
    ]);
  });

  it('offers a manager the extension and assignment too', async () => {
    const c = await recordComplaint(world, world.org);
    expect(await stepsOf(c, world.org.people.manager)).toEqual(allowedSteps([received], 'manager'));
    expect(await stepsOf(c, world.org.people.manager)).toContain('extend');
  });

  it('offers only the post-closure steps on a closed stage 1 complaint', async () => {
    const c = await step(
      world,
      world.org,
      'closeComplaint',
      '$id: ID!, $version: Int!, $input: CloseComplaintInput!',
      'id: $id, version: $version, input: $input',
      {
        ...(await recordComplaint(world, world.org)),
        input: {
          outcome: 'not_upheld',
          spsoSignposted: false,
          reasons: 'We checked the repair record.',
          communicatedBy: 'phone',
        },
      },
    );
    const steps = await stepsOf(c);
    expect(steps).not.toContain('close');
    expect(steps).not.toContain('contactUpdate');
    expect(steps).toEqual(['escalate', 'postClosureContact', 'rootCauses', 'note']);
  });

  it('offers communications staff no step', async () => {
    const c = await recordComplaint(world, world.org);
    expect(await stepsOf(c, world.org.people.communications)).toEqual([]);
  });

  it('offers stage 2 steps (acknowledge, agree points, sign off for an empowered manager)', async () => {
    const c = await recordComplaint(world, world.org, { stage: 2 });
    const steps = await stepsOf(c, world.org.people.manager);
    expect(steps).toEqual(expect.arrayContaining(['acknowledge', 'agreePoints', 'signOff']));
    expect(await stepsOf(c)).not.toContain('signOff');
  });
});
