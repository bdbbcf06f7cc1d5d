import { ADMINISTRATORS, Role } from '../../src/core/role';
import { call, must, type OperationCase } from './operation-case';

// Reminders and e-mail (docs/procedure.md, Reminders and e-mail): administrators read the outbox
// and set the reminder lead and sending hours; everyone sets their own preferences.

const ALL = Object.values(Role);
const SETTINGS = `mutation($s: MailSettingsInput!) { updateMailSettings(settings: $s) { reminderLeadDays sendFrom sendUntil version } }`;
const PREFERENCES = `mutation($p: MailPreferencesInput!) { updateMyMailPreferences(preferences: $p) { actionReminders delivery version } }`;

const settingsVersion = async (...[world, org]: Parameters<OperationCase['valid']>) =>
  (await must(world, { query: '{ mailSettings { version } }' }, org.people.admin)).mailSettings
    .version as number;
const preferencesVersion = async (...[world, , as]: Parameters<OperationCase['valid']>) =>
  (await must(world, { query: '{ myMailPreferences { version } }' }, as)).myMailPreferences
    .version as number;

export const mailOperations: OperationCase[] = [
  {
    name: 'outbox',
    kind: 'query',
    allowed: ADMINISTRATORS,
    valid: async () => ({
      query: '{ outbox(limit: 10) { totalCount items { id to reason day status subject text } } }',
    }),
  },
  {
    name: 'mailSettings',
    kind: 'query',
    allowed: ADMINISTRATORS,
    valid: async () => ({ query: '{ mailSettings { reminderLeadDays sendFrom sendUntil } }' }),
  },
  {
    name: 'myMailPreferences',
    kind: 'query',
    allowed: ALL,
    valid: async () => ({ query: '{ myMailPreferences { actionReminders delivery version } }' }),
  },
  {
    name: 'updateMailSettings',
    kind: 'mutation',
    allowed: ADMINISTRATORS,
    valid: async (world, org, as) =>
      call(SETTINGS, {
        s: {
          version: await settingsVersion(world, org, as),
          reminderLeadDays: 5,
          sendFrom: '08:00',
        },
      }),
    invalid: [
      {
        description: 'sending hours that end before they start',
        build: async (world, org, as) =>
          call(SETTINGS, {
            s: {
              version: await settingsVersion(world, org, as),
              sendFrom: '18:00',
              sendUntil: '08:00',
            },
          }),
        code: 'BAD_USER_INPUT',
        rule: 'SENDING_HOURS_ORDER',
        field: 'sendUntil',
      },
      {
        description: 'a time that is not HH:MM',
        build: async (world, org, as) =>
          call(SETTINGS, {
            s: { version: await settingsVersion(world, org, as), sendFrom: '8am' },
          }),
        code: 'BAD_USER_INPUT',
        field: 'sendFrom',
      },
      {
        description: 'more than 30 lead days',
        build: async (world, org, as) =>
          call(SETTINGS, {
            s: { version: await settingsVersion(world, org, as), reminderLeadDays: 31 },
          }),
        code: 'BAD_USER_INPUT',
        field: 'reminderLeadDays',
      },
      {
        description: 'a stale version',
        build: async (world, org, as) =>
          call(SETTINGS, {
            s: { version: (await settingsVersion(world, org, as)) + 5, reminderLeadDays: 3 },
          }),
        code: 'CONFLICT',
        rule: 'STALE_VERSION',
      },
    ],
  },
  {
    name: 'updateMyMailPreferences',
    kind: 'mutation',
    allowed: ALL,
    valid: async (world, org, as) =>
      call(PREFERENCES, {
        p: { version: await preferencesVersion(world, org, as), weeklyDigest: true },
      }),
    invalid: [
      {
        description: 'a delivery that is not one of the two',
        build: async (world, org, as) =>
          call(PREFERENCES, {
            p: { version: await preferencesVersion(world, org, as), delivery: 'hourly' },
          }),
        code: 'BAD_USER_INPUT',
      },
    ],
  },
];
