import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../../core/scalars';
import { AlternativeResolutionApproach, MeetingRecordFormat } from './investigation.enums';

/** §58–59: a meeting with the customer during the investigation, and its record. */
@ObjectType()
@Entity({ name: 'investigation_meeting' })
export class InvestigationMeeting {
  @PrimaryColumn({ type: 'uuid' })
  organisationId!: string;

  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  complaintId!: string;

  @Field(() => LocalDate)
  @Column({ type: 'date' })
  heldOn!: string;

  @Field(() => String, { description: 'Staff who attended' })
  @Column({ type: 'text' })
  staffPresent!: string;

  @Field(() => String, { description: 'The customer, their representative or others with them' })
  @Column({ type: 'text' })
  customerSidePresent!: string;

  @Field(() => MeetingRecordFormat)
  @Column({ type: 'varchar' })
  recordFormat!: MeetingRecordFormat;

  @Field(() => LocalDate, {
    description: 'The date the customer was told to expect the record by (§59)',
  })
  @Column({ type: 'date' })
  recordDueOn!: string;

  @Field(() => LocalDate, { nullable: true })
  @Column({ type: 'date', nullable: true })
  recordSentOn!: string | null;

  @Column({ type: 'uuid' })
  recordedById!: string;

  @Column({ type: 'timestamptz' })
  recordedAt!: Date;

  @Field(() => Int)
  @Column({ type: 'integer' })
  version!: number;
}

/** §54–57: an alternative complaint resolution approach used, when, and its result. */
@ObjectType()
@Entity({ name: 'alternative_resolution' })
export class AlternativeResolution {
  @PrimaryColumn({ type: 'uuid' })
  organisationId!: string;

  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  complaintId!: string;

  @Field(() => AlternativeResolutionApproach)
  @Column({ type: 'varchar' })
  approach!: AlternativeResolutionApproach;

  @Field(() => String, {
    nullable: true,
    description: 'Who led it (a trained mediator, §54), what for',
  })
  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Field(() => LocalDate)
  @Column({ type: 'date' })
  startedOn!: string;

  @Field(() => LocalDate, { nullable: true })
  @Column({ type: 'date', nullable: true })
  endedOn!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  result!: string | null;

  @Column({ type: 'uuid' })
  recordedById!: string;

  @Column({ type: 'timestamptz' })
  recordedAt!: Date;

  @Field(() => Int)
  @Column({ type: 'integer' })
  version!: number;
}
