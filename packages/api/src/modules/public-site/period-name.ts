const month = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });
const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * A period as the public says it: 'July to September 2026', 'April 2025 to March 2026'
 * (the dashboard's '2026 Q3' and '2025/26' are for staff). From the period's first and last days.
 */
export function periodName({ from, to }: { from: string; to: string }): string {
  const first = new Date(`${from}T00:00:00Z`);
  const last = new Date(`${to}T00:00:00Z`);
  if (first.getUTCFullYear() === last.getUTCFullYear()) {
    if (first.getUTCMonth() === last.getUTCMonth()) return monthYear.format(first);
    return `${month.format(first)} to ${monthYear.format(last)}`;
  }
  return `${monthYear.format(first)} to ${monthYear.format(last)}`;
}
