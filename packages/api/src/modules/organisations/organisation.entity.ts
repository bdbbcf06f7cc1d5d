import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../../core/scalars';

export enum Sector {
  housing = 'housing',
  local_authority = 'local_authority',
  higher_education = 'higher_education',
  further_education = 'further_education',
  other = 'other',
}
registerEnumType(Sector, { name: 'Sector' });

/** §21: who may close a complaint at stage 1 (@chp/domain STAGE_ONE_RESPONDERS). */
export enum StageOneResponders {
  handlers_and_managers = 'handlers_and_managers',
  any_staff = 'any_staff',
}
registerEnumType(StageOneResponders, {
  name: 'StageOneResponders',
  description:
    'Who may close stage 1 (§21): complaint handlers and managers (default), or any member of staff with a sign-in',
});

/** A body that handles complaints under the CHP; each has its own settings (docs/procedure.md, Sector settings). */
@ObjectType()
@Entity({ name: 'organisation' })
export class Organisation {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Field(() => String)
  @Column({ type: 'varchar' })
  name!: string;

  @Field(() => String)
  @Column({ type: 'varchar' })
  slug!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The group this organisation belongs to, if any',
  })
  @Column({ type: 'uuid', nullable: true })
  groupId!: string | null;

  @Field(() => Sector)
  @Column({ type: 'varchar' })
  sector!: Sector;

  @Field(() => String, {
    description: "What the organisation calls the person complaining: 'customer', 'complainant'",
  })
  @Column({ type: 'varchar' })
  personTerm!: string;

  @Field(() => String, {
    nullable: true,
    description: "Local 'HH:MM' after which a receipt starts the next working day",
  })
  @Column({ type: 'varchar', nullable: true })
  cutOffTime!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Denominator for per-1,000 figures (homes, students, residents)',
  })
  @Column({ type: 'integer', nullable: true })
  population!: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  populationLabel!: string | null;

  @Field(() => String)
  @Column({ type: 'text' })
  spsoSignposting!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  tribunalSignposting!: string | null;

  @Field(() => Int, {
    description: "Public counts from 1 to this minus 1 are shown as 'fewer than N' (default 5)",
  })
  @Column({ type: 'integer', default: 5 })
  publicSmallNumber!: number;

  @Field(() => LocalDate, {
    description: 'The earliest date a complaint may be recorded as received (default 2000-01-01)',
  })
  @Column({ type: 'date', default: '2000-01-01' })
  earliestRecordDate!: string;

  @Field(() => Int, {
    description:
      'The time limit for making a complaint, in months from when the customer knew of the problem (default 6, §11)',
  })
  @Column({ type: 'smallint', default: 6 })
  complaintTimeLimitMonths!: number;

  @Field(() => Int, {
    description:
      'The month the financial year starts in, 1 (January) to 12; its quarters are the reporting quarters (default 4, April)',
  })
  @Column({ type: 'smallint', default: 4 })
  financialYearStartMonth!: number;

  @Field(() => Int, {
    description:
      'How long after closure a complaint keeps its personal data, in months (default 72, six years; docs/procedure.md, Retention and erasure)',
  })
  @Column({ type: 'smallint', default: 72 })
  retentionMonths!: number;

  @Field(() => StageOneResponders, {
    description:
      'Who may close a complaint at stage 1 (§21): handlers and managers (default) or any member of staff with a sign-in',
  })
  @Column({ type: 'varchar', default: StageOneResponders.handlers_and_managers })
  stageOneResponders!: StageOneResponders;

  @Field(() => Int)
  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}
