import { randomBytes } from 'node:crypto';
import { Role } from '../../src/core/role';
import { must, type OperationCase } from './operation-case';

const unique = () => randomBytes(4).toString('hex');
const INVITE =
  'mutation($input: InvitationInput!) { invitePerson(input: $input) { purpose path person { id } } }';
const ISSUE =
  'mutation($personId: ID!) { issuePasswordLink(personId: $personId) { purpose path expiresAt } }';

/** A new member of staff of `org` (by its admin), without a password: someone to invite. */
async function newcomer(
  world: Parameters<OperationCase['valid']>[0],
  org: Parameters<OperationCase['valid']>[1],
): Promise<{ id: string; version: number }> {
  const { createPerson } = await must(
    world,
    {
      query: 'mutation($input: NewPersonInput!) { createPerson(input: $input) { id version } }',
      variables: {
        input: { email: `i.${unique()}@example.org`, name: 'Iona Newcomer', role: 'staff' },
      },
    },
    org.people.admin,
  );
  return createPerson;
}

/** Accounts (docs/procedure.md, Accounts): links to set a password; sign-in and the link's own use are tested in password-links.test.ts. */
export const accountOperations: OperationCase[] = [
  {
    name: 'invitePerson',
    kind: 'mutation',
    allowed: [Role.admin],
    valid: async (_w, org) => ({
      query: INVITE,
      variables: {
        input: {
          email: `inv.${unique()}@example.org`,
          name: 'Iain Invited',
          role: 'handler',
          serviceAreaId: org.serviceAreaIds[1],
        },
      },
    }),
    invalid: [
      {
        description: 'an e-mail someone already signs in with',
        build: async (_w, org) => ({
          query: INVITE,
          variables: { input: { email: org.people.handler.email, name: 'Twin', role: 'staff' } },
        }),
        code: 'CONFLICT',
        rule: 'EMAIL_TAKEN',
      },
      {
        description: 'an e-mail that is not one',
        build: async () => ({
          query: INVITE,
          variables: { input: { email: 'nobody', name: 'Nobody', role: 'staff' } },
        }),
        code: 'BAD_USER_INPUT',
        field: 'email',
        rule: 'isEmail',
      },
      {
        description: "another organisation's service area",
        build: async (world) => ({
          query: INVITE,
          variables: {
            input: {
              email: `x.${unique()}@example.org`,
              name: 'Elsewhere',
              role: 'staff',
              serviceAreaId: world.other.serviceAreaIds[0],
            },
          },
        }),
        code: 'BAD_USER_INPUT',
        field: 'serviceAreaId',
        rule: 'exists',
      },
    ],
  },
  {
    name: 'issuePasswordLink',
    kind: 'mutation',
    allowed: [Role.admin],
    valid: async (world, org) => ({
      query: ISSUE,
      variables: { personId: (await newcomer(world, org)).id },
    }),
    invalid: [
      {
        description: 'an id that is no person',
        build: async () => ({
          query: ISSUE,
          variables: { personId: '00000000-0000-4000-8000-000000000000' },
        }),
        code: 'NOT_FOUND',
      },
      {
        description: 'a deactivated member of staff',
        build: async (world, org) => {
          const person = await newcomer(world, org);
          await must(
            world,
            {
              query:
                'mutation($id: ID!, $c: PersonChangesInput!) { updatePerson(id: $id, changes: $c) { id } }',
              variables: { id: person.id, c: { version: person.version, active: false } },
            },
            org.people.admin,
          );
          return { query: ISSUE, variables: { personId: person.id } };
        },
        code: 'BAD_USER_INPUT',
        field: 'personId',
        rule: 'active',
      },
    ],
  },
];
