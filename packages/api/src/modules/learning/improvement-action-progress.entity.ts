import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateTime } from '../../core/scalars';

/** The owner's follow-up on an action. */
@ObjectType('ActionProgressUpdate')
@Entity({ name: 'improvement_action_progress' })
export class ImprovementActionProgress {
  @PrimaryColumn({ type: 'uuid' })
  organisationId!: string;

  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  actionId!: string;

  @Column({ type: 'uuid' })
  authorId!: string;

  @Field(() => String)
  @Column({ type: 'text' })
  note!: string;

  @Field(() => DateTime)
  @Column({ type: 'timestamptz' })
  recordedAt!: Date;
}
