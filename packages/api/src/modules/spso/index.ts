/**
 * SPSO decisions against ours (docs/procedure.md, SPSO decisions against ours).
 * What other modules, the app and the board pack may use (test/import-boundaries.test.ts).
 */
export { SpsoDecisionsResolver } from './spso-decisions.resolver';
export { spsoDecisionsSummary, type SpsoDecisionsSummary } from './spso-decisions.queries';
