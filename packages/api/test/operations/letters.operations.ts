import { ADMINISTRATORS, COMPLAINT_HANDLERS } from '../../src/core/role';
import { recordComplaint } from '../support/complaints';
import { call, must, type OperationCase } from './operation-case';

/**
 * Letters (docs/procedure.md, Responses and letters): handlers and managers draft and send;
 * administrators keep the templates; communications and action-only staff reach none of it
 * (letters hold personal data).
 */
const DRAFT = `query($complaintId: ID!, $kind: LetterKind!) { letterDraft(complaintId: $complaintId, kind: $kind) { text } }`;
const SEND = `mutation($input: SendLetterInput!) { sendLetter(input: $input) { id version } }`;
const TEMPLATES = `query { letterTemplates { kind version } }`;
const SAVE = `mutation($kind: LetterKind!, $body: String!, $version: Int!) { saveLetterTemplate(kind: $kind, body: $body, version: $version) { version } }`;
const LETTER = 'Dear Morag Tenant\n\n# Why we need more time\n\nThe engineer is away until Monday.';

const sendInput = (complaintId: string, extra: Record<string, unknown> = {}) => ({
  input: { complaintId, kind: 'stage1_extension', text: LETTER, ...extra },
});

export const letterOperations: OperationCase[] = [
  {
    name: 'letterTemplates',
    kind: 'query',
    allowed: ADMINISTRATORS,
    valid: async () => ({ query: TEMPLATES }),
  },
  {
    name: 'letterPlaceholders',
    kind: 'query',
    allowed: ADMINISTRATORS,
    valid: async () => ({ query: `query { letterPlaceholders { name kinds } }` }),
  },
  {
    name: 'letterDraft',
    kind: 'query',
    allowed: COMPLAINT_HANDLERS,
    valid: async (world, org) =>
      call(DRAFT, { complaintId: (await recordComplaint(world, org)).id, kind: 'stage1_response' }),
  },
  {
    name: 'sendLetter',
    kind: 'mutation',
    allowed: COMPLAINT_HANDLERS,
    valid: async (world, org) => call(SEND, sendInput((await recordComplaint(world, org)).id)),
    invalid: [
      {
        description: 'a letter with a part still to write',
        build: async (world, org) =>
          call(
            SEND,
            sendInput((await recordComplaint(world, org)).id, {
              text: 'Dear [to write: the name]',
            }),
          ),
        code: 'BAD_USER_INPUT',
        field: 'text',
        rule: 'LETTER_NOT_FINISHED',
      },
      {
        description: 'the SPSO in a stage 1 letter (§31, §75)',
        build: async (world, org) =>
          call(
            SEND,
            sendInput((await recordComplaint(world, org)).id, {
              text: 'You may now go to the SPSO.',
            }),
          ),
        code: 'BAD_USER_INPUT',
        field: 'text',
        rule: 'LETTER_SPSO_FINAL_ONLY',
      },
      {
        description: 'a stage 2 letter on a stage 1 complaint',
        build: async (world, org) =>
          call(
            SEND,
            sendInput((await recordComplaint(world, org)).id, { kind: 'stage2_acknowledgement' }),
          ),
        code: 'CONFLICT',
        rule: 'LETTER_STAGE_NOT_CURRENT',
      },
      {
        description: 'an unknown way of sending',
        build: async (world, org) =>
          call(SEND, sendInput((await recordComplaint(world, org)).id, { sentVia: 'pigeon' })),
        code: 'BAD_USER_INPUT',
      },
      {
        description: 'an unknown complaint',
        build: async () => call(SEND, sendInput('00000000-0000-4000-8000-000000000000')),
        code: 'NOT_FOUND',
      },
    ],
  },
  {
    name: 'saveLetterTemplate',
    kind: 'mutation',
    allowed: ADMINISTRATORS,
    valid: async (world, org) => {
      const { letterTemplates } = await must<any>(world, { query: TEMPLATES }, org.people.admin);
      const version = letterTemplates.find((t: any) => t.kind === 'stage2_extension').version;
      return call(SAVE, {
        kind: 'stage2_extension',
        body: 'Dear {{customerName}}\n\nWe need until {{newDueOn}}: {{extensionReason}}',
        version,
      });
    },
    invalid: [
      {
        description: 'the SPSO text outside the final response (§75)',
        build: async () =>
          call(SAVE, {
            kind: 'stage1_extension',
            body: 'Dear {{customerName}}\n\n{{spsoText}}',
            version: 0,
          }),
        code: 'BAD_USER_INPUT',
        field: 'body',
        rule: 'LETTER_PLACEHOLDER_NOT_FOR_KIND',
      },
      {
        description: 'a final response without the SPSO text (§75)',
        build: async () =>
          call(SAVE, { kind: 'stage2_final_response', body: 'Dear {{customerName}}', version: 0 }),
        code: 'BAD_USER_INPUT',
        field: 'body',
        rule: 'LETTER_SPSO_REQUIRED',
      },
      {
        description: 'an unknown placeholder',
        build: async () =>
          call(SAVE, { kind: 'stage1_extension', body: 'Dear {{nme}}', version: 0 }),
        code: 'BAD_USER_INPUT',
        field: 'body',
        rule: 'LETTER_UNKNOWN_PLACEHOLDER',
      },
    ],
  },
];
