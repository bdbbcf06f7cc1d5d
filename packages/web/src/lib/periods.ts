import {
  financialYearKey,
  financialYearOf,
  periodKeyLabel,
  previousQuarter,
  quarterOf,
} from '@chp/domain';

/*
 * The period picker of the indicators page. Quarters, years and financial years, their keys and
 * their labels are @chp/domain's (`quarterOf`, `previousQuarter`, `financialYearOf`,
 * `financialYearKey`, `periodKeyLabel`); the choice values and the API input are the dashboard's.
 */

export interface PeriodChoice {
  /** 'quarter:2026-Q3', 'year:2026' or 'financialYear:2026' */
  value: string;
  label: string;
}

/** The API's PeriodInput for a choice value. */
export function periodInput(value: string): {
  quarter?: string;
  year?: number;
  financialYear?: number;
} {
  const [kind, arg] = value.split(':') as [string, string];
  if (kind === 'year') return { year: Number(arg) };
  if (kind === 'financialYear') return { financialYear: Number(arg) };
  return { quarter: arg };
}

const soFar = (i: number) => (i === 0 ? ' (so far)' : '');

/** The last `quarters` quarters, the last `years` calendar and financial years, newest first. */
export function periodChoices(today: string, quarters = 8, years = 3): PeriodChoice[] {
  const out: PeriodChoice[] = [];
  let q = quarterOf(today);
  for (let i = 0; i < quarters; i++, q = previousQuarter(q))
    out.push({ value: `quarter:${q}`, label: `${periodKeyLabel(q)}${soFar(i)}` });
  const year = Number(today.slice(0, 4));
  for (let i = 0; i < years; i++)
    out.push({ value: `year:${year - i}`, label: `${year - i}${soFar(i)}` });
  const fy = financialYearOf(today);
  for (let i = 0; i < years; i++) {
    out.push({
      value: `financialYear:${fy - i}`,
      label: `${periodKeyLabel(financialYearKey(fy - i))}${soFar(i)}`,
    });
  }
  return out;
}
