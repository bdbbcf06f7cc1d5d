import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Authorized, Field, ID, Int, ObjectType } from 'type-graphql';
import { COMPLAINT_READERS, SEES_PERSONAL_DATA } from '../../core/role';
import {
  Channel,
  ComplaintStatus,
  ContactType,
  OtherOutcome,
  Outcome,
  Route,
  SpsoDecision,
} from './complaint.enums';
import { DateTime, LocalDate } from '../../core/scalars';

/**
 * A complaint and its current state. The `stage1*` / `stage2*` columns are a projection of the
 * journey computed by @chp/domain when each event is written (same transaction); analytics read
 * them in SQL. The API's `timeline` field always recomputes from the journey.
 *
 * Every field but `id`, `reference` and `serviceArea` is for complaint readers only: action-only
 * staff reach linked complaints through their own action (`ImprovementAction.complaints`) and
 * are refused the rest with FORBIDDEN (docs/api.md, Complaints).
 */
@ObjectType()
@Entity({ name: 'complaint' })
export class Complaint {
  @Authorized(COMPLAINT_READERS)
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

  @Authorized(COMPLAINT_READERS)
  @Field(() => Boolean, {
    description:
      'Recorded as anonymous by choice (§11): no customer details, and no response can be sent',
  })
  @Column({ type: 'boolean', default: false })
  anonymous!: boolean;

  @Authorized(COMPLAINT_READERS)
  @Field(() => DateTime)
  @Column({ type: 'timestamptz' })
  receivedAt!: Date;

  @Authorized(COMPLAINT_READERS)
  @Field(() => LocalDate, {
    nullable: true,
    description: 'When the customer first knew of the problem (for time limits)',
  })
  @Column({ type: 'date', nullable: true })
  awareOn!: string | null;

  @Authorized(COMPLAINT_READERS)
  @Field(() => Channel)
  @Column({ type: 'varchar' })
  channel!: Channel;

  @Column({ type: 'uuid' })
  serviceAreaId!: string;

  @Authorized(COMPLAINT_READERS)
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

  @Authorized(COMPLAINT_READERS)
  @Field(() => Boolean, { description: 'Serious, high-risk or high-profile (§36)' })
  @Column({ type: 'boolean' })
  serious!: boolean;

  @Authorized(SEES_PERSONAL_DATA)
  @Field(() => String, {
    nullable: true,
    description:
      'Serious and kept at stage 1: why it is not at stage 2 (§36); managers list these complaints',
  })
  @Column({ type: 'text', nullable: true })
  seriousStageOneReason!: string | null;

  @Authorized(COMPLAINT_READERS)
  @Field(() => Boolean)
  @Column({ type: 'boolean' })
  aboutNamedStaff!: boolean;

  @Column({ type: 'uuid', nullable: true })
  handlerId!: string | null;

  @Authorized(COMPLAINT_READERS)
  @Field(() => Route)
  @Column({ type: 'varchar' })
  route!: Route;

  @Authorized(COMPLAINT_READERS)
  @Field(() => Int)
  @Column({ type: 'smallint' })
  currentStage!: 1 | 2;

  @Authorized(COMPLAINT_READERS)
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

  @Authorized(COMPLAINT_READERS)
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

  @Authorized(COMPLAINT_READERS)
  @Field(() => SpsoDecision, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  spsoDecision!: SpsoDecision | null;

  @Authorized(COMPLAINT_READERS)
  @Field(() => LocalDate, { nullable: true })
  @Column({ type: 'date', nullable: true })
  spsoDecidedOn!: string | null;

  @Authorized(COMPLAINT_READERS)
  @Field(() => ContactType, { description: 'What the first contact was (§11–12)' })
  @Column({ type: 'varchar' })
  contactType!: ContactType;

  @Authorized(COMPLAINT_READERS)
  @Field(() => OtherOutcome, {
    nullable: true,
    description: 'An outcome beyond the four, if the record ended with one (never a closure)',
  })
  @Column({ type: 'varchar', nullable: true })
  otherOutcome!: OtherOutcome | null;

  @Authorized(COMPLAINT_READERS)
  @Field(() => LocalDate, { nullable: true })
  @Column({ type: 'date', nullable: true })
  otherOutcomeOn!: string | null;

  @Authorized(SEES_PERSONAL_DATA)
  @Field(() => String, {
    nullable: true,
    description: 'The signposting given (not a complaint) or the reason for the other outcome',
  })
  @Column({ type: 'text', nullable: true })
  otherOutcomeReason!: string | null;

  /** A duplicate: the complaint it repeats (same organisation). */
  @Column({ type: 'uuid', nullable: true })
  duplicateOfId!: string | null;

  @Authorized(SEES_PERSONAL_DATA)
  @Field(() => String, {
    nullable: true,
    description: 'Why a complaint made after the time limit was taken on (§11)',
  })
  @Column({ type: 'text', nullable: true })
  specialCircumstances!: string | null;

  @Authorized(COMPLAINT_READERS)
  @Field(() => String, { nullable: true, description: 'Another organisation involved (§11)' })
  @Column({ type: 'varchar', nullable: true })
  otherOrganisation!: string | null;

  @Authorized(SEES_PERSONAL_DATA)
  @Field(() => String, { nullable: true, description: 'What was passed to the other organisation' })
  @Column({ type: 'text', nullable: true })
  passedToOtherOrganisation!: string | null;

  @Authorized(COMPLAINT_READERS)
  @Field(() => String, { nullable: true, description: 'The contractor the complaint is about' })
  @Column({ type: 'varchar', nullable: true })
  contractor!: string | null;

  @Authorized(SEES_PERSONAL_DATA)
  @Field(() => String, {
    nullable: true,
    description:
      'The elected member who made it on the customer’s behalf: recorded, never prioritised (no two-tier handling)',
  })
  @Column({ type: 'varchar', nullable: true })
  electedMember!: string | null;

  @Authorized(COMPLAINT_READERS)
  @Field(() => Int)
  @Column({ type: 'integer' })
  version!: number;

  @Authorized(COMPLAINT_READERS)
  @Field(() => DateTime)
  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Authorized(COMPLAINT_READERS)
  @Field(() => DateTime)
  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}
