import { ArgsType, Field, ID } from 'type-graphql';
import { IsString, Length } from 'class-validator';
import { NotBlank } from '../../core/input-rules';

@ArgsType()
export class LegalHoldArgs {
  @Field(() => ID) complaintId!: string;
  @Field(() => String, { description: 'Why (e.g. a claim or an SPSO investigation)' })
  @IsString()
  @NotBlank()
  @Length(1, 1000)
  reason!: string;
}

@ArgsType()
export class EraseCustomerArgs {
  @Field(() => ID) customerId!: string;
  @Field(() => String, { description: 'The request (e.g. "erasure request received 3 March")' })
  @IsString()
  @NotBlank()
  @Length(1, 1000)
  reason!: string;
}
