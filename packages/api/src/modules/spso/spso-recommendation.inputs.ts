import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, IsString, IsUUID, Length, MaxLength, Min } from 'class-validator';
import { NotBlank } from '../../core/input-rules';
import { LocalDate } from '../../core/scalars';

@InputType()
export class RecordSpsoRecommendationInput {
  @Field(() => ID) @IsUUID() complaintId!: string;
  @Field(() => String, { description: 'What the SPSO recommended' })
  @IsString()
  @Length(1, 2000)
  @NotBlank()
  recommendation!: string;
  @Field(() => LocalDate) dueOn!: string;
  @Field(() => ID, { description: 'The member of staff who sees it done' })
  @IsUUID()
  ownerId!: string;
}

@ArgsType()
export class CompleteSpsoRecommendationArgs {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int, { description: 'The version you read; a stale one answers CONFLICT' })
  @Min(1)
  version!: number;
  @Field(() => String, { description: 'What shows the recommendation was met' })
  @IsString()
  @MaxLength(5000)
  evidence!: string;
  @Field(() => LocalDate, { nullable: true, description: 'Default today' })
  @IsOptional()
  completedOn?: string | null;
}
