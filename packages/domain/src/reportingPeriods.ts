import { addDays, daysInclusive } from './addDays';
import { ChpRuleError } from './errors';
import {
  DEFAULT_FINANCIAL_YEAR_START_MONTH,
  financialQuarterOf,
  financialYearDates,
  financialYearName,
  isMonthNumber,
} from './financialYear';
import type { IsoDate } from './types';

/**
 * Reporting periods: calendar quarters, calendar years, financial years (1 April to 31 March, the
 * SPSO reporting year of most bodies) and custom inclusive ranges of London dates, each with its
 * staff label and its previous comparable period.
 *
 * @example
 * quarterPeriod(2026, 3) // { kind: 'quarter', from: '2026-07-01', to: '2026-09-30', label: '2026 Q3' }
 * financialYearPeriod(2025) // { kind: 'financialYear', from: '2025-04-01', to: '2026-03-31', label: '2025/26' }
 * previousPeriod(quarterPeriod(2026, 1)).label // '2025 Q4'
 */
export type PeriodKind = 'quarter' | 'financialQuarter' | 'year' | 'financialYear' | 'range';

export interface Period {
  kind: PeriodKind;
  from: IsoDate;
  to: IsoDate;
  /** How staff name it: '2026 Q3', '2026/27 Q1', '2026', '2025/26', '1 Jul 2026 – 30 Sep 2026'. */
  label: string;
  /** Financial quarters and years: the month the organisation's financial year starts in. */
  startMonth?: number;
}

/**
 * What a client asks for: exactly one of `quarter` ('2026-Q2', calendar), `financialQuarter`
 * ('FY2026-Q1': the first quarter of the financial year starting in 2026), `year`,
 * `financialYear` or `from` + `to`. Financial ones follow `financialYearStartMonth` (April by
 * default: docs/procedure.md, Reporting and publishing).
 */
export interface PeriodSpec {
  quarter?: string | null;
  financialQuarter?: string | null;
  financialYearStartMonth?: number | null;
  year?: number | null;
  financialYear?: number | null;
  from?: string | null;
  to?: string | null;
}

export const MIN_PERIOD_YEAR = 1990;
export const MAX_PERIOD_YEAR = 2100;

const pad = (n: number) => String(n).padStart(2, '0');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** '22 Nov 2026' (en-GB, as the dashboard shows dates). */
export function displayDate(date: IsoDate): string {
  return `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}

export function quarterPeriod(year: number, q: number): Period {
  const startMonth = (q - 1) * 3 + 1;
  const from = `${year}-${pad(startMonth)}-01`;
  const next = q === 4 ? `${year + 1}-01-01` : `${year}-${pad(startMonth + 3)}-01`;
  return { kind: 'quarter', from, to: addDays(next, -1), label: `${year} Q${q}` };
}

export function yearPeriod(year: number): Period {
  return { kind: 'year', from: `${year}-01-01`, to: `${year}-12-31`, label: String(year) };
}

/** The financial year starting in `year`, in `startMonth` (1 April by default). */
export function financialYearPeriod(
  year: number,
  startMonth: number = DEFAULT_FINANCIAL_YEAR_START_MONTH,
): Period {
  return {
    kind: 'financialYear',
    ...financialYearDates(year, startMonth),
    label: financialYearName(year, startMonth),
    startMonth,
  };
}

/**
 * Quarter `q` (1 to 4) of the financial year starting in `year`, in `startMonth`: with April,
 * FY2026 Q1 is April to June 2026 and Q4 is January to March 2027.
 */
export function financialQuarterPeriod(
  year: number,
  q: number,
  startMonth: number = DEFAULT_FINANCIAL_YEAR_START_MONTH,
): Period {
  const first = financialYearDates(year, startMonth).from;
  const inQuarter = addCalendarMonthsStart(first, (q - 1) * 3);
  const { from, to, label } = financialQuarterOf(inQuarter, startMonth);
  return { kind: 'financialQuarter', from, to, label, startMonth };
}

/** The first day of the month `months` after the month of `date`. */
function addCalendarMonthsStart(date: IsoDate, months: number): IsoDate {
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}-01`;
}

export function rangePeriod(from: IsoDate, to: IsoDate): Period {
  return {
    kind: 'range',
    from,
    to,
    label: from === to ? displayDate(from) : `${displayDate(from)} – ${displayDate(to)}`,
  };
}

const QUARTER = /^(\d{4})-Q([1-4])$/;
const FINANCIAL_QUARTER = /^FY(\d{4})-Q([1-4])$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** INVALID_PERIOD naming the input field and the API's validation rule in `details`. */
function invalid(field: string, rule: string, message: string): ChpRuleError {
  return new ChpRuleError('INVALID_PERIOD', message, { field, rule });
}

function checkYear(field: string, year: number): void {
  if (!Number.isInteger(year) || year < MIN_PERIOD_YEAR || year > MAX_PERIOD_YEAR)
    throw invalid(
      field,
      'yearInRange',
      `${field} must be a year from ${MIN_PERIOD_YEAR} to ${MAX_PERIOD_YEAR}`,
    );
}

