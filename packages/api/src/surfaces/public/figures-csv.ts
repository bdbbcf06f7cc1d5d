import { FIGURE_LABELS } from './figure-labels';
import { shownFigureFields } from './publication-view';
import { csvCell, publicPeriodName as periodName } from '@chp/domain';
import type { Publication } from './public-read';

/** One CSV cell: @chp/domain's csvCell (RFC 4180, with the formula guard). */
export { csvCell };

const row = (cells: string[]): string => cells.map(csvCell).join(',');

/**
 * The figures of a published page as CSV, exactly as the page shows them (the display text,
 * 'fewer than 5' included): the headline figures with the previous period beside them and, for
 * an annual report, the SPSO indicators, the survey results, the months and the services.
 * Sections are separated by a blank line.
 */
export function figuresCsv(p: Publication): string {
  const { current, previous } = p.figures;
  const [now, before] = [periodName(current), periodName(previous)];
  const lines = [
    row(['Figure', now, before]),
    ...shownFigureFields(p).map((f) =>
      row([FIGURE_LABELS[f], current[f].display, previous[f].display]),
    ),
  ];
  if (p.annualReport?.indicators.length) {
    const cell = (f: { display: string } | null) => f?.display ?? '';
    lines.push(
      '',
      row(['SPSO indicator', 'Stage 1', 'Stage 2 (direct)', 'Stage 2 (after escalation)', 'All']),
      ...p.annualReport.indicators.map((l) =>
        row([
          `${l.indicator}: ${l.label}`,
          cell(l.stage1),
          cell(l.stage2Direct),
          cell(l.stage2Escalated),
          cell(l.all),
        ]),
      ),
    );
  }
  const survey = p.annualReport?.survey;
  if (survey) {
    lines.push(
      '',
      row(['Satisfaction survey question', 'Answered 4 or 5 out of 5']),
      ...survey.questions.map((q) => row([q.text, q.satisfied.display])),
      row(['Surveys answered after closure', survey.answers.display]),
      row(['The problem came back (asked later)', survey.problemBack.display]),
    );
  }
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
