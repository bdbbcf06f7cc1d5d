import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ImprovementAction } from '../learning';
import { LocalDate } from '../../core/scalars';
import { OtherOutcomeFigures } from './other-outcomes.types';

export enum PeriodKindEnum {
  quarter = 'quarter',
  financialQuarter = 'financialQuarter',
  year = 'year',
  financialYear = 'financialYear',
  range = 'range',
}
registerEnumType(PeriodKindEnum, { name: 'PeriodKind' });

@ObjectType({ description: 'A reporting period: inclusive local (Europe/London) dates' })
export class ReportingPeriod {
  @Field(() => PeriodKindEnum) kind!: PeriodKindEnum;
  @Field(() => LocalDate) from!: string;
  @Field(() => LocalDate) to!: string;
  @Field(() => String, { description: "'2026 Q2', '2026', '2026/27', '1 Dec 2026 – 15 Jan 2027'" })
  label!: string;
}

@ObjectType()
export class OutcomeFigure {
  @Field(() => Int) count!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Share of the closures in this bucket (0-1); null with no closures',
  })
  share!: number | null;
}

@ObjectType({ description: 'docs/procedure.md, SPSO performance indicators, row C' })
export class OutcomeFigures {
  @Field(() => OutcomeFigure) resolved!: OutcomeFigure;
  @Field(() => OutcomeFigure) upheld!: OutcomeFigure;
  @Field(() => OutcomeFigure) partiallyUpheld!: OutcomeFigure;
  @Field(() => OutcomeFigure) notUpheld!: OutcomeFigure;
}

@ObjectType({
  description:
    'The indicators of one bucket of closures (docs/procedure.md, SPSO performance indicators, rows B-F)',
})
export class BucketFigures {
  @Field(() => Int, { description: 'B: closures in the period (by local closing date)' })
  closed!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'B: share of all closures of the period (0-1)',
  })
  shareOfAllClosures!: number | null;
  @Field(() => OutcomeFigures, { description: 'C' }) outcomes!: OutcomeFigures;
  @Field(() => Int, { description: 'D: the sum of working days taken (day one = 1)' })
  totalWorkingDays!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'D: mean working days from day one to closure, unrounded; null with no closures',
  })
  averageWorkingDays!: number | null;
  @Field(() => Int, {
    description: 'E: closed on or before day 5 / day 20 (extensions never count)',
  })
  withinTimescale!: number;
  @Field(() => Float, { nullable: true }) withinTimescaleShare!: number | null;
  @Field(() => Int, { description: "F: closures whose stage's deadline was extended" })
  extended!: number;
  @Field(() => Float, { nullable: true }) extendedShare!: number | null;
}

@ObjectType({
  description: 'The three buckets, kept separate (docs/procedure.md, SPSO performance indicators)',
})
export class StageBuckets {
  @Field(() => BucketFigures) stage1!: BucketFigures;
  @Field(() => BucketFigures, { description: 'Straight to investigation (§36)' })
  stage2Direct!: BucketFigures;
  @Field(() => BucketFigures, {
    description: 'Stage 2 after escalation (or transfer) from stage 1',
  })
  stage2Escalated!: BucketFigures;
}

@ObjectType({ description: 'SPSO complaints performance indicators A-F for one period' })
export class IndicatorFigures {
  @Field(() => ReportingPeriod) period!: ReportingPeriod;
  @Field(() => Int, { description: 'A: complaints whose local date of receipt is in the period' })
  received!: number;
  @Field(() => Float, {
    nullable: true,
    description:
      "A: received per 1,000 of the organisation's population; null without a population",
  })
  receivedPerThousand!: number | null;
  @Field(() => Int, { nullable: true }) population!: number | null;
  @Field(() => String, {
    nullable: true,
    description: "What the population counts ('homes', 'students')",
  })
  populationLabel!: string | null;
  @Field(() => Int, { description: 'All closures of the period, the three buckets together' })
  closed!: number;
  @Field(() => StageBuckets) stages!: StageBuckets;
  @Field(() => BucketFigures, {
    description: 'Derived: stage 2 direct and after escalation together',
  })
  stage2!: BucketFigures;
  @Field(() => OtherOutcomeFigures, {
    description: 'Records ended in the period with an outcome beyond the four: never closures',
  })
  otherOutcomes!: OtherOutcomeFigures;
}

@ObjectType({ description: 'The indicators for a period and for the previous comparable period' })
export class SpsoIndicatorsReport extends IndicatorFigures {
  @Field(() => ID) organisationId!: string;
  @Field(() => IndicatorFigures, {
    description:
      'The previous quarter / year / financial year, or the same number of days just before a custom range',
  })
  previous!: IndicatorFigures;
}

export enum TrendGrain {
  month = 'month',
  quarter = 'quarter',
  year = 'year',
}
registerEnumType(TrendGrain, { name: 'TrendGrain' });

export enum TrendBreakdown {
  none = 'none',
  serviceArea = 'serviceArea',
  category = 'category',
  channel = 'channel',
  stage = 'stage',
  outcome = 'outcome',
  rootCause = 'rootCause',
  contractor = 'contractor',
}
registerEnumType(TrendBreakdown, {
  name: 'TrendBreakdown',
  valuesConfig: {
    contractor: { description: 'Per contractor (case ignored); "none" for the rest' },
  },
});

