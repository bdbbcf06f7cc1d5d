import { gql } from '@apollo/client';

export const TRENDS = gql`
  query Trends(
    $from: LocalDate!
    $to: LocalDate!
    $grain: TrendGrain!
    $breakdown: TrendBreakdown!
    $filters: TrendFilters
  ) {
    complaintTrends(from: $from, to: $to, grain: $grain, breakdown: $breakdown, filters: $filters) {
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
  }
`;
