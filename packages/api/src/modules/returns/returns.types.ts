import { Field, Float, Int, ObjectType } from 'type-graphql';
import type {
  ArcIndicators,
  ArcReceipts,
  ArcStageFigures,
  ReconciliationDifference,
  ReconciliationRow,
  SpsoReturnRow,
} from '@chp/domain';
import { ReportingPeriod } from '../analytics';

@ObjectType({
  description:
    "One line of the SPSO indicators in the SPSO's layout: a value per stage bucket and for all closures (null where the line has none)",
})
export class SpsoReturnLine {
  @Field(() => String, { description: "The SPSO indicator: 'A' to 'F'" }) indicator!: string;
  @Field(() => String) label!: string;
  @Field(() => String, { description: "'count', 'share' (0 to 1), 'perThousand' or 'workingDays'" })
  unit!: string;
  @Field(() => Float, { nullable: true }) stage1!: number | null;
  @Field(() => Float, { nullable: true }) stage2Direct!: number | null;
  @Field(() => Float, { nullable: true }) stage2Escalated!: number | null;
  @Field(() => Float, { nullable: true }) all!: number | null;
}

@ObjectType({ description: 'One stage of the Scottish Housing Regulator ARC complaint indicators' })
export class ArcStage implements ArcStageFigures {
  @Field(() => Int, {
    description: 'Received at this stage in the year (stage 2: direct or escalated)',
  })
  received!: number;
  @Field(() => Int, { description: 'Responded to in full (closed at this stage) in the year' })
  respondedInFull!: number;
  @Field(() => Int) totalWorkingDays!: number;
  @Field(() => Float, { nullable: true, description: 'Unrounded mean; null without responses' })
  averageWorkingDays!: number | null;
  @Field(() => Int, { description: 'Full responses within the timescale (day 5 or day 20)' })
  withinTimescale!: number;
}

@ObjectType({
  description:
    'The ARC complaint indicators: an escalated complaint is counted at stage 1 and at stage 2',
})
export class ArcFigures implements ArcIndicators {
  @Field(() => ArcStage) stage1!: ArcStageFigures;
  @Field(() => ArcStage) stage2!: ArcStageFigures;
}

@ObjectType({ description: "The year's receipts by stage, which the reconciliation uses" })
export class ArcReceiptCounts implements ArcReceipts {
  @Field(() => Int) receivedAtStage1!: number;
  @Field(() => Int) receivedAtStage2!: number;
  @Field(() => Int, { description: 'Escalated to stage 2 in the year, whenever first received' })
  escalated!: number;
}

@ObjectType()
export class ReconciliationDifferenceLine implements ReconciliationDifference {
  @Field(() => String) reason!: string;
  @Field(() => Float) value!: number;
}

@ObjectType({
  description:
    'An ARC figure against the SPSO figure closest to it: spsoValue + differences = arcValue',
})
export class ReconciliationLine {
  @Field(() => String) figure!: string;
  @Field(() => String) label!: string;
  @Field(() => String) spsoFigure!: string;
  @Field(() => Float, { nullable: true }) spsoValue!: number | null;
  @Field(() => [ReconciliationDifferenceLine]) differences!: ReconciliationDifference[];
  @Field(() => Float, { nullable: true }) arcValue!: number | null;
  @Field(() => Float, { description: 'What no listed difference explains: 0 on consistent data' })
  unexplained!: number;
}

@ObjectType({
  description:
    'The regulator returns for a period (docs/procedure.md, Regulator returns): SPSO layout, ARC and their reconciliation',
})
export class RegulatorReturnsReport {
  @Field(() => ReportingPeriod) period!: ReportingPeriod;
  @Field(() => Int, { nullable: true, description: "The organisation's population setting" })
  population!: number | null;
  @Field(() => String, { description: "What the per-1,000 line is per: 'homes', 'students'…" })
  populationWording!: string;
  @Field(() => [SpsoReturnLine]) spso!: SpsoReturnRow[];
  @Field(() => ArcReceiptCounts) receipts!: ArcReceipts;
  @Field(() => ArcFigures) arc!: ArcIndicators;
  @Field(() => [ReconciliationLine]) reconciliation!: ReconciliationRow[];
}
