import { financialQuarterKey, previousFinancialQuarterKey } from '@chp/domain';

/** The last `n` ended quarters of the reporting year before the one holding `today`, newest first: 'FY2026-Q1'. */
export function endedQuarterKeys(today: string, startMonth: number, n = 8): string[] {
  const out: string[] = [];
  let key = financialQuarterKey(today, startMonth);
  for (let i = 0; i < n; i++) {
    key = previousFinancialQuarterKey(key);
    out.push(key);
  }
  return out;
}
