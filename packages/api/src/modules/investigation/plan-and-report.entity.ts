import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTime, LocalDate } from '../../core/scalars';

/** §50: the investigation plan of a stage 2 complaint, one per complaint, versioned. */
@ObjectType()
@Entity({ name: 'investigation_plan' })
export class InvestigationPlan {
  @PrimaryColumn({ type: 'uuid' })
  organisationId!: string;

  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  complaintId!: string;

  @Field(() => String, { description: 'What happened (§50): records, recollections, e-mails' })
  @Column({ type: 'text' })
  whatHappened!: string;

  @Field(() => String, { description: 'What should have happened (§50): the policies that apply' })
  @Column({ type: 'text' })
  whatShouldHaveHappened!: string;

  @Field(() => String, {
    description: 'The difference, and whether the organisation is responsible (§50)',
  })
  @Column({ type: 'text' })
  difference!: string;

  @Field(() => String, { description: 'The evidence needed, and how it will be obtained (§50–51)' })
  @Column({ type: 'text' })
  evidenceNeeded!: string;

  @Field(() => Int)
  @Column({ type: 'integer' })
  version!: number;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  updatedById!: string;

  @Field(() => DateTime)
  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** Part 4: the investigator's report, text and/or an evidence file, dated and by whom. */
@ObjectType()
@Entity({ name: 'investigation_report' })
export class InvestigationReport {
  @PrimaryColumn({ type: 'uuid' })
  organisationId!: string;

  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  complaintId!: string;

  @Field(() => String)
  @Column({ type: 'text' })
  text!: string;

  @Field(() => ID, { nullable: true, description: 'The report as an uploaded evidence file' })
  @Column({ type: 'uuid', nullable: true })
  fileId!: string | null;

  @Field(() => LocalDate)
  @Column({ type: 'date' })
  writtenOn!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  writtenById!: string;

  @Field(() => Int)
  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}
