import { gql } from '@apollo/client';

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
