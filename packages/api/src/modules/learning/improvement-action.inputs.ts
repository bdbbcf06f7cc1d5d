import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { NotBlank, Omittable } from '../../core/input-rules';
import { LocalDate } from '../../core/scalars';
import { ActionStatus, Effectiveness } from './improvement-action.enums';

@InputType()
export class ImprovementActionFilter {
  @Field(() => [ActionStatus], { nullable: true, description: 'Any of these statuses' })
  @IsOptional()
  @IsIn(Object.values(ActionStatus), { each: true })
  status?: ActionStatus[];

  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() ownerId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() serviceAreaId?: string;

  @Field(() => Boolean, { nullable: true, description: 'Only the actions you own' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean;

  @Field(() => Int, {
    nullable: true,
    description:
      'Open actions (proposed, authorised, in progress) whose target date is at most this many calendar days away, overdue ones included',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3660)
  dueWithinDays?: number;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: open actions past their target date; false: all others',
  })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean;

  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() complaintId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Actions addressing this root cause or any cause under it',
  })
  @IsOptional()
  @IsUUID()
  rootCauseId?: string;
}

@InputType()
export class ProposeImprovementActionInput {
  @Field(() => String)
  @IsString()
  @Length(1, 200)
  @NotBlank()
  title!: string;
  @Field(() => String)
  @IsString()
  @Length(1, 5000)
  @NotBlank()
  description!: string;
  @Field(() => ID) @IsUUID() serviceAreaId!: string;
  @Field(() => ID, {
    description: 'Any member of staff of the organisation (an officer, or the lead of a team)',
  })
  @IsUUID()
  ownerId!: string;
  @Field(() => LocalDate) targetDate!: string;

  @Field(() => [ID], {
    defaultValue: [],
    description: 'The complaints the action addresses (none for an action from trends)',
  })
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  complaintIds!: string[];

  @Field(() => [ID], { defaultValue: [] })
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  rootCauseIds!: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  publicSummary?: string | null;
}

@ArgsType()
export class ActionRefArgs {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'The version you read; a stale one answers CONFLICT' })
  @Min(1)
  version!: number;
}

@ArgsType()
export class AssignActionArgs extends ActionRefArgs {
  @Field(() => ID) @IsUUID() ownerId!: string;
  @Field(() => LocalDate, {
    nullable: true,
    description: 'A new target date (not before today); omit to keep it',
  })
  targetDate?: string | null;
}

@ArgsType()
export class RecordProgressArgs extends ActionRefArgs {
  @Field(() => String) @IsString() @MaxLength(5000) note!: string;
}

@ArgsType()
export class CompleteActionArgs extends ActionRefArgs {
  @Field(() => String, { description: 'What shows the action was taken (required)' })
  @IsString()
  @MaxLength(5000)
  evidence!: string;
  @Field(() => LocalDate, { nullable: true, description: 'Defaults to today' }) completedOn?:
    string | null;
  @Field(() => LocalDate, {
    nullable: true,
    description: 'Monitor the service until this date before verifying the effect',
  })
  monitoringUntil?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'How the learning was shared with relevant staff',
  })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  learningShared?: string | null;
}

@ArgsType()
export class VerifyEffectArgs extends ActionRefArgs {
  @Field(() => Effectiveness) @IsIn(Object.values(Effectiveness)) effectiveness!: Effectiveness;
  @Field(() => String, { description: 'What monitoring found' })
  @IsString()
  @MaxLength(5000)
  note!: string;
}

@ArgsType()
export class CancelActionArgs extends ActionRefArgs {
  @Field(() => String) @IsString() @MaxLength(2000) reason!: string;
}

@ArgsType()
export class ActionSummaryArgs extends ActionRefArgs {
  @Field(() => String, {
    nullable: true,
    description: "Plain public text for 'you said, we did'; no personal data",
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  publicSummary?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  learningShared?: string | null;
  @Field(() => String, { nullable: true })
  @Omittable()
  @IsString()
  @Length(1, 5000)
  @NotBlank()
  description?: string;
}
