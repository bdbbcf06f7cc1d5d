import { useQuery } from '@apollo/client/react';
import { DEFAULT_FINANCIAL_YEAR_START_MONTH, reportingYearNoun } from '@chp/domain';
import type {
  OrganisationBasicsQuery,
  OrganisationBasicsQueryVariables,
} from '../generated/graphql';
import { ORGANISATION_BASICS } from './organisation-basics';

/**
 * The month the organisation's financial year starts in (a setting, April by default:
 * docs/procedure.md, Reporting and publishing), for the quarters and years the figures speak of.
 */
export function useFinancialYearStart(): number {
  const { data } = useQuery<OrganisationBasicsQuery, OrganisationBasicsQueryVariables>(
    ORGANISATION_BASICS,
  );
  return data?.organisation.financialYearStartMonth ?? DEFAULT_FINANCIAL_YEAR_START_MONTH;
}

/**
 * The organisation's reporting year for the period pickers: its first month, and its name,
 * 'financial year' or, for colleges and universities, 'academic year' (docs/procedure.md,
 * Reporting and publishing: the reporting year).
 */
export function useReportingYear(): { startMonth: number; noun: string } {
  const { data } = useQuery<OrganisationBasicsQuery, OrganisationBasicsQueryVariables>(
    ORGANISATION_BASICS,
  );
  return {
    startMonth: data?.organisation.financialYearStartMonth ?? DEFAULT_FINANCIAL_YEAR_START_MONTH,
    noun: reportingYearNoun(data?.organisation.sector),
  };
}