export enum TrendStage {
  stage1 = 'stage1',
  stage2_direct = 'stage2_direct',
  stage2_escalated = 'stage2_escalated',
}
registerEnumType(TrendStage, {
  name: 'TrendStage',
  description:
    'How far a complaint went: stage 1 only, straight to stage 2, or stage 2 after escalation',
});

@ObjectType()
export class TrendBucket {
  @Field(() => LocalDate, { description: 'First day of the month, quarter or year' })
  period!: string;
  @Field(() => String, { description: "'Mar 2026', '2026 Q1', '2026'" }) label!: string;
  @Field(() => String, {
    description:
      'Service area id, category, channel, TrendStage, outcome (or open), root cause id (or none), or all',
  })
  key!: string;
  @Field(() => String) keyLabel!: string;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class ComplaintTrends {
  @Field(() => TrendGrain) grain!: TrendGrain;
  @Field(() => TrendBreakdown) breakdown!: TrendBreakdown;
  @Field(() => LocalDate) from!: string;
  @Field(() => LocalDate) to!: string;
  @Field(() => Int, {
    description:
      "The month the organisation's reporting year starts in: quarters and years are its quarters and years (1 = calendar)",
  })
  yearStartMonth!: number;
  @Field(() => Int, {
    description:
      'Complaints received in the range that pass the filters (each once, whatever the breakdown)',
  })
  total!: number;
  @Field(() => [TrendBucket], {
    description: 'Every period x key, zero-filled; ordered by period then key label',
  })
  buckets!: TrendBucket[];
}

export enum QuietDimension {
  serviceArea = 'serviceArea',
  category = 'category',
}
registerEnumType(QuietDimension, { name: 'QuietDimension' });

@ObjectType({
  description:
    'A service area or category with few or no complaints against its own history (docs/procedure.md, Reporting and publishing)',
})
export class QuietArea {
  @Field(() => String) key!: string;
  @Field(() => String) label!: string;
  @Field(() => Int) count!: number;
  @Field(() => Float, { description: 'Mean count over the previous comparable periods' })
  historicalAverage!: number;
  @Field(() => Float, { description: 'count - historicalAverage' }) change!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'count / historicalAverage - 1; null when the history is empty',
  })
  changeShare!: number | null;
}

@ObjectType()
export class QuietAreasReport {
  @Field(() => ReportingPeriod) period!: ReportingPeriod;
  @Field(() => [ReportingPeriod], {
    description: 'The periods the history covers, most recent first',
  })
  history!: ReportingPeriod[];
  @Field(() => [QuietArea]) items!: QuietArea[];
}

@ObjectType()
export class ActionsDueSoon {
  @Field(() => Int, {
    description: 'Open actions whose target date is from today to today + days (calendar days)',
  })
  count!: number;
  @Field(() => [ImprovementAction], { description: 'A page of them, soonest first' })
  items!: ImprovementAction[];
}

@ObjectType()
export class OverdueByOwner {
  @Field(() => ID) ownerId!: string;
  @Field(() => String) ownerName!: string;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class OverdueByServiceArea {
  @Field(() => ID) serviceAreaId!: string;
  @Field(() => String) serviceAreaName!: string;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class OverdueActions {
  @Field(() => Int, {
    description: 'Open actions (proposed, authorised, in progress) past their target date',
  })
  total!: number;
  @Field(() => [OverdueByOwner]) byOwner!: OverdueByOwner[];
  @Field(() => [OverdueByServiceArea]) byServiceArea!: OverdueByServiceArea[];
}

@ObjectType()
export class ActionsCompletedOnTime {
  @Field(() => ReportingPeriod) period!: ReportingPeriod;
  @Field(() => Int, {
    description: 'Actions done (or since verified) with a completion date in the period',
  })
  completed!: number;
  @Field(() => Int, { description: 'Of them, completed on or before the target date' })
  onTime!: number;
  @Field(() => Int) late!: number;
  @Field(() => Float, { nullable: true }) onTimeShare!: number | null;
}

@ObjectType()
export class RecurrenceByRootCause {
  @Field(() => ID) rootCauseId!: string;
  @Field(() => String) rootCauseName!: string;
  @Field(() => Int) before!: number;
  @Field(() => Int) after!: number;
}

@ObjectType({
  description:
    "Complaints with the action's root causes (or causes under them) in its service area, before and after its completion",
})
export class ActionRecurrence {
  @Field(() => ID) actionId!: string;
  @Field(() => ID) serviceAreaId!: string;
  @Field(() => LocalDate) completedOn!: string;
  @Field(() => Int) windowDays!: number;
  @Field(() => LocalDate, { description: 'completedOn - windowDays' }) beforeFrom!: string;
  @Field(() => LocalDate, { description: 'completedOn - 1' }) beforeTo!: string;
  @Field(() => LocalDate, { description: 'completedOn + 1' }) afterFrom!: string;
  @Field(() => LocalDate, { description: 'completedOn + windowDays' }) afterTo!: string;
  @Field(() => Boolean, {
    description: 'Whether the after window has fully passed (afterTo before today)',
  })
  afterWindowComplete!: boolean;
  @Field(() => Int, { description: 'Distinct complaints in the before window' }) before!: number;
  @Field(() => Int, { description: 'Distinct complaints in the after window' }) after!: number;
  @Field(() => [RecurrenceByRootCause]) byRootCause!: RecurrenceByRootCause[];
}
