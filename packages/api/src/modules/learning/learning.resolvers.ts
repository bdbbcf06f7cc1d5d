import { ImprovementActionResolver } from './improvement-action.resolver';
import {
  ActionProgressResolver,
  ImprovementActionFieldsResolver,
} from './improvement-action-fields.resolver';
import { RootCauseResolver } from './root-cause.resolver';
import { ComplaintLearningResolver } from './complaint-learning.resolver';

/** The learning module's resolvers: root causes and improvement actions. */
export const learningResolvers = [
  RootCauseResolver,
  ImprovementActionResolver,
  ImprovementActionFieldsResolver,
  ActionProgressResolver,
  ComplaintLearningResolver,
] as const;
