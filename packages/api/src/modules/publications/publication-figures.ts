import { Field, Float, Int, ObjectType } from 'type-graphql';
import {
  PUBLIC_FIGURE_FIELDS,
  averageFigure,
  countFigure,
  shareFigure,
  type Figure,
} from '@chp/domain';
import type { IndicatorFigures } from '../analytics';
import type { AnnualReport, MonthFigures, PublicAction, ServiceAreaFigures } from './annual-report';
import type { PublicSpsoLine, SurveyResults } from '@chp/domain';

/**
 * The headline figures frozen into a publication when it is approved, with the small-number
 * rule applied: a count from 1 to threshold - 1 is stored as { value: null, display: 'fewer than 5' }
 * (0 is shown: it identifies nobody). A share or an average whose closures are that few is
 * withheld the same way. What is stored is exactly what the public sees; the raw counts are
 * never stored. The rule itself is @chp/domain's smallNumbers.ts.
 */
export type { Figure };

export interface PeriodFigures {
  label: string;
  from: string;
  to: string;
  received: Figure;
  closed: Figure;
  stage1Closed: Figure;
  stage2Closed: Figure;
  resolved: Figure;
  upheld: Figure;
  partiallyUpheld: Figure;
  notUpheld: Figure;
  withinTimescaleShare: Figure;
  stage1WithinTimescaleShare: Figure;
  stage2WithinTimescaleShare: Figure;
  stage1AverageWorkingDays: Figure;
  stage2AverageWorkingDays: Figure;
  /** SPSO indicator F: closures whose deadline was extended (absent from snapshots frozen before it was added). */
  stage1Extended: Figure;
  stage2Extended: Figure;
}

export interface FrozenFigures {
  smallNumberThreshold: number;
  current: PeriodFigures;
  /** The previous quarter or financial year, for comparison. */
  previous: PeriodFigures;
  /** Annual reports only: months, services and actions (annual-report.ts); absent on a quarterly publication. */
  annualReport?: AnnualReport | null;
  /** Each item's service names at approval, by item id (absent from snapshots frozen before it was added). */
  itemServiceAreas?: Record<string, string[]>;
}

/** The public headline figures of one period, from the SPSO indicators. */
export function periodFigures(f: IndicatorFigures, threshold: number): PeriodFigures {
  const s1 = f.stages.stage1;
  const s2 = f.stage2;
  const outcome = (k: 'resolved' | 'upheld' | 'partiallyUpheld' | 'notUpheld') =>
    countFigure(s1.outcomes[k].count + s2.outcomes[k].count, threshold);
  return {
    label: f.period.label,
    from: f.period.from,
    to: f.period.to,
    received: countFigure(f.received, threshold),
    closed: countFigure(f.closed, threshold),
    stage1Closed: countFigure(s1.closed, threshold),
    stage2Closed: countFigure(s2.closed, threshold),
    resolved: outcome('resolved'),
    upheld: outcome('upheld'),
    partiallyUpheld: outcome('partiallyUpheld'),
    notUpheld: outcome('notUpheld'),
    withinTimescaleShare: shareFigure(s1.withinTimescale + s2.withinTimescale, f.closed, threshold),
    stage1WithinTimescaleShare: shareFigure(s1.withinTimescale, s1.closed, threshold),
    stage2WithinTimescaleShare: shareFigure(s2.withinTimescale, s2.closed, threshold),
    stage1AverageWorkingDays: averageFigure(s1.totalWorkingDays, s1.closed, threshold),
    stage2AverageWorkingDays: averageFigure(s2.totalWorkingDays, s2.closed, threshold),
    stage1Extended: countFigure(s1.extended, threshold),
    stage2Extended: countFigure(s2.extended, threshold),
  };
}

export const PERIOD_FIGURE_FIELDS = PUBLIC_FIGURE_FIELDS;

/** What a snapshot frozen before a figure existed shows for it. */
export const NOT_RECORDED: Figure = { value: null, display: 'not recorded' };

/** A snapshot with every figure present: one frozen before a figure existed shows it as 'not recorded' (never recomputed). */
export function withEveryFigure(figures: FrozenFigures): FrozenFigures {
  const complete = (p: PeriodFigures): PeriodFigures => ({
    ...Object.fromEntries(PERIOD_FIGURE_FIELDS.map((f) => [f, NOT_RECORDED])),
    ...p,
  });
  return { ...figures, current: complete(figures.current), previous: complete(figures.previous) };
}

// GraphQL types of the signed-in schema (the public schema declares the same shapes by hand).

@ObjectType('PublicFigure', {
  description:
    "A public figure: value null when withheld (the small-number rule), display the text to show ('fewer than 5', '83%')",
})
export class FigureType {
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field(() => String) display!: string;
}

