import { randomUUID } from 'node:crypto';
import { Role } from '../../src/core/role';
import { complaintInput, RECORD, recordComplaint } from '../support/complaints';
import { call, type OperationCase } from './operation-case';
import { registerFilterCases } from './complaints-register.operations';

/**
 * The complaints module's queries and recording a complaint.
 * The suites' clock stands at Monday 2 March 2026 10:00Z and complaints are received at 09:00Z
 * that morning: stage 1 day 5 is Friday 6 March, day 10 is Friday 13 March.
 */
const MANAGERS = [Role.admin, Role.senior_manager, Role.manager];
const HANDLERS = [...MANAGERS, Role.handler];
const READERS = [...HANDLERS, Role.communications];

export const complaintRecordingOperations: OperationCase[] = [
  {
    name: 'complaints',
    kind: 'query',
    allowed: READERS,
    valid: async () => ({
      query:
        '{ complaints(limit: 5) { totalCount items { id reference status timeline { stage1 { dueOn status } } } } }',
    }),
    invalid: [
      {
        description: 'a page larger than 100',
        build: async () => ({ query: '{ complaints(limit: 500) { totalCount } }' }),
        code: 'BAD_USER_INPUT',
        field: 'limit',
        rule: 'max',
      },
      {
        description: 'a stage that does not exist',
        build: async () => ({ query: '{ complaints(stage: 3) { totalCount } }' }),
        code: 'BAD_USER_INPUT',
        field: 'stage',
        rule: 'isIn',
      },
      ...registerFilterCases,
    ],
  },
  {
    name: 'complaint',
    kind: 'query',
    allowed: READERS,
    valid: async (world, org) => {
      const c = await recordComplaint(world, org);
      return call(
        'query($id: ID!) { complaint(id: $id) { id reference version timeline { stage1 { dayOne dueOn } } } }',
        { id: c.id },
      );
    },
    invalid: [
      {
        description: 'an id that is no complaint',
        build: async () =>
          call('query($id: ID!) { complaint(id: $id) { id } }', { id: randomUUID() }),
        code: 'NOT_FOUND',
      },
    ],
  },
  {
    name: 'recordComplaint',
    kind: 'mutation',
    allowed: HANDLERS,
    valid: async (_world, org) =>
      call(RECORD, {
        input: complaintInput(org, { namedStaffIds: [org.people.staff.id], awareOn: '2026-02-20' }),
      }),
    invalid: [
      {
        description: 'anonymous with customer details (§11)',
        build: async (_w, org) => call(RECORD, { input: complaintInput(org, { anonymous: true }) }),
        code: 'BAD_USER_INPUT',
        field: 'anonymous',
        rule: 'ANONYMOUS_WITH_DETAILS',
      },
      {
        description: 'anonymous with a representative (§11)',
        build: async (_w, org) =>
          call(RECORD, {
            input: complaintInput(org, {
              anonymous: true,
              customer: { representative: { name: 'Jo Advocate' } },
            }),
          }),
        code: 'BAD_USER_INPUT',
        field: 'customer.representative',
        rule: 'ANONYMOUS_WITH_REPRESENTATIVE',
      },
      {
        description: "a representative's consent dated tomorrow (Part 1 §15–17)",
        build: async (_w, org) =>
          call(RECORD, {
            input: complaintInput(org, {
              customer: {
                name: 'Morag Tenant',
                representative: {
                  name: 'Jo Advocate',
                  consent: { givenOn: '2026-03-03', scope: ['act_on_complaint'] },
                },
              },
            }),
          }),
        code: 'BAD_USER_INPUT',
        field: 'customer.representative.consent.givenOn',
        rule: 'CONSENT_IN_FUTURE',
      },
      {
        description: 'consent covering nothing (Part 1 §15–17)',
        build: async (_w, org) =>
          call(RECORD, {
            input: complaintInput(org, {
              customer: {
                name: 'Morag Tenant',
                representative: {
                  name: 'Jo Advocate',
                  consent: { givenOn: '2026-03-01', scope: [] },
                },
              },
            }),
          }),
        code: 'BAD_USER_INPUT',
        field: 'customer.representative.consent.scope',
        rule: 'CONSENT_INCOMPLETE',
      },
      {
        description: 'a representative without a name',
        build: async (_w, org) =>
          call(RECORD, {
            input: complaintInput(org, {
              customer: { name: 'Morag Tenant', representative: { name: '  ' } },
            }),
          }),
        code: 'BAD_USER_INPUT',
        field: 'customer.representative.name',
        rule: 'notBlank',
      },
      {
        description: 'an accessible format that does not exist (SPSO practice note: accessibility)',
        build: async (_w, org) =>
          call(RECORD, {
            input: complaintInput(org, {
              customer: { name: 'Morag Tenant', supportNeeds: { formats: ['smoke_signals'] } },
            }),
          }),
        code: 'BAD_USER_INPUT',
      },
      {
        description: "another organisation's service area",
        build: async (world, org) =>
          call(RECORD, {
            input: complaintInput(org, { serviceAreaId: world.other.serviceAreaIds[0] }),
          }),
        code: 'BAD_USER_INPUT',
        field: 'serviceAreaId',
        rule: 'activeServiceArea',
      },
      {
        description: 'received in the future',
        build: async (_w, org) =>
          call(RECORD, { input: complaintInput(org, { receivedAt: '2026-03-03T09:00:00Z' }) }),
        code: 'BAD_USER_INPUT',
        field: 'receivedAt',
        rule: 'notInFuture',
      },
      {
        description: 'a stage 3',
        build: async (_w, org) => call(RECORD, { input: complaintInput(org, { stage: 3 }) }),
        code: 'BAD_USER_INPUT',
        field: 'stage',
        rule: 'isIn',
      },
      {
        description: 'a new complaint through social media',
        build: async (_w, org) =>
          call(RECORD, { input: complaintInput(org, { channel: 'social_media' }) }),
        code: 'BAD_USER_INPUT',
        field: 'channel',
        rule: 'CHANNEL_NOT_FOR_COMPLAINTS',
      },
      {
        description: 'a serious complaint at stage 1 without the reason why not stage 2 (§36)',
        build: async (_w, org) => call(RECORD, { input: complaintInput(org, { serious: true }) }),
        code: 'BAD_USER_INPUT',
        field: 'seriousStageOneReason',
        rule: 'SERIOUS_AT_STAGE_1_NEEDS_REASON',
      },
      {
        description: 'a blank reason why a serious complaint is not at stage 2',
        build: async (_w, org) =>
          call(RECORD, {
            input: complaintInput(org, { serious: true, seriousStageOneReason: ' ' }),
          }),
        code: 'BAD_USER_INPUT',
        field: 'seriousStageOneReason',
        rule: 'notBlank',
      },
      {
        description: 'an empty summary',
        build: async (_w, org) => call(RECORD, { input: complaintInput(org, { summary: '   ' }) }),
        code: 'BAD_USER_INPUT',
        field: 'summary',
        rule: 'notBlank',
      },
      {
        description: 'a channel that does not exist',
        build: async (_w, org) => call(RECORD, { input: complaintInput(org, { channel: 'fax' }) }),
        code: 'BAD_USER_INPUT',
        field: 'channel',
      },
      {
        description: 'a receipt time without a date',
        build: async (_w, org) =>
          call(RECORD, { input: complaintInput(org, { receivedAt: '09:00' }) }),
        code: 'BAD_USER_INPUT',
        field: 'receivedAt',
      },
      {
        description: 'a customer e-mail that is not one',
        build: async (_w, org) =>
          call(RECORD, { input: complaintInput(org, { customer: { email: 'morag-at-example' } }) }),
        code: 'BAD_USER_INPUT',
        field: 'customer.email',
        rule: 'isEmail',
      },
      {
        description: 'a postcode that is not a UK one',
        build: async (_w, org) =>
          call(RECORD, { input: complaintInput(org, { customer: { postcode: '90210' } }) }),
        code: 'BAD_USER_INPUT',
        field: 'customer.postcode',
        rule: 'matches',
      },
      {
        description: 'a phone number with letters',
        build: async (_w, org) =>
          call(RECORD, { input: complaintInput(org, { customer: { phone: 'call me' } }) }),
        code: 'BAD_USER_INPUT',
        field: 'customer.phone',
        rule: 'matches',
      },
      {
        description: 'aware of the problem after complaining',
        build: async (_w, org) =>
          call(RECORD, { input: complaintInput(org, { awareOn: '2026-03-05' }) }),
        code: 'BAD_USER_INPUT',
        field: 'awareOn',
        rule: 'notAfterReceipt',
      },
      {
        description: 'a handler who does not handle complaints',
        build: async (_w, org) =>
          call(RECORD, { input: complaintInput(org, { handlerId: org.people.staff.id }) }),
        code: 'BAD_USER_INPUT',
        field: 'handlerId',
        rule: 'handlesComplaints',
      },
      // first contact (§11–12; docs/procedure.md, Before stage 1)
      {
        description: 'an enquiry without the signposting given (§12)',
        build: async (_w, org) =>
          call(RECORD, { input: complaintInput(org, { contactType: 'enquiry' }) }),
        code: 'BAD_USER_INPUT',
        field: 'signposting',
        rule: 'SIGNPOSTING_REQUIRED',
      },
      {
        description: 'a kind of contact that does not exist',
        build: async (_w, org) =>
          call(RECORD, { input: complaintInput(org, { contactType: 'gossip' }) }),
        code: 'BAD_USER_INPUT',
        field: 'contactType',
      },
      {
        description:
          'a complaint past the six months (aware 31 Aug 2025, last day 28 Feb) with no answer',
        build: async (_w, org) =>
          call(RECORD, { input: complaintInput(org, { awareOn: '2025-08-31' }) }),
        code: 'BAD_USER_INPUT',
        field: 'specialCircumstances',
        rule: 'COMPLAINT_OUT_OF_TIME',
      },
      {
        description: 'out of time when the awareness date is not known (it may be in time)',
        build: async (_w, org) =>
          call(RECORD, { input: complaintInput(org, { outOfTimeReason: 'Too late' }) }),
        code: 'BAD_USER_INPUT',
        field: 'outOfTimeReason',
        rule: 'NOT_OUT_OF_TIME',
      },
      {
        description: 'a late complaint both taken on and out of time',
        build: async (_w, org) =>
          call(RECORD, {
            input: complaintInput(org, {
              awareOn: '2025-08-31',
              specialCircumstances: 'Illness',
              outOfTimeReason: 'Too late',
            }),
          }),
        code: 'BAD_USER_INPUT',
        field: 'outOfTimeReason',
        rule: 'SPECIAL_CIRCUMSTANCES_WITH_OUT_OF_TIME',
      },
      {
        description: 'another organisation without what was passed to it',
        build: async (_w, org) =>
          call(RECORD, { input: complaintInput(org, { otherOrganisation: 'NHS Lothian' }) }),
        code: 'BAD_USER_INPUT',
        field: 'passedToOtherOrganisation',
        rule: 'OTHER_ORGANISATION_INCOMPLETE',
      },
      {
        description: 'a blank contractor',
        build: async (_w, org) =>
          call(RECORD, { input: complaintInput(org, { contractor: '  ' }) }),
        code: 'BAD_USER_INPUT',
        field: 'contractor',
        rule: 'notBlank',
      },
      {
        description: 'named staff of another organisation',
        build: async (world, org) =>
          call(RECORD, {
            input: complaintInput(org, { namedStaffIds: [world.other.people.staff.id] }),
          }),
        code: 'BAD_USER_INPUT',
        field: 'namedStaffIds',
        rule: 'sameOrganisation',
      },
    ],
  },
];
