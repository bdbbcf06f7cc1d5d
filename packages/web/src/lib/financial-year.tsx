import { gql } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { DEFAULT_FINANCIAL_YEAR_START_MONTH, reportingYearNoun } from '@chp/domain';
import type {
  FinancialYearStartQuery,
  FinancialYearStartQueryVariables,
} from '../generated/graphql';

export const FINANCIAL_YEAR_START = gql`
  query FinancialYearStart {
    organisation {
      id
      financialYearStartMonth
      sector
    }
  }
`;

/**
 * The month the organisation's financial year starts in (a setting, April by default:
 * docs/procedure.md, Reporting and publishing), for the quarters and years the figures speak of.
 */
export function useFinancialYearStart(): number {
  const { data } = useQuery<FinancialYearStartQuery, FinancialYearStartQueryVariables>(
    FINANCIAL_YEAR_START,
  );
  return data?.organisation.financialYearStartMonth ?? DEFAULT_FINANCIAL_YEAR_START_MONTH;
}

/**
 * The organisation's reporting year for the period pickers: its first month, and its name,
 * 'financial year' or, for colleges and universities, 'academic year' (docs/procedure.md,
 * Reporting and publishing: the reporting year).
 */
export function useReportingYear(): { startMonth: number; noun: string } {
  const { data } = useQuery<FinancialYearStartQuery, FinancialYearStartQueryVariables>(
    FINANCIAL_YEAR_START,
  );
  return {
    startMonth: data?.organisation.financialYearStartMonth ?? DEFAULT_FINANCIAL_YEAR_START_MONTH,
    noun: reportingYearNoun(data?.organisation.sector),
  };
}
