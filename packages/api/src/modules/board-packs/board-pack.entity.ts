import { BOARD_PACK_STATUSES, type BoardPackStatus } from '@chp/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTime } from '../../core/scalars';
import type { BoardPackFigures } from './board-pack-figures';

/** The GraphQL `BoardPackStatus` enum: @chp/domain's BOARD_PACK_STATUSES (names and values identical). */
export const BoardPackStatusEnum = Object.fromEntries(BOARD_PACK_STATUSES.map((s) => [s, s])) as {
  readonly [S in BoardPackStatus]: S;
};
export type BoardPackStatusEnum = BoardPackStatus;
registerEnumType(BoardPackStatusEnum, { name: 'BoardPackStatus' });

/** The author's commentary under one section of the pack (@chp/domain BOARD_PACK_SECTIONS). */
@ObjectType()
export class BoardPackCommentary {
  @Field(() => String, { description: 'The section key, e.g. indicators' }) section!: string;
  @Field(() => String, { description: 'The section heading' }) title!: string;
  @Field(() => String) text!: string;
}

/** One edition of a quarter's board pack (docs/procedure.md, The quarterly board pack). */
@ObjectType()
@Entity({ name: 'board_pack' })
export class BoardPack {
  @PrimaryColumn({ type: 'uuid' }) organisationId!: string;
  @Field(() => ID) @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ type: 'varchar' }) periodKind!: 'quarter' | 'financialQuarter';
  @Field(() => String, { description: 'First day of the quarter (YYYY-MM-DD)' })
  @Column({ type: 'date' })
  periodFrom!: string;
  @Field(() => String, { description: 'Last day of the quarter (YYYY-MM-DD)' })
  @Column({ type: 'date' })
  periodTo!: string;
  @Field(() => String, { description: "How staff name the quarter: '2026/27 Q1'" })
  @Column({ type: 'varchar' })
  periodLabel!: string;
  @Field(() => Int, { description: 'The edition for this quarter, from 1' })
  @Column({ type: 'integer' })
  edition!: number;
  @Field(() => BoardPackStatusEnum) @Column({ type: 'varchar' }) status!: BoardPackStatusEnum;
  @Field(() => String, { description: "The author's summary for the board" })
  @Column({ type: 'text' })
  summary!: string;
  /** Section key → the author's commentary; exposed as `commentary` by the fields resolver. */
  @Column({ type: 'jsonb' }) commentary!: Record<string, string>;
  /** Computed at drafting (refreshable in draft), frozen on approval: see board-pack-figures.ts. */
  @Column({ type: 'jsonb' }) figures!: BoardPackFigures;
  @Field(() => DateTime) @Column({ type: 'timestamptz' }) figuresComputedAt!: Date;
  @Column({ type: 'uuid' }) authorId!: string;
  @Column({ type: 'uuid' }) lastEditedById!: string;
  @Column({ type: 'uuid', nullable: true }) approvedById!: string | null;
  @Field(() => DateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  approvedAt!: Date | null;
  @Field(() => DateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;
  @Field(() => String, {
    nullable: true,
    description: 'The comment of the last approver who sent the pack back to draft',
  })
  @Column({ type: 'text', nullable: true })
  sentBackComment!: string | null;
  @Column({ type: 'uuid', nullable: true }) sentBackById!: string | null;
  @Field(() => DateTime, { nullable: true, description: 'When it was last sent back' })
  @Column({ type: 'timestamptz', nullable: true })
  sentBackAt!: Date | null;
  @Field(() => Int) @Column({ type: 'integer' }) version!: number;
  @Field(() => DateTime) @Column({ type: 'timestamptz' }) createdAt!: Date;
  @Field(() => DateTime) @Column({ type: 'timestamptz' }) updatedAt!: Date;
}
