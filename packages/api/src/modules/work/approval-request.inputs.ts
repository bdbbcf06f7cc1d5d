import { ArgsType, Field, ID } from 'type-graphql';
import { IsUUID, MaxLength } from 'class-validator';
import { NotBlank } from '../../core/input-rules';
import { LocalDate } from '../../core/scalars';

@ArgsType()
export class RequestSignOffArgs {
  @Field(() => ID, { description: 'An open stage 2 complaint' })
  @IsUUID()
  complaintId!: string;
}

@ArgsType()
export class RequestExtensionArgs extends RequestSignOffArgs {
  @Field(() => LocalDate, {
    description: 'The due date asked for: a working day after the current one',
  })
  dueOn!: string;

  @Field(() => String, { description: 'Why more time is needed (told to the customer)' })
  @NotBlank()
  @MaxLength(2000)
  reason!: string;
}
