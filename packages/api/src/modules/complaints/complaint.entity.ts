import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Authorized, Field, ID, Int, ObjectType } from 'type-graphql';
import { SEES_PERSONAL_DATA } from '../../core/role';
import { Channel, ComplaintStatus, Outcome, Route, SpsoDecision } from './complaint.enums';
import { DateTime, LocalDate } from '../../core/scalars';

/**
 * A complaint and its current state. The `stage1*` / `stage2*` columns are a projection of the
 * journey computed by @chp/domain when each event is written (same transaction); analytics read
 * them in SQL. The API's `timeline` field always recomputes from the journey.
 */
@ObjectType()
@Entity({ name: 'complaint' })
export class Complaint {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  organisationId!: string;

  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Field(() => String)
  @Column({ type: 'varchar' })
  reference!: string;

  @Column({ type: 'uuid', nullable: true })
  customerId!: string | null;

  @Field(() => DateTime)
  @Column({ type: 'timestamptz' })
  receivedAt!: Date;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'When the customer first knew of the problem (for time limits)',
  })
  @Column({ type: 'date', nullable: true })
  awareOn!: string | null;

  @Field(() => Channel)
  @Column({ type: 'varchar' })
  channel!: Channel;

  @Column({ type: 'uuid' })
  serviceAreaId!: string;

  @Field(() => String)
  @Column({ type: 'varchar' })
  category!: string;

  @Authorized(SEES_PERSONAL_DATA)
  @Field(() => String)
  @Column({ type: 'text' })
  summary!: string;

  @Authorized(SEES_PERSONAL_DATA)
  @Field(() => String)
  @Column({ type: 'text' })
  outcomeSought!: string;

  @Field(() => Boolean, { description: 'Serious, high-risk or high-profile (§36)' })
  @Column({ type: 'boolean' })
  serious!: boolean;

  @Field(() => Boolean)
  @Column({ type: 'boolean' })
  aboutNamedStaff!: boolean;

  @Column({ type: 'uuid', nullable: true })
  handlerId!: string | null;

  @Field(() => Route)
  @Column({ type: 'varchar' })
  route!: Route;

  @Field(() => Int)
  @Column({ type: 'smallint' })
  currentStage!: 1 | 2;

  @Field(() => ComplaintStatus)
  @Column({ type: 'varchar' })
  status!: ComplaintStatus;

  @Column({ type: 'date', nullable: true }) stage1DayOne!: string | null;
  @Column({ type: 'date', nullable: true }) stage1DueOn!: string | null;
  @Column({ type: 'date', nullable: true }) stage1ExtendedDueOn!: string | null;
  @Column({ type: 'date', nullable: true }) stage1ClosedOn!: string | null;
  @Column({ type: 'varchar', nullable: true }) stage1Outcome!: Outcome | null;
  @Column({ type: 'integer', nullable: true }) stage1WorkingDays!: number | null;
  @Column({ type: 'boolean', nullable: true }) stage1WithinTimescale!: boolean | null;

  @Field(() => DateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  escalatedAt!: Date | null;

  @Authorized(SEES_PERSONAL_DATA)
  @Field(() => String, {
    nullable: true,
    description: 'Recorded when an escalation is accepted outside the time limit (§36)',
  })
  @Column({ type: 'text', nullable: true })
  escalationExceptionalCircumstances!: string | null;

  @Column({ type: 'date', nullable: true }) stage2DayOne!: string | null;
  @Column({ type: 'date', nullable: true }) stage2DueOn!: string | null;
  @Column({ type: 'date', nullable: true }) stage2ExtendedDueOn!: string | null;
  @Column({ type: 'date', nullable: true }) stage2AcknowledgeBy!: string | null;
  @Column({ type: 'date', nullable: true }) stage2AcknowledgedOn!: string | null;
  @Column({ type: 'date', nullable: true }) stage2ClosedOn!: string | null;
  @Column({ type: 'varchar', nullable: true }) stage2Outcome!: Outcome | null;
  @Column({ type: 'integer', nullable: true }) stage2WorkingDays!: number | null;
  @Column({ type: 'boolean', nullable: true }) stage2WithinTimescale!: boolean | null;

  @Field(() => SpsoDecision, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  spsoDecision!: SpsoDecision | null;

  @Field(() => LocalDate, { nullable: true })
  @Column({ type: 'date', nullable: true })
  spsoDecidedOn!: string | null;

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
