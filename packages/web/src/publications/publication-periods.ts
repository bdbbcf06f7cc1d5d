import { publicPeriodName } from '@chp/domain';
import { previousQuarter, quarterOf, quarterRange } from '../lib/periods';
import type { PublicationKind } from './types';

const pad = (n: number) => String(n).padStart(2, '0');

/** '2026/27' → 1 April 2026 to 31 March 2027 (docs/procedure.md, Reporting and publishing: the annual report covers a financial year). */
export function financialYearRange(period: string): { from: string; to: string } {
  const year = Number(period.slice(0, 4));
  return { from: `${year}-04-01`, to: `${year + 1}-03-31` };
}

/** First and last day of a publication's period: '2026-Q3' or '2026/27'. */
export function publicationRange(period: string): { from: string; to: string } {
  return period.includes('/') ? financialYearRange(period) : quarterRange(period);
}

/** How the public will read the period: 'July to September 2026'. */
export const publicationPeriodName = (period: string): string =>
  publicPeriodName(publicationRange(period));

/** How staff name it: '2026 Q3', '2025/26 financial year'. */
export const publicationPeriodLabel = (period: string): string =>
  period.includes('/') ? `${period} financial year` : period.replace('-', ' ');

/**
 * The periods a new publication may cover: complete ones only, newest first (a quarter's figures
 * are frozen at approval, so an unfinished quarter would publish half of it). Eight quarters, or
 * three financial years (1 April to 31 March).
 */
export function publicationPeriods(
  kind: PublicationKind,
  today: string,
  count = kind === 'quarterly' ? 8 : 3,
): string[] {
  const out: string[] = [];
  if (kind === 'quarterly') {
    let q = previousQuarter(quarterOf(today));
    for (let i = 0; i < count; i++, q = previousQuarter(q)) out.push(q);
    return out;
  }
  const year = Number(today.slice(0, 4));
  // The last financial year that has ended: it ends on 31 March.
  const lastEnded = Number(today.slice(5, 7)) >= 4 ? year - 1 : year - 2;
  for (let i = 0; i < count; i++) out.push(`${lastEnded - i}/${pad((lastEnded - i + 1) % 100)}`);
  return out;
}

/** The title a new publication starts with; communications staff may change it. */
export function defaultTitle(kind: PublicationKind, period: string): string {
  return kind === 'quarterly'
    ? `You said, we did: ${publicationPeriodName(period)}`
    : `Complaints performance report ${period}`;
}
