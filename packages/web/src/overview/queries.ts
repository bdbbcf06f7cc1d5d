import { gql } from '@apollo/client';
import { BUCKET_FIELDS, OTHER_OUTCOME_FIELDS } from '../indicators/queries';
import { MY_WORK_FIELDS } from '../work/queries';

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

/**
 * The overview's figures and work queue in one request: one answer, written to the cache once and
 * drawn once (separate queries each made the page render again as they landed, the phone's main
 * cost). A manager's restriction reviews stay a request of their own: up to 100 of them would take
 * the request over the API's complexity limit.
 * The fields and arguments are those the sections' own queries use, so the navigation's count
 * (MyWork) and a later visit to the trends read the same cache entries.
 */
export const OVERVIEW = gql`
  query Overview(
    $today: LocalDate!
    $trendFrom: LocalDate!
    $rootCauseFrom: LocalDate!
    $quietPeriod: PeriodInput!
  ) {
    myWork(first: 10) {
      ...MyWorkFields
    }
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
    twoYearTrend: complaintTrends(from: $trendFrom, to: $today, grain: month, breakdown: stage) {
      from
      to
      grain
      yearStartMonth
      breakdown
      total
      buckets {
        period
        label
        key
        keyLabel
        count
      }
    }
    rootCauses: complaintTrends(
      from: $rootCauseFrom
      to: $today
      grain: year
      breakdown: rootCause
    ) {
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
    quietAreas(period: $quietPeriod, dimension: serviceArea) {
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
  ${MY_WORK_FIELDS}
  ${INDICATOR_FIGURE_FIELDS}
`;
