import { Field, InputType } from 'type-graphql';
import { IsIn, IsString, MaxLength } from 'class-validator';
import { LocalDate } from '../../core/scalars';
import { ClosureReason } from './closure-day.entity';

@InputType()
export class ClosureDayInput {
  @Field(() => LocalDate) date!: string;
  @Field(() => ClosureReason) @IsIn(Object.values(ClosureReason)) reason!: ClosureReason;
  @Field(() => String, { defaultValue: '' }) @IsString() @MaxLength(200) description: string = '';
}
