import {
  DEADLINE_RULE_CODES,
  EXPLAINED_DATES,
  SKIP_REASONS,
  type DateExplanation,
  type DeadlineRule,
  type ExplainedDate,
  type SkipReason,
} from '@chp/domain';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../../core/scalars';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const ExplainedDateEnum = asEnum<ExplainedDate>(EXPLAINED_DATES);
registerEnumType(ExplainedDateEnum, {
  name: 'ExplainedDate',
  description: 'Which date of a complaint an explanation is about',
});
export const DeadlineRuleEnum = asEnum<DeadlineRule>(DEADLINE_RULE_CODES);
registerEnumType(DeadlineRuleEnum, {
  name: 'DeadlineRule',
  description: "The rule that gives a date (@chp/domain's DEADLINE_RULES)",
});
export const SkipReasonEnum = asEnum<SkipReason>(SKIP_REASONS);
registerEnumType(SkipReasonEnum, { name: 'SkipReason', description: 'Why a day was not counted' });
const MonthsFromEnum = asEnum(['aware', 'received', 'stage1_response'] as const);
registerEnumType(MonthsFromEnum, {
  name: 'MonthsFrom',
  description: 'What a calendar-month limit counts from',
});
const CountUnitEnum = asEnum(['working_days', 'calendar_months'] as const);
registerEnumType(CountUnitEnum, { name: 'CountUnit' });

@ObjectType('SkippedDay', {
  description: 'A day between the start and the date that did not count',
})
export class SkippedDayView {
  @Field(() => LocalDate) date!: string;
  @Field(() => SkipReasonEnum) reason!: SkipReason;
  @Field(() => String, {
    description:
      "Saturday or Sunday, the bank holiday's name, the organisation's reason for a closure day, or the time of a receipt after the cut-off",
  })
  name!: string;
  @Field(() => LocalDate, {
    nullable: true,
    description: 'A substitute bank holiday: the holiday it stands in for',
  })
  substituteFor!: string | null;
}

@ObjectType('MonthsLimit', { description: 'A limit counted in calendar months (§36, §75)' })
export class MonthsLimitView {
  @Field(() => MonthsFromEnum) from!: 'aware' | 'received' | 'stage1_response';
  @Field(() => LocalDate) startDate!: string;
  @Field(() => Int) months!: number;
  @Field(() => LocalDate) date!: string;
}

@ObjectType('DateExplanation', {
  description:
    'Why a date of the timeline is what it is, produced by @chp/domain from the same calendar as the date',
})
export class DateExplanationView {
  @Field(() => ExplainedDateEnum) what!: ExplainedDate;
  @Field(() => Int, { nullable: true, description: 'Null for the escalation and SPSO limits' })
  stage!: number | null;
  @Field(() => DeadlineRuleEnum) rule!: DeadlineRule;
  @Field(() => String, { description: "The model CHP paragraph, e.g. '§26'" }) paragraph!: string;
  @Field(() => LocalDate, {
    description: 'The day the count starts from (day one: the date received)',
  })
  startDate!: string;
  @Field(() => String, {
    nullable: true,
    description: "Day one: the local time received ('HH:MM')",
  })
  startTime!: string | null;
  @Field(() => Int, { description: 'Working days counted after the start, or calendar months' })
  count!: number;
  @Field(() => CountUnitEnum) unit!: 'working_days' | 'calendar_months';
  @Field(() => [LocalDate], { description: 'The working days counted; the last is the date' })
  countedDays!: string[];
  @Field(() => [SkippedDayView]) skippedDays!: SkippedDayView[];
  @Field(() => [MonthsLimitView], {
    description:
      'Calendar-month limits: each date considered (the escalation limit takes the later)',
  })
  monthsFrom!: MonthsLimitView[];
  @Field(() => LocalDate, { description: 'The date explained, equal to the timeline’s' })
  resultDate!: string;
  @Field(() => String, { description: 'The same in plain English' }) text!: string;
}

/** The domain's explanation in the GraphQL shape. */
export function explanationView(e: DateExplanation): DateExplanationView {
  return {
    ...e,
    skippedDays: e.skippedDays.map((d) => ({ ...d, substituteFor: d.substituteFor ?? null })),
  };
}
