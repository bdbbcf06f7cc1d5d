import { FIGURE_LABELS, PERIOD_FIGURE_FIELDS } from './figure-labels';
import { csvCell, publicPeriodName as periodName } from '@chp/domain';
import type { Publication } from './public-read';

/** One CSV cell: @chp/domain's csvCell (RFC 4180, with the formula guard). */
export { csvCell };

const row = (cells: string[]): string => cells.map(csvCell).join(',');

/**
 * The figures of a published page as CSV, exactly as the page shows them (the display text,
 * 'fewer than 5' included): the headline figures with the previous period beside them and, for
 * an annual report, the months and the services. Sections are separated by a blank line.
 */
export function figuresCsv(p: Publication): string {
  const { current, previous } = p.figures;
  const [now, before] = [periodName(current), periodName(previous)];
  const lines = [
    row(['Figure', now, before]),
    ...PERIOD_FIGURE_FIELDS.map((f) =>
      row([FIGURE_LABELS[f], current[f].display, previous[f].display]),
    ),
  ];
  if (p.annualReport) {
    lines.push(
      '',
      row(['Month', 'Complaints received', 'Complaints closed']),
      ...p.annualReport.months.map((m) => row([m.label, m.received.display, m.closed.display])),
    );
    lines.push(
      '',
      row(['Service', `Received ${now}`, `Received ${before}`]),
      ...p.annualReport.serviceAreas.map((s) =>
        row([s.name, s.received.display, s.previousReceived.display]),
      ),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** '<slug>-2026-Q3-figures.csv', '<slug>-2026-27-figures.csv': safe in a Content-Disposition header. */
export function downloadName(slug: string, period: string, suffix: string): string {
  return `${slug}-${period}-${suffix}`.replace(/[^A-Za-z0-9.-]+/g, '-');
}
