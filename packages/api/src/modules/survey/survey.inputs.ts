import { SURVEY_COMMENT_MAX } from '@chp/domain';
import { IsIn, IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { ProblemBack } from './survey.enums';

/** A customer's answers, sent with the link's token; every question may be left out. */
@InputType()
export class SurveyAnswerInput {
  @Field(() => String, { description: "The token from the survey link's address" })
  @MaxLength(200)
  token!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'How easy it was to complain: 1 (very poor) to 5 (very good)',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  easeOfComplaining?: number | null;

  @Field(() => Int, { nullable: true, description: 'How well they were kept informed: 1 to 5' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  keptInformed?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'How clearly the outcome was explained: 1 to 5',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  outcomeExplained?: number | null;

  @Field(() => ProblemBack, {
    nullable: true,
    description: 'The recurrence survey: has the problem come back?',
  })
  @IsOptional()
  @IsIn(Object.values(ProblemBack))
  problemBack?: ProblemBack | null;

  @Field(() => String, {
    nullable: true,
    description: 'Anything else, without names or contact details (checked for personal data)',
  })
  @IsOptional()
  @MaxLength(SURVEY_COMMENT_MAX)
  comment?: string | null;
}
