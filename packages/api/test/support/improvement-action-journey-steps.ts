import {
  AUTHORISE,
  COMPLETE,
  PROGRESS,
  PROPOSE,
  VERIFY,
  proposedAction,
} from './improvement-actions';
import { must } from './must';
import type { World } from './world';

/**
 * The steps improvement-action-journey.to-completion and .verification take, replayed with the
 * same dates, people and inputs so that the next file starts where the previous one stopped. The
 * checks are in those files; here every step must only succeed.
 */
type ActionRef = { id: string; version: number };

/**
 * Proposed by the handler on Monday 2 March 2026 (the world's clock) for `complaintId` and
 * `rootCauseId`, owned by staff, target 30 April; authorised 3 March; first progress 10 March
 * (when staff2 is also given an action of their own); completed 20 April, monitored to 31 July.
 */
export async function walkToCompletion(
  world: World,
  complaintId: string,
  rootCauseId: string,
): Promise<ActionRef> {
  const { org } = world;
  let action: ActionRef = (
    await must(
      world,
      {
        query: PROPOSE,
        variables: {
          input: {
            title: 'Call tenants back within one working day',
            description: 'Repairs officers call back every tenant who reports a leak',
            serviceAreaId: org.serviceAreaIds[0],
            ownerId: org.people.staff.id,
            targetDate: '2026-04-30',
            complaintIds: [complaintId],
            rootCauseIds: [rootCauseId],
          },
        },
      },
      org.people.handler,
    )
  ).proposeImprovementAction;
  world.setNow('2026-03-03T09:30:00Z');
  action = (await must(world, { query: AUTHORISE, variables: action }, org.people.manager))
    .authoriseImprovementAction;
  world.setNow('2026-03-10T14:00:00Z');
  action = (
    await must(
      world,
      {
        query: PROGRESS,
        variables: { ...action, note: 'Call-back rota drafted with the repairs team' },
      },
      org.people.staff,
    )
  ).recordActionProgress;
  await proposedAction(world, org, org.staff2.id);
  world.setNow('2026-04-20T09:00:00Z');
  return (
    await must(
      world,
      {
        query: COMPLETE,
        variables: {
          ...action,
          evidence: 'Call-back rota in place since 20 April; tenants called back within a day',
          monitoringUntil: '2026-07-31',
          learningShared: 'Repairs team briefing, 20 April',
        },
      },
      org.people.staff,
    )
  ).completeImprovementAction;
}

/** Verified effective by a manager on 3 August, after the monitoring period. */
export async function walkToVerified(world: World, action: ActionRef): Promise<ActionRef> {
  world.setNow('2026-08-03T09:00:00Z');
  return (
    await must(
      world,
      {
        query: VERIFY,
        variables: {
          ...action,
          effectiveness: 'effective',
          note: 'No complaints about call-backs from May to July',
        },
      },
      world.org.people.manager,
    )
  ).verifyImprovementActionEffect;
}
