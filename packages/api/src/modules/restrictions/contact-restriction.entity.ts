import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTime, LocalDate } from '../../core/scalars';
import { RestrictionKind, RestrictionStatus, ReviewDecision } from './restriction.enums';

/**
 * A restriction on how a customer may contact the organisation, under its unacceptable actions
 * policy (Part 1 §12–13): proposed by staff on one of the customer's complaints, approved by a
 * manager once the customer is told of the right to a review and of the SPSO, and reviewed by its
 * review date. Only complaint handlers and managers ever read it.
 */
@ObjectType()
@Entity({ name: 'contact_restriction' })
export class ContactRestriction {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  organisationId!: string;

  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  customerId!: string;

  @Column({ type: 'uuid' })
  complaintId!: string;

  @Field(() => RestrictionKind)
  @Column({ type: 'varchar' })
  kind!: RestrictionKind;

  @Field(() => String, { description: 'Exactly how contact is limited (officer, times, address)' })
  @Column({ type: 'text' })
  details!: string;

  @Field(() => String)
  @Column({ type: 'text' })
  reason!: string;

  @Field(() => RestrictionStatus)
  @Column({ type: 'varchar' })
  status!: RestrictionStatus;

  @Column({ type: 'uuid' })
  proposedById!: string;

  @Field(() => LocalDate)
  @Column({ type: 'date' })
  proposedOn!: string;

  @Field(() => LocalDate, { description: 'When a manager reviews it (continue, vary or lift)' })
  @Column({ type: 'date' })
  reviewOn!: string;

  @Column({ type: 'uuid', nullable: true })
  decidedById!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Approved or declined on' })
  @Column({ type: 'date', nullable: true })
  decidedOn!: string | null;

  @Field(() => LocalDate, { nullable: true })
  @Column({ type: 'date', nullable: true })
  customerToldOn!: string | null;

  @Field(() => Boolean, { description: 'The customer was told of the right to have it reviewed' })
  @Column({ type: 'boolean' })
  toldOfReview!: boolean;

  @Field(() => Boolean, { description: 'The customer was told they can go to the SPSO' })
  @Column({ type: 'boolean' })
  toldOfSpso!: boolean;

  @Field(() => LocalDate, { nullable: true })
  @Column({ type: 'date', nullable: true })
  lastReviewedOn!: string | null;

  @Field(() => ReviewDecision, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  lastDecision!: ReviewDecision | null;

  @Field(() => String, { nullable: true, description: "The manager's note on the last decision" })
  @Column({ type: 'text', nullable: true })
  decisionNote!: string | null;

  @Field(() => LocalDate, { nullable: true })
  @Column({ type: 'date', nullable: true })
  liftedOn!: string | null;

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
