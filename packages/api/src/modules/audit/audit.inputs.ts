import { ArgsType, Field, ID } from 'type-graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { LocalDate } from '../../core/scalars';

/** Which audit rows to show: who, what (entity, operation, record) and when (London dates, inclusive). */
@ArgsType()
export class AuditFilter {
  @Field(() => ID, { nullable: true, description: 'The member of staff who made the change' })
  @IsOptional()
  @IsUUID('all')
  actorId?: string;
  @Field(() => String, {
    nullable: true,
    description: "The kind of record: 'complaint', 'organisation', 'closure_day', …",
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  entity?: string;
  @Field(() => String, {
    nullable: true,
    description: "The operation: 'addClosureDay', 'closeComplaint', …",
  })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  operation?: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  entityId?: string;
  @Field(() => LocalDate, { nullable: true, description: 'From this day (London time)' })
  @IsOptional()
  from?: string;
  @Field(() => LocalDate, {
    nullable: true,
    description: 'To this day, inclusive (London time)',
  })
  @IsOptional()
  to?: string;
}
