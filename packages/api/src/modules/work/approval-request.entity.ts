import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTime, LocalDate } from '../../core/scalars';
import { ApprovalKind } from './work.enums';

/**
 * A handler's request for a manager's approval: an extension (§27, §62) or the sign-off of a
 * stage 2 response (§65). It waits in the managers' queue until the journey records the extension
 * or sign-off after `afterSequence`, or the stage ends (docs/procedure.md, Work queues).
 */
@ObjectType()
@Entity({ name: 'approval_request' })
export class ApprovalRequest {
  @PrimaryColumn({ type: 'uuid' })
  organisationId!: string;

  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  complaintId!: string;

  @Field(() => ApprovalKind)
  @Column({ type: 'varchar' })
  kind!: ApprovalKind;

  @Field(() => Int, { description: 'The stage the request is for' })
  @Column({ type: 'smallint' })
  stage!: 1 | 2;

  /** The journey's last step when it was asked: a later extension or sign-off settles it. */
  @Column({ type: 'integer' })
  afterSequence!: number;

  @Field(() => LocalDate, { nullable: true, description: 'The due date asked for (an extension)' })
  @Column({ type: 'date', nullable: true })
  dueOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Why more time is needed (an extension)' })
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'uuid' })
  requestedById!: string;

  @Field(() => DateTime)
  @Column({ type: 'timestamptz' })
  requestedAt!: Date;
}
