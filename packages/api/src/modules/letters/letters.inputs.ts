import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import {
  ArrayMaxSize,
  IsIn,
  IsOptional,
  IsUUID,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { LETTER_KINDS, OUTCOMES, RESPONSE_METHODS } from '@chp/domain';
import { NotBlank } from '../../core/input-rules';
import { LocalDate } from '../../core/scalars';
import { FindingInput, Outcome } from '../complaints';
import { LetterKind, ResponseMethod } from './letters.enums';

/** What the author adds to the record when drafting a letter (§31, §61, §66). */
@ArgsType()
export class LetterDraftArgs {
  @Field(() => ID) @IsUUID() complaintId!: string;
  @Field(() => LetterKind) @IsIn(LETTER_KINDS) kind!: LetterKind;
  @Field(() => Outcome, {
    nullable: true,
    description:
      "The decision (stage 1 response, final response); defaults to the stage's recorded outcome",
  })
  @IsOptional()
  @IsIn(OUTCOMES)
  outcome?: Outcome | null;
  @Field(() => [FindingInput], {
    nullable: true,
    description:
      'Final response: the finding on each point, before they are recorded at closure (§66)',
  })
  @IsOptional()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  findings?: FindingInput[] | null;
  @Field(() => String, {
    nullable: true,
    description: 'A resolved complaint: the action agreed with the customer (§67)',
  })
  @IsOptional()
  @MaxLength(5000)
  agreedAction?: string | null;
  @Field(() => String, { nullable: true, description: 'The reasons for the decision (§31, §66)' })
  @IsOptional()
  @MaxLength(20000)
  reasons?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'An apology where things went wrong: says sorry, accepts responsibility, explains (§66, the SPSO guidance on apology)',
  })
  @IsOptional()
  @MaxLength(5000)
  apology?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Extension letters: why more time is needed (§27, §61)',
  })
  @IsOptional()
  @MaxLength(5000)
  extensionReason?: string | null;
  @Field(() => LocalDate, {
    nullable: true,
    description: "Extension letters: the new date; defaults to the stage's extended due date",
  })
  @IsOptional()
  newDueOn?: string | null;
}

/** A letter sent to the customer, as it was sent (§32, §69). */
@InputType()
export class SendLetterInput {
  @Field(() => ID) @IsUUID() complaintId!: string;
  @Field(() => LetterKind) @IsIn(LETTER_KINDS) kind!: LetterKind;
  @Field(() => String, { description: "The letter's text as sent (after any edits)" })
  @NotBlank()
  @MaxLength(50000)
  text!: string;
  @Field(() => ResponseMethod, {
    nullable: true,
    description:
      "How it was given; defaults to the customer's preferred contact method, else letter",
  })
  @IsOptional()
  @IsIn(RESPONSE_METHODS)
  sentVia?: ResponseMethod | null;
  @Field(() => LocalDate, { nullable: true, description: 'Defaults to today' })
  @IsOptional()
  sentOn?: string | null;
}

/** An organisation's own text for a kind of letter. */
@ArgsType()
export class SaveLetterTemplateArgs {
  @Field(() => LetterKind) @IsIn(LETTER_KINDS) kind!: LetterKind;
  @Field(() => String) @NotBlank() @MaxLength(50000) body!: string;
  @Field(() => Int, { description: 'The version you read (0 while the default was used)' })
  @Min(0)
  version!: number;
}
