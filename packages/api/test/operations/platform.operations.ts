import { randomBytes } from 'node:crypto';
import { ANALYTICS_READERS } from '../../src/core/role';
import { must, type OperationCase } from './operation-case';

const unique = () => randomBytes(4).toString('hex');

const CREATE_ORGANISATION =
  'mutation($input: NewOrganisationInput!) { createOrganisation(input: $input) { organisation { id name slug } administrator { id email } passwordLinkPath } }';
const CREATE_GROUP =
  'mutation($input: NewOrganisationGroupInput!) { createOrganisationGroup(input: $input) { id name slug } }';
const SET_GROUP =
  'mutation($organisationId: ID!, $groupId: ID) { setOrganisationGroup(organisationId: $organisationId, groupId: $groupId) { id group { id name } } }';

const newOrganisation = (overrides: Record<string, unknown> = {}) => ({
  input: {
    name: 'Tay Valley Homes',
    slug: `tay-valley-${unique()}`,
    sector: 'housing',
    administratorName: 'Ailsa Grant',
    administratorEmail: `ailsa.${unique()}@tay.example`,
    ...overrides,
  },
});

const newGroup = (overrides: Record<string, unknown> = {}) => ({
  input: { name: 'Tayside Housing Group', slug: `tayside-${unique()}`, ...overrides },
});

const UUID_NOBODY = '00000000-0000-4000-8000-000000000000';

const SET_GROUP_ACCESS =
  'mutation($personId: ID!, $groupAccess: Boolean!) { setGroupAccess(personId: $personId, groupAccess: $groupAccess) { person { id groupAccess } organisation { id group { id } } } }';

/** A new organisation, in a new group when `grouped`, made by the platform administrator: its administrator's id. */
async function newAdministrator(world: Parameters<OperationCase['valid']>[0], grouped: boolean) {
  let groupId: string | null = null;
  if (grouped) {
    const group = await must(
      world,
      { query: CREATE_GROUP, variables: newGroup() },
      world.platformAdmin,
    );
    groupId = group.createOrganisationGroup.id;
  }
  const created = await must(
    world,
    { query: CREATE_ORGANISATION, variables: newOrganisation({ groupId }) },
    world.platformAdmin,
  );
  return created.createOrganisation.administrator.id as string;
}

