import { Field, InputType } from 'type-graphql';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { NotBlank } from '../../core/input-rules';
import { LocalDate } from '../../core/scalars';
import { AccessibleFormat, ConsentScope } from './customer-side.types';

/** UK phone numbers as people write them (the same rule as the customer's, intake.inputs.ts). */
const PHONE = /^\+?[0-9][0-9 ()-]{5,19}$/;

@InputType({
  description:
    "The customer's consent for the representative: the date given and what it covers (Part 1 §15–17)",
})
export class ConsentInput {
  @Field(() => LocalDate, { description: 'When the customer gave consent (not after today)' })
  givenOn!: string;
  @Field(() => [ConsentScope], { description: 'What the consent covers: at least one' })
  @ArrayMaxSize(3)
  @ArrayUnique()
  @IsIn(Object.values(ConsentScope), { each: true })
  scope!: ConsentScope[];
  @Field(() => String, { nullable: true, description: 'Anything else the consent says' })
  @IsOptional()
  @NotBlank()
  @MaxLength(2000)
  note?: string | null;
}

@InputType({
  description: "Someone acting for the customer (docs/procedure.md, The customer's side)",
})
export class RepresentativeInput {
  @Field(() => String) @NotBlank() @MaxLength(200) name!: string;
  @Field(() => String, { nullable: true, description: 'Relationship or organisation' })
  @IsOptional()
  @NotBlank()
  @MaxLength(200)
  relationship?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsEmail() @MaxLength(254) email?:
    string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE, { message: 'phone must be a telephone number' })
  phone?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @NotBlank() @MaxLength(1000) address?:
    string | null;
  @Field(() => ConsentInput, {
    nullable: true,
    description:
      'Null until the customer consents: nothing is shared with the representative before',
  })
  @IsOptional()
  @ValidateNested()
  consent?: ConsentInput | null;
}

@InputType({
  description:
    'Support needs and reasonable adjustments (SPSO practice note: equality and accessibility)',
})
export class SupportNeedsInput {
  @Field(() => [AccessibleFormat], { defaultValue: [] })
  @ArrayMaxSize(4)
  @ArrayUnique()
  @IsIn(Object.values(AccessibleFormat), { each: true })
  formats!: AccessibleFormat[];
  @Field(() => String, { nullable: true, description: 'An interpreter, in this language' })
  @IsOptional()
  @NotBlank()
  @MaxLength(100)
  interpreterLanguage?: string | null;
  @Field(() => Boolean, { defaultValue: false, description: 'British Sign Language' })
  @IsBoolean()
  bsl: boolean = false;
  @Field(() => String, { nullable: true, description: 'A named contact for the customer' })
  @IsOptional()
  @NotBlank()
  @MaxLength(200)
  namedContact?: string | null;
  @Field(() => String, { nullable: true, description: 'Any other adjustment' })
  @IsOptional()
  @NotBlank()
  @MaxLength(2000)
  other?: string | null;
}
