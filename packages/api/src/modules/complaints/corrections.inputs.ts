import { ArgsType, Field, ID, InputType } from 'type-graphql';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
  IsIn,
  IsOptional,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { LocalDate } from '../../core/scalars';
import { NotBlank, Omittable } from '../../core/input-rules';
import { Channel } from './complaint.enums';
import { CustomerInput } from './intake.inputs';
import { ComplaintRef } from './step.inputs';

/**
 * What a correction takes (docs/procedure.md, Correcting a record): the details being corrected
 * (a field left out keeps its value; the optional ones may be cleared with null) and why. The
 * field rules are those of recording a complaint.
 */
@InputType({
  description:
    'The details to correct: leave a field out to keep it. Required details cannot be cleared (notNull)',
})
export class ComplaintCorrectionInput {
  @Field(() => ID, { nullable: true, description: 'An active service area of your organisation' })
  @Omittable()
  @IsUUID()
  serviceAreaId?: string;

  @Field(() => String, { nullable: true })
  @Omittable()
  @NotBlank()
  @MaxLength(120)
  category?: string;

  @Field(() => Channel, { nullable: true })
  @Omittable()
  @IsIn(Object.values(Channel))
  channel?: Channel;

  @Field(() => String, { nullable: true })
  @Omittable()
  @NotBlank()
  @MaxLength(10_000)
  summary?: string;

  @Field(() => String, { nullable: true }) @Omittable() @MaxLength(10_000) outcomeSought?: string;

  @Field(() => Boolean, { nullable: true, description: 'Serious, high-risk or high-profile (§36)' })
  @Omittable()
  @IsBoolean()
  serious?: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Serious and at stage 1: why it is not at stage 2 (§36)',
  })
  @IsOptional()
  @NotBlank()
  @MaxLength(2000)
  seriousStageOneReason?: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description:
      'When the customer first knew of the problem: moves the escalation and SPSO limits (§36, §75); null removes it',
  })
  @IsOptional()
  awareOn?: string | null;

  @Field(() => ID, { nullable: true, description: 'Who handles it (managers only)' })
  @Omittable()
  @IsUUID()
  handlerId?: string;

  @Field(() => [ID], { nullable: true, description: 'Staff the complaint is about (§62)' })
  @Omittable()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  namedStaffIds?: string[];

  @Field(() => CustomerInput, {
    nullable: true,
    description:
      "The customer's details: each field given replaces the recorded one (null clears it)",
  })
  @Omittable()
  @ValidateNested()
  customer?: CustomerInput;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Anonymous by choice (§11): true only when no customer details, representative or support needs remain',
  })
  @Omittable()
  @IsBoolean()
  anonymous?: boolean;
}

@ArgsType()
export class CorrectComplaintArgs extends ComplaintRef {
  @Field(() => ComplaintCorrectionInput)
  @ValidateNested()
  input!: ComplaintCorrectionInput;

  @Field(() => String, { description: 'Why the record was wrong (kept in the journey)' })
  @NotBlank()
  @MaxLength(2000)
  reason!: string;
}

@ArgsType()
export class VoidComplaintStepArgs extends ComplaintRef {
  @Field(() => ID, { description: 'The journey step recorded by mistake' })
  @Matches(/^[1-9][0-9]{0,17}$/, { message: 'eventId must be a journey step id' })
  eventId!: string;

  @Field(() => String, { description: 'Why the step was a mistake (kept in the journey)' })
  @NotBlank()
  @MaxLength(2000)
  reason!: string;
}
