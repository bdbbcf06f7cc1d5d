import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateBy,
  ValidateNested,
  type ValidationOptions,
} from 'class-validator';
import { DateTime, LocalDate } from '../../core/scalars';
import {
  Channel,
  ComplaintStatus,
  Finding,
  Outcome,
  PreferredContact,
  Route,
  SpsoDecision,
} from './complaint.enums';

/** Text that is not empty or only spaces (rule `notBlank`). */
function NotBlank(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'notBlank',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && value.trim().length > 0,
        defaultMessage: () => '$property must not be empty',
      },
    },
    options,
  );
}

/** UK phone numbers as people write them: digits, spaces, brackets, dashes, an optional leading +. */
export const PHONE = /^\+?[0-9][0-9 ()-]{5,19}$/;
/** A UK postcode, with or without its space (e.g. 'EH7 4NS', 'g24ab'). */
export const POSTCODE = /^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$/;

@InputType({
  description:
    'What the customer gave: every field is optional (chp-rules §5: record what is given)',
})
export class CustomerInput {
  @Field(() => String, { nullable: true }) @IsOptional() @NotBlank() @MaxLength(200) name?:
    string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsEmail() @MaxLength(254) email?:
    string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE, { message: 'phone must be a telephone number' })
  phone?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @NotBlank() @MaxLength(1000) address?:
    string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(POSTCODE, { message: 'postcode must be a UK postcode' })
  postcode?: string | null;
  @Field(() => PreferredContact, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(PreferredContact))
  preferredContact?: PreferredContact | null;
}

@InputType()
export class RecordComplaintInput {
  @Field(() => DateTime, { description: 'When the complaint arrived (not in the future)' })
  receivedAt!: Date;

  @Field(() => Channel) @IsIn(Object.values(Channel)) channel!: Channel;
  @Field(() => ID, { description: 'An active service area of your organisation' })
  @IsUUID()
  serviceAreaId!: string;
  @Field(() => String) @NotBlank() @MaxLength(120) category!: string;
  @Field(() => String) @NotBlank() @MaxLength(10_000) summary!: string;
  @Field(() => String, { defaultValue: '' }) @MaxLength(10_000) outcomeSought: string = '';
  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Serious, high-risk or high-profile (§36)',
  })
  @IsBoolean()
  serious: boolean = false;

  @Field(() => Int, { description: '1, or 2 to go straight to investigation (§36)' })
  @IsIn([1, 2])
  stage!: 1 | 2;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'When the customer first knew of the problem (escalation and SPSO time limits)',
  })
  @IsOptional()
  awareOn?: string | null;

  @Field(() => ID, { nullable: true, description: 'Who handles it; defaults to you' })
  @IsOptional()
  @IsUUID()
  handlerId?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Staff the complaint is about (kept informed, §62)',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  namedStaffIds?: string[] | null;

  @Field(() => CustomerInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  customer?: CustomerInput | null;
}

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
  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Factoring, shared owner or private residential tenancy (§74)',
  })
  @IsBoolean()
  tribunalCase: boolean = false;
  @Field(() => Boolean, { defaultValue: false }) @IsBoolean() tribunalSignposted: boolean = false;
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

export enum DeadlineFilter {
  overdue = 'overdue',
  due_soon = 'due_soon',
}
registerEnumType(DeadlineFilter, {
  name: 'DeadlineFilter',
  description:
    "Open complaints past their current stage's deadline, or with at most 2 working days left",
});

@ArgsType()
export class ComplaintFilter {
  @Field(() => ComplaintStatus, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(ComplaintStatus))
  status?: ComplaintStatus;
  @Field(() => Int, { nullable: true, description: 'The current stage' })
  @IsOptional()
  @IsIn([1, 2])
  stage?: 1 | 2;
  @Field(() => Route, { nullable: true }) @IsOptional() @IsIn(Object.values(Route)) route?: Route;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() serviceAreaId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() handlerId?: string;
  @Field(() => LocalDate, { nullable: true, description: 'Received on or after this local date' })
  receivedFrom?: string;
  @Field(() => LocalDate, { nullable: true, description: 'Received on or before this local date' })
  receivedTo?: string;
  @Field(() => Outcome, { nullable: true, description: 'The outcome of the current stage' })
  @IsOptional()
  @IsIn(Object.values(Outcome))
  outcome?: Outcome;
  @Field(() => String, { nullable: true, description: 'The start of a reference, e.g. CMP-2026-' })
  @IsOptional()
  @MaxLength(30)
  search?: string;
  @Field(() => DeadlineFilter, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(DeadlineFilter))
  deadline?: DeadlineFilter;
}
