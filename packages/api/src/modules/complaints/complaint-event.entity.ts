import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { JourneyEventType } from './complaint.enums';
import { DateTime } from '../../core/scalars';

/**
 * One step of a complaint's journey. Append-only (a database trigger refuses UPDATE and DELETE).
 * `payload` holds the step's details (due date, outcome, agreed action, note text...); it can
 * hold personal data, so it is exposed only through guarded fields.
 */
@ObjectType('JourneyEvent')
@Entity({ name: 'complaint_event' })
export class ComplaintEvent {
  @PrimaryColumn({ type: 'uuid' })
  organisationId!: string;

  @Field(() => ID)
  @PrimaryColumn({ type: 'bigint', insert: false })
  id!: string;

  @Column({ type: 'uuid' })
  complaintId!: string;

  @Field(() => Int)
  @Column({ type: 'integer' })
  sequence!: number;

  @Field(() => JourneyEventType)
  @Column({ type: 'varchar' })
  type!: JourneyEventType;

  @Field(() => DateTime)
  @Column({ type: 'timestamptz' })
  at!: Date;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'smallint', nullable: true })
  stage!: 1 | 2 | null;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Column({ type: 'uuid', nullable: true })
  recordedById!: string | null;

  @Field(() => DateTime)
  @Column({ type: 'timestamptz' })
  recordedAt!: Date;
}
