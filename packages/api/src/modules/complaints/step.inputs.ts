import { RESPONSE_METHODS } from '@chp/domain';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsIn,
  IsOptional,
  IsUUID,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { DateTime, LocalDate } from '../../core/scalars';
import { Finding, OtherOutcome, Outcome, SpsoDecision } from './complaint.enums';
import { DistinctTexts, NotBlank } from '../../core/input-rules';

/** What each step of a complaint's journey takes (extend, escalate, close, ...). */

/** Every lifecycle step names the complaint and the version the caller last saw. */
@ArgsType()
export class ComplaintRef {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int, {
    description: 'The version you last read: a stale one gets CONFLICT STALE_VERSION',
  })
  @Min(1)
  version!: number;
}

@ArgsType()
export class ExtendComplaintArgs extends ComplaintRef {
  @Field(() => LocalDate, {
    description: 'The new due date: a working day; at stage 1 after day 5 and no later than day 10',
  })
  dueOn!: string;
  @Field(() => String, { description: 'Why more time is needed (told to the customer)' })
  @NotBlank()
  @MaxLength(2000)
  reason!: string;
}

@ArgsType()
export class EscalateComplaintArgs extends ComplaintRef {
  @Field(() => DateTime, {
    nullable: true,
    description: 'When the customer asked (or the case was transferred); defaults to now',
  })
  at?: Date | null;
  @Field(() => String, {
    nullable: true,
    description: 'Required when the request is outside the time limit (§36, Appendix 1 §12)',
  })
  @IsOptional()
  @NotBlank()
  @MaxLength(2000)
  exceptionalCircumstances?: string | null;
  @Field(() => LocalDate, {
    nullable: true,
    description:
      'When the customer first knew of the problem, when it was not recorded with the complaint: it then decides the time limit and is recorded (§36). Without it the date of receipt stands in',
  })
  @IsOptional()
  awareOn?: string | null;
}

@ArgsType()
export class AtArgs extends ComplaintRef {
  @Field(() => DateTime, { nullable: true, description: 'Defaults to now' }) at?: Date | null;
}

@ArgsType()
export class AgreePointsArgs extends ComplaintRef {
  @Field(() => [String], {
    description: 'The points of complaint agreed with the customer, in order (§42–47)',
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @NotBlank({ each: true })
  @MaxLength(2000, { each: true })
  @DistinctTexts()
  points!: string[];
}

@ArgsType()
export class ContactUpdateArgs extends ComplaintRef {
  @Field(() => String) @NotBlank() @MaxLength(5000) note!: string;
  @Field(() => DateTime, { nullable: true, description: 'Defaults to now' }) at?: Date | null;
}

@ArgsType()
export class NoteArgs extends ComplaintRef {
  @Field(() => String) @NotBlank() @MaxLength(5000) note!: string;
}

@InputType()
export class FindingInput {
  @Field(() => ID) @IsUUID() pointId!: string;
  @Field(() => Finding) @IsIn(Object.values(Finding)) finding!: Finding;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(5000) reason?: string | null;
}

@InputType({ description: 'Required for a resolved complaint (§2–7)' })
export class ResolutionInput {
  @Field(() => String) @NotBlank() @MaxLength(5000) agreedAction!: string;
  @Field(() => LocalDate) customerAgreedOn!: string;
}

@InputType()
export class CloseComplaintInput {
  @Field(() => DateTime, {
    nullable: true,
    description: 'When the response was sent; defaults to now',
  })
  at?: Date | null;
  @Field(() => Outcome, {
    nullable: true,
    description: 'May be left out when findings are given: it then follows from them',
  })
  @IsOptional()
  @IsIn(Object.values(Outcome))
  outcome?: Outcome | null;
  @Field(() => [FindingInput], {
    nullable: true,
    description: 'A finding on each agreed point of complaint (stage 2)',
  })
  @IsOptional()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  findings?: FindingInput[] | null;
  @Field(() => ResolutionInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  resolution?: ResolutionInput | null;
  @Field(() => Boolean, {
    description:
      'The response told the customer how to go to the SPSO: required at stage 2, refused at stage 1',
  })
  @IsBoolean()
  spsoSignposted!: boolean;
  @Field(() => String, {
    nullable: true,
    description:
      'Stage 1 closed after its last day (day 10, or its extension): why it was not escalated to stage 2 (§29, Appendix 1 §10). Required then',
  })
  @IsOptional()
  @NotBlank()
  @MaxLength(2000)
  lateReason?: string | null;
  @Field(() => Boolean, {
    defaultValue: false,
    description:
      'Factoring, shared owner or private residential tenancy (§74): housing organisations, stage 2 only',
  })
  @IsBoolean()
  tribunalCase: boolean = false;
  @Field(() => Boolean, { defaultValue: false }) @IsBoolean() tribunalSignposted: boolean = false;
  @Field(() => String, {
    nullable: true,
    description:
      'The reasons for the decision (§31): required at stage 1 unless resolved or the stage 1 response letter was sent',
  })
  @IsOptional()
  @NotBlank()
  @MaxLength(20000)
  reasons?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      "How the response was given: letter, email, in_person or phone (§31–32, §69). Required unless the stage's response letter was sent (then it is the letter's)",
  })
  @IsOptional()
  @IsIn(RESPONSE_METHODS)
  communicatedBy?: string | null;
  @Field(() => [ID], { nullable: true, description: "Replaces the complaint's root causes" })
  @IsOptional()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  rootCauseIds?: string[] | null;
}

@ArgsType()
export class SpsoDecisionArgs extends ComplaintRef {
  @Field(() => SpsoDecision) @IsIn(Object.values(SpsoDecision)) decision!: SpsoDecision;
  @Field(() => LocalDate) decidedOn!: string;
}

@ArgsType()
export class PostClosureContactArgs extends ComplaintRef {
  @Field(() => String) @NotBlank() @MaxLength(5000) note!: string;
  @Field(() => Boolean, { description: 'The customer is still dissatisfied' })
  @IsBoolean()
  dissatisfied!: boolean;
}

@ArgsType()
export class AssignHandlerArgs extends ComplaintRef {
  @Field(() => ID) @IsUUID() handlerId!: string;
}

@ArgsType()
export class RootCausesArgs extends ComplaintRef {
  @Field(() => [ID], { description: 'The complete list (empty clears it)' })
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  rootCauseIds!: string[];
}

@ArgsType()
export class OtherOutcomeArgs extends ComplaintRef {
  @Field(() => OtherOutcome) @IsIn(Object.values(OtherOutcome)) outcome!: OtherOutcome;
  @Field(() => String, {
    description:
      'The signposting given (not a complaint), or the reason as the customer was told it',
  })
  @NotBlank()
  @MaxLength(5000)
  reason!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'A duplicate: the complaint of your organisation it repeats',
  })
  @IsOptional()
  @IsUUID()
  duplicateOfId?: string | null;
  @Field(() => DateTime, { nullable: true, description: 'Defaults to now' }) at?: Date | null;
}
