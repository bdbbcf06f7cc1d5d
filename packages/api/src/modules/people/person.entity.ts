import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Role } from '../../core/role';

/** A member of staff who signs in. The password hash is never a GraphQL field. */
@ObjectType()
@Entity({ name: 'person' })
export class Person {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  organisationId!: string;

  @Field(() => String)
  @Column({ type: 'varchar' })
  email!: string;

  @Field(() => String)
  @Column({ type: 'varchar' })
  name!: string;

  @Field(() => Role)
  @Column({ type: 'varchar' })
  role!: Role;

  @Field(() => Boolean, { description: "Also sees the organisations in this organisation's group" })
  @Column({ type: 'boolean' })
  groupAccess!: boolean;

  @Field(() => Boolean, {
    description:
      'Creates organisations and groups on this deployment (README, Platform administrator)',
  })
  @Column({ type: 'boolean', default: false })
  platformAdmin!: boolean;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  serviceAreaId!: string | null;

  @Column({ type: 'varchar', nullable: true })
  passwordHash!: string | null;

  @Field(() => Boolean)
  @Column({ type: 'boolean' })
  active!: boolean;

  @Field(() => Int)
  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}
