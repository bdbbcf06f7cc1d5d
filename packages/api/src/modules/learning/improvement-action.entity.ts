import type { RecurrenceFigures } from '@chp/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ActionStatus, Effectiveness } from './improvement-action.enums';
import { DateTime, LocalDate } from '../../core/scalars';

/**
 * An improvement action: authorised by a manager, owned by an officer, with a target date,
 * followed up until done, monitored, and its learning shared (Part 4, Learning from complaints).
 */
@ObjectType()
@Entity({ name: 'improvement_action' })
export class ImprovementAction {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  organisationId!: string;

  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Field(() => String)
  @Column({ type: 'varchar' })
  title!: string;

  @Field(() => String)
  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'uuid' })
  serviceAreaId!: string;

  @Column({ type: 'uuid' })
  ownerId!: string;

  @Column({ type: 'uuid', nullable: true })
  proposedById!: string | null;

  @Column({ type: 'uuid', nullable: true })
  authorisedById!: string | null;

  @Field(() => LocalDate, { nullable: true })
  @Column({ type: 'date', nullable: true })
  authorisedOn!: string | null;

  @Field(() => LocalDate)
  @Column({ type: 'date' })
  targetDate!: string;

  @Field(() => ActionStatus)
  @Column({ type: 'varchar' })
  status!: ActionStatus;

  @Field(() => LocalDate, { nullable: true })
  @Column({ type: 'date', nullable: true })
  completedOn!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  completionEvidence!: string | null;

  @Field(() => LocalDate, { nullable: true })
  @Column({ type: 'date', nullable: true })
  monitoringUntil!: string | null;

  @Field(() => Effectiveness, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  effectiveness!: Effectiveness | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  effectivenessNote!: string | null;

  @Field(() => LocalDate, { nullable: true })
  @Column({ type: 'date', nullable: true })
  verifiedOn!: string | null;

  /** The recurrence figures the verification was based on (docs/procedure.md, Recurrence after an improvement action). */
  @Column({ type: 'jsonb', nullable: true })
  effectFigures!: RecurrenceFigures | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'The day the reminder run found its root cause had come back (raised once)',
  })
  @Column({ type: 'date', nullable: true })
  recurrenceFlaggedOn!: string | null;

  /** The figures that raised the flag. */
  @Column({ type: 'jsonb', nullable: true })
  recurrenceFlagFigures!: RecurrenceFigures | null;

  @Field(() => String, {
    nullable: true,
    description: 'How the learning was shared with relevant staff',
  })
  @Column({ type: 'text', nullable: true })
  learningShared!: string | null;

  @Field(() => String, { nullable: true, description: "Plain public text for 'you said, we did'" })
  @Column({ type: 'text', nullable: true })
  publicSummary!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  cancelledReason!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The source system's reference of an action imported from a file (docs/procedure.md, Importing improvement actions)",
  })
  @Column({ type: 'varchar', nullable: true })
  sourceReference!: string | null;

  @Field(() => Int)
  @Column({ type: 'integer' })
  version!: number;

  @Field(() => DateTime)
  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => DateTime)
  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}
