import { DEFAULT_FINANCIAL_YEAR_START_MONTH, financialYearName } from './financialYear';

/**
 * The organisation's reporting year (docs/procedure.md, Reporting and publishing: the reporting
 * year): the financial year from 1 April by default; colleges and universities report by the
 * academic year from 1 August. The month is a setting (`financialYearStartMonth`); the sector
 * gives its default when the organisation is created, and names the year in the period pickers.
 *
 * @example
 * defaultReportingYearStartMonth('further_education') // 8
 * reportingYearLabel(2026, 8, 'higher_education') // '2026/27 academic year'
 */
export const ACADEMIC_YEAR_START_MONTH = 8;

export type ReportingYearKind = 'financial' | 'academic';

/** Colleges (further education) and universities (higher education) report by academic year. */
export const reportingYearKind = (sector: string | null | undefined): ReportingYearKind =>
  sector === 'higher_education' || sector === 'further_education' ? 'academic' : 'financial';

/** The month a new organisation's reporting year starts in: August for academic years, else April. */
export const defaultReportingYearStartMonth = (sector: string | null | undefined): number =>
  reportingYearKind(sector) === 'academic'
    ? ACADEMIC_YEAR_START_MONTH
    : DEFAULT_FINANCIAL_YEAR_START_MONTH;

/** 'financial year' or 'academic year'. */
export const reportingYearNoun = (sector: string | null | undefined): string =>
  `${reportingYearKind(sector)} year`;

/** How the pickers name the reporting year starting in `year`: '2026/27 financial year'. */
export const reportingYearLabel = (
  year: number,
  startMonth: number,
  sector: string | null | undefined,
): string => `${financialYearName(year, startMonth)} ${reportingYearNoun(sector)}`;
