import { ActionProgressResolver, ImprovementActionResolver } from './improvement-action.resolver';
import { RootCauseResolver } from './root-cause.resolver';
import { ComplaintLearningResolver } from './complaint-learning.resolver';

/** The learning module's resolvers: root causes and improvement actions. */
export const learningResolvers = [
  RootCauseResolver,
  ImprovementActionResolver,
  ActionProgressResolver,
  ComplaintLearningResolver,
] as const;
