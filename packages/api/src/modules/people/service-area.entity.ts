import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType()
@Entity({ name: 'service_area' })
export class ServiceArea {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  organisationId!: string;

  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Field(() => String)
  @Column({ type: 'varchar' })
  name!: string;

  @Field(() => Boolean)
  @Column({ type: 'boolean' })
  active!: boolean;

  @Field(() => Int)
  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
