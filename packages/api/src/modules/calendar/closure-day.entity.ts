import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../../core/scalars';

export enum ClosureReason {
  local_holiday = 'local_holiday',
  industrial_action = 'industrial_action',
  other = 'other',
}
registerEnumType(ClosureReason, { name: 'ClosureReason' });

/** A day the organisation's service was closed; not a working day (Appendix 1 §1). */
@ObjectType()
@Entity({ name: 'closure_day' })
export class ClosureDay {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  organisationId!: string;

  @Field(() => LocalDate)
  @PrimaryColumn({ type: 'date' })
  date!: string;

  @Field(() => ClosureReason)
  @Column({ type: 'varchar' })
  reason!: ClosureReason;

  @Field(() => String)
  @Column({ type: 'varchar' })
  description!: string;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