@ObjectType('PublicPeriodFigures')
export class PeriodFiguresType {
  @Field(() => String) label!: string;
  @Field(() => String) from!: string;
  @Field(() => String) to!: string;
  @Field(() => FigureType) received!: Figure;
  @Field(() => FigureType) closed!: Figure;
  @Field(() => FigureType) stage1Closed!: Figure;
  @Field(() => FigureType) stage2Closed!: Figure;
  @Field(() => FigureType) resolved!: Figure;
  @Field(() => FigureType) upheld!: Figure;
  @Field(() => FigureType) partiallyUpheld!: Figure;
  @Field(() => FigureType) notUpheld!: Figure;
  @Field(() => FigureType) withinTimescaleShare!: Figure;
  @Field(() => FigureType) stage1WithinTimescaleShare!: Figure;
  @Field(() => FigureType) stage2WithinTimescaleShare!: Figure;
  @Field(() => FigureType) stage1AverageWorkingDays!: Figure;
  @Field(() => FigureType) stage2AverageWorkingDays!: Figure;
  @Field(() => FigureType, {
    description: 'Stage 1 closures whose deadline was extended (SPSO indicator F)',
  })
  stage1Extended!: Figure;
  @Field(() => FigureType, {
    description: 'Stage 2 closures whose deadline was extended (SPSO indicator F)',
  })
  stage2Extended!: Figure;
}

@ObjectType('PublicationFigures', {
  description: 'The headline figures frozen when the publication was approved',
})
export class FrozenFiguresType {
  @Field(() => Int) smallNumberThreshold!: number;
  @Field(() => PeriodFiguresType) current!: PeriodFigures;
  @Field(() => PeriodFiguresType) previous!: PeriodFigures;
  @Field(() => AnnualReportType, { nullable: true, description: 'Annual reports only' })
  annualReport?: AnnualReport | null;
}

@ObjectType('PublicMonthFigures')
export class MonthFiguresType {
  @Field(() => String, { description: "'2026-04'" }) month!: string;
  @Field(() => String, { description: "'April 2026'" }) label!: string;
  @Field(() => FigureType) received!: Figure;
  @Field(() => FigureType) closed!: Figure;
}

@ObjectType('PublicServiceAreaFigures')
export class ServiceAreaFiguresType {
  @Field(() => String) name!: string;
  @Field(() => FigureType) received!: Figure;
  @Field(() => FigureType, { description: 'Received in the previous financial year' })
  previousReceived!: Figure;
}

@ObjectType('PublicAction', {
  description: 'An improvement action as the public reads it: its service, public summary and date',
})
export class PublicActionType {
  @Field(() => String) serviceArea!: string;
  @Field(() => String) summary!: string;
  @Field(() => String, {
    description: 'Completion date (taken) or target date (planned), YYYY-MM-DD',
  })
  date!: string;
}

@ObjectType('PublicIndicatorLine', {
  description:
    "One line of the SPSO indicator set in the SPSO's layout, under the small-number rule: a figure per stage bucket and for all closures (null where the line has none)",
})
export class PublicIndicatorLineType {
  @Field(() => String, { description: "The SPSO indicator: 'A' to 'F'" }) indicator!: string;
  @Field(() => String) label!: string;
  @Field(() => String, { description: "'count', 'share', 'perThousand' or 'workingDays'" })
  unit!: string;
  @Field(() => FigureType, { nullable: true }) stage1!: Figure | null;
  @Field(() => FigureType, { nullable: true }) stage2Direct!: Figure | null;
  @Field(() => FigureType, { nullable: true }) stage2Escalated!: Figure | null;
  @Field(() => FigureType, { nullable: true }) all!: Figure | null;
}

@ObjectType('PublicSurveyQuestion')
export class PublicSurveyQuestionType {
  @Field(() => String) key!: string;
  @Field(() => String) text!: string;
  @Field(() => FigureType, { description: 'The share answering 4 or 5 of those who answered' })
  satisfied!: Figure;
}

@ObjectType('PublicSurveyResults', {
  description:
    'The satisfaction survey results of the year, under the small-number rule: no figure from fewer than 5 answers',
})
export class PublicSurveyResultsType {
  @Field(() => FigureType, { description: 'Closure surveys answered' }) answers!: Figure;
  @Field(() => [PublicSurveyQuestionType]) questions!: SurveyResults['questions'];
  @Field(() => FigureType, { description: 'Recurrence surveys answered' })
  recurrenceAnswers!: Figure;
  @Field(() => FigureType, { description: 'The share saying the problem came back' })
  problemBack!: Figure;
}

@ObjectType('AnnualReportFigures', {
  description:
    'The annual report beyond the headline figures: trends and the actions taken or planned (docs/procedure.md, Reporting and publishing)',
})
export class AnnualReportType {
  @Field(() => [PublicIndicatorLineType], {
    nullable: true,
    description:
      'The SPSO indicator set of the year, per stage bucket, equal to the indicators page (null on reports approved before it was added)',
  })
  indicators?: PublicSpsoLine[];
  @Field(() => PublicSurveyResultsType, {
    nullable: true,
    description:
      'The satisfaction survey results of the year (null on reports approved before they were added)',
  })
  survey?: SurveyResults;
  @Field(() => [MonthFiguresType]) months!: MonthFigures[];
  @Field(() => [ServiceAreaFiguresType]) serviceAreas!: ServiceAreaFigures[];
  @Field(() => [PublicActionType], {
    description: 'Done or verified in the year, with a public summary',
  })
  actionsTaken!: PublicAction[];
  @Field(() => [PublicActionType], {
    description: 'Authorised or in progress when the report was approved, with a public summary',
  })
  actionsPlanned!: PublicAction[];
}
