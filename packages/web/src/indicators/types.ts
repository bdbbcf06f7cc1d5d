export interface OutcomeFigure {
  count: number;
  share: number | null;
}

export interface BucketFigures {
  closed: number;
  shareOfAllClosures: number | null;
  averageWorkingDays: number | null;
  withinTimescale: number;
  withinTimescaleShare: number | null;
  extended: number;
  extendedShare: number | null;
  outcomes: {
    resolved: OutcomeFigure;
    upheld: OutcomeFigure;
    partiallyUpheld: OutcomeFigure;
    notUpheld: OutcomeFigure;
  };
}

export interface ReportingPeriod {
  from: string;
  to: string;
  label: string;
  kind: string;
}

export interface IndicatorFigures {
  period: ReportingPeriod;
  received: number;
  receivedPerThousand: number | null;
  closed: number;
  stages: { stage1: BucketFigures; stage2Direct: BucketFigures; stage2Escalated: BucketFigures };
  stage2: BucketFigures;
}

export interface SpsoIndicatorsReport extends IndicatorFigures {
  population: number | null;
  populationLabel: string | null;
  previous: IndicatorFigures;
}
