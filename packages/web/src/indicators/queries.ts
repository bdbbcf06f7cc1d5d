import { gql } from '@apollo/client';

export const BUCKET_FIELDS = gql`
  fragment BucketFields on BucketFigures {
    closed
    shareOfAllClosures
    averageWorkingDays
    withinTimescale
    withinTimescaleShare
    extended
    extendedShare
    outcomes {
      resolved {
        count
        share
      }
      upheld {
        count
        share
      }
      partiallyUpheld {
        count
        share
      }
      notUpheld {
        count
        share
      }
    }
  }
`;

/** The outcomes beyond the four: counted apart, never closures (docs/procedure.md, Before stage 1). */
export const OTHER_OUTCOME_FIELDS = gql`
  fragment OtherOutcomeFields on OtherOutcomeFigures {
    notAComplaint
    withdrawn
    outOfTime
    duplicate
  }
`;

export const SPSO_INDICATORS = gql`
  query SpsoIndicators($period: PeriodInput!) {
    spsoIndicators(period: $period) {
      population
      populationLabel
      period {
        from
        to
        label
        kind
      }
      received
      receivedPerThousand
      closed
      stages {
        stage1 {
          ...BucketFields
        }
        stage2Direct {
          ...BucketFields
        }
        stage2Escalated {
          ...BucketFields
        }
      }
      stage2 {
        ...BucketFields
      }
      otherOutcomes {
        ...OtherOutcomeFields
      }
      previous {
        period {
          from
          to
          label
          kind
        }
        received
        receivedPerThousand
        closed
        stages {
          stage1 {
            ...BucketFields
          }
          stage2Direct {
            ...BucketFields
          }
          stage2Escalated {
            ...BucketFields
          }
        }
        stage2 {
          ...BucketFields
        }
        otherOutcomes {
          ...OtherOutcomeFields
        }
      }
    }
  }
  ${BUCKET_FIELDS}
  ${OTHER_OUTCOME_FIELDS}
`;
