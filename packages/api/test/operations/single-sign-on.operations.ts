import { Role } from '../../src/core/role';
import { must, type OperationCase } from './operation-case';
import type { World, WorldOrganisation } from '../support/world';

const QUERY =
  '{ singleSignOn { enabled issuerUrl clientId clientSecretSet allowedDomains groupClaim groupRoles { group role } defaultRole version } }';
const SET =
  'mutation($s: SingleSignOnInput!) { setSingleSignOn(settings: $s) { version clientSecretSet } }';

/** Settings valid for `org`: a domain of its own, and the version it has now (none the first time). */
async function settings(
  world: World,
  org: WorldOrganisation,
  changes: Record<string, unknown> = {},
) {
  const { singleSignOn } = await must<{ singleSignOn: { version: number } | null }>(
    world,
    { query: '{ singleSignOn { version } }' },
    org.people.admin,
  );
  return {
    s: {
      version: singleSignOn?.version ?? null,
      enabled: true,
      issuerUrl: 'https://login.microsoftonline.com/00000000-0000-4000-8000-000000000000/v2.0',
      clientId: 'chp-insight',
      clientSecret: singleSignOn ? null : 'a client secret',
      allowedDomains: [`sso-${org.id.slice(0, 8)}.example`],
      groupRoles: [{ group: 'chp-handlers', role: 'handler' }],
      defaultRole: null,
      ...changes,
    },
  };
}

/** Single sign-on settings (docs/procedure.md, Accounts: single sign-on); the sign-in itself is in single-sign-on.test.ts. */
export const singleSignOnOperations: OperationCase[] = [
  {
    name: 'singleSignOn',
    kind: 'query',
    allowed: [Role.admin],
    valid: () => Promise.resolve({ query: QUERY }),
  },
  {
    name: 'setSingleSignOn',
    kind: 'mutation',
    allowed: [Role.admin],
    valid: async (world, org) => ({ query: SET, variables: await settings(world, org) }),
    invalid: [
      {
        description: 'an issuer over plain http to another machine',
        build: async (world, org) => ({
          query: SET,
          variables: await settings(world, org, { issuerUrl: 'http://login.example.org/tenant' }),
        }),
        code: 'BAD_USER_INPUT',
        field: 'issuerUrl',
        rule: 'issuerUrl',
      },
      {
        description: 'an allowed domain written as an e-mail address',
        build: async (world, org) => ({
          query: SET,
          variables: await settings(world, org, { allowedDomains: ['ann@clyde-ha.org.uk'] }),
        }),
        code: 'BAD_USER_INPUT',
        field: 'allowedDomains',
        rule: 'emailDomain',
      },
      {
        description: 'no allowed domain at all',
        build: async (world, org) => ({
          query: SET,
          variables: await settings(world, org, { allowedDomains: [] }),
        }),
        code: 'BAD_USER_INPUT',
        field: 'allowedDomains',
        rule: 'arrayMinSize',
      },
      {
        description: 'a role that does not exist in the group mapping',
        build: async (world, org) => ({
          query: SET,
          variables: await settings(world, org, {
            groupRoles: [{ group: 'chp-handlers', role: 'superuser' }],
          }),
        }),
        code: 'BAD_USER_INPUT',
      },
      {
        description: 'no client secret the first time',
        build: async (world, org) => ({
          query: SET,
          variables: await settings(world, org, { clientSecret: null }),
        }),
        code: 'BAD_USER_INPUT',
        field: 'clientSecret',
        rule: 'SSO_CLIENT_SECRET_REQUIRED',
      },
      {
        description: 'a version that is not the current one',
        build: async (world, org) => ({
          query: SET,
          variables: await settings(world, org, { version: 999 }),
        }),
        code: 'CONFLICT',
        rule: 'STALE_VERSION',
      },
      {
        description: "another organisation's e-mail domain",
        build: async (world, org) => {
          // the other organisation signs in its own domain through its directory first
          await must(
            world,
            { query: SET, variables: await settings(world, world.other) },
            world.other.people.admin,
          );
          return {
            query: SET,
            variables: await settings(world, org, {
              allowedDomains: [`sso-${world.other.id.slice(0, 8)}.example`],
            }),
          };
        },
        code: 'CONFLICT',
        rule: 'SSO_DOMAIN_TAKEN',
      },
    ],
  },
];
