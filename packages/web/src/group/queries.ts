import { gql } from '@apollo/client';
import { BUCKET_FIELDS } from '../indicators/queries';

const GROUP_INDICATOR_FIELDS = gql`
  ${BUCKET_FIELDS}
  fragment GroupIndicatorFields on IndicatorFigures {
    period {
      label
    }
    received
    receivedPerThousand
    populationLabel
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
  }
`;

/** The group's figures and each member's, side by side: figures only (no complaint, no customer). */
export const GROUP_FIGURES = gql`
  ${GROUP_INDICATOR_FIELDS}
  query GroupFigures($period: PeriodInput!) {
    groupFigures(period: $period) {
      group {
        id
        name
      }
      period {
        label
      }
      total {
        ...GroupIndicatorFields
      }
      totalPrevious {
        ...GroupIndicatorFields
      }
      totalMonths {
        period {
          from
          label
        }
        received
        closed
      }
      members {
        organisation {
          id
          name
        }
        current {
          ...GroupIndicatorFields
        }
        previous {
          ...GroupIndicatorFields
        }
        months {
          period {
            from
          }
          received
          closed
        }
      }
    }
  }
`;
