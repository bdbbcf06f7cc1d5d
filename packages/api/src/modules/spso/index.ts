/**
 * SPSO decisions against ours, and the SPSO's recommendations (docs/procedure.md, SPSO decisions
 * against ours; SPSO recommendations).
 * What other modules, the app and the board pack may use (test/import-boundaries.test.ts).
 */
import { SpsoDecisionsResolver } from './spso-decisions.resolver';
import { SpsoRecommendationResolver } from './spso-recommendation.resolver';

export const spsoResolvers = [SpsoDecisionsResolver, SpsoRecommendationResolver] as const;
export { SpsoRecommendation } from './spso-recommendation.entity';
export { spsoDecisionsSummary, type SpsoDecisionsSummary } from './spso-decisions.queries';
