import { PUBLIC_FIGURE_FIELDS, PUBLIC_FIGURE_LABELS } from '@chp/domain';
import type { PeriodFigures, PublicFigure } from './types';

export interface FigureRow {
  field: string;
  label: string;
  current: string;
  previous: string;
}

const display = (figures: PeriodFigures, field: string): string =>
  (figures[field] as PublicFigure | undefined)?.display ?? 'not recorded';

/** The frozen headline figures as rows, in the public page's order and words, with the period before beside them. */
export function figureRows(current: PeriodFigures, previous: PeriodFigures): FigureRow[] {
  return PUBLIC_FIGURE_FIELDS.map((field) => ({
    field,
    label: PUBLIC_FIGURE_LABELS[field],
    current: display(current, field),
    previous: display(previous, field),
  }));
}
