import { Field, ID, InputType, Int } from 'type-graphql';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { DateTime, LocalDate } from '../../core/scalars';
import { Channel, ContactType, PreferredContact } from './complaint.enums';
import { NotBlank } from '../../core/input-rules';
import { RepresentativeInput, SupportNeedsInput } from './customer-side.inputs';

/** What recording a complaint takes: the customer and the complaint as received. */

/** UK phone numbers as people write them: digits, spaces, brackets, dashes, an optional leading +. */
export const PHONE = /^\+?[0-9][0-9 ()-]{5,19}$/;
/** A UK postcode, with or without its space (e.g. 'EH7 4NS', 'g24ab'). */
export const POSTCODE = /^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$/;

@InputType({
  description:
    'What the customer gave: every field is optional (docs/procedure.md, What every complaint records: record what is given)',
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
  @Field(() => RepresentativeInput, {
    nullable: true,
    description: 'Someone acting for the customer; null removes the one recorded',
  })
  @IsOptional()
  @ValidateNested()
  representative?: RepresentativeInput | null;
  @Field(() => SupportNeedsInput, {
    nullable: true,
    description:
      'Support needs and reasonable adjustments (SPSO practice note: accessibility); null removes them',
  })
  @IsOptional()
  @ValidateNested()
  supportNeeds?: SupportNeedsInput | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'The customer agrees to a satisfaction survey by e-mail after the closure (default no); needs their e-mail address',
  })
  @IsOptional()
  @IsBoolean()
  surveyConsent?: boolean | null;
}

@InputType()
export class RecordComplaintInput {
  @Field(() => ContactType, {
    defaultValue: ContactType.complaint,
    description:
      'An enquiry or a request for service is recorded as not a complaint, with the signposting given (§11–12)',
  })
  @IsIn(Object.values(ContactType))
  contactType: ContactType = ContactType.complaint;

  @Field(() => String, {
    nullable: true,
    description: 'Not a complaint: what the person was told and where they were sent (§12)',
  })
  @IsOptional()
  @NotBlank()
  @MaxLength(5000)
  signposting?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'A complaint made after the time limit (six months from awareness by default) taken on: the special circumstances',
  })
  @IsOptional()
  @NotBlank()
  @MaxLength(5000)
  specialCircumstances?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'A complaint made after the time limit not taken on: the reason, recorded as out of time',
  })
  @IsOptional()
  @NotBlank()
  @MaxLength(5000)
  outOfTimeReason?: string | null;

  @Field(() => String, { nullable: true, description: 'Another organisation involved (§11)' })
  @IsOptional()
  @NotBlank()
  @MaxLength(200)
  otherOrganisation?: string | null;

  @Field(() => String, { nullable: true, description: 'What was passed to the other organisation' })
  @IsOptional()
  @NotBlank()
  @MaxLength(5000)
  passedToOtherOrganisation?: string | null;

  @Field(() => String, { nullable: true, description: 'The contractor the complaint is about' })
  @IsOptional()
  @NotBlank()
  @MaxLength(200)
  contractor?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "An elected member who made it on the customer's behalf: recorded, never prioritised (no two-tier handling)",
  })
  @IsOptional()
  @NotBlank()
  @MaxLength(200)
  electedMember?: string | null;

  @Field(() => DateTime, { description: 'When the complaint arrived (not in the future)' })
  receivedAt!: Date;

  @Field(() => Channel, {
    description:
      'How it arrived; social media is refused for new complaints (CHANNEL_NOT_FOR_COMPLAINTS)',
  })
  @IsIn(Object.values(Channel))
  channel!: Channel;
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
  @Field(() => String, {
    nullable: true,
    description:
      'Serious and recorded at stage 1: why it is not at stage 2 (§36). Required then; managers are shown it',
  })
  @IsOptional()
  @NotBlank()
  @MaxLength(2000)
  seriousStageOneReason?: string | null;

  @Field(() => Int, {
    defaultValue: 1,
    description:
      '1, or 2 to go straight to investigation (§36); a contact that is not a complaint is kept at 1',
  })
  @IsIn([1, 2])
  stage: 1 | 2 = 1;

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

  @Field(() => Boolean, {
    defaultValue: false,
    description:
      'The customer chose to stay anonymous (§11): no customer details, representative or support needs',
  })
  @IsBoolean()
  anonymous: boolean = false;

  @Field(() => CustomerInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  customer?: CustomerInput | null;
}