/**
 * The period a spec names: exactly one of `quarter` ('2026-Q2'), `year` (calendar),
 * `financialYear` (2026 = 1 Apr 2026 to 31 Mar 2027) or `from` + `to` (inclusive). Throws
 * INVALID_PERIOD with `details.field` (e.g. 'period.quarter') and `details.rule` (exactlyOne,
 * matches, yearInRange, required, isDate, notBeforeFrom), as the API's BAD_USER_INPUT names them.
 */
export function resolvePeriod(spec: PeriodSpec, field = 'period'): Period {
  const given = (['quarter', 'financialQuarter', 'year', 'financialYear'] as const).filter(
    (k) => spec[k] != null,
  );
  const range = spec.from != null || spec.to != null;
  if (given.length + (range ? 1 : 0) !== 1)
    throw invalid(
      field,
      'exactlyOne',
      `${field} takes exactly one of quarter, financialQuarter, year, financialYear or from and to`,
    );
  const startMonth = spec.financialYearStartMonth ?? DEFAULT_FINANCIAL_YEAR_START_MONTH;
  if (!isMonthNumber(startMonth))
    throw invalid(
      `${field}.financialYearStartMonth`,
      'matches',
      `${field}.financialYearStartMonth must be a month from 1 to 12`,
    );
  if (spec.financialQuarter != null) {
    const m = FINANCIAL_QUARTER.exec(spec.financialQuarter);
    if (!m)
      throw invalid(
        `${field}.financialQuarter`,
        'matches',
        `${field}.financialQuarter must look like FY2026-Q1 (Q1 to Q4 of the financial year starting in 2026)`,
      );
    checkYear(`${field}.financialQuarter`, Number(m[1]));
    return financialQuarterPeriod(Number(m[1]), Number(m[2]), startMonth);
  }
  if (spec.quarter != null) {
    const m = QUARTER.exec(spec.quarter);
    if (!m)
      throw invalid(
        `${field}.quarter`,
        'matches',
        `${field}.quarter must look like 2026-Q2 (Q1 to Q4)`,
      );
    checkYear(`${field}.quarter`, Number(m[1]));
    return quarterPeriod(Number(m[1]), Number(m[2]));
  }
  if (spec.year != null) {
    checkYear(`${field}.year`, spec.year);
    return yearPeriod(spec.year);
  }
  if (spec.financialYear != null) {
    checkYear(`${field}.financialYear`, spec.financialYear);
    return financialYearPeriod(spec.financialYear, startMonth);
  }
  if (spec.from == null)
    throw invalid(`${field}.from`, 'required', `${field}.from is required with ${field}.to`);
  if (spec.to == null)
    throw invalid(`${field}.to`, 'required', `${field}.to is required with ${field}.from`);
  for (const [name, value] of [
    ['from', spec.from],
    ['to', spec.to],
  ] as const) {
    if (!DATE.test(value))
      throw invalid(`${field}.${name}`, 'isDate', `${field}.${name} must be YYYY-MM-DD`);
    checkYear(`${field}.${name}`, Number(value.slice(0, 4)));
  }
  if (spec.to < spec.from)
    throw invalid(
      `${field}.to`,
      'notBeforeFrom',
      `${field}.to (${spec.to}) is before ${field}.from (${spec.from})`,
    );
  return rangePeriod(spec.from, spec.to);
}

/** The previous comparable period: the quarter, year or financial year before; for a range, as many days just before it. */
export function previousPeriod(p: Period): Period {
  switch (p.kind) {
    case 'quarter': {
      const year = Number(p.from.slice(0, 4));
      const q = Math.floor((Number(p.from.slice(5, 7)) - 1) / 3) + 1;
      return q === 1 ? quarterPeriod(year - 1, 4) : quarterPeriod(year, q - 1);
    }
    case 'year':
      return yearPeriod(Number(p.from.slice(0, 4)) - 1);
    case 'financialQuarter': {
      const startMonth = p.startMonth ?? DEFAULT_FINANCIAL_YEAR_START_MONTH;
      const { year, quarter } = financialQuarterOf(addDays(p.from, -1), startMonth);
      return financialQuarterPeriod(year, quarter, startMonth);
    }
    case 'financialYear':
      return financialYearPeriod(Number(p.from.slice(0, 4)) - 1, p.startMonth);
    case 'range': {
      const length = daysInclusive(p.from, p.to);
      const to = addDays(p.from, -1);
      return rangePeriod(addDays(to, -(length - 1)), to);
    }
  }
}

/** `n` previous comparable periods, most recent first. */
export function previousPeriods(p: Period, n: number): Period[] {
  const out: Period[] = [];
  let cur = p;
  for (let i = 0; i < n; i++) {
    cur = previousPeriod(cur);
    out.push(cur);
  }
  return out;
}
