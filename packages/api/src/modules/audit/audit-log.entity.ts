import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { DateTime } from '../../core/scalars';

/** One row per write: who, when, which operation, what changed. */
@ObjectType()
@Entity({ name: 'audit_log' })
export class AuditLog {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  organisationId!: string;

  @Field(() => ID)
  @PrimaryColumn({ type: 'bigint', insert: false })
  id!: string;

  @Field(() => DateTime)
  @Column({ type: 'timestamptz' })
  at!: Date;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The name of who made the change (null for the platform itself)',
  })
  actorName?: string | null;

  @Field(() => String)
  @Column({ type: 'varchar' })
  operation!: string;

  @Field(() => String)
  @Column({ type: 'varchar' })
  entity!: string;

  @Field(() => String)
  @Column({ type: 'varchar' })
  entityId!: string;

  @Field(() => GraphQLJSONObject)
  @Column({ type: 'jsonb' })
  changes!: Record<string, unknown>;
}