/** The platform administrator's operations, and the group readers' roll-up. */
export const platformOperations: OperationCase[] = [
  {
    name: 'platformOrganisations',
    kind: 'query',
    allowed: [],
    platformOnly: true,
    valid: async () => ({ query: '{ platformOrganisations { id name slug group { name } } }' }),
  },
  {
    name: 'organisationGroups',
    kind: 'query',
    allowed: [],
    platformOnly: true,
    valid: async () => ({ query: '{ organisationGroups { id name slug } }' }),
  },
  {
    name: 'createOrganisation',
    kind: 'mutation',
    allowed: [],
    platformOnly: true,
    valid: async () => ({ query: CREATE_ORGANISATION, variables: newOrganisation() }),
    invalid: [
      {
        description: 'a slug with capitals and spaces',
        build: async () => ({
          query: CREATE_ORGANISATION,
          variables: newOrganisation({ slug: 'Tay Valley' }),
        }),
        code: 'BAD_USER_INPUT',
        field: 'slug',
        rule: 'matches',
      },
      {
        description: "an administrator's e-mail that is not one",
        build: async () => ({
          query: CREATE_ORGANISATION,
          variables: newOrganisation({ administratorEmail: 'not-an-email' }),
        }),
        code: 'BAD_USER_INPUT',
        field: 'administratorEmail',
        rule: 'isEmail',
      },
      {
        description: 'a sector that does not exist',
        build: async () => ({
          query: CREATE_ORGANISATION,
          variables: newOrganisation({ sector: 'charity' }),
        }),
        code: 'BAD_USER_INPUT',
      },
      {
        description: 'a slug another organisation has',
        build: async (world) => {
          const [{ slug }] = await world.db.dataSource.query(
            `SELECT slug FROM organisation WHERE id = $1`,
            [world.org.id],
          );
          return { query: CREATE_ORGANISATION, variables: newOrganisation({ slug }) };
        },
        code: 'CONFLICT',
        rule: 'SLUG_TAKEN',
      },
      {
        description: 'an administrator e-mail someone already signs in with',
        build: async (world) => ({
          query: CREATE_ORGANISATION,
          variables: newOrganisation({ administratorEmail: world.org.people.admin.email }),
        }),
        code: 'CONFLICT',
        rule: 'EMAIL_TAKEN',
      },
      {
        description: 'a group that does not exist',
        build: async () => ({
          query: CREATE_ORGANISATION,
          variables: newOrganisation({ groupId: UUID_NOBODY }),
        }),
        code: 'NOT_FOUND',
      },
    ],
  },
  {
    name: 'createOrganisationGroup',
    kind: 'mutation',
    allowed: [],
    platformOnly: true,
    valid: async () => ({ query: CREATE_GROUP, variables: newGroup() }),
    invalid: [
      {
        description: 'a slug ending in a hyphen',
        build: async () => ({ query: CREATE_GROUP, variables: newGroup({ slug: 'tayside-' }) }),
        code: 'BAD_USER_INPUT',
        field: 'slug',
        rule: 'matches',
      },
      {
        description: 'a slug an organisation already has (one namespace for both)',
        build: async (world) => {
          const [{ slug }] = await world.db.dataSource.query(
            `SELECT slug FROM organisation WHERE id = $1`,
            [world.other.id],
          );
          return { query: CREATE_GROUP, variables: newGroup({ slug }) };
        },
        code: 'CONFLICT',
        rule: 'SLUG_TAKEN',
      },
    ],
  },
  {
    name: 'setOrganisationGroup',
    kind: 'mutation',
    allowed: [],
    platformOnly: true,
    valid: async (world) => {
      const created = await must(
        world,
        { query: CREATE_ORGANISATION, variables: newOrganisation() },
        world.platformAdmin,
      );
      const group = await must(
        world,
        { query: CREATE_GROUP, variables: newGroup() },
        world.platformAdmin,
      );
      return {
        query: SET_GROUP,
        variables: {
          organisationId: created.createOrganisation.organisation.id,
          groupId: group.createOrganisationGroup.id,
        },
      };
    },
    invalid: [
      {
        description: 'an organisation that does not exist',
        build: async () => ({
          query: SET_GROUP,
          variables: { organisationId: UUID_NOBODY, groupId: null },
        }),
        code: 'NOT_FOUND',
      },
      {
        description: 'a group that does not exist',
        build: async (world) => ({
          query: SET_GROUP,
          variables: { organisationId: world.other.id, groupId: UUID_NOBODY },
        }),
        code: 'NOT_FOUND',
      },
    ],
  },
  {
    name: 'groupAccessHolders',
    kind: 'query',
    allowed: [],
    platformOnly: true,
    valid: async () => ({
      query:
        '{ groupAccessHolders { person { id name email } organisation { name group { name } } } }',
    }),
  },
  {
    name: 'platformPersonByEmail',
    kind: 'query',
    allowed: [],
    platformOnly: true,
    valid: async (_w, org) => ({
      query:
        'query($email: String!) { platformPersonByEmail(email: $email) { person { id groupAccess } organisation { name } } }',
      variables: { email: org.people.admin.email },
    }),
    invalid: [
      {
        description: 'an e-mail longer than any address',
        build: async () => ({
          query:
            'query($email: String!) { platformPersonByEmail(email: $email) { person { id } } }',
          variables: { email: `${'a'.repeat(250)}@example.org` },
        }),
        code: 'BAD_USER_INPUT',
        field: 'email',
        rule: 'maxLength',
      },
    ],
  },
  {
    name: 'setGroupAccess',
    kind: 'mutation',
    allowed: [],
    platformOnly: true,
    valid: async (world) => ({
      query: SET_GROUP_ACCESS,
      variables: { personId: await newAdministrator(world, true), groupAccess: true },
    }),
    invalid: [
      {
        description: 'a person who does not exist',
        build: async () => ({
          query: SET_GROUP_ACCESS,
          variables: { personId: UUID_NOBODY, groupAccess: true },
        }),
        code: 'NOT_FOUND',
      },
      {
        description: 'a person whose organisation is in no group',
        build: async (world) => ({
          query: SET_GROUP_ACCESS,
          variables: { personId: await newAdministrator(world, false), groupAccess: true },
        }),
        code: 'BAD_USER_INPUT',
        field: 'personId',
        rule: 'NOT_IN_GROUP',
      },
    ],
  },
  {
    name: 'groupFigures',
    kind: 'query',
    allowed: ANALYTICS_READERS,
    valid: async () => ({
      query:
        'query($period: PeriodInput!) { groupFigures(period: $period) { group { name } total { received } members { organisation { name } current { received } } } }',
      variables: { period: { quarter: '2026-Q1' } },
    }),
    invalid: [
      {
        description: 'a quarter that is not one',
        build: async () => ({
          query:
            'query($period: PeriodInput!) { groupFigures(period: $period) { total { received } } }',
          variables: { period: { quarter: '2026-Q5' } },
        }),
        code: 'BAD_USER_INPUT',
        rule: 'matches',
        field: 'period.quarter',
      },
    ],
  },
];
