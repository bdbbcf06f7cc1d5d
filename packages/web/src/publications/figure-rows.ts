import { PUBLIC_FIGURE_FIELDS, PUBLIC_FIGURE_LABELS } from '@chp/domain';
import type { PeriodFigures } from './types';

export interface FigureRow {
  field: string;
  label: string;
  current: string;
  previous: string;
}

/** The frozen headline figures as rows, in the public page's order and words, with the period before beside them. */
export function figureRows(current: PeriodFigures, previous: PeriodFigures): FigureRow[] {
  return PUBLIC_FIGURE_FIELDS.map((field) => ({
    field,
    label: PUBLIC_FIGURE_LABELS[field],
    current: current[field].display,
    previous: previous[field].display,
  }));
}
