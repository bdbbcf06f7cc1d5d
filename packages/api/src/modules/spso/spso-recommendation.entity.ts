import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTime, LocalDate } from '../../core/scalars';

/** What the SPSO recommended on a complaint, tracked until completed (docs/procedure.md, SPSO recommendations). */
@ObjectType()
@Entity({ name: 'spso_recommendation' })
export class SpsoRecommendation {
  @PrimaryColumn({ type: 'uuid' })
  organisationId!: string;

  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  complaintId!: string;

  @Field(() => String)
  @Column({ type: 'text' })
  recommendation!: string;

  @Field(() => LocalDate)
  @Column({ type: 'date' })
  dueOn!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  ownerId!: string;

  @Field(() => LocalDate, { nullable: true })
  @Column({ type: 'date', nullable: true })
  completedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Evidence of completion' })
  @Column({ type: 'text', nullable: true })
  evidence!: string | null;

  @Column({ type: 'uuid' })
  recordedById!: string;

  @Field(() => Int)
  @Column({ type: 'integer' })
  version!: number;

  @Field(() => DateTime)
  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}
