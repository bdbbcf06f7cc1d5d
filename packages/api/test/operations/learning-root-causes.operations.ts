import { randomBytes } from 'node:crypto';
import { Role } from '../../src/core/role';
import { defaultRootCause } from '../support/root-causes';
import type { World, WorldOrganisation } from '../support/world';
import type { Ref } from '../support/improvement-actions';
import { call, must, type OperationCase } from './operation-case';

/** The learning module's root-cause tree: reading it, adding and changing a cause (admins only). */
const ALL = Object.values(Role);
const unique = () => randomBytes(4).toString('hex');

const NEW_ROOT_CAUSE =
  'mutation($parentId: ID, $name: String!, $description: String) { createRootCause(parentId: $parentId, name: $name, description: $description) { id version name parentId } }';
const MERGE_ROOT_CAUSES =
  'mutation($id: ID!, $version: Int!, $survivorId: ID!) { mergeRootCauses(id: $id, version: $version, survivorId: $survivorId) { id name } }';
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

export const rootCauseOperations: OperationCase[] = [
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
        rule: 'notBlank',
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
      {
        description: 'a fourth level (the tree has at most three)',
        build: async (world, org) => {
          const group = await newRootCause(world, org);
          const cause = await newRootCause(world, org, group.id);
          const sub = await newRootCause(world, org, cause.id);
          return call(NEW_ROOT_CAUSE, { parentId: sub.id, name: 'Too deep' });
        },
        code: 'BAD_USER_INPUT',
        field: 'parentId',
        rule: 'taxonomyDepth',
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
    name: 'mergeRootCauses',
    kind: 'mutation',
    allowed: [Role.admin],
    valid: async (world, org) => {
      const merged = await newRootCause(world, org);
      const survivor = await newRootCause(world, org);
      return call(MERGE_ROOT_CAUSES, { ...merged, survivorId: survivor.id });
    },
    invalid: [
      {
        description: 'merging a cause into itself',
        build: async (world, org) => {
          const cause = await newRootCause(world, org);
          return call(MERGE_ROOT_CAUSES, { ...cause, survivorId: cause.id });
        },
        code: 'BAD_USER_INPUT',
        field: 'survivorId',
        rule: 'mergeIntoItself',
      },
      {
        description: 'merging into a retired cause',
        build: async (world, org) => {
          const retired = await newRootCause(world, org);
          await must(
            world,
            call(UPDATE_ROOT_CAUSE, { ...retired, active: false }),
            org.people.admin,
          );
          return call(MERGE_ROOT_CAUSES, {
            ...(await newRootCause(world, org)),
            survivorId: retired.id,
          });
        },
        code: 'BAD_USER_INPUT',
        field: 'survivorId',
        rule: 'mergeIntoRetired',
      },
      {
        description: 'merging a group that still has sub-causes',
        build: async (world, org) => {
          const group = await newRootCause(world, org);
          await newRootCause(world, org, group.id);
          return call(MERGE_ROOT_CAUSES, {
            ...group,
            survivorId: (await newRootCause(world, org)).id,
          });
        },
        code: 'BAD_USER_INPUT',
        field: 'id',
        rule: 'hasSubCauses',
      },
      {
        description: 'a stale version',
        build: async (world, org) =>
          call(MERGE_ROOT_CAUSES, {
            id: (await newRootCause(world, org)).id,
            version: 5,
            survivorId: (await newRootCause(world, org)).id,
          }),
        code: 'CONFLICT',
        rule: 'STALE_VERSION',
      },
    ],
  },
];
