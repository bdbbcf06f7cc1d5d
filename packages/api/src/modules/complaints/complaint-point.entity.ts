import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Authorized, Field, ID, Int, ObjectType } from 'type-graphql';
import { SEES_PERSONAL_DATA } from '../../core/role';
import { Finding } from './complaint.enums';

/** A point of complaint agreed with the customer (§42–47), with its finding. */
@ObjectType()
@Entity({ name: 'complaint_point' })
export class ComplaintPoint {
  @PrimaryColumn({ type: 'uuid' })
  organisationId!: string;

  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  complaintId!: string;

  @Field(() => Int)
  @Column({ type: 'smallint' })
  position!: number;

  @Authorized(SEES_PERSONAL_DATA)
  @Field(() => String)
  @Column({ type: 'text' })
  description!: string;

  @Field(() => Finding, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  finding!: Finding | null;

  @Authorized(SEES_PERSONAL_DATA)
  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  findingReason!: string | null;
}
