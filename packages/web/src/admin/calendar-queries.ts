import { gql } from '@apollo/client';

export const CLOSURE_CALENDAR = gql`
  query ClosureCalendar($from: LocalDate!, $to: LocalDate!, $year: Int!) {
    closureDays(from: $from, to: $to) {
      date
      reason
      description
    }
    bankHolidays(year: $year) {
      date
      name
    }
  }
`;

export const CLOSURE_DAY_PREVIEW = gql`
  query ClosureDayPreview($date: LocalDate!, $change: ClosureDayChange!) {
    closureDayPreview(date: $date, change: $change) {
      date
      change
      totalCount
      complaints {
        id
        reference
        dates {
          kind
          from
          to
        }
      }
    }
  }
`;

export const ADD_CLOSURE_DAY = gql`
  mutation AddClosureDay($day: ClosureDayInput!) {
    addClosureDay(day: $day) {
      date
      reason
      description
    }
  }
`;

export const REMOVE_CLOSURE_DAY = gql`
  mutation RemoveClosureDay($date: LocalDate!) {
    removeClosureDay(date: $date)
  }
`;
