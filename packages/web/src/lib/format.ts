import { londonDateTime } from '@chp/domain';

export { formatDate } from './format-date';

const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-GB', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/** 1234 → '1,234'; null → '—'. */
export function formatCount(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : whole.format(value);
}

/** A share between 0 and 1 as a whole percentage: 0.846 → '85%'; null (no denominator) → '—'. */
export function formatShare(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return `${whole.format(value * 100)}%`;
}

/** An average to one decimal place: 4.25 → '4.3'; null → '—'. */
export function formatAverage(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return oneDecimal.format(value);
}

/** The local (Europe/London) time of an instant: '14:05'. */
export function formatTime(instant: string): string {
  return londonDateTime(instant).time;
}

/** Today's date in Europe/London as YYYY-MM-DD. */
export function londonToday(now: Date = new Date()): string {
  return londonDateTime(now.toISOString()).date;
}

/** 'partially_upheld' → 'Partially upheld'. */
export function humanise(value: string): string {
  const text = value.replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
