import {
  DEFAULT_FINANCIAL_YEAR_START_MONTH,
  financialQuarterOf,
  financialYearDates,
  monthsBefore,
  previousPeriod,
  financialQuarterPeriod,
  financialQuarterKey,
  financialQuarterKeyLabel,
  financialYearName,
  financialYearStarting,
  periodKeyLabel,
  previousFinancialQuarterKey,
  previousQuarter,
  quarterOf,
} from '@chp/domain';

/*
 * The period picker of the indicators page. Quarters of the organisation's financial year (keys
 * 'FY2026-Q1', the default: docs/procedure.md, Reporting and publishing), calendar quarters,
 * years and financial years; keys and labels are @chp/domain's, the choice values and the API
 * input are the dashboard's.
 */

export interface PeriodChoice {
  /** 'financialQuarter:FY2026-Q1', 'quarter:2026-Q3', 'year:2026' or 'financialYear:2026' */
  value: string;
  label: string;
}

/** The API's PeriodInput for a choice value. */
export function periodInput(value: string): {
  quarter?: string;
  financialQuarter?: string;
  year?: number;
  financialYear?: number;
} {
  const [kind, arg] = value.split(':') as [string, string];
  if (kind === 'year') return { year: Number(arg) };
  if (kind === 'financialYear') return { financialYear: Number(arg) };
  if (kind === 'financialQuarter') return { financialQuarter: arg };
  return { quarter: arg };
}

/** The picker's default: the financial quarter today is in. */
export const defaultPeriod = (today: string, startMonth = DEFAULT_FINANCIAL_YEAR_START_MONTH) =>
  `financialQuarter:${financialQuarterKey(today, startMonth)}`;

const soFar = (i: number) => (i === 0 ? ' (so far)' : '');

/**
 * The last `quarters` financial quarters, then (unless the financial year starts in January,
 * when they are the same) as many calendar quarters, the last `years` calendar and financial
 * years; newest first.
 */
export function periodChoices(
  today: string,
  startMonth = DEFAULT_FINANCIAL_YEAR_START_MONTH,
  quarters = 8,
  years = 3,
  /** How the organisation names its reporting year: 'financial year' or 'academic year'. */
  yearNoun = 'financial year',
): PeriodChoice[] {
  const out: PeriodChoice[] = [];
  let fq = financialQuarterKey(today, startMonth);
  for (let i = 0; i < quarters; i++, fq = previousFinancialQuarterKey(fq))
    out.push({
      value: `financialQuarter:${fq}`,
      label: `${financialQuarterKeyLabel(fq, startMonth)}${soFar(i)}`,
    });
  if (startMonth !== 1) {
    let q = quarterOf(today);
    for (let i = 0; i < quarters; i++, q = previousQuarter(q))
      out.push({ value: `quarter:${q}`, label: `${periodKeyLabel(q)} (calendar)${soFar(i)}` });
  }
  const year = Number(today.slice(0, 4));
  for (let i = 0; i < years; i++)
    out.push({ value: `year:${year - i}`, label: `${year - i}${soFar(i)}` });
  const fy = financialYearStarting(today, startMonth);
  for (let i = 0; i < years; i++) {
    out.push({
      value: `financialYear:${fy - i}`,
      label: `${financialYearName(fy - i, startMonth)} ${yearNoun}${soFar(i)}`,
    });
  }
  return out;
}

export interface DateRangeChoice {
  label: string;
  from: string;
  to: string;
}

/**
 * The trends page's ready-made date ranges, in the organisation's reporting year
 * (docs/procedure.md, Reporting and publishing: the reporting year): this quarter and this year
 * to date, the last whole quarter and year, and the last two years of months.
 */
export function reportingRanges(
  today: string,
  startMonth = DEFAULT_FINANCIAL_YEAR_START_MONTH,
  yearNoun = 'financial year',
): DateRangeChoice[] {
  const { year, quarter } = financialQuarterOf(today, startMonth);
  const thisQuarter = financialQuarterPeriod(year, quarter, startMonth);
  const lastQuarter = previousPeriod(thisQuarter);
  const fy = financialYearStarting(today, startMonth);
  const thisYear = financialYearDates(fy, startMonth);
  const lastYear = financialYearDates(fy - 1, startMonth);
  return [
    { label: 'Last 24 months', from: monthsBefore(today, 23), to: today },
    { label: `${thisQuarter.label} to date`, from: thisQuarter.from, to: today },
    { label: lastQuarter.label, from: lastQuarter.from, to: lastQuarter.to },
    {
      label: `${financialYearName(fy, startMonth)} ${yearNoun} to date`,
      from: thisYear.from,
      to: today,
    },
    {
      label: `${financialYearName(fy - 1, startMonth)} ${yearNoun}`,
      from: lastYear.from,
      to: lastYear.to,
    },
  ];
}
