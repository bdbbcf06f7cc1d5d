import { registerEnumType } from 'type-graphql';
import {
  ALTERNATIVE_RESOLUTION_APPROACHES,
  EVIDENCE_FILE_KINDS,
  type AlternativeResolutionApproach as DomainApproach,
  type EvidenceFileKind as DomainKind,
  type MeetingRecordState as DomainRecordState,
} from '@chp/domain';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { readonly [K in T]: K };

/** §54: complaint resolution discussion, mediation, conciliation or another approach. */
export const AlternativeResolutionApproach = enumOf(ALTERNATIVE_RESOLUTION_APPROACHES);
export type AlternativeResolutionApproach = DomainApproach;
registerEnumType(AlternativeResolutionApproach, { name: 'AlternativeResolutionApproach' });

/** §59: a written record, or (by agreement with the customer) another format. */
export const MeetingRecordFormat = enumOf(['written', 'other'] as const);
export type MeetingRecordFormat = keyof typeof MeetingRecordFormat;
registerEnumType(MeetingRecordFormat, { name: 'MeetingRecordFormat' });

/** §59: where the record of a meeting stands today. */
export const MeetingRecordState = enumOf(['sent', 'sent_late', 'due', 'overdue'] as const);
export type MeetingRecordState = DomainRecordState;
registerEnumType(MeetingRecordState, { name: 'MeetingRecordState' });

/** The kinds of evidence file kept (docs/procedure.md, The investigation file). */
export const EvidenceFileKind = enumOf(EVIDENCE_FILE_KINDS);
export type EvidenceFileKind = DomainKind;
registerEnumType(EvidenceFileKind, { name: 'EvidenceFileKind' });
