import { ArgsType, Field, ID } from 'type-graphql';
import { IsEnum, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { DateTime, LocalDate } from '../../core/scalars';
import { NotBlank } from '../../core/input-rules';
import { ComplaintRef } from './step.inputs';
import { StaffContactMethod, StaffSharing } from './staff-involvement.types';

/** What the staff-complained-about steps take (docs/procedure.md, Staff complained about). */

@ArgsType()
export class NamedStaffArgs extends ComplaintRef {
  @Field(() => ID, { description: 'The member of staff named in the complaint' })
  @IsUUID()
  personId!: string;
}

@ArgsType()
export class StaffToldArgs extends NamedStaffArgs {
  @Field(() => DateTime, { nullable: true, description: 'When they were told; defaults to now' })
  at?: Date | null;
  @Field(() => StaffContactMethod) @IsEnum(StaffContactMethod) how!: StaffContactMethod;
  @Field(() => StaffSharing) @IsEnum(StaffSharing) shared!: StaffSharing;
  @Field(() => String, {
    nullable: true,
    description: 'Required when nothing was shared: the compelling reason (§48)',
  })
  @IsOptional()
  @NotBlank()
  @MaxLength(2000)
  notSharedReason?: string | null;
}

@ArgsType()
export class SupportContactArgs extends NamedStaffArgs {
  @Field(() => ID, {
    description: 'Who supports them: neither the investigator nor the person signing off (§48)',
  })
  @IsUUID()
  supportContactId!: string;
}

@ArgsType()
export class StaffUpdateArgs extends NamedStaffArgs {
  @Field(() => DateTime, { nullable: true, description: 'When they were updated; defaults to now' })
  at?: Date | null;
  @Field(() => StaffContactMethod) @IsEnum(StaffContactMethod) how!: StaffContactMethod;
}

@ArgsType()
export class ResponseSharedArgs extends NamedStaffArgs {
  @Field(() => LocalDate, {
    description: 'The day the part of the response about them was shared (§33, §68)',
  })
  sharedOn!: string;
}
