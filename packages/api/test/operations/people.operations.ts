import { randomBytes } from 'node:crypto';
import { Role } from '../../src/core/role';
import { must, type OperationCase } from './operation-case';
import { settingsInvalidCases } from './settings.operations';

const ALL = Object.values(Role);
const unique = () => randomBytes(4).toString('hex');

export const peopleOperations: OperationCase[] = [
  { name: 'me', kind: 'query', allowed: ALL, valid: async () => ({ query: '{ me { id name } }' }) },
  {
    name: 'people',
    kind: 'query',
    allowed: ALL,
    valid: async () => ({ query: '{ people(limit: 100) { totalCount items { id name email } } }' }),
  },
  {
    name: 'person',
    kind: 'query',
    allowed: ALL,
    valid: async (_w, org) => ({
      query: 'query($id: ID!) { person(id: $id) { id name } }',
      variables: { id: org.people.staff.id },
    }),
  },
  {
    name: 'serviceAreas',
    kind: 'query',
    allowed: ALL,
    valid: async () => ({ query: '{ serviceAreas { id name } }' }),
  },
  {
    name: 'organisation',
    kind: 'query',
    allowed: ALL,
    valid: async () => ({ query: '{ organisation { id name cutOffTime } }' }),
  },
  {
    name: 'organisations',
    kind: 'query',
    allowed: ALL,
    valid: async () => ({ query: '{ organisations { id name } }' }),
  },
  {
    name: 'closureDays',
    kind: 'query',
    allowed: ALL,
    valid: async () => ({
      query: '{ closureDays(from: "2026-01-01", to: "2026-12-31") { date reason } }',
    }),
  },
  {
    name: 'auditLog',
    kind: 'query',
    allowed: [Role.admin, Role.senior_manager],
    valid: async () => ({
      query: '{ auditLog(limit: 10) { totalCount items { operation entity } } }',
    }),
  },
  {
    name: 'createPerson',
    kind: 'mutation',
    allowed: [Role.admin],
    valid: async (_w, org) => ({
      query: 'mutation($input: NewPersonInput!) { createPerson(input: $input) { id } }',
      variables: {
        input: {
          email: `new.${unique()}@example.org`,
          name: 'New Officer',
          role: 'staff',
          serviceAreaId: org.serviceAreaIds[1],
        },
      },
    }),
    invalid: [
      {
        // README, Platform administrator: only they grant group access (setGroupAccess)
        description: 'group access, which only the platform administrator grants',
        build: async () => ({
          query: 'mutation($input: NewPersonInput!) { createPerson(input: $input) { id } }',
          variables: {
            input: {
              email: `g.${unique()}@example.org`,
              name: 'Group Reader',
              role: 'senior_manager',
              groupAccess: true,
            },
          },
        }),
        code: 'BAD_USER_INPUT',
      },
      {
        description: 'an e-mail that is not one',
        build: async () => ({
          query: 'mutation($input: NewPersonInput!) { createPerson(input: $input) { id } }',
          variables: { input: { email: 'not-an-email', name: 'X', role: 'staff' } },
        }),
        code: 'BAD_USER_INPUT',
        field: 'email',
        rule: 'isEmail',
      },
      {
        description: 'a password shorter than 12 characters',
        build: async () => ({
          query: 'mutation($input: NewPersonInput!) { createPerson(input: $input) { id } }',
          variables: {
            input: {
              email: `p.${unique()}@example.org`,
              name: 'X',
              role: 'staff',
              password: 'short',
            },
          },
        }),
        code: 'BAD_USER_INPUT',
        field: 'password',
        rule: 'minLength',
      },
      {
        description: 'a common password (docs/procedure.md, Accounts)',
        build: async () => ({
          query: 'mutation($input: NewPersonInput!) { createPerson(input: $input) { id } }',
          variables: {
            input: {
              email: `p.${unique()}@example.org`,
              name: 'Pat Common',
              role: 'staff',
              password: 'Password2026!',
            },
          },
        }),
        code: 'BAD_USER_INPUT',
        field: 'password',
        rule: 'commonPassword',
      },
      {
        description: "a password made of the person's own name (docs/procedure.md, Accounts)",
        build: async () => ({
          query: 'mutation($input: NewPersonInput!) { createPerson(input: $input) { id } }',
          variables: {
            input: {
              email: `p.${unique()}@example.org`,
              name: 'Morag Fairbairn',
              role: 'staff',
              password: 'fairbairn-of-the-glen',
            },
          },
        }),
        code: 'BAD_USER_INPUT',
        field: 'password',
        rule: 'containsName',
      },
      {
        description: 'an e-mail someone already signs in with',
        build: async (_w, org) => ({
          query: 'mutation($input: NewPersonInput!) { createPerson(input: $input) { id } }',
          variables: { input: { email: org.people.handler.email, name: 'X', role: 'staff' } },
        }),
        code: 'CONFLICT',
        rule: 'EMAIL_TAKEN',
      },
    ],
  },
  {
    name: 'updatePerson',
    kind: 'mutation',
    allowed: [Role.admin],
    valid: async (world, org, as) => {
      const { createPerson } = await must(
        world,
        {
          query: 'mutation($input: NewPersonInput!) { createPerson(input: $input) { id version } }',
          variables: {
            input: { email: `u.${unique()}@example.org`, name: 'To Rename', role: 'staff' },
          },
        },
        org.people.admin,
      );
      void as;
      return {
        query:
          'mutation($id: ID!, $c: PersonChangesInput!) { updatePerson(id: $id, changes: $c) { id name } }',
        variables: { id: createPerson.id, c: { version: createPerson.version, name: 'Renamed' } },
      };
    },
    invalid: [
      {
        description: 'a stale version',
        build: async (_w, org) => ({
          query:
            'mutation($id: ID!, $c: PersonChangesInput!) { updatePerson(id: $id, changes: $c) { id } }',
          variables: { id: org.people.staff.id, c: { version: 99, name: 'Stale' } },
        }),
        code: 'CONFLICT',
        rule: 'STALE_VERSION',
      },
      {
        description: "a new password containing the person's e-mail (docs/procedure.md, Accounts)",
        build: async (world, org) => {
          const { person } = await must(
            world,
            { query: `{ person(id: "${org.staff2.id}") { version email } }` },
            org.people.admin,
          );
          return {
            query:
              'mutation($id: ID!, $c: PersonChangesInput!) { updatePerson(id: $id, changes: $c) { id } }',
            variables: {
              id: org.staff2.id,
              c: { version: person.version, password: `my ${person.email} pass` },
            },
          };
        },
        code: 'BAD_USER_INPUT',
        field: 'password',
        rule: 'containsEmail',
      },
      {
        description:
          'the last active administrator deactivating themselves (docs/procedure.md, Accounts)',
        build: async (world, org) => {
          const { person } = await must(
            world,
            { query: `{ person(id: "${org.people.admin.id}") { version } }` },
            org.people.admin,
          );
          return {
            query:
              'mutation($id: ID!, $c: PersonChangesInput!) { updatePerson(id: $id, changes: $c) { id } }',
            variables: { id: org.people.admin.id, c: { version: person.version, active: false } },
          };
        },
        code: 'BAD_USER_INPUT',
        field: 'active',
        rule: 'lastAdministrator',
      },
    ],
  },
  {
    name: 'endSessions',
    kind: 'mutation',
    allowed: [Role.admin],
    valid: async (_w, org) => ({
      query: 'mutation($personId: ID!) { endSessions(personId: $personId) }',
      variables: { personId: org.staff2.id },
    }),
    invalid: [
      {
        description: 'an id that is no person',
        build: async () => ({
          query: 'mutation($personId: ID!) { endSessions(personId: $personId) }',
          variables: { personId: '00000000-0000-4000-8000-000000000000' },
        }),
        code: 'NOT_FOUND',
      },
    ],
  },
  {
    name: 'createServiceArea',
    kind: 'mutation',
    allowed: [Role.admin],
    valid: async () => ({
      query: 'mutation($n: String!) { createServiceArea(name: $n) { id } }',
      variables: { n: `Area ${unique()}` },
    }),
    invalid: [
      {
        description: 'an empty name',
        build: async () => ({ query: 'mutation { createServiceArea(name: "  ") { id } }' }),
        code: 'BAD_USER_INPUT',
        field: 'name',
        rule: 'length',
      },
      {
        description: 'a name already used',
        build: async () => ({ query: 'mutation { createServiceArea(name: "repairs") { id } }' }),
        code: 'CONFLICT',
        rule: 'SERVICE_AREA_NAME_TAKEN',
      },
    ],
  },
  {
    name: 'updateServiceArea',
    kind: 'mutation',
    allowed: [Role.admin],
    valid: async (world, org) => {
      const { createServiceArea } = await must(
        world,
        {
          query: 'mutation($n: String!) { createServiceArea(name: $n) { id version } }',
          variables: { n: `Area ${unique()}` },
        },
        org.people.admin,
      );
      return {
        query:
          'mutation($id: ID!, $c: ServiceAreaChangesInput!) { updateServiceArea(id: $id, changes: $c) { id } }',
        variables: {
          id: createServiceArea.id,
          c: { version: createServiceArea.version, active: false },
        },
      };
    },
  },
  {
    name: 'updateOrganisationSettings',
    kind: 'mutation',
    allowed: [Role.admin],
    valid: async (world, _org, as) => {
      const { organisation } = await must(world, { query: '{ organisation { version } }' }, as);
      return {
        query:
          'mutation($s: OrganisationSettingsInput!) { updateOrganisationSettings(settings: $s) { cutOffTime } }',
        variables: { s: { version: organisation.version, population: 5001 } },
      };
    },
    invalid: [
      {
        description: 'a cut-off time that is not HH:MM',
        build: async (world, _org, as) => {
          const { organisation } = await must(world, { query: '{ organisation { version } }' }, as);
          return {
            query:
              'mutation($s: OrganisationSettingsInput!) { updateOrganisationSettings(settings: $s) { cutOffTime } }',
            variables: { s: { version: organisation.version, cutOffTime: '25:00' } },
          };
        },
        code: 'BAD_USER_INPUT',
        field: 'cutOffTime',
        rule: 'matches',
      },
      {
        description: 'a public small number of 0 (every count would show)',
        build: async (world, _org, as) => {
          const { organisation } = await must(world, { query: '{ organisation { version } }' }, as);
          return {
            query:
              'mutation($s: OrganisationSettingsInput!) { updateOrganisationSettings(settings: $s) { publicSmallNumber } }',
            variables: { s: { version: organisation.version, publicSmallNumber: 0 } },
          };
        },
        code: 'BAD_USER_INPUT',
        field: 'publicSmallNumber',
        rule: 'min',
      },
      {
        description: 'a time limit for complaints of 121 months (§11)',
        build: async (world, _org, as) => {
          const { organisation } = await must(world, { query: '{ organisation { version } }' }, as);
          return {
            query:
              'mutation($s: OrganisationSettingsInput!) { updateOrganisationSettings(settings: $s) { complaintTimeLimitMonths } }',
            variables: { s: { version: organisation.version, complaintTimeLimitMonths: 121 } },
          };
        },
        code: 'BAD_USER_INPUT',
        field: 'complaintTimeLimitMonths',
        rule: 'max',
      },
      ...settingsInvalidCases,
    ],
  },
  {
    name: 'addClosureDay',
    kind: 'mutation',
    allowed: [Role.admin],
    valid: async () => {
      const day = `2031-${String(1 + Math.floor(Math.random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(Math.random() * 28)).padStart(2, '0')}`;
      return {
        query: 'mutation($d: ClosureDayInput!) { addClosureDay(day: $d) { date } }',
        variables: { d: { date: day, reason: 'industrial_action', description: 'Strike' } },
      };
    },
    invalid: [
      {
        description: 'a date that does not exist',
        build: async () => ({
          query: 'mutation($d: ClosureDayInput!) { addClosureDay(day: $d) { date } }',
          variables: { d: { date: '2026-02-30', reason: 'local_holiday' } },
        }),
        code: 'BAD_USER_INPUT',
        field: 'date',
        rule: 'LocalDate',
      },
    ],
  },
  {
    name: 'removeClosureDay',
    kind: 'mutation',
    allowed: [Role.admin],
    valid: async (world, org) => {
      const date = `2032-0${1 + Math.floor(Math.random() * 9)}-${String(1 + Math.floor(Math.random() * 28)).padStart(2, '0')}`;
      await world.gql(
        'mutation($d: ClosureDayInput!) { addClosureDay(day: $d) { date } }',
        { d: { date, reason: 'local_holiday' } },
        org.people.admin,
      );
      return {
        query: 'mutation($d: LocalDate!) { removeClosureDay(date: $d) }',
        variables: { d: date },
      };
    },
    invalid: [
      {
        description: 'a day that is not a closure day',
        build: async () => ({ query: 'mutation { removeClosureDay(date: "2040-01-06") }' }),
        code: 'NOT_FOUND',
      },
    ],
  },
];
