export {
  PUBLIC_FIGURE_LABELS as FIGURE_LABELS,
  PUBLIC_OUTCOME_FIELDS as OUTCOME_FIELDS,
  type PublicFigureField as FigureField,
} from '@chp/domain';
export { PERIOD_FIGURE_FIELDS } from './stored-figures';
