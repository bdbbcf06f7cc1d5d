import { Field, ID, Int, ObjectType } from 'type-graphql';
import { IndicatorFigures, ReportingPeriod } from './analytics.types';

@ObjectType({
  description:
    "This quarter of the organisation's reporting year to date against the same working days of the previous quarter and of the same quarter a year earlier (docs/procedure.md, Reporting and publishing: like-for-like comparisons)",
})
export class LikeForLikeComparison {
  @Field(() => ID) organisationId!: string;
  @Field(() => ReportingPeriod, { description: 'The whole quarter today is in' })
  quarter!: ReportingPeriod;
  @Field(() => Int, {
    description:
      'Working days of the quarter so far, today included; each comparison counts as many',
  })
  workingDays!: number;
  @Field(() => Boolean, { description: 'True while the quarter is still running ("to date")' })
  partial!: boolean;
  @Field(() => IndicatorFigures, { description: 'The quarter from its first day to today' })
  current!: IndicatorFigures;
  @Field(() => IndicatorFigures, {
    description: 'The previous quarter, its first `workingDays` working days',
  })
  previousQuarter!: IndicatorFigures;
  @Field(() => IndicatorFigures, {
    description: 'The same quarter a year earlier, its first `workingDays` working days',
  })
  sameQuarterLastYear!: IndicatorFigures;
}
