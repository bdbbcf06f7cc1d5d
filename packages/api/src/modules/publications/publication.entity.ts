import { PUBLICATION_STATUSES, type PublicationStatus } from '@chp/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTime } from '../../core/scalars';
import type { FrozenFigures } from './publication-figures';

export enum PublicationKind {
  quarterly = 'quarterly',
  annual = 'annual',
}
registerEnumType(PublicationKind, {
  name: 'PublicationKind',
  description:
    "quarterly: 'you said, we did' for a calendar quarter; annual: the complaints performance report for a financial year",
});

/** The GraphQL `PublicationStatus` enum: @chp/domain's PUBLICATION_STATUSES (names and values identical). */
export const PublicationStatusEnum = Object.fromEntries(
  PUBLICATION_STATUSES.map((s) => [s, s]),
) as { readonly [S in PublicationStatus]: S };
export type PublicationStatusEnum = PublicationStatus;
registerEnumType(PublicationStatusEnum, { name: 'PublicationStatus' });

/** A quarterly "you said, we did" publication or an annual complaints performance report (docs/procedure.md, Reporting and publishing). */
@ObjectType()
@Entity({ name: 'publication' })
export class Publication {
  @PrimaryColumn({ type: 'uuid' }) organisationId!: string;
  @Field(() => ID) @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Field(() => PublicationKind) @Column({ type: 'varchar' }) kind!: PublicationKind;
  @Field(() => String, {
    description: "'2026-Q2' (calendar quarter) or '2026/27' (financial year, 1 April to 31 March)",
  })
  @Column({ type: 'varchar' })
  period!: string;
  @Column({ type: 'date' }) periodFrom!: string;
  @Column({ type: 'date' }) periodTo!: string;
  @Field(() => String) @Column({ type: 'varchar' }) title!: string;
  @Field(() => String) @Column({ type: 'text' }) introduction!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Annual report: what complaints taught the organisation',
  })
  @Column({ type: 'text', nullable: true })
  learning!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Annual report: customer experience of complaints handling',
  })
  @Column({ type: 'text', nullable: true })
  customerExperience!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Annual report: complaints handling training given to staff',
  })
  @Column({ type: 'text', nullable: true })
  staffTraining!: string | null;
  @Field(() => PublicationStatusEnum) @Column({ type: 'varchar' }) status!: PublicationStatusEnum;
  @Column({ type: 'uuid' }) authorId!: string;
  /** Whoever last changed the text (the author at first; null reads as the author): they cannot approve that version. */
  @Column({ type: 'uuid', nullable: true }) lastEditedById!: string | null;
  @Column({ type: 'uuid', nullable: true }) approvedById!: string | null;
  @Field(() => DateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  approvedAt!: Date | null;
  @Field(() => DateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;
  @Field(() => DateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;
  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  withdrawnReason!: string | null;
  /** Null until approved; see publication-figures.ts. */
  @Column({ type: 'jsonb', nullable: true }) frozenFigures!: FrozenFigures | null;
  @Field(() => Int) @Column({ type: 'integer' }) version!: number;
  @Field(() => DateTime) @Column({ type: 'timestamptz' }) createdAt!: Date;
  @Field(() => DateTime) @Column({ type: 'timestamptz' }) updatedAt!: Date;
}

/** One "you said / we did" pair of a publication. */
@ObjectType()
@Entity({ name: 'publication_item' })
export class PublicationItem {
  @PrimaryColumn({ type: 'uuid' }) organisationId!: string;
  @Field(() => ID) @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ type: 'uuid' }) publicationId!: string;
  @Field(() => Int, { description: 'Order on the page, from 1' })
  @Column({ type: 'integer' })
  position!: number;
  @Field(() => String) @Column({ type: 'text' }) youSaid!: string;
  @Field(() => String) @Column({ type: 'text' }) weDid!: string;
}

/** An improvement action an item reports on. */
@Entity({ name: 'publication_item_action' })
export class PublicationItemAction {
  @PrimaryColumn({ type: 'uuid' }) organisationId!: string;
  @PrimaryColumn({ type: 'uuid' }) itemId!: string;
  @PrimaryColumn({ type: 'uuid' }) actionId!: string;
}

/** A comment an approver sent a publication back to draft with (docs/procedure.md, Reporting and publishing: review); every one is kept. */
@ObjectType()
@Entity({ name: 'publication_review_comment' })
export class PublicationReviewComment {
  @PrimaryColumn({ type: 'uuid' }) organisationId!: string;
  @Field(() => ID) @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ type: 'uuid' }) publicationId!: string;
  @Field(() => String, { description: 'What the approver asked the author to change' })
  @Column({ type: 'text' })
  comment!: string;
  @Column({ type: 'uuid' }) sentBackById!: string;
  @Field(() => DateTime) @Column({ type: 'timestamptz' }) sentBackAt!: Date;
}
