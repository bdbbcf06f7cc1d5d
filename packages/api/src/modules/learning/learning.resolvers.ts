import { ImprovementActionResolver } from './improvement-action.resolver';
import {
  ActionProgressResolver,
  ImprovementActionFieldsResolver,
} from './improvement-action-fields.resolver';
import { RootCauseResolver } from './root-cause.resolver';
import { ComplaintLearningResolver } from './complaint-learning.resolver';
import { RecurrenceResolver } from './recurrence.resolver';

/** The learning module's resolvers: root causes and improvement actions. */
export const learningResolvers = [
  RootCauseResolver,
  ImprovementActionResolver,
  ImprovementActionFieldsResolver,
  ActionProgressResolver,
  ComplaintLearningResolver,
  RecurrenceResolver,
] as const;
