/**
 * The small-number rule for published figures (docs/procedure.md, Reporting and publishing): a count from 1 to threshold − 1 is
 * shown as 'fewer than 5' with no value (0 is shown: it identifies nobody); a share or an average
 * over fewer closures than the threshold is withheld the same way.
 *
 * @example
 * countFigure(3, 5) // { value: null, display: 'fewer than 5' }
 * countFigure(1234, 5) // { value: 1234, display: '1,234' }
 * shareFigure(7, 10, 5) // { value: 0.7, display: '70%' }
 * averageFigure(12, 4, 5) // { value: null, display: 'not shown (fewer than 5 closed)' }
 */
export interface Figure {
  value: number | null;
  display: string;
}

/** The usual threshold. */
export const SMALL_NUMBER_THRESHOLD = 5;

export const fewerThan = (threshold: number): string => `fewer than ${threshold}`;

/** True when a count of `n` must not be published as it is. */
export const isSmallNumber = (n: number, threshold: number): boolean => n > 0 && n < threshold;

/** A public count under the small-number rule. */
export function countFigure(n: number, threshold: number): Figure {
  if (isSmallNumber(n, threshold)) return { value: null, display: fewerThan(threshold) };
  return { value: n, display: n.toLocaleString('en-GB') };
}

function suppressedBy(closed: number, threshold: number): Figure | null {
  if (closed === 0) return { value: null, display: 'no complaints closed' };
  if (closed < threshold)
    return { value: null, display: `not shown (${fewerThan(threshold)} closed)` };
  return null;
}

/** A share of closures ('70%'), withheld when the closures are few. */
export function shareFigure(part: number, closed: number, threshold: number): Figure {
  const hidden = suppressedBy(closed, threshold);
  if (hidden) return hidden;
  const value = part / closed;
  return { value, display: `${Math.round(value * 100)}%` };
}

/** An average over closures ('6.5 working days'), withheld when the closures are few. */
export function averageFigure(total: number, closed: number, threshold: number): Figure {
  const hidden = suppressedBy(closed, threshold);
  if (hidden) return hidden;
  const value = total / closed;
  return { value, display: `${value.toFixed(1)} working days` };
}
