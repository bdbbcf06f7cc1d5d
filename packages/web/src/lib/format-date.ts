const formatter = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'Europe/London',
});

/**
 * A calendar date (`YYYY-MM-DD`) or an instant (ISO 8601 with offset) as shown across the
 * dashboard, in Europe/London whatever the browser's time zone.
 *
 * @example formatDate('2026-11-22') // '22 Nov 2026'
 */
export function formatDate(value: string): string {
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  // A calendar date names a day, not an instant: noon UTC is that same day in London.
  const instant = dateOnly ? new Date(`${value}T12:00:00Z`) : new Date(value);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`not a date: "${value}"`);
  return formatter.format(instant).replace('Sept', 'Sep');
}
