import {
  WORK_ITEM_KINDS,
  type WorkItemKind as DomainKind,
  type WorkItemUrgency as DomainUrgency,
} from '@chp/domain';
import { registerEnumType } from 'type-graphql';

/** What a handler asks a manager to approve. */
export enum ApprovalKind {
  extension = 'extension',
  sign_off = 'sign_off',
}
registerEnumType(ApprovalKind, {
  name: 'ApprovalKind',
  description: 'An extension (§27, §62) or the sign-off of a stage 2 response (§65)',
});

/** The GraphQL `WorkItemKind` enum: @chp/domain's WORK_ITEM_KINDS (names and values identical). */
export const WorkItemKind = Object.fromEntries(WORK_ITEM_KINDS.map((k) => [k, k])) as {
  readonly [K in DomainKind]: K;
};
export type WorkItemKind = DomainKind;
registerEnumType(WorkItemKind, {
  name: 'WorkItemKind',
  description: 'What waits for someone (docs/procedure.md, Work queues)',
});

const URGENCIES: readonly DomainUrgency[] = [
  'overdue',
  'due_today',
  'due_soon',
  'later',
  'no_due_date',
];
export const WorkItemUrgency = Object.fromEntries(URGENCIES.map((u) => [u, u])) as {
  readonly [U in DomainUrgency]: U;
};
export type WorkItemUrgency = DomainUrgency;
registerEnumType(WorkItemUrgency, {
  name: 'WorkItemUrgency',
  description: 'Overdue, due today, due soon (within 2 working days), later, or no due date',
});
