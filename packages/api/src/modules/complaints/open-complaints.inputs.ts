import { ArgsType, Field } from 'type-graphql';
import { IsEmail, IsOptional, Matches, MaxLength } from 'class-validator';
import { NotBlank } from '../../core/input-rules';
import { POSTCODE } from './intake.inputs';

/** Who a complaint being recorded is from, as far as the form has it. */
@ArgsType()
export class CustomerLookupArgs {
  @Field(() => String, { nullable: true }) @IsOptional() @IsEmail() @MaxLength(254) email?:
    string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @NotBlank() @MaxLength(200) name?:
    string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(POSTCODE, { message: 'postcode must be a UK postcode' })
  postcode?: string | null;
}
