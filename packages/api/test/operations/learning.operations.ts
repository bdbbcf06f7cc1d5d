import { randomBytes, randomUUID } from 'node:crypto';
import { COMPLAINT_HANDLERS, MANAGERS, Role } from '../../src/core/role';
import type { World, WorldOrganisation } from '../support/world';
import { must, type Call, type OperationCase } from './operation-case';

const ALL = Object.values(Role);
const unique = () => randomBytes(4).toString('hex');

/** A received stage 1 complaint of `org`, written straight to the tables (the learning module only links to it). */
export async function insertComplaint(
  world: World,
  org: WorldOrganisation,
  receivedAt = '2026-02-23T10:00:00Z',
): Promise<string> {
  const id = randomUUID();
  await world.db.dataSource.query(
    `INSERT INTO complaint (organisation_id, id, reference, received_at, channel, service_area_id, category, summary, route, current_stage, status, stage1_day_one, stage1_due_on)
     VALUES ($1, $2, $3, $4, 'phone', $5, 'Repairs', 'Repair to a leaking roof not done', 'stage1', 1, 'open', $4::timestamptz::date, ($4::timestamptz::date + 7))`,
    [org.id, id, `LRN-${unique()}`, receivedAt, org.serviceAreaIds[0]],
  );
  await world.db.dataSource.query(
    `INSERT INTO complaint_event (organisation_id, complaint_id, sequence, type, at, stage) VALUES ($1, $2, 1, 'received', $3, 1)`,
    [org.id, id, receivedAt],
  );
  return id;
}

/** A sub-cause of the default tree (e.g. 'No update given'). */
export async function defaultRootCause(
  world: World,
  org: WorldOrganisation,
  name = 'No update given',
): Promise<string> {
  const [row] = await world.db.dataSource.query(
    `SELECT id FROM root_cause WHERE organisation_id = $1 AND name = $2`,
    [org.id, name],
  );
  return row.id;
}

export const ACTION_FIELDS = 'id version status title targetDate deadlineStatus owner { id name }';
export const PROPOSE = `mutation($input: ProposeImprovementActionInput!) { proposeImprovementAction(input: $input) { ${ACTION_FIELDS} } }`;
export const AUTHORISE = `mutation($id: ID!, $version: Int!) { authoriseImprovementAction(id: $id, version: $version) { ${ACTION_FIELDS} } }`;
export const ASSIGN = `mutation($id: ID!, $version: Int!, $ownerId: ID!, $targetDate: LocalDate) { assignImprovementAction(id: $id, version: $version, ownerId: $ownerId, targetDate: $targetDate) { ${ACTION_FIELDS} } }`;
export const PROGRESS = `mutation($id: ID!, $version: Int!, $note: String!) { recordActionProgress(id: $id, version: $version, note: $note) { ${ACTION_FIELDS} progressUpdates { note author { id } } } }`;
export const COMPLETE = `mutation($id: ID!, $version: Int!, $evidence: String!, $completedOn: LocalDate, $monitoringUntil: LocalDate, $learningShared: String) {
  completeImprovementAction(id: $id, version: $version, evidence: $evidence, completedOn: $completedOn, monitoringUntil: $monitoringUntil, learningShared: $learningShared) { ${ACTION_FIELDS} completedOn monitoringUntil } }`;
export const VERIFY = `mutation($id: ID!, $version: Int!, $effectiveness: Effectiveness!, $note: String!) { verifyImprovementActionEffect(id: $id, version: $version, effectiveness: $effectiveness, note: $note) { ${ACTION_FIELDS} effectiveness verifiedOn } }`;
export const CANCEL = `mutation($id: ID!, $version: Int!, $reason: String!) { cancelImprovementAction(id: $id, version: $version, reason: $reason) { ${ACTION_FIELDS} cancelledReason } }`;
export const SUMMARY = `mutation($id: ID!, $version: Int!, $publicSummary: String, $learningShared: String, $description: String) {
  updateImprovementActionSummary(id: $id, version: $version, publicSummary: $publicSummary, learningShared: $learningShared, description: $description) { ${ACTION_FIELDS} publicSummary } }`;

type Ref = { id: string; version: number };

