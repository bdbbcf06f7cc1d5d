import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsIn,
  IsOptional,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { LocalDate } from '../../core/scalars';
import { Channel, Outcome } from '../complaints';
import { QuietDimension, TrendBreakdown, TrendGrain, TrendStage } from './analytics.types';

@InputType({
  description:
    "Exactly one of: quarter ('2026-Q2', calendar quarter), financialQuarter ('FY2026-Q1', the first quarter of the financial year starting in 2026), year (calendar), financialYear (2026 = the financial year starting in 2026), or from and to (inclusive local dates). Financial quarters and years start in the organisation's financialYearStartMonth (April by default)",
})
export class PeriodInput {
  @Field(() => String, { nullable: true }) quarter?: string | null;
  @Field(() => String, { nullable: true }) financialQuarter?: string | null;
  @Field(() => Int, { nullable: true }) year?: number | null;
  @Field(() => Int, { nullable: true }) financialYear?: number | null;
  @Field(() => LocalDate, { nullable: true }) from?: string | null;
  @Field(() => LocalDate, { nullable: true }) to?: string | null;
}

@InputType()
export class TrendFilters {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  serviceAreaIds?: string[] | null;
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @MaxLength(120, { each: true })
  categories?: string[] | null;
  @Field(() => [Channel], { nullable: true })
  @IsOptional()
  @IsIn(Object.values(Channel), { each: true })
  channels?: Channel[] | null;
  @Field(() => TrendStage, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(TrendStage))
  stage?: TrendStage | null;
  @Field(() => Outcome, {
    nullable: true,
    description: 'The outcome of the current stage (closed complaints)',
  })
  @IsOptional()
  @IsIn(Object.values(Outcome))
  outcome?: Outcome | null;
  @Field(() => [ID], {
    nullable: true,
    description: 'Complaints with any of these root causes or a cause under them',
  })
  @IsOptional()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  rootCauseIds?: string[] | null;
}

@ArgsType()
export class TrendArgs {
  @Field(() => TrendGrain) @IsIn(Object.values(TrendGrain)) grain!: TrendGrain;
  @Field(() => TrendBreakdown, { defaultValue: TrendBreakdown.none })
  @IsIn(Object.values(TrendBreakdown))
  breakdown: TrendBreakdown = TrendBreakdown.none;
  @Field(() => LocalDate, { description: 'Received on or after (local date)' }) from!: string;
  @Field(() => LocalDate, { description: 'Received on or before (local date)' }) to!: string;
  @Field(() => TrendFilters, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filters?: TrendFilters | null;
  @Field(() => ID, {
    nullable: true,
    description: 'One of the organisations you can see; default your own',
  })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;
}

@ArgsType()
export class QuietAreasArgs {
  @Field(() => PeriodInput) period!: PeriodInput;
  @Field(() => QuietDimension, { defaultValue: QuietDimension.serviceArea })
  @IsIn(Object.values(QuietDimension))
  dimension: QuietDimension = QuietDimension.serviceArea;
  @Field(() => Float, {
    defaultValue: 0.5,
    description: 'Listed when count <= threshold x historical average (and always when count is 0)',
  })
  @Min(0)
  @Max(10)
  threshold: number = 0.5;
  @Field(() => Int, {
    defaultValue: 4,
    description: 'How many previous comparable periods make the history',
  })
  @Min(1)
  @Max(12)
  history: number = 4;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() organisationId?: string | null;
}

@ArgsType()
export class DueSoonArgs {
  @Field(() => Int, { defaultValue: 14, description: 'Calendar days from today, today included' })
  @Min(0)
  @Max(366)
  days: number = 14;
  @Field(() => Int, { defaultValue: 25 }) @Min(1) @Max(100) limit: number = 25;
  @Field(() => Int, { defaultValue: 0 }) @Min(0) @Max(1_000_000) offset: number = 0;
}

@ArgsType()
export class RecurrenceArgs {
  @Field(() => ID) actionId!: string;
  @Field(() => Int, { defaultValue: 90 }) @Min(1) @Max(730) windowDays: number = 90;
}
