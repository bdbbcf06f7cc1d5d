import { Role } from '../../src/core/role';
import {
  CREATE,
  UPDATE,
  SUBMIT,
  APPROVE,
  PUBLISH,
  WITHDRAW,
  SEND_BACK,
  freshQuarter,
  draftPublication,
  inReview,
  approved,
  published,
  type Pub,
} from '../support/publications';
import { call, must, type OperationCase } from './operation-case';

/** A publication reviewed, approved, published and withdrawn. Managers and senior managers approve. */
const EDITORS = [Role.admin, Role.senior_manager, Role.manager, Role.communications];
const APPROVERS = [Role.senior_manager, Role.manager];

export const publicationReviewOperations: OperationCase[] = [
  {
    name: 'submitPublicationForReview',
    kind: 'mutation',
    allowed: EDITORS,
    valid: async (world, org) => call(SUBMIT, await draftPublication(world, org)),
    invalid: [
      {
        description: 'a text with an e-mail address',
        build: async (world, org) => {
          const p = await draftPublication(world, org);
          const q = (
            await must(
              world,
              call(UPDATE, { ...p, introduction: 'Write to jane.smith@example.com' }),
              org.people.communications,
            )
          ).updatePublication;
          return call(SUBMIT, q);
        },
        code: 'BAD_USER_INPUT',
        rule: 'PERSONAL_DATA',
      },
      {
        description: 'submitting twice',
        build: async (world, org) => call(SUBMIT, await inReview(world, org)),
        code: 'CONFLICT',
        rule: 'PUBLICATION_STATUS',
      },
    ],
  },
  {
    name: 'approvePublication',
    kind: 'mutation',
    allowed: APPROVERS,
    valid: async (world, org) => call(APPROVE, await inReview(world, org)),
    invalid: [
      {
        description: 'a draft',
        build: async (world, org) => call(APPROVE, await draftPublication(world, org)),
        code: 'CONFLICT',
        rule: 'PUBLICATION_STATUS',
      },
      {
        description: 'by its author',
        build: async (world, org) => {
          let p: Pub = (
            await must(
              world,
              call(CREATE, { kind: 'quarterly', period: freshQuarter(), title: 'Mine' }),
              org.people.senior_manager,
            )
          ).createPublication;
          p = (
            await must(
              world,
              call(UPDATE, { ...p, introduction: 'Intro' }),
              org.people.senior_manager,
            )
          ).updatePublication;
          p = (await must(world, call(SUBMIT, p), org.people.senior_manager))
            .submitPublicationForReview;
          return call(APPROVE, p);
        },
        code: 'FORBIDDEN',
      },
      {
        description: 'by the approver who last edited its text',
        build: async (world, org, as) => {
          const p = await inReview(world, org);
          const edited = (
            await must(world, call(UPDATE, { ...p, introduction: 'Rewritten in review' }), as)
          ).updatePublication;
          return call(APPROVE, edited);
        },
        code: 'CONFLICT',
        rule: 'PUBLICATION_OWN_EDIT',
        field: 'lastEditedBy',
      },
    ],
  },
  {
    name: 'sendBackPublication',
    kind: 'mutation',
    allowed: APPROVERS,
    valid: async (world, org) =>
      call(SEND_BACK, { ...(await inReview(world, org)), comment: 'Name the service' }),
    invalid: [
      {
        description: 'a blank comment',
        build: async (world, org) =>
          call(SEND_BACK, { ...(await inReview(world, org)), comment: '  ' }),
        code: 'BAD_USER_INPUT',
        field: 'comment',
        rule: 'required',
      },
      {
        description: 'a comment over the maximum',
        build: async (world, org) =>
          call(SEND_BACK, { ...(await inReview(world, org)), comment: 'x'.repeat(4001) }),
        code: 'BAD_USER_INPUT',
        field: 'comment',
        rule: 'maxLength',
      },
      {
        description: 'a draft',
        build: async (world, org) =>
          call(SEND_BACK, { ...(await draftPublication(world, org)), comment: 'Too early' }),
        code: 'CONFLICT',
        rule: 'PUBLICATION_STATUS',
      },
    ],
  },
  {
    name: 'publishPublication',
    kind: 'mutation',
    allowed: EDITORS,
    valid: async (world, org) => call(PUBLISH, await approved(world, org)),
    invalid: [
      {
        description: 'a publication in review',
        build: async (world, org) => call(PUBLISH, await inReview(world, org)),
        code: 'CONFLICT',
        rule: 'PUBLICATION_STATUS',
      },
    ],
  },
  {
    name: 'withdrawPublication',
    kind: 'mutation',
    allowed: EDITORS,
    valid: async (world, org) =>
      call(WITHDRAW, { ...(await published(world, org)), reason: 'A figure was wrong' }),
    invalid: [
      {
        description: 'one already withdrawn',
        build: async (world, org) => {
          const p = await draftPublication(world, org);
          const gone = (
            await must(
              world,
              call(WITHDRAW, { ...p, reason: 'Wrong quarter' }),
              org.people.communications,
            )
          ).withdrawPublication;
          return call(WITHDRAW, { ...gone, reason: 'x' });
        },
        code: 'CONFLICT',
        rule: 'PUBLICATION_STATUS',
      },
      {
        description: 'a blank reason',
        build: async (world, org) =>
          call(WITHDRAW, { ...(await published(world, org)), reason: ' ' }),
        code: 'BAD_USER_INPUT',
        field: 'reason',
        rule: 'notBlank',
      },
    ],
  },
];