/** A proposed action of `org` owned by `ownerId` (by the handler, linked to nothing unless given). */
export async function proposedAction(
  world: World,
  org: WorldOrganisation,
  ownerId: string,
  input: Record<string, unknown> = {},
): Promise<Ref> {
  const { proposeImprovementAction } = await must(
    world,
    {
      query: PROPOSE,
      variables: {
        input: {
          title: `Action ${unique()}`,
          description: 'Call tenants back within one working day',
          serviceAreaId: org.serviceAreaIds[0],
          ownerId,
          targetDate: '2026-06-30',
          complaintIds: [],
          rootCauseIds: [],
          ...input,
        },
      },
    },
    org.people.handler,
  );
  return proposeImprovementAction;
}

export async function authorisedAction(
  world: World,
  org: WorldOrganisation,
  ownerId: string,
): Promise<Ref> {
  const a = await proposedAction(world, org, ownerId);
  return (await must(world, { query: AUTHORISE, variables: a }, org.people.manager))
    .authoriseImprovementAction;
}

export async function doneAction(
  world: World,
  org: WorldOrganisation,
  ownerId: string,
  monitoringUntil: string | null = null,
): Promise<Ref> {
  const a = await authorisedAction(world, org, ownerId);
  return (
    await must(
      world,
      {
        query: COMPLETE,
        variables: { ...a, evidence: 'New call-back rota in place', monitoringUntil },
      },
      org.people.manager,
    )
  ).completeImprovementAction;
}

export async function cancelledAction(
  world: World,
  org: WorldOrganisation,
  ownerId: string,
): Promise<Ref> {
  const a = await proposedAction(world, org, ownerId);
  return (
    await must(
      world,
      { query: CANCEL, variables: { ...a, reason: 'Superseded' } },
      org.people.manager,
    )
  ).cancelImprovementAction;
}

const NEW_ROOT_CAUSE =
  'mutation($parentId: ID, $name: String!, $description: String) { createRootCause(parentId: $parentId, name: $name, description: $description) { id version name parentId } }';
const UPDATE_ROOT_CAUSE =
  'mutation($id: ID!, $version: Int!, $name: String, $active: Boolean, $parentId: ID) { updateRootCause(id: $id, version: $version, name: $name, active: $active, parentId: $parentId) { id version name active } }';

async function newRootCause(
  world: World,
  org: WorldOrganisation,
  parentId: string | null = null,
): Promise<Ref> {
  return (
    await must(
      world,
      { query: NEW_ROOT_CAUSE, variables: { parentId, name: `Cause ${unique()}` } },
      org.people.admin,
    )
  ).createRootCause;
}

const call = (query: string, variables: Record<string, unknown>): Call => ({ query, variables });

