import { gql } from '@apollo/client';
import { BUCKET_FIELDS, OTHER_OUTCOME_FIELDS } from '../indicators/queries';

/** One period's SPSO indicators, as the indicators page reads them. */
const INDICATOR_FIGURE_FIELDS = gql`
  fragment IndicatorFigureFields on IndicatorFigures {
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
  ${BUCKET_FIELDS}
  ${OTHER_OUTCOME_FIELDS}
`;

/** This quarter to date against the same working days of the previous quarter and of last year's. */
export const LIKE_FOR_LIKE = gql`
  query LikeForLikeComparison {
    likeForLikeComparison {
      organisationId
      quarter {
        from
        to
        label
        kind
      }
      workingDays
      partial
      current {
        ...IndicatorFigureFields
      }
      previousQuarter {
        ...IndicatorFigureFields
      }
      sameQuarterLastYear {
        ...IndicatorFigureFields
      }
    }
  }
  ${INDICATOR_FIGURE_FIELDS}
`;

export const ROOT_CAUSE_COUNTS = gql`
  query RootCauseCounts($from: LocalDate!, $to: LocalDate!) {
    complaintTrends(from: $from, to: $to, grain: year, breakdown: rootCause) {
      from
      to
      total
      buckets {
        period
        label
        key
        keyLabel
        count
      }
    }
  }
`;

export const QUIET_AREAS = gql`
  query QuietAreas($period: PeriodInput!) {
    quietAreas(period: $period, dimension: serviceArea) {
      period {
        from
        to
        label
      }
      history {
        label
      }
      items {
        key
        label
        count
        historicalAverage
        change
        changeShare
      }
    }
  }
`;

export const OVERDUE_ACTIONS = gql`
  query OverdueActions {
    overdueActions {
      total
      byServiceArea {
        serviceAreaId
        serviceAreaName
        count
      }
      byOwner {
        ownerId
        ownerName
        count
      }
    }
  }
`;
