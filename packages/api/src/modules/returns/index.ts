/**
 * Regulator returns (docs/procedure.md, Regulator returns): the SPSO indicators in the SPSO's
 * layout, the Scottish Housing Regulator ARC complaint indicators with their reconciliation, and
 * the statistics.gov.scot CSV. What the app and other modules may use.
 */
export { ReturnsResolver, RETURNS_READERS } from './returns.resolver';
export {
  regulatorReturns,
  spsoReturnInputOf,
  statisticsObservations,
  type RegulatorReturns,
} from './returns.service';
export { exportReturn, type ReturnFile } from './returns.downloads';