export const learningOperations: OperationCase[] = [
  {
    name: 'rootCauses',
    kind: 'query',
    allowed: ALL,
    valid: async () => ({
      query: '{ rootCauses { id name active parent { name } children { name } } }',
    }),
  },
  {
    name: 'createRootCause',
    kind: 'mutation',
    allowed: [Role.admin],
    valid: async (world, org) =>
      call(NEW_ROOT_CAUSE, {
        parentId: await defaultRootCause(world, org, 'Communication'),
        name: `Letter wording ${unique()}`,
      }),
    invalid: [
      {
        description: 'a blank name',
        build: async () => call(NEW_ROOT_CAUSE, { name: '   ' }),
        code: 'BAD_USER_INPUT',
        field: 'name',
        rule: 'matches',
      },
      {
        description: 'a name its siblings already use',
        build: async (world, org) =>
          call(NEW_ROOT_CAUSE, {
            parentId: await defaultRootCause(world, org, 'Communication'),
            name: 'no update GIVEN',
          }),
        code: 'CONFLICT',
        rule: 'ROOT_CAUSE_NAME_TAKEN',
      },
      {
        description: 'a parent that is not a root cause of this organisation',
        build: async (world) =>
          call(NEW_ROOT_CAUSE, {
            parentId: await defaultRootCause(world, world.other, 'Communication'),
            name: 'Anything',
          }),
        code: 'BAD_USER_INPUT',
        field: 'parentId',
        rule: 'exists',
      },
    ],
  },
  {
    name: 'updateRootCause',
    kind: 'mutation',
    allowed: [Role.admin],
    valid: async (world, org) => {
      const rc = await newRootCause(world, org);
      return call(UPDATE_ROOT_CAUSE, { ...rc, name: `Renamed ${unique()}` });
    },
    invalid: [
      {
        description: 'a stale version',
        build: async (world, org) =>
          call(UPDATE_ROOT_CAUSE, {
            id: (await newRootCause(world, org)).id,
            version: 7,
            active: false,
          }),
        code: 'CONFLICT',
        rule: 'STALE_VERSION',
      },
      {
        description: 'moving a group under one of its own sub-causes',
        build: async (world, org) => {
          const group = await newRootCause(world, org);
          const child = await newRootCause(world, org, group.id);
          return call(UPDATE_ROOT_CAUSE, { ...group, parentId: child.id });
        },
        code: 'BAD_USER_INPUT',
        field: 'parentId',
        rule: 'noCycle',
      },
      {
        description: "renaming to a sibling's name",
        build: async (world, org) => {
          const [row] = await world.db.dataSource.query(
            `SELECT id, version FROM root_cause WHERE organisation_id = $1 AND name = 'Not listened to'`,
            [org.id],
          );
          return call(UPDATE_ROOT_CAUSE, {
            id: row.id,
            version: row.version,
            name: 'No update given',
          });
        },
        code: 'CONFLICT',
        rule: 'ROOT_CAUSE_NAME_TAKEN',
      },
    ],
  },
  {
    name: 'improvementActions',
    kind: 'query',
    allowed: ALL,
    valid: async () => ({
      query:
        '{ improvementActions(filter: { status: [proposed, authorised, in_progress] }, limit: 50) { totalCount items { id title deadlineStatus owner { name } serviceArea { name } rootCauses { name } } } }',
    }),
  },
  {
    name: 'improvementAction',
    kind: 'query',
    allowed: ALL,
    valid: async (world, org, as) =>
      call(
        `query($id: ID!) { improvementAction(id: $id) { ${ACTION_FIELDS} proposedBy { id } allowedSteps progressUpdates { note } } }`,
        { id: (await proposedAction(world, org, as.id)).id },
      ),
  },
  {
    name: 'proposeImprovementAction',
    kind: 'mutation',
    allowed: COMPLAINT_HANDLERS,
    valid: async (world, org) =>
      call(PROPOSE, {
        input: {
          title: 'Call tenants back within one working day',
          description: 'Repairs staff call back every tenant who reports a leak',
          serviceAreaId: org.serviceAreaIds[0],
          ownerId: org.people.staff.id,
          targetDate: '2026-06-30',
          complaintIds: [await insertComplaint(world, org)],
          rootCauseIds: [await defaultRootCause(world, org)],
          publicSummary: 'You said we did not call back; we now call back within one working day',
        },
      }),
    invalid: [
      {
        description: 'a target date before today',
        build: async (_w, org) =>
          call(PROPOSE, {
            input: {
              title: 'T',
              description: 'D',
              serviceAreaId: org.serviceAreaIds[0],
              ownerId: org.people.staff.id,
              targetDate: '2026-03-01',
            },
          }),
        code: 'BAD_USER_INPUT',
        field: 'targetDate',
        rule: 'TARGET_DATE_IN_PAST',
      },
      {
        description: 'a blank title',
        build: async (_w, org) =>
          call(PROPOSE, {
            input: {
              title: ' ',
              description: 'D',
              serviceAreaId: org.serviceAreaIds[0],
              ownerId: org.people.staff.id,
              targetDate: '2026-06-30',
            },
          }),
        code: 'BAD_USER_INPUT',
        field: 'title',
        rule: 'matches',
      },
      {
        description: 'an owner who is not staff of this organisation',
        build: async (world, org) =>
          call(PROPOSE, {
            input: {
              title: 'T',
              description: 'D',
              serviceAreaId: org.serviceAreaIds[0],
              ownerId: world.other.people.staff.id,
              targetDate: '2026-06-30',
            },
          }),
        code: 'BAD_USER_INPUT',
        field: 'ownerId',
        rule: 'exists',
      },
      {
        description: "another organisation's complaint",
        build: async (world, org) =>
          call(PROPOSE, {
            input: {
              title: 'T',
              description: 'D',
              serviceAreaId: org.serviceAreaIds[0],
              ownerId: org.people.staff.id,
              targetDate: '2026-06-30',
              complaintIds: [await insertComplaint(world, world.other)],
            },
          }),
        code: 'BAD_USER_INPUT',
        field: 'complaintIds',
        rule: 'exists',
      },
      {
        description: 'a complaint id that is not an id',
        build: async (_w, org) =>
          call(PROPOSE, {
            input: {
              title: 'T',
              description: 'D',
              serviceAreaId: org.serviceAreaIds[0],
              ownerId: org.people.staff.id,
              targetDate: '2026-06-30',
              complaintIds: ['C-1'],
            },
          }),
        code: 'BAD_USER_INPUT',
        field: 'complaintIds',
        rule: 'isUuid',
      },
    ],
  },
  {
    name: 'authoriseImprovementAction',
    kind: 'mutation',
    allowed: MANAGERS,
    valid: async (world, org) =>
      call(AUTHORISE, { ...(await proposedAction(world, org, org.people.staff.id)) }),
    invalid: [
      {
        description: 'a stale version',
        build: async (world, org) =>
          call(AUTHORISE, {
            id: (await proposedAction(world, org, org.people.staff.id)).id,
            version: 5,
          }),
        code: 'CONFLICT',
        rule: 'STALE_VERSION',
      },
      {
        description: 'an action already authorised',
        build: async (world, org) =>
          call(AUTHORISE, { ...(await authorisedAction(world, org, org.people.staff.id)) }),
        code: 'CONFLICT',
        rule: 'ACTION_ALREADY_AUTHORISED',
      },
    ],
  },
  {
    name: 'assignImprovementAction',
    kind: 'mutation',
    allowed: MANAGERS,
    valid: async (world, org) =>
      call(ASSIGN, {
        ...(await authorisedAction(world, org, org.people.staff.id)),
        ownerId: org.staff2.id,
        targetDate: '2026-07-31',
      }),
    invalid: [
      {
        description: 'a new target date before today',
        build: async (world, org) =>
          call(ASSIGN, {
            ...(await authorisedAction(world, org, org.people.staff.id)),
            ownerId: org.staff2.id,
            targetDate: '2026-02-27',
          }),
        code: 'BAD_USER_INPUT',
        field: 'targetDate',
        rule: 'TARGET_DATE_IN_PAST',
      },
      {
        description: 'an owner of another organisation',
        build: async (world, org) =>
          call(ASSIGN, {
            ...(await authorisedAction(world, org, org.people.staff.id)),
            ownerId: world.other.people.staff.id,
          }),
        code: 'BAD_USER_INPUT',
        field: 'ownerId',
        rule: 'exists',
      },
      {
        description: 'a cancelled action',
        build: async (world, org) =>
          call(ASSIGN, {
            ...(await cancelledAction(world, org, org.people.staff.id)),
            ownerId: org.staff2.id,
          }),
        code: 'CONFLICT',
        rule: 'ACTION_CLOSED',
      },
    ],
  },
  {
    name: 'recordActionProgress',
    kind: 'mutation',
    allowed: ALL, // its owner, whatever their role, or a manager
    valid: async (world, org, as) =>
      call(PROGRESS, {
        ...(await authorisedAction(world, org, as.id)),
        note: 'Call-back rota drafted',
      }),
    invalid: [
      {
        description: 'a blank note',
        build: async (world, org) =>
          call(PROGRESS, {
            ...(await authorisedAction(world, org, org.people.staff.id)),
            note: '  ',
          }),
        code: 'BAD_USER_INPUT',
        field: 'note',
        rule: 'PROGRESS_NEEDS_NOTE',
      },
      {
        description: 'an action not yet authorised',
        build: async (world, org) =>
          call(PROGRESS, {
            ...(await proposedAction(world, org, org.people.staff.id)),
            note: 'Started',
          }),
        code: 'CONFLICT',
        rule: 'ACTION_NOT_AUTHORISED',
      },
    ],
  },
  {
    name: 'completeImprovementAction',
    kind: 'mutation',
    allowed: ALL, // its owner or a manager
    valid: async (world, org, as) =>
      call(COMPLETE, {
        ...(await authorisedAction(world, org, as.id)),
        evidence: 'Rota published on the intranet',
        monitoringUntil: '2026-05-31',
        learningShared: 'Team briefing',
      }),
    invalid: [
      {
        description: 'no evidence',
        build: async (world, org) =>
          call(COMPLETE, {
            ...(await authorisedAction(world, org, org.people.staff.id)),
            evidence: ' ',
          }),
        code: 'BAD_USER_INPUT',
        field: 'evidence',
        rule: 'COMPLETION_NEEDS_EVIDENCE',
      },
      {
        description: 'monitoring that ends before completion',
        build: async (world, org) =>
          call(COMPLETE, {
            ...(await authorisedAction(world, org, org.people.staff.id)),
            evidence: 'Done',
            monitoringUntil: '2026-03-01',
          }),
        code: 'BAD_USER_INPUT',
        field: 'monitoringUntil',
        rule: 'MONITORING_BEFORE_COMPLETION',
      },
      {
        description: 'a completion date after today',
        build: async (world, org) =>
          call(COMPLETE, {
            ...(await authorisedAction(world, org, org.people.staff.id)),
            evidence: 'Done',
            completedOn: '2026-03-03',
          }),
        code: 'BAD_USER_INPUT',
        field: 'completedOn',
        rule: 'COMPLETED_ON_IN_FUTURE',
      },
      {
        description: 'an action not yet authorised',
        build: async (world, org) =>
          call(COMPLETE, {
            ...(await proposedAction(world, org, org.people.staff.id)),
            evidence: 'Done',
          }),
        code: 'CONFLICT',
        rule: 'ACTION_NOT_AUTHORISED',
      },
    ],
  },
  {
    name: 'verifyImprovementActionEffect',
    kind: 'mutation',
    allowed: MANAGERS,
    valid: async (world, org) =>
      call(VERIFY, {
        ...(await doneAction(world, org, org.people.staff.id)),
        effectiveness: 'effective',
        note: 'No repeat complaints about call-backs',
      }),
    invalid: [
      {
        description: 'an action not done',
        build: async (world, org) =>
          call(VERIFY, {
            ...(await authorisedAction(world, org, org.people.staff.id)),
            effectiveness: 'effective',
            note: 'x',
          }),
        code: 'CONFLICT',
        rule: 'VERIFY_BEFORE_DONE',
      },
      {
        description: 'an effective finding while monitoring runs',
        build: async (world, org) =>
          call(VERIFY, {
            ...(await doneAction(world, org, org.people.staff.id, '2026-05-31')),
            effectiveness: 'effective',
            note: 'x',
          }),
        code: 'CONFLICT',
        rule: 'MONITORING_NOT_OVER',
      },
      {
        description: 'a finding without a note',
        build: async (world, org) =>
          call(VERIFY, {
            ...(await doneAction(world, org, org.people.staff.id)),
            effectiveness: 'effective',
            note: '',
          }),
        code: 'BAD_USER_INPUT',
        field: 'note',
        rule: 'EFFECT_NEEDS_NOTE',
      },
    ],
  },
  {
    name: 'cancelImprovementAction',
    kind: 'mutation',
    allowed: MANAGERS,
    valid: async (world, org) =>
      call(CANCEL, {
        ...(await authorisedAction(world, org, org.people.staff.id)),
        reason: 'Covered by the new repairs contract',
      }),
    invalid: [
      {
        description: 'no reason',
        build: async (world, org) =>
          call(CANCEL, { ...(await proposedAction(world, org, org.people.staff.id)), reason: '' }),
        code: 'BAD_USER_INPUT',
        field: 'reason',
        rule: 'CANCEL_NEEDS_REASON',
      },
      {
        description: 'a done action',
        build: async (world, org) =>
          call(CANCEL, {
            ...(await doneAction(world, org, org.people.staff.id)),
            reason: 'Changed our minds',
          }),
        code: 'CONFLICT',
        rule: 'ACTION_ALREADY_DONE',
      },
    ],
  },
  {
    name: 'updateImprovementActionSummary',
    kind: 'mutation',
    allowed: ALL, // its owner or a manager
    valid: async (world, org, as) =>
      call(SUMMARY, {
        ...(await proposedAction(world, org, as.id)),
        publicSummary: 'You said we did not call back; we now do within a day',
      }),
    invalid: [
      {
        description: 'a stale version',
        build: async (world, org) =>
          call(SUMMARY, {
            id: (await proposedAction(world, org, org.people.staff.id)).id,
            version: 3,
            publicSummary: 'x',
          }),
        code: 'CONFLICT',
        rule: 'STALE_VERSION',
      },
      {
        description: 'a cancelled action',
        build: async (world, org) =>
          call(SUMMARY, {
            ...(await cancelledAction(world, org, org.people.staff.id)),
            publicSummary: 'x',
          }),
        code: 'CONFLICT',
        rule: 'ACTION_CLOSED',
      },
      {
        description: 'a public summary over 2,000 characters',
        build: async (world, org) =>
          call(SUMMARY, {
            ...(await proposedAction(world, org, org.people.staff.id)),
            publicSummary: 'x'.repeat(2001),
          }),
        code: 'BAD_USER_INPUT',
        field: 'publicSummary',
        rule: 'maxLength',
      },
    ],
  },
];
