import { financialYearName, financialYearStarting } from '@chp/domain';

/** A figure of a return as the page shows it: counts whole, shares as %, days and rates to 1 place. */
export function returnValue(value: number | null, unit: string): string {
  if (value === null) return '–';
  if (unit === 'share') return `${Math.round(value * 100)}%`;
  if (unit === 'count') return value.toLocaleString('en-GB');
  return value.toFixed(1);
}

/** A difference with its sign ('+12', '−3', '−9.5'). */
export function signed(value: number, unit: string): string {
  const text = returnValue(Math.abs(value), unit);
  return value < 0 ? `−${text}` : `+${text}`;
}

/** The unit a reconciliation line's figures are in. */
export const reconciliationUnit = (figure: string): string =>
  figure.endsWith('AverageWorkingDays') ? 'workingDays' : 'count';

/** The reporting years to pick from, newest (the one today is in) first. */
export function reportingYears(
  today: string,
  startMonth: number,
  count = 5,
): { value: string; label: string }[] {
  const fy = financialYearStarting(today, startMonth);
  return Array.from({ length: count }, (_, i) => ({
    value: String(fy - i),
    label: `${financialYearName(fy - i, startMonth)}${i === 0 ? ' (so far)' : ''}`,
  }));
}

/** Where a return's CSV is downloaded from (the API's /exports/returns/, the session cookie). */
export const returnCsvPath = (file: string, financialYear: string): string =>
  `/exports/returns/${file}.csv?financialYear=${encodeURIComponent(financialYear)}`;
