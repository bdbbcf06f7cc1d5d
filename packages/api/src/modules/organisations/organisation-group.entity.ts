import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';

/**
 * A group of organisations (a housing group and its subsidiaries): people with group access in
 * a member read every member's figures; nobody writes through the group (docs/architecture.md,
 * Organisations and groups).
 */
@ObjectType()
@Entity({ name: 'organisation_group' })
export class OrganisationGroup {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Field(() => String)
  @Column({ type: 'varchar' })
  name!: string;

  @Field(() => String)
  @Column({ type: 'varchar' })
  slug!: string;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
