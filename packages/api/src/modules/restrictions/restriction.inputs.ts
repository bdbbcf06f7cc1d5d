import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import {
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  Min,
} from 'class-validator';
import { NotBlank } from '../../core/input-rules';
import { LocalDate } from '../../core/scalars';
import { RestrictionKind, ReviewDecision } from './restriction.enums';

@InputType()
export class ProposeContactRestrictionInput {
  @Field(() => ID, { description: 'A complaint of the customer whose contact is restricted' })
  @IsUUID()
  complaintId!: string;

  @Field(() => RestrictionKind)
  @IsIn(Object.values(RestrictionKind))
  kind!: RestrictionKind;

  @Field(() => String, { description: 'Exactly how contact is limited (officer, times, address)' })
  @IsString()
  @Length(1, 2000)
  @NotBlank()
  details!: string;

  @Field(() => String, { description: 'Why: the actions that were unacceptable' })
  @IsString()
  @Length(1, 5000)
  @NotBlank()
  reason!: string;

  @Field(() => LocalDate, { description: 'After today, at most six months on' })
  reviewOn!: string;
}

@ArgsType()
export class RestrictionRefArgs {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'The version you read; a stale one answers CONFLICT' })
  @Min(1)
  version!: number;
}

@ArgsType()
export class ApproveRestrictionArgs extends RestrictionRefArgs {
  @Field(() => LocalDate, { description: 'When the customer was told of the decision' })
  customerToldOn!: string;
  @Field(() => Boolean, { description: 'The customer was told of the right to have it reviewed' })
  @IsBoolean()
  toldOfReview!: boolean;
  @Field(() => Boolean, { description: 'The customer was told they can go to the SPSO' })
  @IsBoolean()
  toldOfSpso!: boolean;
  @Field(() => LocalDate, { nullable: true, description: 'Another review date; omit to keep it' })
  @IsOptional()
  reviewOn?: string | null;
}

@ArgsType()
export class DeclineRestrictionArgs extends RestrictionRefArgs {
  @Field(() => String, { description: 'Why it is not approved' })
  @IsString()
  @Length(1, 5000)
  @NotBlank()
  note!: string;
}

@ArgsType()
export class ReviewRestrictionArgs extends RestrictionRefArgs {
  @Field(() => ReviewDecision)
  @IsIn(Object.values(ReviewDecision))
  decision!: ReviewDecision;

  @Field(() => String, { description: 'What the review found' })
  @IsString()
  @Length(1, 5000)
  @NotBlank()
  note!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Continue and vary: the next review' })
  @IsOptional()
  nextReviewOn?: string | null;

  @Field(() => RestrictionKind, { nullable: true, description: 'Vary: the new kind' })
  @IsOptional()
  @IsIn(Object.values(RestrictionKind))
  kind?: RestrictionKind | null;

  @Field(() => String, { nullable: true, description: 'Vary: the new details' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  details?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Vary: when the customer was told' })
  @IsOptional()
  customerToldOn?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Vary: told of the right to a review' })
  @IsOptional()
  @IsBoolean()
  toldOfReview?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Vary: told of the SPSO' })
  @IsOptional()
  @IsBoolean()
  toldOfSpso?: boolean | null;
}
