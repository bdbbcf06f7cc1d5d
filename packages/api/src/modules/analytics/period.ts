import { analyticsError } from './analytics.errors';

/**
 * Reporting periods: calendar quarters, calendar years, financial years (1 April - 31 March, the
 * SPSO reporting year of most bodies) and custom inclusive ranges of local (Europe/London) dates,
 * each with its previous comparable period. Pure date arithmetic on 'YYYY-MM-DD' strings.
 */

export type PeriodKind = 'quarter' | 'year' | 'financialYear' | 'range';

export interface Period {
  kind: PeriodKind;
  from: string;
  to: string;
  label: string;
}

export interface PeriodSpec {
  quarter?: string | null;
  year?: number | null;
  financialYear?: number | null;
  from?: string | null;
  to?: string | null;
}

const DAY_MS = 86_400_000;
const dayNo = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const fromDayNo = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);

export const addDays = (date: string, n: number): string => fromDayNo(dayNo(date) + n);
/** Days from `from` to `to`, both included. */
export const daysInclusive = (from: string, to: string): number => dayNo(to) - dayNo(from) + 1;

const pad = (n: number) => String(n).padStart(2, '0');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** '22 Nov 2026' (en-GB, as the dashboard shows dates). */
export function displayDate(date: string): string {
  return `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}

/** 'Mar 2026'. */
export const monthLabel = (start: string): string =>
  `${MONTHS[Number(start.slice(5, 7)) - 1]} ${start.slice(0, 4)}`;
/** '2026 Q1' (calendar quarter). */
export const quarterLabel = (start: string): string =>
  `${start.slice(0, 4)} Q${Math.floor((Number(start.slice(5, 7)) - 1) / 3) + 1}`;

export function quarterPeriod(year: number, q: number): Period {
  const startMonth = (q - 1) * 3 + 1;
  const from = `${year}-${pad(startMonth)}-01`;
  const next = q === 4 ? `${year + 1}-01-01` : `${year}-${pad(startMonth + 3)}-01`;
  return { kind: 'quarter', from, to: addDays(next, -1), label: `${year} Q${q}` };
}

export function yearPeriod(year: number): Period {
  return { kind: 'year', from: `${year}-01-01`, to: `${year}-12-31`, label: String(year) };
}

export function financialYearPeriod(year: number): Period {
  return {
    kind: 'financialYear',
    from: `${year}-04-01`,
    to: `${year + 1}-03-31`,
    label: `${year}/${pad((year + 1) % 100)}`,
  };
}

export function rangePeriod(from: string, to: string): Period {
  return {
    kind: 'range',
    from,
    to,
    label: from === to ? displayDate(from) : `${displayDate(from)} – ${displayDate(to)}`,
  };
}

const QUARTER = /^(\d{4})-Q([1-4])$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

function checkYear(field: string, year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR)
    throw analyticsError(
      'YEAR_IN_RANGE',
      `${field} must be a year from ${MIN_YEAR} to ${MAX_YEAR}`,
      field,
    );
}

/**
 * The period a PeriodInput names: exactly one of `quarter` ('2026-Q2', a calendar quarter),
 * `year` (calendar), `financialYear` (2026 = 1 Apr 2026 - 31 Mar 2027) or `from` + `to`
 * (inclusive). BAD_USER_INPUT naming the field otherwise.
 */
export function resolvePeriod(spec: PeriodSpec, field = 'period'): Period {
  const given = (['quarter', 'year', 'financialYear'] as const).filter((k) => spec[k] != null);
  const range = spec.from != null || spec.to != null;
  if (given.length + (range ? 1 : 0) !== 1) {
    throw analyticsError(
      'EXACTLY_ONE',
      `${field} takes exactly one of quarter, year, financialYear or from and to`,
      field,
    );
  }
  if (spec.quarter != null) {
    const m = QUARTER.exec(spec.quarter);
    if (!m)
      throw analyticsError(
        'MATCHES',
        `${field}.quarter must look like 2026-Q2 (Q1 to Q4)`,
        `${field}.quarter`,
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
    return financialYearPeriod(spec.financialYear);
  }
  if (spec.from == null)
    throw analyticsError('REQUIRED', `${field}.from is required with ${field}.to`, `${field}.from`);
  if (spec.to == null)
    throw analyticsError('REQUIRED', `${field}.to is required with ${field}.from`, `${field}.to`);
  for (const [name, value] of [
    ['from', spec.from],
    ['to', spec.to],
  ] as const) {
    if (!DATE.test(value))
      throw analyticsError('IS_DATE', `${field}.${name} must be YYYY-MM-DD`, `${field}.${name}`);
    checkYear(`${field}.${name}`, Number(value.slice(0, 4)));
  }
  if (spec.to < spec.from)
    throw analyticsError(
      'NOT_BEFORE_FROM',
      `${field}.to (${spec.to}) is before ${field}.from (${spec.from})`,
      `${field}.to`,
    );
  return rangePeriod(spec.from, spec.to);
}

/** The previous comparable period: the quarter, year or financial year before; for a range, the same number of days just before it. */
export function previousPeriod(p: Period): Period {
  switch (p.kind) {
    case 'quarter': {
      const year = Number(p.from.slice(0, 4));
      const q = Math.floor((Number(p.from.slice(5, 7)) - 1) / 3) + 1;
      return q === 1 ? quarterPeriod(year - 1, 4) : quarterPeriod(year, q - 1);
    }
    case 'year':
      return yearPeriod(Number(p.from.slice(0, 4)) - 1);
    case 'financialYear':
      return financialYearPeriod(Number(p.from.slice(0, 4)) - 1);
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
