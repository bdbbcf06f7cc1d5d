import { gql } from '@apollo/client';

export const REGULATOR_RETURNS = gql`
  query RegulatorReturns($period: PeriodInput!) {
    regulatorReturns(period: $period) {
      period {
        from
        to
        label
      }
      population
      populationWording
      spso {
        indicator
        label
        unit
        stage1
        stage2Direct
        stage2Escalated
        all
      }
      receipts {
        receivedAtStage1
        receivedAtStage2
        escalated
      }
      arc {
        stage1 {
          received
          respondedInFull
          averageWorkingDays
          withinTimescale
        }
        stage2 {
          received
          respondedInFull
          averageWorkingDays
          withinTimescale
        }
      }
      reconciliation {
        figure
        label
        spsoFigure
        spsoValue
        differences {
          reason
          value
        }
        arcValue
        unexplained
      }
    }
  }
`;
