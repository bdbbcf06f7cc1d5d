/** Reporting periods on the client: quarters and years as the API names them. */

const pad = (n: number) => String(n).padStart(2, '0');

export interface PeriodChoice {
  /** 'quarter:2026-Q3', 'year:2026' or 'financialYear:2026' */
  value: string;
  label: string;
}

/** The calendar quarter a date falls in: '2026-11-23' → '2026-Q4'. */
export function quarterOf(date: string): string {
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

/** The quarter before: '2026-Q1' → '2025-Q4'. */
export function previousQuarter(quarter: string): string {
  const [y, q] = [Number(quarter.slice(0, 4)), Number(quarter.slice(6))];
  return q === 1 ? `${y - 1}-Q4` : `${y}-Q${q - 1}`;
}

/** First and last day of a quarter. */
export function quarterRange(quarter: string): { from: string; to: string } {
  const [y, q] = [Number(quarter.slice(0, 4)), Number(quarter.slice(6))];
  const from = `${y}-${pad((q - 1) * 3 + 1)}-01`;
  const endMonth = q * 3;
  const last = new Date(Date.UTC(y, endMonth, 0)).getUTCDate();
  return { from, to: `${y}-${pad(endMonth)}-${pad(last)}` };
}

/** The first day of the month `months` before the month of `date`. */
export function monthsBefore(date: string, months: number): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 - months;
  const d = new Date(Date.UTC(y, m, 1));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-01`;
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

/** The last `quarters` quarters, the last `years` calendar and financial years, newest first. */
export function periodChoices(today: string, quarters = 8, years = 3): PeriodChoice[] {
  const out: PeriodChoice[] = [];
  let q = quarterOf(today);
  for (let i = 0; i < quarters; i++) {
    out.push({
      value: `quarter:${q}`,
      label: `${q.replace('-', ' ')}${i === 0 ? ' (so far)' : ''}`,
    });
    q = previousQuarter(q);
  }
  const year = Number(today.slice(0, 4));
  for (let i = 0; i < years; i++)
    out.push({ value: `year:${year - i}`, label: `${year - i}${i === 0 ? ' (so far)' : ''}` });
  const fy = Number(today.slice(5, 7)) >= 4 ? year : year - 1;
  for (let i = 0; i < years; i++) {
    out.push({
      value: `financialYear:${fy - i}`,
      label: `${fy - i}/${pad((fy - i + 1) % 100)} financial year${i === 0 ? ' (so far)' : ''}`,
    });
  }
  return out;
}
