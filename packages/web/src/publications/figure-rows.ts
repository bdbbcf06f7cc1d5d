import { PUBLIC_FIGURE_FIELDS, PUBLIC_FIGURE_LABELS, type PublicFigureField } from '@chp/domain';
import type { PeriodFigures } from './types';

export interface FigureRow {
  field: string;
  label: string;
  current: string;
  previous: string;
}

/**
 * The frozen headline figures as rows, in the public page's order and words, with the period
 * before beside them: `fields` are those the public page shows (@chp/domain headlineFigureFields).
 */
export function figureRows(
  current: PeriodFigures,
  previous: PeriodFigures,
  fields: readonly PublicFigureField[] = PUBLIC_FIGURE_FIELDS,
): FigureRow[] {
  return fields.map((field) => ({
    field,
    label: PUBLIC_FIGURE_LABELS[field],
    current: current[field].display,
    previous: previous[field].display,
  }));
}
