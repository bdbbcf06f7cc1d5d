import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../../core/scalars';

export enum RecurrenceSide {
  before = 'before',
  after = 'after',
}
registerEnumType(RecurrenceSide, { name: 'RecurrenceSide' });

export enum EffectReviewState {
  not_due = 'not_due',
  due_soon = 'due_soon',
  overdue = 'overdue',
  overdue_over_a_year = 'overdue_over_a_year',
}
registerEnumType(EffectReviewState, {
  name: 'EffectReviewState',
  description: 'Where a done action’s effect review stands (due soon: within 30 days)',
});

@ObjectType({ description: 'Complaints with the action’s root causes in one calendar month' })
export class RecurrenceMonthFigure {
  @Field(() => String, { description: "'YYYY-MM'" }) month!: string;
  @Field(() => RecurrenceSide) side!: RecurrenceSide;
  @Field(() => Int) count!: number;
  @Field(() => Int, { description: 'The same month a year earlier' }) yearEarlier!: number;
  @Field(() => Boolean, { description: 'The month had ended on the day of the figures' })
  complete!: boolean;
}

@ObjectType({
  description:
    'Complaints of the action’s service area with its root causes, by month, in whole months before and after the completion month (docs/procedure.md, Recurrence after an improvement action)',
})
export class MonthlyRecurrence {
  @Field(() => LocalDate) completedOn!: string;
  @Field(() => Int, { description: 'Months in each window' }) months!: number;
  @Field(() => LocalDate) beforeFrom!: string;
  @Field(() => LocalDate) beforeTo!: string;
  @Field(() => LocalDate) afterFrom!: string;
  @Field(() => LocalDate) afterTo!: string;
  @Field(() => [RecurrenceMonthFigure]) monthly!: RecurrenceMonthFigure[];
  @Field(() => Int) before!: number;
  @Field(() => Int, { description: 'In the after months that had ended' }) after!: number;
  @Field(() => Int) beforeYearEarlier!: number;
  @Field(() => Int) afterYearEarlier!: number;
  @Field(() => Int) afterMonthsComplete!: number;
  @Field(() => Float) averageBefore!: number;
  @Field(() => Float, { nullable: true }) averageAfter!: number | null;
  @Field(() => Boolean, {
    description: 'The cause came back above its level before the action',
  })
  cameBack!: boolean;
}
