import { ActionProgressResolver, ImprovementActionResolver } from './improvement-action.resolver';
import { RootCauseResolver } from './root-cause.resolver';

/** The learning module's resolvers: root causes and improvement actions. */
export const learningResolvers = [
  RootCauseResolver,
  ImprovementActionResolver,
  ActionProgressResolver,
] as const;
