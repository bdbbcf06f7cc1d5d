import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/** A node of the organisation's root-cause taxonomy (Part 4: seek the root cause of complaints). */
@ObjectType()
@Entity({ name: 'root_cause' })
export class RootCause {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  organisationId!: string;

  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @Field(() => String)
  @Column({ type: 'varchar' })
  name!: string;

  @Field(() => String)
  @Column({ type: 'text' })
  description!: string;

  @Field(() => Boolean)
  @Column({ type: 'boolean' })
  active!: boolean;

  @Field(() => ID, {
    nullable: true,
    description:
      'Set when this cause was merged into another: it stays, retired, so history still names it; its complaints and actions now count under that cause',
  })
  @Column({ type: 'uuid', nullable: true })
  mergedIntoId!: string | null;

  @Field(() => Int)
  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
