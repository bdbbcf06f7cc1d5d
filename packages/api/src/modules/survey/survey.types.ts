import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DateTime, LocalDate } from '../../core/scalars';
import { SurveyKind } from './survey.enums';

@ObjectType({ description: 'What a survey link asks, shown before the customer answers' })
export class SurveyLink {
  @Field(() => SurveyKind) kind!: SurveyKind;
  @Field(() => DateTime, { description: 'The link stops working at this instant' })
  expiresAt!: Date;
}

@ObjectType({
  description: 'A figure under the small-number rule: no value from fewer than 5 answers',
})
export class SurveyFigure {
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field(() => String, { description: "As shown: '80%', '12', 'fewer than 5 answers'" })
  display!: string;
}

@ObjectType()
export class SurveyQuestionResult {
  @Field(() => String) key!: string;
  @Field(() => String) text!: string;
  @Field(() => SurveyFigure, { description: 'The share answering 4 or 5 of those who answered' })
  satisfied!: SurveyFigure;
}

@ObjectType({ description: 'The survey results of one period (answers given in it)' })
export class SurveyPeriodResults {
  @Field(() => String) label!: string;
  @Field(() => LocalDate) from!: string;
  @Field(() => LocalDate) to!: string;
  @Field(() => SurveyFigure, { description: 'Closure surveys answered' }) answers!: SurveyFigure;
  @Field(() => [SurveyQuestionResult]) questions!: SurveyQuestionResult[];
  @Field(() => SurveyFigure, { description: 'Recurrence surveys answered' })
  recurrenceAnswers!: SurveyFigure;
  @Field(() => SurveyFigure, { description: 'The share saying the problem came back' })
  problemBack!: SurveyFigure;
}

@ObjectType({ description: 'The survey results of a reporting year and each of its quarters' })
export class SurveyResultsReport {
  @Field(() => Int) financialYear!: number;
  @Field(() => SurveyPeriodResults) year!: SurveyPeriodResults;
  @Field(() => [SurveyPeriodResults]) quarters!: SurveyPeriodResults[];
}
